/**
 * Reported speech: indirect speech with no marks.
 *
 * - `X said (that) CLAUSE` / `X told reporters (that) CLAUSE`
 * - `X urged it to CLAUSE`, `the statement called for CLAUSE`
 * - `according to X, CLAUSE` / `CLAUSE, according to X.`
 * - `CLAUSE, X said.` / `CLAUSE, said X.`
 *
 * The clause is cut before a second coordinated cue ("Brandt said the dams
 * would release more water and accused earlier governments of …"),
 * which gets its own attribution.
 */
import type {Attribution} from './attribution.js'
import {ADD_FORMS, ARTICLES, ARTICLES_AND_OWNERS, CLAUSE_ONLY_CUES, cueAt, LISTENER_CUES, NAMING_CUES, OBJECT_CLAUSE_CUES, PERSONAL_PRONOUNS, STATE_CUES} from './cues.js'
import {AUXILIARIES, BARE_SPEAKER_NOUNS, commaWithin, connectiveAside, GERUND_PREPOSITIONS, INVERTING_CUES, IRREGULAR_PAST, isFiniteAuxiliary, isListComma, isProgressive, PAST_ONLY, SENTENCE_ADVERBS, isNamingNoun, isNumber, MODALS, OBJECT_PRONOUNS, opensClause, type Phrase, phraseAfter, phraseBefore, placeEnd, postParticiple, sentenceSubject, SETTING_NOUNS, SUBORDINATORS, subjectOfCue, SUBJECT_PRONOUNS, TIME_PARTICIPLES} from './phrases.js'
import {CLOSING_MARKS, countWords, isCapitalized, isDash, isParticipleWord, isPossessive, OPENING_MARKS, TITLE_SMALL_WORDS, type Token} from './tokens.js'

export interface Reported {
  /** Token range of the reported clause. */
  clause: [number, number]
  attribution: ReportedAttribution
}

/** The attribution of reported speech: as for a quote in marks, but a question put by no one named ("when asked whether …") has no mention. */
export type ReportedAttribution = Omit<Attribution, 'mention'> & {mention?: Phrase}

/** Cues that are nouns far more often than verbs, read only as "X states that …". */
const NOUN_FIRST_CUES = STATE_CUES

/**
 * Whether what follows a pledge at `start` is an act or a clause: "to reopen it", "not to raise", "that …", "the pier would
 * reopen", "every pilot would get a raise" (a finite verb or a modal soon after, before any comma); not "loyalty to the Front".
 */
function pledgedAct(tokens: Token[], start: number, to: number): boolean {
  const first = tokens[start]!.lower
  if (first === 'to' || first === 'that' || ((first === 'not' || first === 'never') && tokens[start + 1]?.lower === 'to')) return true
  if (subjectPronounAt(tokens, start, to) || subjectAndVerb(tokens, start, to)) return true
  for (let i = start + 1; i < to && i - start <= SUBJECT_WINDOW && tokens[i]!.value !== ','; i++) if (tokens[i]!.value === tokens[i]!.lower && FINITE_VERBS.has(tokens[i]!.lower)) return true
  return false
}

/** Cues whose object may be an act in -ing: "reported collecting", "denied taking", "admitted lying", "recalled meeting". */
const GERUND_CUES = new Set(['report', 'reports', 'reported', 'deny', 'denies', 'denied', 'admit', 'admits', 'admitted', 'acknowledge', 'acknowledges', 'acknowledged', 'recall', 'recalls', 'recalled'])

/** Where an act in -ing opens right after such a cue ("reported collecting and paying out …"), else undefined. */
function gerundAct(tokens: Token[], after: number, to: number, cueText: string): number | undefined {
  if (!GERUND_CUES.has(cueText)) return undefined
  const at = skipAdverbials(tokens, after, to)
  const word = tokens[at]
  if (!word?.word || word.value !== word.lower || !isParticipleWord(word.lower) || cueAt(tokens, at) || !tokens[at + 1]?.word) return undefined
  return at
}

/** Forms of "pledge" and "vow", whose object may be a thing pledged: "pledged loyalty", "vowed revenge". */
const PLEDGE_CUES = new Set(['pledge', 'pledges', 'pledged', 'pledging', 'vow', 'vows', 'vowed', 'vowing'])

/** Participles of a finding, whose subject is the noun right before them: "research showing …", "evidence suggesting …". */
const FINDING_PARTICIPLES = new Set(['showing', 'suggesting', 'indicating', 'revealing'])

/** Most tokens of a reported clause (a run-on sentence of scraped text is cut there): about 150 words. */
const MAX_CLAUSE_TOKENS = 300

/**
 * Whether a clause read around an attribution, from the sentence's start at `from` past the cue at `cue` to `end`, is no
 * longer than a clause: a run-on text holds no such clause, and reading one from the sentence's start for every cue in it
 * would take quadratic time and memory.
 */
function short(from: number, cue: number, end: number): boolean {
  return cue - from <= MAX_CLAUSE_TOKENS && end - cue <= MAX_CLAUSE_TOKENS
}
/** Fewest words in a reported clause: "he said no" is not reported speech worth a quote (2 swept against 3–4 on train). */
const MIN_CLAUSE_WORDS = 3
/** How far after a cue its `that` may be: "told reporters on Tuesday night that" (7 tokens). */
const THAT_WINDOW = 9
/** How far after an object cue its `to`/`of` may be: "urged the European Union to". */
const OBJECT_WINDOW = 8
/** Tokens allowed after a closing "…, X said" before the sentence ends: "on Tuesday", "in a statement". */
const MAX_TRAILER = 6
/** How far the source of "according to" may run before its comma ("first returns from a survey run by Delta Research for the Tarn Wire and two harbour radio stations" is 18 tokens). */
const ACCORDING_WINDOW = 30

/** Words that name nothing alone after "according to". */
const LONE_DETERMINERS = new Set([...ARTICLES_AND_OWNERS, 'this', 'that', 'these', 'those', 'some', 'many'])

/** Tokens before a leading "according to": "Now, according to …", "But according to …" (3 keeps "And now, …"). */
const MAX_OPENER = 3

const ADVERBIALS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'earlier', 'later', 'recently', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'flatly',
  'previously', 'once', 'simply', 'bluntly', 'morning', 'evening', 'afternoon', 'night', 'then', 'now'
])

/**
 * @param inMarks
 *   Whether a token lies inside quotation marks (reported clauses are read outside them).
 * @param usedCue
 *   Whether a cue already attributes a quote in marks.
 * @param quoted
 *   Whether a token lies inside marks that made a quote: a sentence opening
 *   with such a quote has its attribution already ("“Q,” X said."), one
 *   opening with marks that made none ("“Campaigns lack money” but PACs do,
 *   says Ivo Brandt") is read like any sentence.
 */
export function findReported(
  tokens: Token[],
  from: number,
  to: number,
  inMarks: (index: number) => boolean,
  usedCue: (index: number) => boolean,
  quoted: (index: number) => boolean = inMarks
): Reported[] {
  const found: Reported[] = []
  // "In a Tarn Ledger poll released Monday, Holm led Brandt …", "… among pilots in the latest Ledger poll.": a finding's source.
  const finding = inFinding(tokens, from, to, inMarks)
  if (finding) found.push(finding)
  for (let k = from; k < to; k++) {
    if (inMarks(k)) continue
    // Whether the cue is used is asked only where a cue starts: it is a set lookup, and most tokens start none.
    const match = cueAt(tokens, k)
    if (!match || usedCue(k)) continue
    // "a group called Friends of the Dune": naming without marks is not speech; "Holm called the plan “a gift”" is.
    // ("describing how their jobs will be sent abroad": a question word makes "describe" report a clause, not name a thing.)
    if (NAMING_CUES.has(match.cue) && !(DESCRIBE_CUES.has(match.cue) && HOW_WORDS.has(tokens[k + match.length]?.lower ?? ''))) {
      const result = naming(tokens, from, to, [k, k + match.length], match.cue, inMarks)
      if (result) found.push(result)
      k += match.length - 1
      continue
    }
    const cue: [number, number] = [k, k + match.length]
    const long = (result: Reported | undefined) => (result && clauseWords(tokens, result.clause[0], result.clause[1]) >= MIN_CLAUSE_WORDS ? result : undefined)
    const result =
      match.cue === 'according to'
        ? long(accordingTo(tokens, from, to, cue))
        : // "Holm was asked whether …": a question put by someone the text may not name.
          (match.cue === 'asked' && isPassiveAsk(tokens, from, cue[0]) ? long(passiveQuestion(tokens, to, cue, match.cue)) : undefined) ??
          (PASSIVE_LISTENER_CUES.has(match.cue) && isPassiveAt(tokens, cue[0]) ? long(passiveReport(tokens, to, cue, match.cue)) : undefined) ??
          // "As reported by the Tarn Ledger, …": a passive "as" clause and its agent.
          long(asReportedBy(tokens, from, to, cue, match.cue)) ??
          // "…, three northern states.": "state" and "states" are cues only before "that", never closing a clause.
          (NOUN_FIRST_CUES.has(match.cue) ? undefined : long(trailing(tokens, from, to, cue, match.cue, quoted))) ?? long(leading(tokens, from, to, cue, match.cue, inMarks))
    if (result) {
      // "(The pier, it turns out, is old, Holm said.)": an opening bracket is no part of the clause.
      while (result.clause[0] < result.clause[1] && OPENING_BRACKETS.has(tokens[result.clause[0]]!.value)) result.clause[0]++
      found.push(result)
    }
    k += match.length - 1
  }
  cutAtCoordinatedReports(tokens, found)
  for (const result of found) {
    cutAtSpeakerActs(tokens, result)
    cutGappedRelative(tokens, result)
  }
  return found
}

/** Relative words before the subject of a cue whose clause lacks what they stand for: "the farms, which it says are idle". */
const GAP_RELATIVES = new Set(['which', 'that', 'who', 'whom'])

/**
 * "The farms, which the council says are lying idle, will be seized": a cue inside a relative clause reports a clause
 * missing its subject (the farms), and it ends with the relative clause, at its comma or dash, not at the sentence's end.
 */
function cutGappedRelative(tokens: Token[], result: Reported): void {
  const {cue, mention} = result.attribution
  if (!cue || !mention || !GAP_RELATIVES.has(tokens[mention.from - 1]?.lower ?? '') || result.clause[0] !== cue[1]) return
  for (let i = result.clause[0] + 1; i < result.clause[1]; i++) {
    // (At a comma only where the sentence goes on with its own verb or a new clause: ", will be seized", ", some remained";
    // not an aside inside the relative clause: "risks leaving pilots, notably the young ones, idle".)
    const next = tokens[i + 1]
    // (Not before a name: "has offices in Tarn, Veld and Osk", "was founded in Veld, Ohio, in 1990".)
    const goesOn = next?.word && (FINITE_VERBS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower) || ARTICLES_AND_OWNERS.has(next.lower) || (next.value === next.lower && next.lower.length > 4 && next.lower.endsWith('ed')))
    if (isDash(tokens[i]) || (tokens[i]!.value === ',' && goesOn)) {
      result.clause[1] = i
      return
    }
  }
}

/** Verbs that, after "but" with no subject, are the speaker's next act when a verb of saying follows: "but refused to comment". */
const SPEAKER_ACTS = new Set(['refused', 'declined'])
/** Negated auxiliaries that, after "but" or "and", open the speaker's next act with a cue: "but did not say", "but would not elaborate". */
const NEGATED_ACT_AUXILIARIES = new Set(['did', 'would', 'could', 'has', 'have', 'had', 'does'])
/** Verbs of saying more after such an auxiliary: "did not elaborate", "would not comment". */
const SAYING_MORE = new Set(['elaborate', 'comment', 'specify', 'say', 'explain', 'suggest', 'answer', 'respond', 'address', 'name', 'detail', 'identify', 'disclose', 'reveal', 'give', 'provide', 'offer', 'indicate', 'discuss', 'speak', 'talk', 'confirm'])

/**
 * "Tarnco said it was looking for ferries but refused to comment on details", "Holm said she would light a candle for the winner but
 * did not suggest it would be Holm": after "but" or "and", a verb of the speaker's with no subject of its own ends the
 * clause (a refusal, or a negated verb of saying more).
 */
function cutAtSpeakerActs(tokens: Token[], result: Reported): void {
  const [from, to] = result.clause
  // (Only a clause whose subject is a pronoun, most often the speaker itself: "said it was seeking …"; in "said the pilots were
  // angry but refused to strike" the pilots refused.)
  if (!SUBJECT_PRONOUNS.has(tokens[from]?.lower ?? '')) return
  for (let i = from + 2; i < to - 1; i++) {
    const joint = tokens[i]!
    if (joint.lower !== 'but' && joint.lower !== 'and') continue
    const verb = tokens[i + 1]!
    const negated = NEGATED_ACT_AUXILIARIES.has(verb.lower) && (tokens[i + 2]?.lower === 'not' || tokens[i + 2]?.lower === 'never') && SAYING_MORE.has(tokens[i + 3]?.lower ?? '')
    const contracted = /^(?:didn|wouldn|couldn|hasn|hadn|doesn)['’]t$/.test(verb.lower) && SAYING_MORE.has(tokens[i + 2]?.lower ?? '')
    // (A refusal only after "but": in "said the pilots refused to sail and declined to say why" the pilots declined.)
    const act = joint.lower === 'but' && SPEAKER_ACTS.has(verb.lower) && tokens[i + 2]?.lower === 'to' && SAYING_MORE.has(tokens[i + 3]?.lower ?? '')
    if (!negated && !contracted && !act) continue
    result.clause[1] = tokens[i - 1]?.value === ',' ? i - 1 : i
    return
  }
}

const OPENING_BRACKETS = new Set(['(', '['])
/** Words that join a second attribution to the clause of a first: "… and the council says …", "… but Brandt said …". */
const REPORT_COORDINATORS = new Set(['and', 'but', 'while', 'whereas'])

/**
 * "The pilots say the fees would rise and the council says the sums do not add up": a second subject and its cue, joined by
 * "and" or "but" inside the clause of a first cue, start a report of their own; the first clause ends before the joining
 * word (and its comma). Each report's clause is cut once, against the reports after it, so the pass stays linear in them.
 */
function cutAtCoordinatedReports(tokens: Token[], found: Reported[]): void {
  if (found.length < 2) return
  const ordered = [...found].sort((a, b) => a.clause[0] - b.clause[0])
  for (let i = 0; i < ordered.length; i++) {
    const first = ordered[i]!
    for (let j = i + 1; j < ordered.length && j - i <= MAX_LATER_REPORTS; j++) {
      const mention = ordered[j]!.attribution.mention
      if (!mention || mention.from <= first.clause[0] || mention.from >= first.clause[1]) continue
      // (Only a subject before its cue, right after the joining word: "and the council says", not an inverted "…, said Holm".)
      const cue = ordered[j]!.attribution.cue
      if (!cue || cue[0] < mention.to) continue
      let joint = mention.from - 1
      if (!REPORT_COORDINATORS.has(tokens[joint]?.lower ?? '')) continue
      if (tokens[joint - 1]?.value === ',') joint--
      // (Only when the words before it are a clause, with a verb: in "said the guild and the council say …" they are a subject.)
      if (joint > first.clause[0] && holdsVerb(tokens, first.clause[0], joint)) first.clause[1] = joint
      break
    }
  }
}
/** Whether a verb stands between `from` and `to`: a finite "be", "have" or modal, a past form, or a present in -s after a word. */
function holdsVerb(tokens: Token[], from: number, to: number): boolean {
  if (holdsFiniteVerb(tokens, from, to)) return true
  for (let i = from + 1; i < to; i++) {
    const token = tokens[i]!
    if (token.word && token.value === token.lower && (isVerbForm(token.lower) || (token.lower.endsWith('ed') && token.lower.length > 4))) return true
  }
  return false
}
/** How many later reports of the same sentence a clause is checked against: a sentence holds a few. */
const MAX_LATER_REPORTS = 4

/** Texts that hold findings, named after "in": "in a poll", "in the latest surveys", "in a study by Tarn College". */
const IN_SOURCES = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'census', 'tally', 'estimate', 'estimates', 'ranking', 'rankings', 'forecast', 'forecasts', 'projection', 'projections'])
/** Words after a source's noun that keep it the head: "a poll of pilots", "a survey by Tarn College", "a poll released Monday". */
const AFTER_SOURCE = new Set(['of', 'by', 'from', 'for', 'released', 'conducted', 'taken', 'published', 'issued', 'out', 'on', 'in', 'this', 'last', 'ahead', 'among', 'nationally', 'averages', 'average'])
/** Most tokens of such a source: "the latest Ledger/Tarn poll released on Friday by the paper" (14). */
const MAX_FINDING_SOURCE = 14

/**
 * "In a Tarn Ledger poll released Monday, Holm led Brandt 50 to 40 percent", "Holm held a 24-point lead among pilots in a
 * Ledger poll": a clause that a poll, a survey or a study holds, named after "in" at the sentence's start (up to its comma)
 * or at its end; it is the finding's source, as with "according to". Only a clause with a verb and no cue of its own ("In a
 * poll, 60 percent said …" is the share's speech).
 */
function inFinding(tokens: Token[], from: number, to: number, inMarks: (index: number) => boolean): Reported | undefined {
  const end = trimEnd(tokens, from, to)
  let first = from
  while (first < end && CONJUNCTION_OPENERS.has(tokens[first]!.lower)) first++
  if (tokens[first]?.lower === 'in') {
    let comma = first + 1
    while (comma < end && comma - first <= MAX_FINDING_SOURCE && tokens[comma]!.value !== ',' && (tokens[comma]!.word || tokens[comma]!.value === '/')) comma++
    if (tokens[comma]?.value === ',' && sourceHolds(tokens, first + 1, comma) && findingClause(tokens, comma + 1, end, inMarks)) {
      return {clause: [comma + 1, end], attribution: {cue: [first, first + 1], cueText: 'in', mention: {from: first + 1, to: comma}}}
    }
  }
  // (At the end: the last "in" within reach whose phrase runs to the sentence's end.)
  for (let i = end - 2; i > from && end - i <= MAX_FINDING_SOURCE; i--) {
    const token = tokens[i]!
    if (!token.word && token.value !== '/') return undefined
    if (token.lower !== 'in') continue
    // ("She took part in a poll", "those questioned in the survey": a verb before "in" takes it; the poll holds nothing it says.)
    const before = tokens[i - 1]!
    if (!sourceHolds(tokens, i + 1, end) || !findingClause(tokens, from, i, inMarks) || !before.word || isVerbForm(before.lower) || TAKES_IN.has(before.lower)) return undefined
    return {clause: [from, i], attribution: {cue: [i, i + 1], cueText: 'in', mention: {from: i + 1, to: end}}}
  }
  return undefined
}

/** Whether `from`–`to` names a finding's source: a determiner or a name first, a word of IN_SOURCES in it, no verb before it. */
function sourceHolds(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from]
  if (!first?.word || !(DETERMINERS_OF_SOURCES.has(first.lower) || isCapitalized(first))) return false
  let source = false
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    // (The source's noun is the phrase's head: "in a census year", "in a census office" name a time and a place.)
    if (IN_SOURCES.has(token.lower)) source = i + 1 === to || !tokens[i + 1]!.word || AFTER_SOURCE.has(tokens[i + 1]!.lower) || isCapitalized(tokens[i + 1]) || isNumber(tokens[i + 1])
    // ("the polls would never …", "the press and polls was loud", "exit polls were conducted": a clause, no source.)
    else if (token.word && token.value === token.lower && (NOT_IN_SOURCE.has(token.lower) || (isVerbForm(token.lower) && !TIME_PARTICIPLES.has(token.lower)) || cueAt(tokens, i))) return false
  }
  return source
}

/** Words that make the words after "in" a clause or a list rather than a finding's source. */
const NOT_IN_SOURCE = new Set(['and', 'or', 'to', 'that', 'which', 'who', 'be', 'been', 'being', 'can', 'will', 'would', 'could', 'should', 'may', 'might', 'must'])

/** Words before "in" that take it, so that the poll after it is what they do: "took part in", "participate in", "voted in". */
const TAKES_IN = new Set(['part', 'participate', 'participated', 'participating', 'vote', 'votes', 'voting', 'appear', 'appears', 'feature', 'features', 'interest', 'result', 'results', 'involved', 'included', 'named', 'cited', 'used', 'mentioned'])

/** Words that open a finding's source after "in": "in a poll", "in the latest surveys", "in most polls", "in their own poll". */
const DETERMINERS_OF_SOURCES = new Set([...ARTICLES_AND_OWNERS, 'most', 'several', 'two', 'three', 'recent', 'national', 'new', 'some', 'many', 'all', 'both', 'this', 'that', 'these', 'those', 'polls', 'surveys'])

/** Whether `from`–`to` is a clause a finding holds: a verb, enough words, no cue and no words in marks of its own. */
function findingClause(tokens: Token[], from: number, to: number, inMarks: (index: number) => boolean): boolean {
  if (countWords(tokens, from, to, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS || !verbAmong(tokens, from, to)) return false
  for (let i = from; i < to; i++) if (inMarks(i) || (tokens[i]!.word && cueAt(tokens, i))) return false
  return true
}

/** A subject pronoun fused with its verb: "they're", "she's", "we’d" (two words of a clause in one token). */
const CONTRACTED_SUBJECT = /^(?:i|you|he|she|it|we|they|that|there)['’](?:s|re|d|ll|ve|m)$/

/** Words of a clause, up to MIN_CLAUSE_WORDS, a contracted subject counting two: "say they're liberal" is a clause. */
function clauseWords(tokens: Token[], from: number, to: number): number {
  let count = countWords(tokens, from, to, MIN_CLAUSE_WORDS)
  if (count < MIN_CLAUSE_WORDS) for (let i = from; i < to; i++) if (tokens[i]!.word && CONTRACTED_SUBJECT.test(tokens[i]!.lower)) count++
  return count
}

/** Adverbs between a passive "asked" and what makes it passive: "was later asked", "when again asked". */
const PASSIVE_ADVERBS = new Set(['later', 'again', 'also', 'repeatedly', 'then', 'first', 'once', 'recently', 'specifically', 'directly', 'not', 'never'])

/** Whether only sentence adverbs and connectives stand from `from` to `to`: "Instead", "But still". */
function onlyConnectives(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.word && !SENTENCE_ADVERBS.has(tokens[i]!.lower) && !CONJUNCTION_OPENERS.has(tokens[i]!.lower)) return false
  return true
}

/** Most words of an aside between commas right after a cue: "for example" (2), "in other words" (3). */
const MAX_ASIDE_WORDS = 3

/** One past an aside between commas at `from` (", for example,"), when "that" follows it; else `from`. */
function asideEnd(tokens: Token[], from: number, to: number): number {
  // ("said — on the radio, of all places — that …": an aside between dashes, longer and with commas of its own.)
  if (isDash(tokens[from])) {
    let i = from + 1
    while (i < to && i - from <= MAX_DASH_ASIDE && !isDash(tokens[i])) i++
    return i > from + 1 && isDash(tokens[i]) && tokens[i + 1]?.lower === 'that' ? i + 1 : from
  }
  if (tokens[from]?.value !== ',') return from
  let i = from + 1
  while (i < to && i - from <= MAX_ASIDE_WORDS && tokens[i]!.word) i++
  return i > from + 1 && tokens[i]?.value === ',' && tokens[i + 1]?.lower === 'that' ? i + 1 : from
}

/** Most tokens of an aside between dashes before "that": "— on the radio, of all places —" (12). */
const MAX_DASH_ASIDE = 12

/** Forms of "promise", which take an act to come after "to" like "vow" and "pledge" (but are nouns as often, so need it). */
const PROMISE_CUES = new Set(['promise', 'promises', 'promised', 'promising'])

/**
 * Where "to" and the verb of an act stand after "promised" or "claimed" ("promised Monday to cut …", "claimed to be …"),
 * if they do: not after an owner or an article, where the cue word is a noun ("Holm's promise to cut fares"), and not
 * before a determiner ("promised to the voters a new pier").
 */
function infinitiveAct(tokens: Token[], cue: [number, number], cueText: string, to: number): number | undefined {
  if (!PROMISE_CUES.has(cueText) && !CLAIM_CUES.has(cueText)) return undefined
  const before = tokens[cue[0] - 1]
  if (before && (isPossessive(before.value) || before.value === "'s" || before.value === '’s')) return undefined
  // (A determiner makes any form a noun, "the promise"; "campaign" and "election" only the noun forms: "The Holm campaign
  // promised to …" is a verb.)
  if (before?.word && (NOUN_DETERMINERS_BEFORE_CUE.has(before.lower) || (NOUN_COMPOUNDS.has(before.lower) && !cueText.endsWith('ed')))) return undefined
  const at = skipAdverbials(tokens, cue[1], to)
  // ("promised to “end” the levy": the verb may open words in marks.)
  const verb = OPENING_MARKS.has(tokens[at + 1]?.value ?? '') ? tokens[at + 2] : tokens[at + 1]
  if (tokens[at]?.lower !== 'to' || !verb?.word || isCapitalized(verb) || ARTICLES_AND_OWNERS.has(verb.lower)) return undefined
  if (CLAIM_CUES.has(cueText) && !CLAIMED_STATES.has(verb.lower)) return undefined
  return at
}
/** Determiners before a cue word that make it a noun: "the promise", "a claim", "their promises". */
const NOUN_DETERMINERS_BEFORE_CUE = new Set([...ARTICLES_AND_OWNERS, 'this', 'that', 'these', 'those'])
/** Nouns that make a compound with "promise" or "claim": "a campaign promise", "election claims". */
const NOUN_COMPOUNDS = new Set(['campaign', 'election'])

/** Verbs after "claimed to" that make a claim of a state or a deed: "claimed to be …", "claims to have …". */
const CLAIMED_STATES = new Set(['be', 'have', 'know', 'represent', 'speak'])

/** Whether "not", "n't" or "never" stands in the verb group right before the cue at `cue`: "did not say", "never said". */
function negatedCue(tokens: Token[], cue: number, from: number): boolean {
  for (let i = cue - 1; i >= from && cue - i <= 3; i--) {
    const lower = tokens[i]!.lower
    if (lower === 'not' || lower === 'never' || lower === "n't" || lower === 'n’t' || NEGATION.test(lower)) return true
    // (Adverbs may stand in the group, "did not publicly say"; "only" limits, it does not deny: "not only said".)
    if (lower === 'only' || !tokens[i]!.word || !(MODALS.has(lower) || AUXILIARIES.has(lower) || NEGATED_AUXILIARIES.has(lower) || lower.endsWith('ly') || lower === 'even')) return false
  }
  return false
}
/** Auxiliaries that "not" follows in a verb group: "did not say", "does not say". */
const NEGATED_AUXILIARIES = new Set(['did', 'does', 'do', 'has', 'have', 'had'])

/** Forms of "agree", which "to" after them makes consent to an act. */
const AGREE_CUES = new Set(['agree', 'agrees', 'agreed'])

/** Most tokens of a setting between "asked" and its question: "at a quayside meeting late on Monday" (6). */
const MAX_QUESTION_SETTING = 8

/** Where the question starts after a setting of words at `at` ("on Tarn Radio who …"), or `at` when no setting comes first. */
function questionAfterSetting(tokens: Token[], at: number, to: number): number {
  const first = tokens[at]
  if (!first?.word || !(SETTING_STARTS.has(first.lower) || first.lower === 'specifically' || first.lower === 'recently')) return at
  for (let i = at + 1; i < to && i - at <= MAX_QUESTION_SETTING; i++) {
    const token = tokens[i]!
    if (!token.word && token.value !== "'s" && token.value !== '’s') return at
    if (QUESTION_WORDS.has(token.lower) || (token.lower === 'about' && !/^\d/.test(tokens[i + 1]?.value ?? ''))) return i
  }
  return at
}

/** Means after "told by": "by phone", "by email" — no one who told it. */
const MEANS = new Set(['phone', 'telephone', 'email', 'e-mail', 'letter', 'text', 'mail'])
/** Most words of a possessive's head after "told by X's": "campaign lawyer" (2). */
const MAX_OWNED_WORDS = 3
/** Words that end a possessive's head after "told by X's": "lawyer that …". */
const STOP_AFTER_OWNED = new Set(['that', 'to', 'on', 'in', 'at', 'about', 'of'])

/** Listener cues whose passive reports what the subject heard: "was told", "were warned", "was assured". */
const PASSIVE_LISTENER_CUES = new Set(['told', 'warned', 'assured', 'reminded'])

/**
 * "Holm was told the pier was unsafe", "Holm was told by the board that …":
 * what the subject heard is reported speech, but not the subject's; its
 * speaker is the one after "by", or no one the text names. Only with a
 * clause ("was assured of winning" reports nothing).
 */
function passiveReport(tokens: Token[], to: number, cue: [number, number], cueText: string): Reported | undefined {
  // ("Holm was not told …": nothing was told.)
  if (negatedCue(tokens, cue[0], 0)) return undefined
  let at = cue[1]
  let mention: Phrase | undefined
  if (tokens[at]?.lower === 'by' && !MEANS.has(tokens[at + 1]?.lower ?? '')) {
    mention = phraseAfter(tokens, at + 1, to)
    if (mention) {
      at = mention.role ? Math.max(mention.role[1], mention.to) : mention.to
      // "was told by Brandt's lawyer that …": the one the possessive owns told it.
      const owner = isPossessive(tokens[at - 1]!.value) ? at : tokens[at]?.value === "'s" || tokens[at]?.value === '’s' ? at + 1 : undefined
      if (owner !== undefined) {
        let head = owner
        while (head < to && head - owner < MAX_OWNED_WORDS && tokens[head]!.word && !STOP_AFTER_OWNED.has(tokens[head]!.lower) && !isCapitalized(tokens[head])) head++
        if (head === owner) return undefined
        mention = {from: mention.from, to: head}
        at = head
      }
    }
  }
  at = skipAdverbials(tokens, at, to)
  // ("had been told on the eve of the count that he …": a setting may stand before "that".)
  const that = findWord(tokens, at, Math.min(to, at + THAT_WINDOW), 'that')
  const opened = that !== undefined && !cueAt(tokens, that + 1)
  if (opened) at = that + 1
  if (at >= to || !(opened || subjectPronounAt(tokens, at, to) || subjectAndVerb(tokens, at, to))) return undefined
  const end = cutClause(tokens, at, to)
  if (end <= at) return undefined
  return {clause: [at, end], attribution: mention ? {cue, cueText, mention} : {cue, cueText}}
}

/** Whether a form of "be" or "get" stands right before `cue`, adverbs of PASSIVE_ADVERBS aside: "was told", "were later warned". */
function isPassiveAt(tokens: Token[], cue: number): boolean {
  // ("is telling", "has been warning": a progressive is active.)
  const form = tokens[cue]!.lower
  if (form !== 'told' && !form.endsWith('ed')) return false
  let before = cue - 1
  while (before > 0 && PASSIVE_ADVERBS.has(tokens[before]!.lower)) before--
  return PASSIVE.has(tokens[before]?.lower ?? '')
}

/** Whether the "asked" at `cue` is passive: after "was"/"when"/…, or opening the sentence ("Asked about the fees, Holm said …"). */
function isPassiveAsk(tokens: Token[], from: number, cue: number): boolean {
  if (cue === from) return true
  let before = cue - 1
  while (before > from && PASSIVE_ADVERBS.has(tokens[before]!.lower)) before--
  return BEFORE_PASSIVE_ASK.has(tokens[before]!.lower)
}

/**
 * "Holm was asked whether the pier was safe", "…,” she said when asked about
 * the fees", "when asked by a reporter if …": a question put to someone. Its
 * clause is the question (from its question word, or after "about"; not a
 * request: "were asked to boil their water" is an instruction); its speaker
 * is the asker after "by", or no one: the text does not name who asked, and
 * the one asked did not say it. The question ends at a comma before the
 * sentence's own subject ("When asked whether the pier, which is old, was
 * safe, Holm said …").
 */
function passiveQuestion(tokens: Token[], to: number, cue: [number, number], cueText: string): Reported | undefined {
  let at = cue[1]
  let mention: Phrase | undefined
  if (tokens[at]?.lower === 'by') {
    mention = phraseAfter(tokens, at + 1, to)
    if (!mention) return undefined
    at = mention.role ? Math.max(mention.role[1], mention.to) : mention.to
  }
  at = skipAdverbials(tokens, at, to)
  // "Asked on Tarn Radio who runs the board", "Asked at a spring debate why …": a setting before the question.
  at = questionAfterSetting(tokens, at, to)
  const first = tokens[at]
  if (!first?.word) return undefined
  let start: number
  // ("was asked about 30 times whether …": an approximation, not a topic.)
  if (first.lower === 'about' && !/^\d/.test(tokens[at + 1]?.value ?? '')) start = at + 1
  else if (QUESTION_WORDS.has(first.lower)) start = at
  else return undefined
  if (start >= to) return undefined
  let end = cutClause(tokens, start, to)
  for (let i = start; i < end; i++) {
    const next = tokens[i + 1]
    if (tokens[i]!.value === ',' && next?.word && (isCapitalized(next) || SUBJECT_OPENERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower))) {
      end = i
      break
    }
  }
  if (end <= start) return undefined
  // ("When asked if Krall would start Holm replied: …": with no comma, the question ends where the subject of a cue that
  // introduces words starts; not a noun's owner: "Congress's demand, in the same bill, that …".)
  for (let k = start + 1; k < end; k++) {
    const match = cueAt(tokens, k)
    if (!match) continue
    const after = tokens[k + match.length]
    if (!after || !(after.value === ':' || OPENING_MARKS.has(after.value))) continue
    const subject = phraseBefore(tokens, k, start)
    if (subject && subject !== 'coordinated' && subject.to === k && subject.from > start + 1 && isCapitalized(tokens[subject.from]) && !isPossessive(tokens[k - 1]!.value)) end = subject.from
    break
  }
  return {clause: [start, end], attribution: mention ? {cue, cueText, mention} : {cue, cueText}}
}

function accordingTo(tokens: Token[], from: number, to: number, cue: [number, number]): Reported | undefined {
  // "according to exit polls, …": any words up to the comma name the source when no name phrase is found.
  const named = phraseAfter(tokens, cue[1], to)
  const mention: Phrase | undefined = named ?? wordsUntilComma(tokens, cue[1], to)
  if (!mention) return undefined
  // "According to the coast guard, three ships …": what follows the comma is the clause, not a role.
  delete mention.role
  const attribution: Attribution = {cue, cueText: 'according to', mention}
  let after = mention.to
  // "According to a fresh survey by the Delta Centre for Civic Studies, …": the comma that ends the source.
  for (let i = after; i < to && i - after < ACCORDING_WINDOW && tokens[after]?.value !== ','; i++) {
    if (tokens[i]!.value === ',') after = i
    else if (!tokens[i]!.word) break
  }
  // "According to the report, CLAUSE." and "Now, according to the poll, CLAUSE." (a short opener before the cue, or a
  // colon: "It has not gone unnoticed: according to recent polls, …").
  if (tokens[after]?.value === ',' && (cue[0] - from <= MAX_OPENER || tokens[cue[0] - 1]?.value === ':')) {
    // (A run-on sentence is cut where a clause is cut.)
    return {clause: [after + 1, trimEnd(tokens, after + 1, Math.min(to, after + 1 + MAX_CLAUSE_TOKENS))], attribution}
  }
  const separator = cue[0] - 1 > from ? tokens[cue[0] - 1]! : undefined
  if (separator && (separator.value === ',' || isDash(separator))) {
    const end = trimEnd(tokens, after, to)
    // "Voters, according to the poll, are swinging back": the clause runs around the attribution.
    if (tokens[after]?.value === ',' && short(from, cue[0], end) && countWords(tokens, after + 1, end, MIN_CLAUSE_WORDS) >= MIN_CLAUSE_WORDS && !isTrailer(tokens, after + 1, end)) {
      return {clause: [from, end], attribution}
    }
    // ("Most pilots - 61 percent last year, according to the report - still back …": so does one that closes a parenthesis
    // between dashes.)
    if (isDash(tokens[after]) && short(from, cue[0], end) && dashWithin(tokens, from, cue[0]) && countWords(tokens, after + 1, end, MIN_CLAUSE_WORDS) >= MIN_CLAUSE_WORDS) {
      return {clause: [from, end], attribution}
    }
    // "CLAUSE, according to X." and "CLAUSE — according to X." ("Towns like Tarn (93 percent …, according to exit polls)": the
    // clause opens the parenthesis the attribution closes.)
    // (Not in a run-on sentence longer than a clause: where its clause starts is unknown.)
    if (cue[0] - from > MAX_CLAUSE_TOKENS) return undefined
    let open = from
    for (let i = cue[0] - 2; i >= from && cue[0] - i <= ACCORDING_WINDOW * 2 && tokens[i]!.value !== ')'; i--) if (tokens[i]!.value === '(') {
      open = i + 1
      break
    }
    return {clause: [open, cue[0] - 1], attribution}
  }
  // "Holm leads by 31 seats according to a tally by the Tarn Wire": no comma at all.
  // Only with a source that is a name or a determiner phrase: "went according to plan" attributes nothing.
  if (separator?.word && named && cue[0] - from >= MIN_CLAUSE_WORDS) return {clause: [from, cue[0]], attribution}
  return undefined
}

/** Whether a clause opens at `from`, after a dash: a verb before any relative word ("the grudges stayed"; not "a finding that raises"). */
function clauseAfterDash(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to && i - from <= MAX_DASH_REACH; i++) {
    const token = tokens[i]!
    if (!token.word) continue
    if (RELATIVE_WORDS_AFTER_DASH.has(token.lower)) return false
    if (token.value === token.lower && isVerbForm(token.lower)) return true
  }
  return false
}

/** Relative words that make the words after a dash a noun's aside: "a finding that …", "a move which …". */
const RELATIVE_WORDS_AFTER_DASH = new Set(['that', 'which', 'who', 'whose'])

/** Whether a dash stands between `from` and `to`, within MAX_DASH_REACH tokens of `to`. */
function dashWithin(tokens: Token[], from: number, to: number): boolean {
  // (Read back a bounded way: a sentence of many attributions stays linear.)
  for (let i = to - 1; i >= from && to - i <= MAX_DASH_REACH; i--) if (isDash(tokens[i])) return true
  return false
}

/** How far before an attribution the dash that opens its parenthesis may be: "most pilots - 61 percent last year, according to …" (about 10). */
const MAX_DASH_REACH = 30

/** The words from `start` to the next comma, when they are all words and not too many: "exit polls". */
function wordsUntilComma(tokens: Token[], start: number, to: number): {from: number; to: number} | undefined {
  let i = start
  // ("according to her “harbour first” plan,": a name in marks inside the source.)
  while (i < to && i - start < ACCORDING_WINDOW && (tokens[i]!.word || QUOTATION_MARKS.has(tokens[i]!.value))) i++
  // "…, according to ballot survey figures.": the source may end the sentence too, or a parenthesis ("… (…, according to exit polls)").
  // ("according to exit polls (a wide lead)": an opening bracket after the source starts an aside.)
  if (i === start || (tokens[i]?.value !== ',' && tokens[i]?.value !== ')' && tokens[i]?.value !== '(' && trimEnd(tokens, i, to) !== i)) return undefined
  // "according to a," names nothing: the run needs a word that is no determiner.
  let named = false
  for (let k = start; k < i && !named; k++) if (!LONE_DETERMINERS.has(tokens[k]!.lower)) named = true
  if (!named) return undefined
  // ("according to papers filed in court on Monday,": the papers; a participle after them says where they went.)
  for (let k = start + 1; k < i; k++) if (postParticiple(tokens, k)) return {from: start, to: k}
  return {from: start, to: i}
}

/** "CLAUSE, X said." and "CLAUSE, said X." */
function trailing(
  tokens: Token[],
  from: number,
  to: number,
  cue: [number, number],
  cueText: string,
  inMarks: (index: number) => boolean
): Reported | undefined {
  // "…, Holm is assured of winning": a listener cue in the passive attributes nothing to the phrase before it.
  if (LISTENER_CUES.has(cueText) && isPassiveAt(tokens, cue[0])) return undefined
  // "…, Ada Holm, who added to her lead.": "add to" grows a thing; it says nothing.
  if (ADD_FORMS.has(cueText) && tokens[cue[1]]?.lower === 'to') return undefined
  let trimmed = trimEnd(tokens, cue[1], to)
  // "…, the ledger office said on Friday -- a finding that …": a dash after the trailer opens an aside on the whole.
  // (Only right after the cue or its trailer: "there is a risk, some pilots said, that Mr. Brandt - a newcomer - …" goes on.)
  for (let i = cue[1]; i < trimmed && i - cue[1] <= MAX_TRAILER && (tokens[i]!.word || isDash(tokens[i])); i++) if (isDash(tokens[i])) {
    // (And only before a noun's aside, not a clause: "as she said in her opening line - the old grudges stayed buried".)
    if ((i === cue[1] || isTrailer(tokens, cue[1], i)) && !clauseAfterDash(tokens, i + 1, trimmed)) trimmed = i
    break
  }
  // "In a speech in May, Holm said:": a colon after the attribution introduces what was said; the words before it are no clause.
  if (tokens[trimmed]?.value === ':') return undefined
  // "…, Okafor said Friday in Tarn, noting that …": a participle clause after the trailer is the speaker's, not the clause.
  const end = trailerEnd(tokens, cue[1], trimmed)
  let mention
  let comma: number
  const before = phraseBefore(tokens, cue[0], from)
  // "Ada Holm, a pilot, said the family …", "The pier was unsafe, Ada Holm, a pilot, said.": a comma before the cue that closes
  // the subject's appositive is no inversion (what follows the cue is the clause of a leading attribution, or a trailer);
  // "…, Ivo Brandt, a shipwright, said Ada Holm, the historian." is one.
  // "…, her aide, Ivo Brandt, told the Tarn Ledger.": the listener stands before the trailer.
  const afterListener = LISTENER_CUES.has(cueText) && (isListener(tokens[cue[1]], tokens[cue[1] + 1]) || describedListener(tokens, cue[1])) ? skipObject(tokens, cue[1], end) ?? cue[1] : cue[1]
  // "Pilots are “very, very angry,” Holm said.": the comma sits inside the closing mark of a fragment the clause holds, and
  // the clause runs through that mark.
  let clauseEnd: number | undefined
  // ("Holm's campaign manager, Ivo Brandt, said the aide …": a role first, the name between commas, from the sentence's start.)
  // ("…, a spokeswoman, Ada Krall, said on Saturday.": the same after the clause's comma.)
  const roleFirst = before !== undefined && before !== 'coordinated' && before.role !== undefined && before.role[0] < before.from && before.to === cue[0] - 1
  const appositive =
    roleFirst ||
    (before !== undefined && before !== 'coordinated' && before.role !== undefined && before.role[1] === cue[0] - 1 &&
      (before.from === from || (tokens[before.from - 1]?.value === ',' && isTrailerRun(tokens, afterListener, end))))
  // ("…, told the Tarn Ledger" never inverts: what follows "told" is who heard it.)
  // ("Ivo Brandt, for example, urged …": a connective between commas stands between a subject and its cue.)
  const connective = tokens[cue[0] - 1]?.value === ',' && before !== undefined && before !== 'coordinated' && before.from === from && connectiveAside(tokens, cue[0] - 1, from) === before.to
  if (!appositive && !connective && cue[0] - 1 > from && (tokens[cue[0] - 1]!.value === ',' || closesAfterComma(tokens, cue[0] - 1, from)) && !TELL_CUES.has(cueText)) {
    // "…, saying the ferry would run": a participle never inverts ("…, said Holm" does), what follows it is its clause.
    if (cueText.endsWith('ing')) return undefined
    mention = phraseAfter(tokens, cue[1], to)
    // "Holm, who …, said she also may campaign": the phrase after the cue is the subject of the reported clause.
    if (!mention || opensClause(tokens, mention)) return undefined
    comma = cue[0] - 1
    if (tokens[comma]!.value !== ',') {
      clauseEnd = comma + 1
      comma--
    }
    // The phrase ends where the later of the mention and its role ends ("said the port's harbour master, Ivo Brandt").
    let after = mention.role ? Math.max(mention.role[1], mention.to) : mention.to
    // "…, says Evan Tracey, a consultant with Media Works in Ava, Va.": the role may end with a place.
    after = afterPlace(tokens, after, end)
    // "…, said Lena Orr, the head of the archive, who …": a relative clause after the role is the speaker's too.
    // ("…, said a handful of pilots who work the night shift.": "who" right after the mention opens its relative clause.)
    const relative = (tokens[after]?.value === ',' && RELATIVES.has(tokens[after + 1]?.lower ?? '')) || tokens[after]?.lower === 'who'
    // "The trouble with the quay, says Lena Ortiz, an engineer, is that …": the clause runs around the attribution.
    if (!relative && tokens[after]?.value === ',' && after + 1 < end && short(from, cue[0], end) && !isTrailer(tokens, after + 1, end) && !inMarks(from)) {
      return {clause: [from, end], attribution: {cue, cueText, mention}}
    }
    if (!relative && (end - after > MAX_TRAILER || !isTrailer(tokens, after, end))) return undefined
  } else {
    if (!before || before === 'coordinated') return undefined
    // ("…, applauded Holm’s remarks.": a cue word after a possessive is a noun, no verb that ends a clause.)
    if (isPossessive(tokens[cue[0] - 1]!.value)) return undefined
    comma = before.from - 1
    // "…, Tarn port authority spokesman Ivo Brandt Holm said": title words between the comma and a name cut short belong to the mention.
    let start = before.from
    // (Not before a pronoun: "…, something she has wanted" names "she".)
    const pronoun = before.to - before.from === 1 && SUBJECT_PRONOUNS.has(tokens[before.from]!.lower)
    while (!pronoun && start - 1 > from && before.from - (start - 1) <= MAX_TITLE_WORDS && tokens[start - 1]!.word && !CLAUSE_WORDS.has(tokens[start - 1]!.lower)) start--
    // ("Despite his “brash manner,” public defender Ada Holm wrote, …": or after a comma inside a closing mark.)
    if (start < before.from && (tokens[start - 1]?.value === ',' || closesAfterComma(tokens, start - 1, from))) {
      comma = start - 1
      before.from = start
    }
    if (closesAfterComma(tokens, comma, from)) {
      clauseEnd = comma + 1
      comma--
    }
    // "The fare is too high, as Ada Holm said in April.": "as" between the comma and the subject (only when the attribution ends the
    // sentence: "that it is, as she said, more than “a talking shop”" is one clause around an aside).
    const asAside = tokens[comma]?.lower === 'as' && tokens[comma - 1]?.value === ','
    if (asAside) comma--
    if (comma <= from || tokens[comma]!.value !== ',') return undefined
    // "…, a spokeswoman, Ada Krall, said": the role stands first, so the clause ends at the comma before it.
    if (before.role && before.role[0] < before.from) {
      comma = before.role[0] - 1
      if (comma <= from || tokens[comma]!.value !== ',') return undefined
    }
    mention = before
    // "Tarnside, Brandt said, had made her doubt …": the clause goes on after the attribution.
    // "…, a spokeswoman said on Saturday, and it …" and "…, economists say, slowed the recovery" (a short rest that is no trailer).
    // ("The answer, the clerk told them, was simple": past the listener.)
    // (Not after a connective alone: "Instead, Holm told the Ledger, her policy would …" reads the clause after the listener.)
    const next = skipAdverbials(tokens, afterListener > cue[1] && onlyConnectives(tokens, from, comma) ? cue[1] : afterListener, end)
    // (Not before "that": "told Ivo Brandt of Tarn Radio, that …" opens the cue's own clause; but "It is no surprise, Holm
    // said, that the mayor won" runs around a bare cue, after a main clause's verb.)
    const thatAfter = tokens[next + 1]?.lower === 'that' && !(next === cue[1] && verbAmong(tokens, Math.max(from, comma - MAX_CLAUSE_BEFORE), comma))
    if (!OBJECT_CLAUSE_CUES.has(cueText) && tokens[next]?.value === ',' && next + 1 < end && short(from, cue[0], end) && !thatAfter && (end - next > MAX_TRAILER || !isTrailer(tokens, next + 1, end))) {
      return asAside ? undefined : {clause: [from, end], attribution: {cue, cueText, mention}}
    }
    // "…, Sen. Ada Holm told the Harbour Post.", "The fix, the pilot told them, was cheap": a listener before the trailer.
    if (!isTrailerRun(tokens, afterListener, end, cueText)) return undefined
  }
  if (inMarks(from)) return undefined
  // ("In two other instances, Holm had asked …", "In that world in flux, his plan had echoes of …": a setting with no verb
  // before the subject is an opener, not what was said.)
  // (Only a setting alone, up to the comma: "In Tarn, fares rise every spring, Ada Holm said." has a clause after it.)
  if (SETTING_STARTS.has(tokens[from]!.lower) && !verbAmong(tokens, from, clauseEnd ?? comma) && !commaWithin(tokens, from, clauseEnd ?? comma, (clauseEnd ?? comma) - from)) return undefined
  // (A fragment's clause is only the words of its own sentence before it, with no attribution of their own: not "Brandt said
  // the fares were fair, but the pier is “a disgrace,” Holm said.")
  if (clauseEnd !== undefined && !plainLead(tokens, from, comma, inMarks)) return undefined
  return {clause: [from, clauseEnd ?? comma], attribution: {cue, cueText, mention}}
}

/** The last comma between `from` and the opening mark of the words in marks that end at `end`, if any. */
function commaBeforeFragment(tokens: Token[], from: number, end: number): number | undefined {
  let open = end
  while (open > from && !OPENING_MARKS.has(tokens[open]!.value) && tokens[open]!.value !== '"') open--
  for (let i = open - 1; i > from; i--) if (tokens[i]!.value === ',') return i
  return undefined
}

/** Whether `index` is a closing mark right after a comma (the comma is the sentence's, inside the mark): "…,” Holm said". */
function closesAfterComma(tokens: Token[], index: number, from: number): boolean {
  return index - 1 > from && CLOSING_MARKS.has(tokens[index]!.value) && tokens[index - 1]!.value === ','
}

/** Whether the words from `from` to the words in marks that end at `end` hold no cue and no sentence end. */
function plainLead(tokens: Token[], from: number, end: number, inMarks: (index: number) => boolean): boolean {
  let open = end
  while (open > from && inMarks(open - 1)) open--
  for (let i = from; i < open; i++) {
    const token = tokens[i]!
    if ((!token.word && /^[.!?:]$/.test(token.value)) || cueAt(tokens, i)) return false
    // ("… more than 1,000. “Speed is …,” said Brandt": a period the tokenizer kept inside a number ends a sentence too.)
    if (token.word && /^\d[\d,.]*\.$/.test(token.value) && (QUOTATION_MARKS.has(tokens[i + 1]?.value ?? '') || isCapitalized(tokens[i + 1]))) return false
  }
  return true
}

const RELATIVES = new Set(['who', 'whose', 'which'])

/** Words that open a clause's subject after "told the Ledger,": an article, an owner or a subject pronoun (not "which", "who"). */
const AFTER_LISTENER: ReadonlySet<string> = new Set([...ARTICLES_AND_OWNERS, ...SUBJECT_PRONOUNS, 'there'])

/** Whether `lower` is a personal pronoun fused with its verb: "he’s", "they're", "I'd" (not "it's", "that's": their verb may be the cue's object). */
function isContractedPerson(lower: string): boolean {
  return CONTRACTED_SUBJECT.test(lower) && PERSONAL_PRONOUNS.has(lower.slice(0, lower.search(/['’]/)))
}

/** Most tokens from a clause's start to its verb after "told the Ledger,": "her policy would" (2). */
const VERB_WINDOW = 6

/** Whether a verb of FINITE_VERBS stands within VERB_WINDOW tokens of `from`, before any comma or "that". */
function verbBeforeComma(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to && i - from <= VERB_WINDOW; i++) {
    const token = tokens[i]!
    if (token.value === ',' || token.lower === 'that') return false
    if (FINITE_VERBS.has(token.lower)) return true
  }
  return false
}

/** Cues whose object is always the listener: after a comma they never invert ("…, told reporters"). */
const TELL_CUES = new Set(['tell', 'tells', 'told'])

/**
 * Where the trailer after a closing "…, X said" ends: at a comma before a
 * participle ("…, Okafor said Friday, noting that …", "…, she said,
 * adding …"), else at `end`.
 */
function trailerEnd(tokens: Token[], from: number, end: number): number {
  for (let i = from; i < end && i - from <= MAX_TRAILER + 2; i++) {
    const token = tokens[i]!
    if (token.value === ',') {
      const next = tokens[i + 1]
      return next && next.word && next.lower.length > 4 && next.lower.endsWith('ing') ? i : end
    }
    if (!token.word) return end
  }
  return end
}

/** What may follow "…, X said" at a sentence end: nothing, a time ("on Tuesday"), a setting ("in a statement"). */
const TRAILER_STARTS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'of', 'from', 'to', 'late', 'early', 'last', 'this', 'via', 'through'])

/** Subordinators of time that open a trailer after "…, X said": "as she left", "while he spoke", "when she arrived". */
const TIME_TRAILERS = new Set(['as', 'while', 'when', 'after', 'before'])
/** Longest such time clause: "as she worked through the last pages of the speech for the board" (30). */
const MAX_TIME_TRAILER = 30

/** Longest trailer that is one setting, all words: "in a radio broadcast to the harbour board" (8). */
const MAX_SETTING_TRAILER = 14
const SETTING_STARTS = new Set(['on', 'in', 'at', 'during'])
/** How far into such a trailer its setting noun may be: "in a short radio broadcast" (4). */
const SETTING_NOUN_WINDOW = 4
/** Words that make a run a clause, not a setting ("…, said the turmoil at the convention was …"). */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([...AUXILIARIES, ...MODALS, 'be', 'been', 'that', 'who', 'which'])

/**
 * Whether `from`–`to` may follow "…, X said" to the sentence end: a short
 * trailer, or one setting of words only that names the medium or the
 * occasion ("in a radio broadcast to the board", "during an interview with
 * the Harbour Post on Tuesday").
 */
function isTrailerRun(tokens: Token[], from: number, to: number, cueText?: string): boolean {
  // "…, Holm told her advisers as she worked through the speech": a time clause of the speaker's own, with no comma.
  if (from < to && TIME_TRAILERS.has(tokens[from]!.lower) && to - from <= MAX_TIME_TRAILER && subjectPronounAt(tokens, from + 1, to)) {
    for (let i = from + 1; i < to; i++) if (!tokens[i]!.word && tokens[i]!.value !== "'s" && tokens[i]!.value !== '’s' && tokens[i]!.value !== '-') return false
    return true
  }
  if (to - from <= MAX_TRAILER) return isTrailer(tokens, from, to, cueText)
  // "…, Holm insisted Thursday during a quick round of radio shows": a time before the setting.
  from = skipAdverbials(tokens, from, to)
  if (to - from > MAX_SETTING_TRAILER || !SETTING_STARTS.has(tokens[from]!.lower)) return false
  // The setting names how it was said ("in a radio broadcast", "during an interview"), not what ("at least six planes filled …").
  let setting = false
  for (let i = from + 1; i < to && i - from <= SETTING_NOUN_WINDOW && !setting; i++) setting = SETTING_NOUNS.has(tokens[i]!.lower)
  if (!setting) return false
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    // ("… said in her 2012 book, “A Harbour Daughter.”": the setting's title in marks after its comma ends it.)
    if (token.value === ',' && i > from && QUOTATION_MARKS.has(tokens[i + 1]?.value ?? '') && onlyTitle(tokens, i + 1, to)) return true
    if ((!token.word && token.value !== "'s" && token.value !== '’s') || CLAUSE_VERBS.has(token.lower)) return false
  }
  return true
}

/** Whether `from`–`to` is capitalised words in marks and closing punctuation only: "“A Harbour Daughter.”". */
function onlyTitle(tokens: Token[], from: number, to: number): boolean {
  let words = 0
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (token.word) {
      if (!isCapitalized(token) && !TITLE_SMALL_WORDS.has(token.lower)) return false
      words++
    } else if (!QUOTATION_MARKS.has(token.value) && !/^[.,!?]$/.test(token.value)) return false
  }
  return words > 0
}

function isTrailer(tokens: Token[], from: number, to: number, cueText?: string): boolean {
  if (from >= to) return true
  const first = tokens[from]!
  // ("At the meeting, Holm vowed to cut the fees": after a cue that takes an infinitive, "to" and a bare verb is what was
  // vowed, no setting as "to reporters" is; "said to laughter" is one.)
  if (first.lower === 'to' && cueText !== undefined && INFINITIVE_CUES.has(cueText) && isBareVerb(tokens[from + 1])) return false
  return first.word && (TRAILER_STARTS.has(first.lower) || ADVERBIALS.has(first.lower))
}

/** Cues that take an infinitive, with or without an object: "vowed to cut", "urged the council to act", "asked them to stay". */
const INFINITIVE_CUES: ReadonlySet<string> = new Set([
  'vow', 'vows', 'vowed', 'pledge', 'pledges', 'pledged', 'promise', 'promises', 'promised', 'urge', 'urges', 'urged', 'urging', 'ask',
  'asks', 'asked', 'asking', 'tell', 'tells', 'told', 'telling', 'warn', 'warns', 'warned', 'threaten', 'threatens', 'threatened',
  'call on', 'calls on', 'called on', 'calling on', 'demand', 'demands', 'demanded', 'agree', 'agrees', 'agreed'
])

/**
 * Whether `token` reads as a bare verb after "to": lowercase, no determiner, pronoun or number, and no plural in -s
 * ("to act", "to cut"; not "to reporters", "to the council", "to them", "to police").
 */
function isBareVerb(token: Token | undefined): boolean {
  if (!token?.word || token.value !== token.lower || isNumber(token)) return false
  if (ARTICLES_AND_OWNERS.has(token.lower) || OBJECT_PRONOUNS_AFTER_TO.has(token.lower) || NOUNS_AFTER_TO.has(token.lower)) return false
  return !/[^s]s$/.test(token.lower)
}

/** Pronouns and quantifiers that follow "to" as its object: "said to them", "told to all". */
const OBJECT_PRONOUNS_AFTER_TO = new Set([...OBJECT_PRONOUNS, 'it', 'all', 'both', 'each', 'everyone', 'anyone', 'someone', 'others', 'whom', 'date'])
/** Nouns without -s that follow "to" as its object: "said to police", "spoke to staff". */
const NOUNS_AFTER_TO = new Set(['police', 'media', 'staff', 'press', 'congress', 'parliament', 'camera', 'television', 'radio', 'court', 'reporters'])

/** "X said (that) CLAUSE", "X told reporters CLAUSE", "X urged it to CLAUSE". */
function leading(
  tokens: Token[],
  from: number,
  to: number,
  cue: [number, number],
  cueText: string,
  inMarks: (index: number) => boolean
): Reported | undefined {
  // "…, Fiorina said, adding that …", "Having announced that …, Judge Quist said": see subjectOfCue.
  const subject = subjectOfCue(tokens, cue[0], from, to)
  // "The fracas erupted …, calling them …": a participle after a comma says someone spoke, even when no rule reads who; its
  // clause is kept, with no speaker. The checks below read `anchor`: the subject, or else the cue itself.
  // (Only after a main clause with a verb: "In the morning, warning sirens sounded" is no act of speech.)
  // (Read back a bounded way: a sentence of many such participles stays linear.)
  const unnamed = !subject && isParticipleWord(cueText) && tokens[cue[0] - 1]?.value === ',' && cue[0] - 1 > from && verbAmong(tokens, Math.max(from, cue[0] - 1 - MAX_CLAUSE_BEFORE), cue[0] - 1)
  if (!subject && !unnamed) return undefined
  // ("Tarn Bank produced research showing that …", "the rise came too soon given figures showing …": what shows is the noun
  // right before the participle, after the last verb.)
  // ("Holm produced research suggesting that …": so does what suggests or indicates.)
  if (subject && FINDING_PARTICIPLES.has(cueText)) {
    for (let i = subject.to - 2; i >= subject.from; i--) {
      const token = tokens[i]!
      // ("… his ties to Veld, including ledgers showing …": after "including" too.)
      if (token.word && token.value === token.lower && (isVerbForm(token.lower) || token.lower === 'given' || token.lower === 'including')) {
        subject.from = i + 1
        delete subject.role
        break
      }
    }
  }
  const anchor: Phrase = subject ?? {from: cue[0], to: cue[1]}
  if (inMarks(anchor.from)) return undefined

  // "As Holm noted, those voters will …": the clause after the comma is what was said.
  const as = subject ? asClause(tokens, from, to, subject, cue, cueText) : undefined
  if (as === 'aside') return undefined
  if (as) return as

  let start: number | undefined = cue[1]
  const object = OBJECT_CLAUSE_CUES.get(cueText)
  // ("testified, for example, that …": a short aside between commas right after the cue.)
  const aside = asideEnd(tokens, cue[1], to)
  let that = findWord(tokens, aside, Math.min(to, aside + THAT_WINDOW), 'that')
  // A "that" inside marks is the speaker's word, not the start of a reported clause; and marks crossed on the way to
  // "that" must hold a title ("said on Tarn Radio's “Harbour Hour” on Sunday that"), not words ("said it was “plainly wrong” that").
  if (that !== undefined && (inMarks(that) || !settingBefore(tokens, cue[1], that, inMarks))) that = undefined
  // ("say they feel that way": a subject and its verb before "that" have opened the clause; "that" is theirs.)
  if (that !== undefined && that > aside + 1 && PERSONAL_PRONOUNS.has(tokens[aside]!.lower) && tokens[aside + 1]!.word && tokens[aside + 1]!.value === tokens[aside + 1]!.lower && !ADVERBIALS.has(tokens[aside + 1]!.lower)) that = undefined
  // "showed a message that said …": a cue right after "that" makes it a relative pronoun, not the clause's start; so does a
  // pronoun of things before it ("do not show everything that voters receive").
  // So does a past form with its object after it ("writing an op-ed that targeted the candidate").
  // ("told the Ledger in a piece that ran this week that she …": past such a relative, a second "that" may open the clause.)
  if (that !== undefined && relativeThat(tokens, that)) {
    const second = findWord(tokens, that + 1, Math.min(to, that + 1 + THAT_WINDOW), 'that')
    that = second !== undefined && !inMarks(second) && !relativeThat(tokens, second) && pastWithTime(tokens, that + 1) ? second : undefined
  }
  // "say the sums don't add up and that the fees will rise": an "and that" joins a second clause to a first one that
  // starts at the cue.
  if (that !== undefined && that > cue[1] + 1 && tokens[that - 1]!.lower === 'and') that = undefined
  // "responded before adding that …", "said, adding that …": a participle cue between this one and "that" owns the clause;
  // this one reports none. (Any other cue between leaves "that" inside this one's clause: "said Holm had told them that …".)
  if (that !== undefined) {
    const between = cueBetween(tokens, cue[1], that)
    // (A participle with no comma or link before it leaves "that" to this cue: "he said adding that …".)
    if (between !== undefined) {
      const participle = isParticipleWord(tokens[between]!.lower)
      const linked = tokens[between - 1]?.value === ',' || GERUND_PREPOSITIONS.has(tokens[between - 1]?.lower ?? '')
      // ("said the pilots left after reporting that …": with a verb of its own before the participle, this cue's clause holds it.)
      const verb = verbAmong(tokens, cue[1], between)
      if (participle && linked && !verb) return undefined
      if (!participle || verb) that = undefined
    }
  }
  // "say it is only right that …", "said in a statement it was clear that …": a subject and its verb before "that" open
  // the clause; "that" is inside it.
  const subjectFirst = that === undefined ? undefined : finiteSubject(tokens, cue[1], that)
  // "say senior pilots had argued that …": any verb before "that" makes the words before it a clause of their own.
  const clauseBeforeThat = that !== undefined && holdsFiniteVerb(tokens, cue[1], that)
  if (subjectFirst !== undefined || clauseBeforeThat) that = undefined
  // ("knew of the fees that were charged …", "one reason that might have swayed …": further on, a "that" with a verb
  // right after it is a relative pronoun of the noun before it, inside a clause that starts at the cue; "said in a statement
  // that was released on Monday that …": a second "that" after it may open the clause.)
  if (that !== undefined && that > aside && tokens[that - 1]!.word && demonstrativeSubject(tokens, that)) {
    const second = findWord(tokens, that + 1, Math.min(to, that + 1 + THAT_WINDOW), 'that')
    that = second !== undefined && !inMarks(second) && !demonstrativeSubject(tokens, second) && !relativeThat(tokens, second) ? second : undefined
  }
  // "says he introduced a bill to do that": a demonstrative "that" ending the clause opens none.
  if (that !== undefined && countWords(tokens, that + 1, to, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS) that = undefined
  // "a third said that of the other campaign", "she said that too": "that" is a pronoun there, and the cue reports no clause.
  if (that === cue[1] && DEMONSTRATIVE_AFTER.has(tokens[that + 1]?.lower ?? '')) return undefined
  const asking = QUESTION_CUES.has(cueText)
  // ("has questioned in recent weeks whether …": a setting may stand before the question word.)
  // ("will face intense questioning when the board meets": "when" and "where" tell a time or a place there.)
  if (QUESTION_ONLY_CUES.has(cueText) && !(cueText === 'questioned' ? QUESTION_WORDS : QUESTION_OPENERS).has(tokens[questionAfterSetting(tokens, skipAdverbials(tokens, cue[1], to), to)]?.lower ?? '')) return undefined
  const act = infinitiveAct(tokens, cue, cueText, to)
  // "reported collecting nine million", "denied taking the money", "admitted lying": what was reported is an act in -ing.
  const gerund = gerundAct(tokens, cue[1], to, cueText)
  // "Holm did not say that the pier was unsafe", "Brandt never said …": a denied attribution reports nothing said; so does one
  // whose subject denies it ("Neither Holm nor Brandt acknowledged …", "No one said …").
  if (negatedCue(tokens, cue[0], from) || (subject && deniesSubject(tokens, subject.from))) return undefined
  // "Bob agreed to speak only if …": agreeing to do something says nothing.
  if (AGREE_CUES.has(cueText) && tokens[cue[1]]?.lower === 'to') return undefined
  // "Holm was asked about the quay": the one asked is no speaker, and the asker is not named.
  // ("Holm is asking whether …" is progressive, not passive.)
  if (asking && !isProgressive(tokens, cue[0]) && PASSIVE.has(tokens[cue[0] - 1]?.lower ?? '')) return undefined
  // "Holm was told the pier was unsafe", "Holm is assured of winning": a listener cue in the passive makes its subject the
  // one who heard it, not the speaker (see passiveReport).
  if (LISTENER_CUES.has(cueText) && isPassiveAt(tokens, cue[0])) return undefined
  // "asked the council whether …" and "asked Brandt about the quay": the question, or its topic.
  const topic = asking ? afterAbout(tokens, cue[1], Math.min(to, cue[1] + OBJECT_WINDOW)) : undefined
  const question = asking ? findQuestion(tokens, cue[1], Math.min(to, cue[1] + OBJECT_WINDOW)) ?? topic : undefined
  // "The man accused of buying the guns": a participle with its preposition right after it is passive, its subject is no speaker;
  // so is one after "was"/"been" ("has been blamed by lawmakers for …").
  if (object !== undefined && object !== '' && (tokens[cue[1]]?.lower === object || (!isProgressive(tokens, cue[0]) && PASSIVE.has(tokens[cue[0] - 1]?.lower ?? '')))) return undefined
  // Where the object cue's preposition stands ("urged it to", "praised the board for").
  // ("urged Holm, Brandt and Krall to search …": a list's commas inside the object, with room for them.)
  const objectEnd = object ? findWord(tokens, cue[1], Math.min(to, cue[1] + OBJECT_WINDOW), object) ?? listObjectWord(tokens, cue[1], to, object) : undefined
  if (object !== undefined && object !== '' && (topic !== undefined || objectEnd === undefined)) {
    // "asked the mayor whether the pier was safe": an indirect question, from its question word.
    if (question === undefined) return undefined
    start = question
  } else if (object !== undefined) {
    // "urged it to rejoin", "called for lifting the tariffs": the clause starts at the object.
    // ("The storm slammed the coast for three days": a "for" of time gives no reason.)
    if (object === 'for' && isDuration(tokens, objectEnd! + 1)) return undefined
  } else if (that !== undefined) {
    // ("said that was the price of standing", "says that wasn't the last ferry": right after the cue, a verb right after
    // "that" makes it the clause's subject, a pronoun; the clause keeps it. Not "would-be": a hyphen makes the modal part of a word.)
    start = demonstrativeSubject(tokens, that) ? that : that + 1
    // "reiterated that, in hindsight, the fee was a mistake": a comma after "that" opens an aside inside the clause.
    if (tokens[start]?.value === ',') start++
  } else if (subjectFirst !== undefined) {
    start = subjectFirst
  } else if (question !== undefined) {
    start = question
  } else if (gerund !== undefined) {
    start = gerund
  } else if (act !== undefined) {
    // "promised to cut the fares", like "vowed to" and "pledged to": what was promised, an act to come; "claimed to be the
    // strongest candidate", "claims to have seen the memo": what was claimed. ("promised Monday to …": a time may come first.)
    start = act
  } else if (CLAUSE_ONLY_CUES.has(cueText) && !clauseBeforeThat && !(FINDING_CUES.has(cueText) && isFindingSource(tokens, anchor)) && !subjectPronounAt(tokens, skipAdverbials(tokens, cue[1], to), to) && !(!NOUN_FIRST_CUES.has(cueText) && tokens[anchor.from]!.lower !== 'who' && subjectAndVerb(tokens, skipAdverbials(tokens, cue[1], to), to))) {
    return undefined
  } else {
    start = skipAdverbials(tokens, cue[1], to)
    // ("pledged loyalty to the Tarn Front", "pledged their support to Holm": a pledge of a thing; what was pledged is an act or a
    // clause: "pledged to reopen it", "pledged the pier would reopen".)
    if (PLEDGE_CUES.has(cueText) && tokens[start]?.word && !pledgedAct(tokens, start, to)) return undefined
    // "Holm says, win or lose in the primary, she is staying", "Holm said, through an interpreter, that …": a comma after a plain
    // verb of saying, and the clause after it (an aside may open it).
    if (tokens[start]?.value === ',' && FRONT_CUES.has(cueText)) start = clauseAfterComma(tokens, start, to) ?? start
    // ("The crowd filled the square, chanting and waving flags": a conjunction right after the cue joins another act.)
    if (COORDINATORS.has(tokens[start]?.lower ?? '')) return undefined
    if (LISTENER_CUES.has(cueText)) {
      // ("reminding of the mayor's promises", "warned of floods": what the warning was about, no clause.)
      if (tokens[start]?.lower === 'of') return undefined
      const listener = start
      start = skipObject(tokens, start, to)
      // ("warned the pier would fail": a verb right after the "listener" makes it the clause's subject.)
      const verb = start !== undefined && start > listener ? tokens[start] : undefined
      if (verb?.word && verb.value === verb.lower && (MODALS.has(verb.lower) || FINITE_VERBS.has(verb.lower))) start = listener
      // "Holm told the Ledger, her policy would …": a comma may close the listener before the clause.
      // (Not an appositive, an absolute phrase or a list: "told the Ledger, the island's oldest paper, that …", "told the crowd,
      // his voice shaking, that …", "told the pilots, the crews and the board that …": the clause has its verb before any comma.)
      if (start !== undefined && start > cue[1] && tokens[start]?.value === ',' && AFTER_LISTENER.has(tokens[start + 1]?.lower ?? '') && verbBeforeComma(tokens, start + 1, to)) start++
      // ("told Ivo Brandt of Tarn Radio, that …": "that" after the listener's comma.)
      else if (start !== undefined && start > cue[1] && tokens[start]?.value === ',' && tokens[start + 1]?.lower === 'that') start += 2
    }
  }
  // "Brandt argued in a letter, the row shows …": a setting closed by a comma stands before the clause.
  if (start !== undefined && start < to && that === undefined && SETTING_STARTS.has(tokens[start]!.lower)) start = afterSettingComma(tokens, start, to)
  if (start === undefined || start >= to) return undefined
  const first = tokens[start]!
  if (!first.word && !inMarks(start)) return undefined
  // ("The attack was claimed by the Tarn Front": a passive cue's agent is who claimed it, nothing claimed.)
  if (first.lower === 'by' && isPassiveAt(tokens, cue[0])) return undefined
  // ("The same cannot be said for Holm": a passive "said" before a preposition says nothing; "Holm is said to have …" reports
  // hearsay with no speaker: the subject is whom it is said of.)
  const passiveSaid = cueText === 'said' && PASSIVE.has(tokens[cue[0] - 1]?.lower ?? '')
  if (passiveSaid && PASSIVE_SAID_OBJECTS.has(first.lower)) return undefined
  // "added to the confusion", "said about its timetable": what follows the
  // cue is its object, not what was said.
  // ("said of his rivals they had failed", "said with regret the pier would close": the clause may follow the phrase.)
  if (start === skipAdverbials(tokens, cue[1], to) && object === undefined && objectAfter(tokens, start, cueText)) {
    // (Only after a plain verb of saying: "joked about the pier she had built" reports no "she had built".)
    const clause = FRONT_PREPOSITIONS.has(tokens[start]!.lower) && FRONT_CUES.has(cueText) ? clauseAfterPhrase(tokens, start, to) : undefined
    if (clause === undefined) return undefined
    start = clause
  }
  let end = cutClause(tokens, start, to)
  // "Ada Holm, the pilot that said the pier was unsafe, resigned": a relative clause inside an appositive ends at its comma.
  const relativeMention = tokens[anchor.from]!.lower === 'who' || RELATIVE_OPENERS.has(tokens[anchor.to]?.lower ?? '')
  // "When she asked the pilots to run, at least 2,000 said they would": so does an attribution inside a subordinate clause
  // that opens the sentence.
  // ("Having announced that the pier would close, Judge Quist left": so does one in an opener whose subject comes after it.)
  // ("When Holm said the mayor said so, the crews left": a cue deeper in a subordinate clause that opens the sentence, too.)
  // ("When the harbour director, Ada Holm, said …": the role opens the subject.)
  const subjectStart = subject?.role && subject.role[0] < anchor.from ? subject.role[0] : anchor.from
  if ((relativeMention && tokens[anchor.from - 1]?.value === ',') || opensSubordinate(tokens, from, subjectStart) || insideOpeningSubordinate(tokens, from, cue[0]) || (subject && subject.from > cue[0])) end = firstComma(tokens, start, end, inMarks)
  // ("The fees rose -- as Holm said they would -- and the crews left": an "as" clause inside the sentence ends at its dash.)
  if (subject && subject.from - 1 > from && tokens[subject.from - 1]!.lower === 'as') {
    for (let i = start; i < end && i - start <= MAX_DASH_REACH; i++) if (isDash(tokens[i]) && !inMarks(i)) {
      end = i
      break
    }
  }
  // "The poll, showing that Holm is ahead, surprised Brandt": a participle between commas inside a subject whose verb is still
  // to come ends its clause at the comma before that verb.
  if (isParticipleWord(cueText) && tokens[cue[0] - 1]?.value === ',' && subject && subject.to === cue[0] - 1 && !verbAmong(tokens, Math.max(from, cue[0] - MAX_CLAUSE_BEFORE), cue[0] - 1)) {
    for (let i = start + 1; i + 1 < end; i++) {
      if (tokens[i]!.value === ',' && !inMarks(i) && verbAmong(tokens, i + 1, i + 2)) {
        end = i
        break
      }
    }
  }
  // "Holm's claim that the pier is unsafe angered Brandt": a noun cue whose owner opens the sentence is its subject; its
  // clause ends before the sentence's own verb.
  if (subject && subject.from === from && isPossessive(tokens[subject.to - 1]!.value)) end = beforeMainVerb(tokens, start, end)
  // "With the fund drained — new filings show it holds under a million — backers …": an attribution that opens after a
  // dash ends at the closing dash.
  if (subject && isDash(tokens[subject.from - 1])) {
    for (let i = start + 1; i < end; i++) {
      if (isDash(tokens[i]) && !inMarks(i)) {
        end = i
        break
      }
    }
  }
  // "…, said when Holm asked him a question", "testified before the panel": a time clause or phrase alone, with no main clause
  // after it, tells when; it reports nothing ("said when the pier closed, the ferries stopped" does; after a question cue,
  // "when" asks: "questioned when the money would arrive").
  // ("told her advisers as she worked through the speech": "as" and "while" of time too, not "as many as 30 pilots".)
  const timeAs = (first.lower === 'as' || first.lower === 'while') && !AS_QUANTITIES.has(tokens[start + 1]?.lower ?? '') && subjectPronounAt(tokens, start + 1, end)
  if ((TIME_SUBORDINATORS.has(first.lower) || timeAs) && !asking && !mainClauseAfter(tokens, start + 1, end)) return undefined
  // "said on “Harbour Hour”: “…”": a setting that runs up to a colon introduces the quote after it; it says nothing.
  if (tokens[end]?.value === ':' && SETTING_STARTS.has(first.lower)) return undefined
  // "as she said on “Harbour Hour Today.”", "told in his filing", "warned in its 2013 report": a setting alone is no clause.
  if (SETTING_STARTS.has(first.lower) && (onlySetting(tokens, start, end) || countWords(tokens, start, end, MAX_SETTING_WORDS + 1) <= MAX_SETTING_WORDS)) return undefined
  return {clause: [start, end], attribution: subject && !passiveSaid ? {cue, cueText, mention: subject} : {cue, cueText}}
}

/** Prepositions after a passive "said" that make it said of someone, not a report: "cannot be said for Holm". */
const PASSIVE_SAID_OBJECTS = new Set(['for', 'of', 'about', 'by', 'with'])

/** Most tokens of an aside between a cue's comma and its clause: "win or lose in the Tarn primary" (10). */
const MAX_COMMA_ASIDE = 10

/**
 * Where the clause starts after the comma at `comma` right after a cue: at once, when a subject and its verb open it
 * ("says, she is staying"); at the aside that opens it, when a subject and its verb follow the aside's comma ("says, win or
 * lose, she is staying"); after "that", when the aside ends with it ("said, through an interpreter, that …"). `undefined` for a
 * participle, a conjunction or anything else ("said, smiling", "said, adding that …").
 */
function clauseAfterComma(tokens: Token[], comma: number, to: number): number | undefined {
  const first = comma + 1
  const token = tokens[first]
  // ("He added, that there is …": "that" right after the comma opens the clause.)
  // (Not a relative "that" with its verb: "It is a cost, pilots say, that would be repaid" runs around the cue.)
  // ("said, that summer, the fares doubled": "that" before a noun is its determiner.)
  const after = tokens[first + 1]
  if (token?.lower === 'that' && after?.word && (ARTICLES_AND_OWNERS.has(after.lower) || SUBJECT_PRONOUNS.has(after.lower) || after.lower === 'there' || isCapitalized(after))) return first + 1
  if (!token?.word || token.value !== token.lower && !isCapitalized(token) || isParticipleWord(token.lower) || COORDINATORS.has(token.lower) || NOT_IN_SUBJECT.has(token.lower)) return undefined
  if (subjectPronounAt(tokens, first, to) || subjectAndVerb(tokens, first, to)) return first
  let i = first
  while (i < to && i - first <= MAX_COMMA_ASIDE && tokens[i]!.word) i++
  if (i === first || tokens[i]?.value !== ',') return undefined
  if (tokens[i + 1]?.lower === 'that') return i + 2
  return subjectPronounAt(tokens, i + 1, to) || subjectAndVerb(tokens, i + 1, to) ? first : undefined
}

/** Words before a verb that keep it inside the clause, besides FINITE_VERBS ("is closed", "would close"): "been", a conjunction or a relative ("and left", "who left"). */
const KEEPS_VERB = new Set(['be', 'been', 'being', 'and', 'or', 'but', 'that', 'who', 'which', 'to', 'not', 'never', 'also'])

/** Where a clause that a sentence's subject holds ends: before a second past form or finite verb after the clause's own verb. */
function beforeMainVerb(tokens: Token[], start: number, end: number): number {
  let verb = false
  for (let i = start; i < end; i++) {
    const token = tokens[i]!
    if (!token.word) {
      if (token.value === ',') return end
      continue
    }
    const finite = token.value === token.lower && (FINITE_VERBS.has(token.lower) || IRREGULAR_PAST.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ed')))
    if (!finite) continue
    if (verb && i > start + 1 && !KEEPS_VERB.has(tokens[i - 1]!.lower) && !FINITE_VERBS.has(tokens[i - 1]!.lower)) return i
    verb = true
  }
  return end
}

/** Words that open a clause or a phrase of time: "when", "after", "before", "until", "once". */
const TIME_SUBORDINATORS = new Set(['when', 'after', 'before', 'until', 'once'])

/**
 * Whether a main clause follows the time clause or phrase that runs from `from` to `to`: a comma inside it, or a second
 * verb ("when the campaign began Mr. Holm had a lead"; not "when Holm asked him a question").
 */
function mainClauseAfter(tokens: Token[], from: number, to: number): boolean {
  let verbs = 0
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    // (Not a comma before another subordinate clause: "after meeting aides, because the leaders …".)
    if (token.value === ',') return !SUBORDINATORS.has(tokens[i + 1]?.lower ?? '')
    // ("said after the storm the pier would close", "until the levy passes nothing will change": an auxiliary or a modal
    // is a main clause's, or may be; only a clause of plain past forms is surely the time clause alone.)
    if (token.word && (FINITE_VERBS.has(token.lower) || FINITE_VERBS.has(token.lower.replace(NEGATION, '')))) return true
    if (token.word && token.value === token.lower && (isVerbForm(token.lower) || DO_FORMS.has(token.lower) || PAST_CUES.has(token.lower)) && ++verbs > 1) return true
  }
  return false
}

/**
 * Whether a clause's subject pronoun stands at `index`: the clause of a cue
 * that otherwise needs "that" ("Holm denied she had lied"). "it" only before
 * a verb ("The company reported it had sold …"; not "wrote it down", "found
 * it odd", "reported it to the police", "showed it sinking").
 */
function subjectPronounAt(tokens: Token[], index: number, to: number): boolean {
  const token = tokens[index]
  const next = tokens[index + 1]
  if (!token?.word || index + 1 >= to || !next?.word) return false
  if (PERSONAL_PRONOUNS.has(token.lower)) return true
  // "says, win or lose, he’s staying": a pronoun fused with its verb.
  if (isContractedPerson(token.lower)) return true
  return token.lower === 'it' && verbWithin(tokens, index + 1, index + 2)
}

/** Most tokens from a clause's start to its verb: "the board's refusal to act is" (6). */
const SUBJECT_WINDOW = 7
/** Words that end a subject read forwards before its verb: a relative, a preposition's clause, a comma. */
const NOT_IN_SUBJECT = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'as', 'if', 'and', 'but', 'or', 'because', 'while', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'about', 'unless', 'until', 'although', 'though', 'since'])

/**
 * Whether a clause without "that" opens at `index`: a noun phrase and a verb of FINITE_VERBS within
 * SUBJECT_WINDOW tokens ("claims the board's refusal to act is …", "denied the pier was unsafe"); not a
 * relative clause without "who" ("repeated the claim he has made": a pronoun right before the verb).
 */
function subjectAndVerb(tokens: Token[], index: number, to: number): boolean {
  let first = tokens[index]
  // "reported at least six kites crossed the bay": a count opens the subject, and its verb may be any past form.
  const counted = first?.lower === 'at' && COUNT_LIMITS.has(tokens[index + 1]?.lower ?? '') ? index + 2 : isNumber(first) ? index : undefined
  if (counted !== undefined) first = tokens[counted]
  if (!first?.word || counted === undefined && !ARTICLES_AND_OWNERS.has(first.lower) && !isCapitalized(first)) return false
  const from = counted ?? index
  for (let i = from + 1; i < to && i - from <= SUBJECT_WINDOW; i++) {
    const token = tokens[i]!
    if (!token.word && token.value !== "'s" && token.value !== '’s' && token.value !== '’' && token.value !== "'") return false
    if (NOT_IN_SUBJECT.has(token.lower)) return false
    // ("the board wouldn't truly close": a negative contraction is its verb too.)
    if (FINITE_VERBS.has(token.lower) || FINITE_VERBS.has(token.lower.replace(NEGATION, '')) || (i > from + 1 && PAST_ONLY.has(token.lower))) return !PERSONAL_PRONOUNS.has(tokens[i - 1]!.lower) && tokens[i - 1]!.lower !== 'it'
    // (Not a participle that describes the count: "reported 12 planes sold in May", "30 deals made by the board".)
    // (Nor an adjective in -ed before its noun: "recalling seven of its sea-trained pilots".)
    if (counted !== undefined && i > from + 1 && (IRREGULAR_PAST.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ed')))) {
      const next = tokens[i + 1]
      return next?.word === true && !AFTER_PARTICIPLE.has(next.lower) && (ARTICLES_AND_OWNERS.has(next.lower) || isNumber(next) || OBJECT_OPENERS.has(next.lower))
    }
  }
  return false
}

/** Words after a past form that make it a participle describing a noun: "sold in May", "made by the board". */
const AFTER_PARTICIPLE = new Set(['in', 'on', 'at', 'by', 'during', 'for', 'from', 'with', 'last', 'this', 'since', 'over', 'under', 'through', 'before', 'after'])

/** Words that open the object of a past form: "filled them", "rose up", "cut back". */
const OBJECT_OPENERS = new Set(['them', 'it', 'him', 'her', 'us', 'up', 'down', 'out', 'back', 'off', 'away'])

/** "at least", "at most" before a count: a quantity, no setting. */
const COUNT_LIMITS = new Set(['least', 'most'])

/** A negative contraction's ending: "wouldn't" → "would", "isn’t" → "is". */
const NEGATION = /n['’]t$/

/** Forms of "be" and "have" and the modals (see MODALS and AUXILIARIES), and a clitic "'s". */
const FINITE_VERBS: ReadonlySet<string> = new Set([...MODALS, ...AUXILIARIES, "'s", '’s'])

/** Whether a verb of FINITE_VERBS stands between `from` and `to`: "the buy-back was", "figures were" (not "the West of"). */
export function holdsFiniteVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (FINITE_VERBS.has(tokens[i]!.lower)) return true
  return false
}

/** Index of a subject pronoun right before a verb of FINITE_VERBS between `from` and `to` ("it is", "they were"), if any. */
function finiteSubject(tokens: Token[], from: number, to: number): number | undefined {
  for (let i = from + 1; i < to; i++) {
    if (FINITE_VERBS.has(tokens[i]!.lower) && CLAUSE_SUBJECTS.has(tokens[i - 1]!.lower)) return i - 1
  }
  // "reported it obtained 72 emails that Carter sent": a subject pronoun right after the cue, before a past tense, opens
  // the clause; the later "that" is a relative inside it.
  const first = tokens[from]
  const verb = tokens[from + 1]
  if (first?.word && verb?.word && CLAUSE_SUBJECTS.has(first.lower) && first.lower !== 'this' && verb.lower.length > 3 && verb.lower.endsWith('ed') && from + 1 < to) return from
  return undefined
}

/** Subjects of a clause before "that": the personal pronouns, "it", "there" and "this" ("it is only fitting that", "there is no doubt that"). */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([...PERSONAL_PRONOUNS, 'it', 'there', 'this'])

/** Words after which "that" right after a cue is a pronoun ("said that of …", "said that too"), not a clause's start ("said that in one case …" is one). */
const DEMONSTRATIVE_AFTER = new Set(['of', 'too', 'again'])

/** Whether the "that" at `that` is a clause's subject: a finite "be", "have" or a modal right after it, lowercase ("that was", "that wasn't", "that would"). */
function demonstrativeSubject(tokens: Token[], that: number): boolean {
  const verb = tokens[that + 1]
  if (!verb?.word || verb.value !== verb.lower || tokens[that + 2]?.value === '-') return false
  return isFiniteAuxiliary(verb) || NEGATED_FINITE.test(verb.lower)
}
/** Negated finite forms, with either apostrophe ("wasn't", "isn’t", "won't"), as one token or as the tokenizer leaves them ("was" + "n't"). */
const NEGATED_FINITE = /^(?:is|was|are|were|has|have|had|wo|would|could|should|ca|can|does|did|do)n['’]t$/

/** Cues that make a passive "as" clause with an agent: "As reported by the Ledger,", "as first noted by Holm,". */
const AS_BY_CUES = new Set(['reported', 'noted', 'first', 'stated', 'announced', 'revealed', 'described'])

/**
 * "As reported by the Tarn Ledger, investigators found …", "As first reported by Tarn Radio, …": the agent after "by" is
 * the speaker, and the main clause after the comma is what it reported. Only at the sentence's start (after a connective).
 */
function asReportedBy(tokens: Token[], from: number, to: number, cue: [number, number], cueText: string): Reported | undefined {
  if (!AS_BY_CUES.has(cueText) || tokens[cue[1]]?.lower !== 'by') return undefined
  let as = cue[0] - 1
  if (tokens[as]?.lower === 'first') as--
  if (tokens[as]?.lower !== 'as' || !onlyConnectives(tokens, from, as)) return undefined
  const mention = phraseAfter(tokens, cue[1] + 1, to)
  if (!mention) return undefined
  // (What follows the agent's comma is the clause, not a role.)
  const comma = mention.to
  if (tokens[comma]?.value !== ',') return undefined
  delete mention.role
  return {clause: [comma + 1, cutClause(tokens, comma + 1, to)], attribution: {cue, cueText, mention}}
}

/** Tokens allowed between an "As X said" cue and its comma: "As Holm noted last week in a column,". */
const MAX_AS_GAP = 6

/**
 * "As Holm noted, those voters will …", "But as the Harbour Post reported
 * on Sunday, the pier …": an attribution in an "as" clause that opens the
 * sentence, and the main clause after its comma.
 */
function asClause(tokens: Token[], from: number, to: number, mention: Phrase, cue: [number, number], cueText: string): Reported | 'aside' | undefined {
  let first = from
  while (first < mention.from && CONJUNCTION_OPENERS.has(tokens[first]!.lower)) first++
  // "As the day went on, …" tells a time.
  if (tokens[mention.from - 1]?.lower !== 'as' || cueText === 'went on' || cueText === 'goes on') return undefined
  // "…, and as Holm noted, people …": after a comma and a conjunction too; elsewhere "as Holm said" is an aside whose
  // words are the clause before it ("…, as she said in her opening line – the old grudges stayed buried" reports nothing after it).
  const opening = first === mention.from - 1
  // (After a plain comma, "The pier is old, as Holm said, and …" is an aside: what Holm said is before it.)
  // ("given that, as the Ledger reported, he has …": after "that" and a comma, the clause that "that" opens.)
  const afterComma = !opening && mention.from - 1 > from && ((CONJUNCTION_OPENERS.has(tokens[mention.from - 2]!.lower) && (tokens[mention.from - 3]?.value === ',' || tokens[mention.from - 3]?.value === ';')) || (tokens[mention.from - 2]!.value === ',' && tokens[mention.from - 3]?.lower === 'that'))
  let comma = cue[1]
  while (comma < to && comma - cue[1] <= MAX_AS_GAP && tokens[comma]!.word) comma++
  // ("as he urged crews to unite, …", "as she noted how tired the crews were": an "as" of time whose cue has its own clause.)
  // ("As Holm told the Tarn Ledger, …": past the listener.)
  const afterCue = LISTENER_CUES.has(cueText) ? skipObject(tokens, cue[1], comma) ?? cue[1] : cue[1]
  const bare = (tokens[comma]?.value === ',' || isDash(tokens[comma])) && isTrailer(tokens, afterCue, comma, cueText)
  if (!bare) return undefined
  // "Ivo Krall -- as the Holm camp noted on Friday -- even praised Brandt": an aside between dashes inside the clause, which
  // runs around it.
  if (!opening && isDash(tokens[comma]) && mention.from - 2 > from && cue[0] - from <= MAX_CLAUSE_TOKENS && isDash(tokens[mention.from - 2]) && countWords(tokens, comma + 1, to, MIN_CLAUSE_WORDS) >= MIN_CLAUSE_WORDS) {
    return {clause: [from, cutClause(tokens, from, to)], attribution: {cue, cueText, mention}}
  }
  if (tokens[comma]!.value !== ',' || !(opening || afterComma) || COORDINATORS.has(tokens[comma + 1]?.lower ?? '')) return opening ? undefined : 'aside'
  return {clause: [comma + 1, cutClause(tokens, comma + 1, to)], attribution: {cue, cueText, mention}}
}

const CONJUNCTION_OPENERS = new Set(['and', 'but', 'so', 'yet', 'still', 'now', 'indeed'])

/** How far after a naming cue its marks or its "as" may start: "called the governor's new harbour plan “…”" (8). */
const NAMING_WINDOW = 10
/** Words after a naming cue that make it another verb: "calling on", "called for", "called off". */
const PARTICLES = new Set(['on', 'for', 'off', 'up', 'out', 'in', 'back', 'upon', 'into'])
/** Units of a time span after "for": "for three days", "for hours". */
const TIME_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'while', 'time', 'night', 'nights'])

/** Whether a time span starts at `index`: "three days", "hours", "a week", "the first time", "more than a decade". */
function isDuration(tokens: Token[], index: number): boolean {
  for (let i = index; i < tokens.length && i - index < 4; i++) {
    const token = tokens[i]!
    if (!token.word) return false
    if (TIME_UNITS.has(token.lower)) return true
  }
  return false
}

/** Forms of "call" that name someone something without marks: "Holm called him a liar". */
const CALL_CUES = new Set(['call', 'calls', 'called', 'calling'])
/** Pronouns that are the object of "call". */
const CALLED_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'you', 'himself', 'herself', 'themselves', 'itself'])
/** Words after "called him" that make it a call, not a name given, besides ADVERBIALS: "called him on Monday", "called her back", "called them twice". */
const NOT_COMPLEMENTS = new Set([
  ...PARTICLES, 'to', 'at', 'from', 'with', 'about', 'after', 'before', 'during', 'and', 'but', 'or', 'that', 'because', 'when', 'while',
  'twice', 'late', 'early', 'immediately', 'last', 'this', 'next', 'directly', 'personally'
])

/**
 * "Holm called him a liar", "O'Malley calling Brandt a fascist", "Others call
 * it the nerd prom", "64 percent call him competent": "call" with a person
 * or a thing (a pronoun, or a name and then a determiner) and what it is
 * called, without marks. Not "called him on Monday", "called her back",
 * "called the police", nor "a site called Tarn Watch lists …".
 */
function calledSomething(tokens: Token[], object: number, end: number, cueText: string): boolean {
  if (!CALL_CUES.has(cueText)) return false
  let complement = object
  const pronoun = CALLED_PRONOUNS.has(tokens[object]!.lower)
  if (pronoun) complement++
  else while (complement < end && isCapitalized(tokens[complement]) && complement - object < 4) complement++
  const first = tokens[complement]
  if (complement === object || complement >= end || !first?.word || isCapitalized(first)) return false
  // After a name only a determiner opens what it is called: "a site called Tarn Watch lists …" names a site; or a judgement
  // that ends the clause: "calls Holm unqualified."
  if (!pronoun) return ARTICLES_AND_OWNERS.has(first.lower) || (isJudgement(first.lower) && (complement + 1 >= end || !tokens[complement + 1]!.word || AFTER_COMPLEMENT.has(tokens[complement + 1]!.lower)))
  return !NOT_COMPLEMENTS.has(first.lower) && !ADVERBIALS.has(first.lower) && !first.lower.endsWith('ing')
}

/** Endings of adjectives that complement "called the plan …": "reckless", "dangerous", "unqualified", "historic". */
const COMPLEMENT_ENDINGS = /(?:less|ous|ful|able|ible|ical|ied|ish)$/
/** Adjectives of judgement that complement "called the plan …" without those endings. */
const JUDGEMENTS = new Set([
  'wrong', 'unfit', 'false', 'illegal', 'unconstitutional', 'absurd', 'racist', 'sexist', 'crazy', 'stupid', 'dumb', 'weak',
  'historic', 'tragic', 'great', 'huge', 'bad', 'good', 'fair', 'unfair', 'corrupt', 'rigged', 'fake', 'dishonest', 'unqualified',
  'incompetent', 'naive', 'urgent', 'significant', 'excellent', 'pathetic', 'unprecedented', 'inappropriate', 'offensive',
  'hypocritical', 'insane', 'ridiculous', 'outrageous', 'unacceptable', 'important', 'critical', 'necessary', 'unnecessary'
])
/** Words that may end "called the plan X" and go on with the clause after it. */
const AFTER_COMPLEMENT = new Set(['and', 'but', 'because', 'for', 'to', 'in', 'on', 'after', 'during'])

/**
 * "Holm called the plan reckless", "called the storm a reason for …": an object after an article and the
 * complement that says what the speaker called it, an article or an adjective at the clause's end. Not "called a
 * meeting for Tuesday", "called the board yesterday", "called the meeting off".
 */
function calledTheThing(tokens: Token[], object: number, end: number, cueText: string): boolean {
  if (!CALL_CUES.has(cueText) || tokens[object]?.lower !== 'the') return false
  let complement = object + 1
  while (complement < end && complement - object <= 3 && tokens[complement]!.word && !isCapitalized(tokens[complement]) && !ARTICLES.has(tokens[complement]!.lower) && !STOP_AFTER_OBJECT.has(tokens[complement]!.lower)) complement++
  if (complement === object + 1) return false
  const word = tokens[complement - 1]!
  const next = complement < end ? tokens[complement] : undefined
  // "called the storm a reason …"
  if (next && ARTICLES.has(next.lower) && complement - object >= 2) return true
  // "called the plan reckless."
  return complement - object >= 3 && isJudgement(word.lower) && !ADVERBIALS.has(word.lower) && !word.lower.endsWith('ly') && (!next || !next.word || AFTER_COMPLEMENT.has(next.lower))
}

/** An adjective that says what a speaker called something: "reckless", "unfit", "unpatriotic", "irresponsible". */
function isJudgement(lower: string): boolean {
  return COMPLEMENT_ENDINGS.test(lower) || JUDGEMENTS.has(lower) || NEGATED_ADJECTIVE.test(lower)
}

/** An adjective with a negative prefix: "unqualified", "unpatriotic", "irresponsible", "illegitimate" (not "in-": "informed", "involved"). */
const NEGATED_ADJECTIVE = /^(?:un|ir|il)[a-z]{4,}(?:ic|ed|ent|ant|al|ive|ate|ble)$/
/** Words that end the object of "called the …" before any complement. */
const STOP_AFTER_OBJECT = new Set(['for', 'to', 'on', 'in', 'at', 'off', 'up', 'out', 'back', 'and', 'but', 'with', 'from', 'by', 'that', 'who', 'which'])

/** Naming cues whose object and "as" say how a speaker described a thing without marks: "described the vote as a disgrace". */
const AS_CUES = new Set(['describe', 'describes', 'described', 'describing', 'refer to', 'refers to', 'referred to', 'referring to'])

/**
 * "Holm called the harbour plan “a gift to landlords”", "Brandt described
 * the vote as a disgrace": a naming cue with a speaker before it, an object
 * after it, and then marks (or, for "described" and "referred to", an
 * "as"). The clause is the object and what it is called, up to the clause's
 * end; the fragment in marks is nested in it (see `nestPartials`). Not the
 * passive ("was called"), and not a name given right after the cue ("a
 * site called “…”").
 */
function naming(tokens: Token[], from: number, to: number, cue: [number, number], cueText: string, inMarks: (index: number) => boolean): Reported | undefined {
  const object = tokens[cue[1]]
  // "calling on attendees to …", "called for a vote": a particle makes another verb.
  if (!object || !object.word || inMarks(cue[1]) || (!isProgressive(tokens, cue[0]) && PASSIVE.has(tokens[cue[0] - 1]?.lower ?? '')) || PARTICLES.has(object.lower)) return undefined
  let mention = phraseBefore(tokens, cue[0], from)
  if (mention === 'coordinated') mention = sentenceSubject(tokens, from, cue[0], to)
  if (!mention || inMarks(mention.from)) return undefined
  if (isNamingNoun(tokens, cue[0], cueText)) return undefined
  // "in what Tarn Data calls a “worrying turn”": the object is "what", before the speaker; the fragment is all.
  if (tokens[mention.from - 1]?.lower === 'what') return undefined
  const end = cutClause(tokens, cue[1], to)
  let named = false
  for (let i = cue[1] + 1; i < end && i - cue[1] <= NAMING_WINDOW && !named; i++) {
    named = inMarks(i) || (AS_CUES.has(cueText) && tokens[i]!.lower === 'as' && i + 1 < end)
  }
  if (!named && !calledSomething(tokens, cue[1], end, cueText) && !calledTheThing(tokens, cue[1], end, cueText)) return undefined
  for (let i = cue[1] + 1; i + 1 < end; i++) {
    const next = tokens[i + 1]!
    // "… “unfit to be president.” When …": a sentence that ends inside the marks ends the clause.
    if (inMarks(i) && !inMarks(i + 1) && i > cue[1] && /^[.!?]$/.test(tokens[i - 1]!.value) && next.word && isCapitalized(next)) {
      return {clause: [cue[1], i + 1], attribution: {cue, cueText, mention}}
    }
    // "… “a gift to landlords,” adding that …": a participle after a comma has its own clause.
    // ("called him a patient, careful and honest man": not an adjective in a list.)
    if ((tokens[i]!.value === ',' || (inMarks(i) && tokens[i - 1]?.value === ',')) && !inMarks(i + 1) && next.word && next.lower.length > 4 && next.lower.endsWith('ing') && !(tokens[i]!.value === ',' && isListComma(tokens, i, end))) {
      return {clause: [cue[1], trimEnd(tokens, cue[1], tokens[i]!.value === ',' ? i : i + 1)], attribution: {cue, cueText, mention}}
    }
    // "… “a gift to landlords” and walked out": a second verb after the marks is not what was said ("called the board
    // unpatriotic and left" without marks too).
    // (Without marks, an adjective may follow "and": "reckless and misguided"; a verb has something after it: "and walked out".)
    const after = tokens[i + 2]
    const verb = next.lower.endsWith('ed') && (inMarks(i - 1) || (after?.word === true && (PARTICLES.has(after.lower) || ARTICLES_AND_OWNERS.has(after.lower) || OBJECT_PRONOUNS_AFTER_TO.has(after.lower))))
    if (!inMarks(i) && (tokens[i]!.lower === 'and' || tokens[i]!.lower === 'but') && next.word && next.lower === next.value && (verb || PAST_ONLY.has(next.lower) || next.lower === 'left')) {
      return {clause: [cue[1], trimEnd(tokens, cue[1], i)], attribution: {cue, cueText, mention}}
    }
  }
  return {clause: [cue[1], end], attribution: {cue, cueText, mention}}
}

/** One past the comma that closes a setting of words at `start` ("in his email,"), when a clause follows it; else `start`. */
function afterSettingComma(tokens: Token[], start: number, to: number): number {
  for (let i = start + 1; i < to && i - start <= MAX_SETTING_TRAILER; i++) {
    const token = tokens[i]!
    if (token.value === ',') return countWords(tokens, i + 1, to, MIN_CLAUSE_WORDS) >= MIN_CLAUSE_WORDS && !isTrailer(tokens, i + 1, to) ? i + 1 : start
    if (!token.word && token.value !== "'s" && token.value !== '’s') return start
    if (CLAUSE_VERBS.has(token.lower)) return start
  }
  return start
}

/** Pronouns that a relative "that" hangs on: "everything that", "something that", "all that". */
const RELATIVE_HEADS = new Set(['everything', 'something', 'anything', 'nothing', 'all', 'much', 'little', 'those', 'one'])

/** Most words of a clause that is only a setting: "in its 2013 annual report" (5). */
const MAX_SETTING_WORDS = 5

/** Cues whose "to" after them opens their object: "added to the pressure", "responded to the letter". */
const TO_OBJECT_CUES = new Set([
  'add', 'adds', 'added', 'adding', 'respond', 'responds', 'responded', 'responding', 'reply', 'replies', 'replied', 'replying',
  'admit', 'admits', 'admitted', 'admitting', 'testify', 'testifies', 'testified', 'testifying'
])
/** Words after "as" that make it a quantity, inside a clause: "as many as 30 pilots", "as much as", "as early as May". */
const AS_QUANTITIES = new Set(['many', 'much', 'few', 'little', 'high', 'low', 'long', 'early', 'well', 'soon', 'recently', 'late', 'often'])

/** Relatives that open a clause inside an appositive: "…, the pilot that said …, resigned". */
const RELATIVE_OPENERS = new Set(['that', 'which', 'who'])

/** Prepositions whose short phrase may stand between a cue and its clause: "said of his rivals they …", "said with regret the …". */
const FRONT_PREPOSITIONS = new Set(['of', 'as', 'with', 'about'])
/** Cues after which such a phrase may stand before the clause: "said of his rivals they …", "wrote with regret the …". */
const FRONT_CUES = new Set(['say', 'says', 'said', 'saying', 'add', 'adds', 'added', 'write', 'writes', 'wrote', 'argued', 'insisted', 'noted', 'warned'])

/** Most tokens of a phrase after a cue before the clause it may stand in front of: "of his rivals" (3), "as a result" (3). */
const MAX_FRONT_PHRASE = 6

/** Where a clause opens right after a short phrase at `start` ("said of his rivals they had failed"), if one does. */
function clauseAfterPhrase(tokens: Token[], start: number, to: number): number | undefined {
  // (From the phrase's second word: its own object is no subject, "as a result the pier would close".)
  for (let i = start + 2; i < to && i - start <= MAX_FRONT_PHRASE; i++) {
    const token = tokens[i]!
    if (token.value === ',') continue
    if (!token.word) return undefined
    if (subjectPronounAt(tokens, i, to) || subjectAndVerb(tokens, i, to)) return i
  }
  return undefined
}

/** A share written with a hyphen: "about one-third of the vote", "about two-thirds". */
const NUMBER_PREFIX = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)-/
/** Prepositions that open a cue's object or company, never its clause: "argued for a recount", "joked with reporters". */
const OBJECT_PREPOSITIONS = new Set(['with'])
/** Determiners after "about" that make it a topic, not an approximation ("said about its plan", not "said about 30 …"). */
const TOPIC_DETERMINERS = new Set([...ARTICLES_AND_OWNERS, 'this', 'that', 'these', 'those', 'him', 'them', 'it'])

/** How far after "claimed a" a verb makes a clause: "claimed a harbour pilot had lied" (3). */
const CLAIM_VERB_WINDOW = 4

/** Whether a verb of FINITE_VERBS or a past tense stands between `from` and `to` (bounded by the tokens). */
function verbWithin(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to && i < tokens.length; i++) {
    const token = tokens[i]!
    if (!token.word) return false
    if (isVerbForm(token.lower)) return true
  }
  return false
}

/** A finite form, a past form not in -ed, or a word in -ed: "were", "sold", "closed" (what verbWithin and verbAmong look for). */
function isVerbForm(lower: string): boolean {
  return FINITE_VERBS.has(lower) || IRREGULAR_PAST.has(lower) || (lower.length > 3 && lower.endsWith('ed'))
}

/** Forms of "claim", whose object is often a prize, not a claim: "claimed victory", "claiming an impressive win". */
const CLAIM_CUES = new Set(['claim', 'claims', 'claimed', 'claiming'])
/** Words after "claim" that open such an object: a prize named bare, or "a"/"an" with no verb after (not "his": "claimed his rival lied"). */
const CLAIMED_OBJECTS = new Set(['a', 'an', 'allegiance', 'victory', 'power', 'control', 'credit', 'responsibility', 'ownership', 'gold', 'silver', 'bronze', 'first', 'second', 'third', 'away'])

/** Words after "cases" that place them in a court: "argued cases before the court", "cases in the high court". */
const CASE_PLACES = new Set(['before', 'in', 'at', 'for'])
/** What a share won is of: "41 percent of the ballots", "30 delegates", "12 seats". */
const WON_THINGS = new Set(['vote', 'votes', 'ballots', 'delegates', 'seats', 'districts', 'counties', 'precincts'])

/** Whether a number at `start` opens a share won: "41 percent of the ballots", "30 delegates" (within a few words). */
function wonShare(tokens: Token[], start: number): boolean {
  for (let i = start + 1; i < tokens.length && i - start <= CLAIM_VERB_WINDOW; i++) {
    const token = tokens[i]!
    if (!token.word) return false
    if (WON_THINGS.has(token.lower)) return true
    if (!(token.lower === 'percent' || token.lower === 'of' || token.lower === 'the' || isNumber(token))) return false
  }
  return false
}

/** Forms of "argue", whose object may be a court case: "argued dozens of cases". */
const ARGUE_CUES = new Set(['argue', 'argues', 'argued', 'arguing'])

/** Whether "cases" ends a short object at `start` with no verb before or soon after it: "dozens of cases", "30 cases". */
function casesWithin(tokens: Token[], start: number): boolean {
  for (let i = start; i < start + CLAIM_VERB_WINDOW + 1 && i < tokens.length; i++) {
    const token = tokens[i]!
    if (!token.word || isVerbForm(token.lower)) return false
    // ("argued cases of fraud were rising", "argued cases like these show …": only cases before a court or the clause's end.)
    if (token.lower === 'cases') return !tokens[i + 1]?.word || CASE_PLACES.has(tokens[i + 1]!.lower)
  }
  return false
}

/** Whether the words at `start` right after a cue are its object rather than a clause. */
function objectAfter(tokens: Token[], start: number, cueText: string): boolean {
  const first = tokens[start]!.lower
  if (first === 'to' && TO_OBJECT_CUES.has(cueText)) return true
  // "claiming an impressive victory" is an object; "claimed a pilot had lied" a clause.
  if (CLAIM_CUES.has(cueText) && CLAIMED_OBJECTS.has(first) && !((first === 'a' || first === 'an') && verbWithin(tokens, start + 1, start + 1 + CLAIM_VERB_WINDOW))) return true
  // "claiming 41 percent of the ballots", "claimed 30 delegates" is a share won; "claimed 30 pilots had lied" a clause.
  if (CLAIM_CUES.has(cueText) && isNumber(tokens[start]) && wonShare(tokens, start)) return true
  // "argued dozens of cases before the court", "argued 30 cases": a lawyer's cases, nothing argued.
  if (ARGUE_CUES.has(cueText) && casesWithin(tokens, start)) return true
  if (OBJECT_PREPOSITIONS.has(first) && !OBJECT_CLAUSE_CUES.has(cueText)) return true
  // "said of his rank and file": whom the words were about; "said as she turned around": when they were said (not "said as
  // many as 30 pilots quit").
  if (first === 'of' || (first === 'as' && !AS_QUANTITIES.has(tokens[start + 1]?.lower ?? ''))) return true
  // "responded by shaking her head", "should respond by suggesting …": the means, not what was said.
  if (first === 'by' && /ing$/.test(tokens[start + 1]?.lower ?? '')) return true
  // "said about Latinos", "said about its plan"; not an approximation ("said about 30 pilots had quit").
  return first === 'about' && (TOPIC_DETERMINERS.has(tokens[start + 1]?.lower ?? '') || (tokens[start + 1]?.word === true && !isNumber(tokens[start + 1]) && !NUMBER_PREFIX.test(tokens[start + 1]!.lower)))
}

/** Most tokens of an object that is a list before its preposition: "the pilots, the crews and the clerks" (12). */
const MAX_LIST_OBJECT = 12

/** Where `word` stands after an object that is a list ("Holm, Brandt and Krall to"), its commas the list's only. */
function listObjectWord(tokens: Token[], from: number, to: number, word: string): number | undefined {
  let commas = 0
  for (let i = from; i < to && i - from <= MAX_LIST_OBJECT; i++) {
    const token = tokens[i]!
    if (token.lower === word) return commas > 0 ? i : undefined
    if (token.value === ',' && isListComma(tokens, i, to)) commas++
    else if (!token.word) return undefined
  }
  return undefined
}

/** Index of `word` between `from` and `to`, crossing words and double quotation marks only ("said on “Harbour Hour” that"; single ones may be apostrophes), no comma. */
function findWord(tokens: Token[], from: number, to: number, word: string): number | undefined {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (token.lower === word) return i
    if (!token.word && !QUOTATION_MARKS.has(token.value)) return undefined
  }
  return undefined
}

/** Lowercase words a setting with a title may hold: "on Tarn Radio's “Harbour Hour” on Sunday". */
const SETTING_WORDS = new Set(['on', 'in', 'at', 'to', 'the', 'of', 'with', 'for', 'during', 'a', 'an', "'s", '’s'])

/** Whether the tokens from `from` to `to` cross no marks, or cross them inside a setting of capitalised words. */
function settingBefore(tokens: Token[], from: number, to: number, inMarks: (index: number) => boolean): boolean {
  let marks = false
  for (let i = from; i < to && !marks; i++) marks = inMarks(i)
  return !marks || onlySetting(tokens, from, to)
}

/** Whether `from`–`to` holds only capitalised words and the small words of a setting: "on Tarn Radio's “Harbour Hour”". */
function onlySetting(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (token.word && !isCapitalized(token) && !SETTING_WORDS.has(token.lower) && !ADVERBIALS.has(token.lower)) return false
  }
  return true
}

const QUOTATION_MARKS = new Set(['\u201C', '\u201D', '"', "''", '\u00AB', '\u00BB'])

function skipAdverbials(tokens: Token[], from: number, to: number): number {
  let i = from
  while (i < to && tokens[i]!.word && (ADVERBIALS.has(tokens[i]!.lower) || tokens[i]!.lower === 'on' && ADVERBIALS.has(tokens[i + 1]?.lower ?? ''))) i++
  return i
}

/** The listener of "told reporters", "told CNN", "told the crowd". */
function skipObject(tokens: Token[], from: number, to: number): number | undefined {
  const first = tokens[from]
  if (!first || !first.word) return undefined
  // "warned in her report": a preposition opens no listener.
  if (SETTING_STARTS.has(first.lower) || first.lower === 'to' || first.lower === 'for' || first.lower === 'with') return from
  let i = from
  if (isCapitalized(first)) {
    while (i < to && isCapitalized(tokens[i])) i++
  } else if (ARTICLES_AND_OWNERS.has(first.lower)) {
    i++
    // "told the Harbour Post", "told the crowd", "told a Senate panel"
    if (isCapitalized(tokens[i])) {
      while (i < to && isCapitalized(tokens[i])) i++
      if (i < to && (GROUP_LISTENERS.has(tokens[i]!.lower) || LISTENER_WORDS.has(tokens[i]!.lower))) i++
    } else if (describedListener(tokens, from)) {
      // ("told her closest advisers")
      while (i < to && !isListenerNoun(tokens[i]!.lower)) i++
      i++
    } else i++
  } else {
    i += 1
  }
  // ("told the hosts of Morning Tide": a name after "of" is the listener's too.)
  if (tokens[i]?.lower === 'of' && isCapitalized(tokens[i + 1])) {
    i++
    while (i < to && isCapitalized(tokens[i])) i++
  }
  return skipAdverbials(tokens, i, to)
}

/** Lowercase and capitalised title words between a clause's comma and the name a long mention was cut to. */
const MAX_TITLE_WORDS = 8
/** Words that start a clause, not a title: "…, and many residents said" keeps "many residents". */
const CLAUSE_WORDS = new Set([
  'and', 'but', 'or', 'so', 'yet', 'while', 'as', 'because', 'that', 'which', 'who', 'though', 'although', 'if', 'when', 'since', 'where', 'than',
  'then', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'be',
  // "Later, after the interview ended, Holm said …": a subordinate clause's opener is no title word.
  'after', 'before', 'until', 'unless', 'once', 'whether', 'upon', 'during', 'without', 'despite', 'through', 'into', 'over', 'under', 'against'
])

/** One past ", Va." or ", Ohio" at `index` (a place closing a role), else `index`. */
function afterPlace(tokens: Token[], index: number, end: number): number {
  if (tokens[index]?.value !== ',') return index
  const stop = placeEnd(tokens, index + 1, end)
  return stop > index + 1 ? stop : index
}

/** Tokens after a comma in which a ", X said" attribution may end a clause ("…, Judge Mara Quist said"). */
const MAX_ATTRIBUTION_AFTER_COMMA = 8

/** End of the clause: before "and <cue>", ", according to", ", X said", a colon or the sentence end. */
function cutClause(tokens: Token[], from: number, to: number): number {
  // Each cue of a sentence reads its clause from here: a sentence with no end in a long text must not make that quadratic.
  if (to - from > MAX_CLAUSE_TOKENS) to = from + MAX_CLAUSE_TOKENS
  for (let i = from + 1; i < to; i++) {
    const token = tokens[i]!
    // "… last month: “The cranes are old.”": a colon hands over to what it introduces.
    if (token.value === ':') return trimEnd(tokens, from, i)
    if (token.value === ',' && attributionAfter(tokens, i + 1, to)) return i
    // ("…, but the pier is “a disgrace to the town,” Ada Holm said": the fragment and the words that lead to it are Holm's; this
    // clause ends at the comma before them, or, with none, keeps the fragment, its closing mark and all.)
    if (token.value === ',' && CLOSING_MARKS.has(tokens[i + 1]?.value ?? '') && attributionAfter(tokens, i + 2, to)) return commaBeforeFragment(tokens, from, i) ?? i + 2
    // "…, saying the plan was “doing the right thing,” suggesting he might …": a participle cue after a comma says
    // something else.
    if (token.value === ',' && participleCueAt(tokens, i + 1) && opensReport(tokens, i + 2, to)) return i
    if (token.value === ',' && CLOSING_MARKS.has(tokens[i + 1]?.value ?? '') && participleCueAt(tokens, i + 2) && opensReport(tokens, i + 3, to)) return i + 2
    // "which first said it would …, said it would now …": a cue right after a comma is the verb of another attribution
    // ("…, said Holm", or the sentence's own after a relative clause; not "the pier, said to be the oldest, …").
    if (token.value === ',' && tokens[i + 1]?.word && FINITE_CUES.has(tokens[i + 1]!.lower) && opensReport(tokens, i + 2, to, tokens[i + 1]!.lower)) return i
    if (token.lower === 'and' || token.lower === 'but') {
      let next = i + 1
      while (next < to && ADVERBIALS.has(tokens[next]!.lower)) next++
      if (cueAt(tokens, next)) return trimEnd(tokens, from, i)
      // "… the buoys are too dim, and 21% say they are fine": a second attribution with its own subject.
      if (tokens[i - 1]?.value === ',' && attributionAfter(tokens, next, to)) return trimEnd(tokens, from, i)
    }
    if (token.value === ',' && tokens[i + 1]?.lower === 'according') return i
  }
  return trimEnd(tokens, from, to)
}

/** Forms of "describe", which report a clause after a question word. */
const DESCRIBE_CUES = new Set(['describe', 'describes', 'described', 'describing'])
/** Question words that open a described clause: "described how …", "describing why …". */
const HOW_WORDS = new Set(['how', 'why', 'what', 'whether'])

/** Words that open a subject that denies its verb: "Neither Holm nor Brandt said", "Nobody said", "None said". */
const NEGATIVE_SUBJECTS = new Set(['neither', 'nobody', 'none'])

/** Whether the subject at `index` denies its verb; "No" only before a lowercase word ("No one said", not "No 10 said"). */
function deniesSubject(tokens: Token[], index: number): boolean {
  const first = tokens[index]!.lower
  const next = tokens[index + 1]
  if (first === 'none' && next?.lower === 'other') return false
  if (NEGATIVE_SUBJECTS.has(first)) return true
  if (first === 'no' && next !== undefined && next.word && next.value === next.lower && !/^\d/.test(next.value) && !NO_IDIOMS.has(next.lower)) return true
  // (A few words back, over a preposition and its determiner only: "Nobody on the council said", "Not one pilot said";
  // not "The pier had no lights and Holm said".)
  for (let i = index - 1; i >= 0 && index - i <= MAX_DENIAL_REACH; i--) {
    const lower = tokens[i]!.lower
    if (NEGATIVE_SUBJECTS.has(lower) || (lower === 'not' && tokens[i + 1]?.lower === 'one')) return true
    if (!tokens[i]!.word || !(DENIAL_LINKS.has(lower) || ARTICLES_AND_OWNERS.has(lower))) return false
  }
  return false
}

/** Words between a denying word and its subject: "Nobody on the council", "None of the pilots". */
const DENIAL_LINKS = new Set(['of', 'on', 'in', 'at', 'among', 'from'])
/** Words after "No" that make an idiom, not a denying subject: "No doubt Holm said …". */
const NO_IDIOMS = new Set(['doubt', 'wonder', 'matter'])

/** How far before a subject a word that denies it may stand: "Nobody on the council" (3). */
const MAX_DENIAL_REACH = 3

/**
 * Where a cue in a verb's form starts between `from` and `to`, if one does: a participle, or a past form after its
 * auxiliary or its subject ("Holm had told them that", "she tweeted on Monday that"); not after a noun ("comments
 * reported by the Ledger that") or a relative ("reporters who asked about it that"), nor a noun ("subtle hints that").
 */
function cueBetween(tokens: Token[], from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const lower = tokens[i]!.lower
    if (!cueAt(tokens, i)) continue
    if (isParticipleWord(lower)) return i
    const before = tokens[i - 1]
    // (Or right before "that" after a noun: "said the pilots reported that …"; a reduced relative has its agent or an adverb
    // after it, "comments reported by the Ledger".)
    const finite = before?.word && (AUXILIARIES.has(before.lower) || SUBJECT_PRONOUNS.has(before.lower) || isCapitalized(before) || (tokens[i + 1]?.lower === 'that' && !RELATIVES.has(before.lower) && before.lower !== 'that'))
    if ((lower.endsWith('ed') || PAST_CUES.has(lower)) && finite) return i
  }
  return undefined
}

/** Past forms of cues not in -ed. */
const PAST_CUES = new Set(['said', 'told', 'wrote'])

/** Whether a verb stands between `from` and `to`: a finite form, a past form, an -ed form ("were", "left", "closed"). */
function verbAmong(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (!token.word || token.value !== token.lower) continue
    if (isVerbForm(token.lower) || DO_FORMS.has(token.lower) || PAST_CUES.has(token.lower)) return true
    // ("he feels bitter": a subject pronoun and the word after it are a clause.)
    if (PERSONAL_PRONOUNS.has(token.lower) && i + 1 < to && tokens[i + 1]!.word && tokens[i + 1]!.value === tokens[i + 1]!.lower) return true
  }
  return false
}

/** Forms of "do", finite verbs too: "he does not feel bitter". */
const DO_FORMS = new Set(['do', 'does', 'did'])

/** How far back before a participle's comma its main clause's verb is looked for (30 tokens). */
const MAX_CLAUSE_BEFORE = 30

/** Whether "to" and a verb stand between `from` and `to`: "asked the pilots to run". */
function infinitiveAmong(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) if (tokens[i]!.lower === 'to' && tokens[i + 1]!.word && tokens[i + 1]!.value === tokens[i + 1]!.lower) return true
  return false
}

/** Conjunctions that join a second verb to the cue, not a clause: "chanting and waving". */
const COORDINATORS = new Set(['and', 'or', 'but', 'nor'])

/** Whether the "that" at `at` is a relative pronoun, not a clause's start: a cue or a past form with its object or a time after it, a pronoun of things before it. */
function relativeThat(tokens: Token[], at: number): boolean {
  return cueAt(tokens, at + 1) !== undefined || RELATIVE_HEADS.has(tokens[at - 1]?.lower ?? '') || pastWithObject(tokens, at + 1) || pastWithTime(tokens, at + 1)
}

/** A past form after a relative "that", with a time after it: "a piece that ran this week", "a report that aired on Sunday". */
function pastWithTime(tokens: Token[], index: number): boolean {
  const verb = tokens[index]
  return verb !== undefined && verb.word && verb.value === verb.lower && (verb.lower.endsWith('ed') || IRREGULAR_PAST.has(verb.lower)) && TIME_OPENERS.has(tokens[index + 1]?.lower ?? '')
}

/** Words that open a time after a verb: "posted this week", "ran on Sunday", "aired last night". */
const TIME_OPENERS = new Set(['this', 'last', 'on', 'earlier', 'yesterday', 'today', 'overnight', 'late', 'early'])

/** A lowercase past form in -ed with an article or an owner after it: "targeted the candidate", "praised his rival". */
function pastWithObject(tokens: Token[], index: number): boolean {
  const verb = tokens[index]
  return verb !== undefined && verb.word && verb.value === verb.lower && verb.lower.endsWith('ed') && ARTICLES_AND_OWNERS.has(tokens[index + 1]?.lower ?? '')
}

/**
 * The first comma that ends a clause: past the commas of a relative inside it ("said the pier, which is old, was unsafe,
 * resigned"), of an alternative name ("the Tarn Guild, or TG, has"), of a place ("in Ava, Mo."), of a number ("2,400")
 * and of words in marks.
 */
function firstComma(tokens: Token[], start: number, end: number, inMarks: (index: number) => boolean): number {
  for (let i = start; i < end; i++) {
    const token = tokens[i]!
    if (token.value !== ',' || inMarks(i)) continue
    const next = tokens[i + 1]
    if (next && next.start === token.end && tokens[i - 1]?.end === token.start) continue
    if (isCapitalized(tokens[i - 1]) && placeEnd(tokens, i + 1, end) > i + 1) continue
    if (RELATIVES.has(next?.lower ?? '') || next?.lower === 'or') {
      i++
      while (i < end && tokens[i]!.value !== ',') i++
      continue
    }
    // (Not a list's comma: "said the pier, the quay and the slipway were unsafe, …".)
    if (isListComma(tokens, i, end)) continue
    // (Nor one that opens an aside before the clause's verb: "that Mr. Krall, under pressure over the flooding, should stay silent".)
    const aside = asideBeforeVerb(tokens, i, end)
    if (aside !== undefined) {
      i = aside
      continue
    }
    return i
  }
  return end
}

/** Most tokens of an aside between a subject and its verb: "under pressure over the flooding in the city" (9). */
const MAX_SUBJECT_ASIDE = 10

/** The closing comma of a verbless aside that opens at `comma` right after a subject, when a verb follows it; else undefined. */
function asideBeforeVerb(tokens: Token[], comma: number, end: number): number | undefined {
  let i = comma + 1
  while (i < end && i - comma <= MAX_SUBJECT_ASIDE && tokens[i]!.word && !(tokens[i]!.value === tokens[i]!.lower && isVerbForm(tokens[i]!.lower))) i++
  if (i === comma + 1 || tokens[i]?.value !== ',') return undefined
  const verb = tokens[i + 1]
  return verb?.word && verb.value === verb.lower && (MODALS.has(verb.lower) || FINITE_VERBS.has(verb.lower)) ? i : undefined
}

/**
 * Whether the subject at `subject` opens a subordinate clause: a subordinator right before it, at the sentence's start
 * or after a comma ("When she asked …", "Since June, when she asked …"; not "Before noon Holm said …").
 */
function opensSubordinate(tokens: Token[], from: number, subject: number): boolean {
  const first = subject - 1
  if (first < from || !SUBORDINATORS.has(tokens[first]?.lower ?? '')) return false
  return first === from || tokens[first - 1]!.value === ','
}

/** Whether the cue at `cue` stands in a subordinate clause that opens the sentence at `from`, with no comma before it. */
function insideOpeningSubordinate(tokens: Token[], from: number, cue: number): boolean {
  if (!SUBORDINATORS.has(tokens[from]?.lower ?? '') || cue - from > MAX_CLAUSE_BEFORE) return false
  for (let i = from + 1; i < cue; i++) if (tokens[i]!.value === ',') return false
  return true
}

/** Finite cues (those that invert, and "told"): after a comma, before what opens a report (see opensReport), they start an attribution of their own. */
const FINITE_CUES = new Set([...INVERTING_CUES, 'told', 'tells'])
/** Finite cues that invert before an article too: "…, said the ministry", "…, added the pilot". */
const PLAIN_FINITE_CUES = new Set(['said', 'added', 'wrote', 'told'])

/**
 * Whether what follows a cue at `index` makes it an attribution of its own: a speaker named after it ("said Holm"), a
 * clause's subject pronoun ("said it would"), "that" or an article ("adding that …", "adding the pier …"); not a
 * preposition ("said to be", "told of the closure", "adding to its problems").
 */
function opensReport(tokens: Token[], index: number, to: number, cueWord = ''): boolean {
  // ("…, adding on Monday that …", "…, saying in a letter that …": a time or a setting before "that".)
  index = skipAdverbials(tokens, index, to)
  // ("…, adding quickly that …": a manner adverb before "that".)
  if (tokens[index]?.word && tokens[index]!.value === tokens[index]!.lower && tokens[index]!.lower.length > 4 && tokens[index]!.lower.endsWith('ly') && tokens[index + 1]?.lower === 'that') index++
  if (index >= to) return false
  if (SETTING_STARTS.has(tokens[index]!.lower) && findWord(tokens, index, Math.min(to, index + THAT_WINDOW), 'that') !== undefined) return true
  const first = tokens[index]!
  if (!first.word) return false
  // (After a past form other than "said" and the like, an article opens its object, not an attribution: "the risks, noted the
  // year before by the board, were small"; "…, said the ministry" is one.)
  if (ARTICLES_AND_OWNERS.has(first.lower)) return !cueWord.endsWith('ed') || PLAIN_FINITE_CUES.has(cueWord)
  return first.lower === 'that' || SUBJECT_PRONOUNS.has(first.lower) || first.lower === 'it' || isCapitalized(first)
}

/** Whether a cue in -ing starts at `index`: "suggesting", "adding". */
function participleCueAt(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  return token !== undefined && token.word && token.lower.endsWith('ing') && cueAt(tokens, index) !== undefined
}

/** One past the last token from `from` to `to` that is no closing punctuation (".", ",", ";", a dash). */
export function trimEnd(tokens: Token[], from: number, to: number): number {
  let end = to
  while (end > from && !tokens[end - 1]!.word && /^[.,;:!?\u2014\u2013-]$/.test(tokens[end - 1]!.value)) end--
  return end
}

/** Whether a subject and its cue start at `start`: "Judge Mara Quist said" after a clause's comma. */
function attributionAfter(tokens: Token[], start: number, to: number): boolean {
  // A subject opens with a capital, a determiner or a pronoun; most commas are followed by none ("and", "which", "not").
  const first = tokens[start]
  if (!first || !first.word || !(isCapitalized(first) || SUBJECT_OPENERS.has(first.lower) || SUBJECT_PRONOUNS.has(first.lower) || BARE_SPEAKER_NOUNS.has(first.lower) || /^\d/.test(first.value))) return false
  for (let k = start + 1; k < to && k - start <= MAX_ATTRIBUTION_AFTER_COMMA; k++) {
    const token = tokens[k]!
    if (!token.word && token.value !== '%') return false
    if (!cueAt(tokens, k)) continue
    let mention = phraseBefore(tokens, k, start)
    // ("…, 31 percent of those who picked a pilot said …": a subject with a relative clause, read from the comma.)
    if (mention === 'coordinated') mention = sentenceSubject(tokens, start, k)
    return mention !== undefined && mention.from === start
  }
  return false
}

/** Words that may open the subject of a ", X said" attribution. */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'two', 'three', 'some', 'many', 'several', 'both', 'all', 'most', 'other', 'another', 'each', 'this', 'these', 'those'])

/** Cues that report a question: "asked whether …", "wondered how …". */
const QUESTION_CUES = new Set(['ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'questioned', 'questioning'])
/** Question words that open the question of "questioned": "whether", "why", "how" (not "when", "where"). */
const QUESTION_OPENERS = new Set(['whether', 'if', 'how', 'what', 'why', 'who', 'which'])
/** Question cues that report only a question right after them: "questioned whether …", not "questioned the board". */
const QUESTION_ONLY_CUES = new Set(['questioned', 'questioning'])
const QUESTION_WORDS = new Set(['whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who', 'which'])
/** "was asked whether …": the one asking is not named, so the question has no speaker here. */
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got'])
/** Words before a passive "asked": "was asked", "when asked", "after being asked". */
const BEFORE_PASSIVE_ASK = new Set([...PASSIVE, 'when', 'whenever', 'once', 'after', 'if', 'while', 'before', 'upon', 'unless'])

/** Index of a question word between `from` and `to`, crossing words only: "asked the council whether". */
function findQuestion(tokens: Token[], from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (!token.word) return undefined
    if (QUESTION_WORDS.has(token.lower)) return i
  }
  return undefined
}

/** One past an "about" after the person asked ("asked Brandt about the quay"), crossing a name or a pronoun only. */
function afterAbout(tokens: Token[], from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (token.lower === 'about') return i > from ? i + 1 : undefined
    if (!token.word || !(isCapitalized(token) || LISTENER_WORDS.has(token.lower) || ARTICLES_AND_OWNERS.has(token.lower))) return undefined
  }
  return undefined
}

/** Cues that report what a poll or a study found, with or without "that": "the poll shows Holm ahead". */
const FINDING_CUES = new Set(['show', 'shows', 'showed', 'find', 'finds', 'found'])
/** Heads of a subject that finds things out: polls, studies, records. */
const FINDING_SOURCES = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'data', 'records', 'report', 'reports', 'analysis', 'figures',
  'results', 'numbers', 'count', 'tally', 'review', 'audit', 'research', 'documents', 'filings', 'census', 'estimates', 'model', 'models',
  'polling', 'emails', 'returns', 'statistics', 'investigation', 'probe', 'inquiry', 'tests'
])

/** How far into a mention its head may be: "The new poll by the Delta Institute" (3). */
const MAX_HEAD_OFFSET = 3

function isFindingSource(tokens: Token[], mention: {from: number; to: number}): boolean {
  if (FINDING_SOURCES.has(tokens[mention.to - 1]!.lower)) return true
  // "The poll by the Delta Institute of Tarn showed": the head before its owner.
  for (let i = mention.from; i < mention.to && i - mention.from <= MAX_HEAD_OFFSET; i++) {
    if (FINDING_SOURCES.has(tokens[i]!.lower)) return OWNER_WORDS.has(tokens[i + 1]?.lower ?? '')
  }
  return false
}

/** Prepositions between a finding source and its owner: "the poll by", "a study from", "a review of". */
const OWNER_WORDS = new Set(['by', 'from', 'of', 'for'])

/** Groups that hear a speaker, alone or after the capitalised words that say whose they are: "a panel", "a Senate panel", "the Tarn council". */
const GROUP_LISTENERS = new Set([
  'panel', 'committee', 'subcommittee', 'council', 'board', 'hearing', 'rally', 'conference', 'forum', 'gathering', 'delegation',
  'court', 'jury', 'judge', 'judges', 'congregation', 'class', 'nation', 'country', 'room', 'press', 'media', 'newspaper', 'paper',
  'magazine', 'station', 'network', 'show', 'program', 'programme', 'podcast', 'outlet', 'radio', 'agency', 'interviewer', 'host'
])

/** Listeners after "told", "warned": a name ("told CNN"), a pronoun ("told them") or people ("told reporters", "told the crowd"). */
const LISTENER_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'crowd', 'audience', 'supporters', 'voters', 'lawmakers', 'journalists', 'viewers', 'listeners', 'students', 'members', 'delegates', 'officials', 'colleagues'])

/** A noun of listeners: people ("reporters", "pilots") or a group that hears ("the court", "the board"). */
function isListenerNoun(lower: string): boolean {
  return LISTENER_WORDS.has(lower) || GROUP_LISTENERS.has(lower) || BARE_SPEAKER_NOUNS.has(lower)
}

/** Adjectives a listener may have before its noun: "her closest advisers", "the assembled reporters" (2). */
const MAX_LISTENER_ADJECTIVES = 2

/** Whether the listener at `at` is an article or an owner, a few adjectives and a noun of listeners: "her closest advisers". */
function describedListener(tokens: Token[], at: number): boolean {
  if (!ARTICLES_AND_OWNERS.has(tokens[at]?.lower ?? '')) return false
  for (let i = at + 2; i <= at + 1 + MAX_LISTENER_ADJECTIVES; i++) {
    const token = tokens[i]
    if (!token?.word || isCapitalized(token)) return false
    if (isListenerNoun(token.lower)) {
      for (let j = at + 1; j < i; j++) if (!tokens[j]!.word || isVerbForm(tokens[j]!.lower) && !tokens[j]!.lower.endsWith('ed')) return false
      // ("warned the angry workers would strike": a verb right after makes them the clause's subject.)
      const next = tokens[i + 1]
      return !(next?.word && next.value === next.lower && (isVerbForm(next.lower) || FINITE_VERBS.has(next.lower.replace(NEGATION, ''))))
    }
  }
  return false
}

function isListener(first: Token | undefined, second: Token | undefined): boolean {
  if (!first || !first.word) return false
  if (isCapitalized(first) || LISTENER_WORDS.has(first.lower) || BARE_SPEAKER_NOUNS.has(first.lower)) return true
  // ("told the court", "told the pilots", "told his aides".)
  return ARTICLES_AND_OWNERS.has(first.lower) && second !== undefined && second.word && (isCapitalized(second) || isListenerNoun(second.lower))
}
