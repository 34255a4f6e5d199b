/**
 * Quotes in the headline and the dek.
 *
 * A headline is no sentence of prose: it drops articles, capitalises every
 * word ("Holm Says Bridge Will Open In May") and has a shape of its own for
 * attribution, the speaker and a colon ("Holm: Bridge will open in May").
 * Three shapes are read there, and nothing else:
 *
 * - `X: CLAIM`, with X a short name ("Ada Holm", "Tarn Post", "Poll");
 * - `X says CLAIM` (any cue of the list, capitalised or not);
 * - `CLAIM, X says` and `CLAIM, says X`.
 *
 * The dek is prose: it gets the body's reported-speech rules, unless it
 * repeats the lead paragraph (then the body has its quotes already).
 */
import type {Attribution} from './attribution.js'
import {ARTICLES, CLAUSE_ONLY_CUES, cueAt, LISTENER_CUES, NAMING_CUES, OBJECT_CLAUSE_CUES} from './cues.js'
import {isPeoplePlural, SUBJECT_PRONOUNS, TITLE_NOUNS} from './phrases.js'
import {findReported, type ReportedAttribution, trimEnd} from './reported.js'
import {countWords, isCapitalized, isDash, type Token} from './tokens.js'
import {KICKERS} from '../layout/dateline.js'

export interface BlockQuote {
  /** Token range of the quoted words. */
  clause: [number, number]
  attribution: Attribution | ReportedAttribution
  /** Whether the words are all inside quotation marks. */
  marked: boolean
}

/** Most words a headline speaker takes before its colon or cue ("Tarn Harbour Post Fact-Check" is 4; 6 allows a title). */
const MAX_SPEAKER_WORDS = 6
/** Fewest words of a headline claim: "Holm: No." is no claim worth a quote. */
const MIN_CLAIM_WORDS = 3
/** Most tokens after a trailing "…, X says" cue: "Holm Tells Harbour Council". */
const MAX_TRAILER = 4

const OPENING = /^[\u201C"\u2018'\u00AB\u201E]/
const CLOSING = /[\u201D"\u2019'\u00BB]$/
const SPEAKER_PUNCTUATION = new Set(["'s", '’s', '&', '.', '-', '/'])

/** The quotes of a headline, read from its tokens. */
export function headlineQuotes(tokens: Token[]): BlockQuote[] {
  const end = trimEnd(tokens, 0, tokens.length)
  const colon = colonClaim(tokens, end)
  if (colon) return [colon]
  // "The Latest: Holm tells voters she is with them": after a kicker's colon, the rest is read as a headline of its own.
  const from = kickerEnd(tokens, end)
  for (let k = from + 1; k < end; k++) {
    // "Holm Says" is a cue in a headline, though "Tarn Report" in prose is a name.
    const match = cueAt(tokens, k, true)
    if (!match) continue
    const cue: [number, number] = [k, k + match.length]
    const leading = speakerRun(tokens, from, k)
    if (NAMING_CUES.has(match.cue)) {
      // "Holm Calls Brandt’s Fare Plan ‘Stupid’": a naming cue with its object and the name in marks at the end.
      if (leading && namedAtEnd(tokens, cue[1], end)) return [{clause: [cue[1], end], attribution: {cue, cueText: match.cue, mention: {from, to: k}}, marked: false}]
      continue
    }
    if (leading) {
      let start = cue[1]
      const next = tokens[start]?.lower ?? ''
      // "Holm told to double fares" is the passive (someone told Holm); "Group warns of …", "Officials respond in …" take no claim.
      if (next === 'to' && !OBJECT_CLAUSE_CUES.has(match.cue)) return []
      if (PREPOSITIONS.has(next) && !OBJECT_CLAUSE_CUES.has(match.cue)) return []
      // ("Holm tells voters she is with them": a one-word listener before a pronoun or "that".)
      if (LISTENER_CUES.has(match.cue) && tokens[start]?.word && next !== 'that' && (isSubjectPronoun(tokens[start + 1]?.lower ?? '') || tokens[start + 1]?.lower === 'that')) start++
      // ("Poll finds Holm would beat Brandt": a cue that takes only a clause needs "that", or a claim that reads as a clause.)
      if (tokens[start]?.lower === 'that') start++
      else if (CLAUSE_ONLY_CUES.has(match.cue) && !holdsAuxiliary(tokens, start, end)) return []
      if (countWords(tokens, start, end) < MIN_CLAIM_WORDS) return []
      // ("Ada Holm Just Said …": an adverb title case capitalises is no part of the name.)
      let to = k
      while (to - 1 > from && TITLE_ADVERBS.has(tokens[to - 1]!.lower)) to--
      return [{clause: [start, end], attribution: {cue, cueText: match.cue, mention: {from, to}}, marked: isMarked(tokens, start, end)}]
    }
    // "Guns are ‘a crisis,’ Holm tells council": the claim, a comma, the speaker and the cue at the end.
    let comma = k - 1
    while (comma > from && tokens[comma]!.value !== ',') comma--
    // ("Fares Are ‘A Scandal,’ Holm Tells Board": the comma inside the claim's closing mark.)
    const speaker = CLOSING.test(tokens[comma + 1]?.value ?? '') && !tokens[comma + 1]!.word ? comma + 2 : comma + 1
    const claimEnd = speaker === comma + 2 ? comma + 2 : comma
    // "No harbour toll, says Holm", "Pier ‘could close’, says minister": the cue right after the claim's comma, and the speaker
    // after the cue, closing the headline.
    // (Not a topic label that opens with a preposition: "Inside the pier deal, explains Holm".)
    if (comma === k - 1 && comma > from && !OBJECT_CLAUSE_CUES.has(match.cue) && !PREPOSITIONS.has(tokens[from]!.lower) && tokens[from]!.lower !== 'inside' && end - cue[1] <= MAX_SPEAKER_WORDS && (speakerRun(tokens, cue[1], end) || lowercaseSpeaker(tokens, cue[1], end)) && countWords(tokens, from, comma) >= MIN_CLAIM_WORDS) {
      return [{clause: [from, comma], attribution: {cue, cueText: match.cue, mention: {from: cue[1], to: end}}, marked: isMarked(tokens, from, comma)}]
    }
    // "In memo to board, pilots insist they are safe": a setting before the speaker, and the claim after the cue.
    if (comma > from && speaker === comma + 1 && (speakerRun(tokens, speaker, k) || lowercaseSpeaker(tokens, speaker, k)) && isSubjectPronoun(tokens[cue[1]]?.lower ?? '') && countWords(tokens, cue[1], end) + (CONTRACTED.test(tokens[cue[1]]!.lower) ? 1 : 0) >= MIN_CLAIM_WORDS) {
      return [{clause: [cue[1], end], attribution: {cue, cueText: match.cue, mention: {from: speaker, to: k}}, marked: isMarked(tokens, cue[1], end)}]
    }
    // "Act on the ruling, UK urged": an object cue at the end is the passive (the UK was urged).
    // ("Pier is unsafe, former mayor says": a sentence-case headline's speaker may be lowercase.)
    if (comma > from && end - cue[1] <= MAX_TRAILER && !OBJECT_CLAUSE_CUES.has(match.cue) && (speakerRun(tokens, speaker, k) || lowercaseSpeaker(tokens, speaker, k)) && countWords(tokens, from, comma) >= MIN_CLAIM_WORDS) {
      return [{clause: [from, claimEnd], attribution: {cue, cueText: match.cue, mention: {from: speaker, to: k}}, marked: isMarked(tokens, from, claimEnd)}]
    }
    return []
  }
  return []
}

/** One past a kicker's colon that opens the headline ("The Latest:", "BREAKING:"), or 0. */
function kickerEnd(tokens: Token[], end: number): number {
  let colon = 0
  while (colon < end && colon <= MAX_SPEAKER_WORDS && tokens[colon]!.value !== ':') colon++
  return tokens[colon]?.value === ':' && colon > 0 && isKicker(tokens, colon) ? colon + 1 : 0
}

/** A verb fused with a pronoun: "she’s", "they're". */
const CONTRACTED = /['’](?:s|re|d|ll|ve|m)$/

/** A subject pronoun, alone or with its verb fused: "they", "they’re". */
function isSubjectPronoun(lower: string): boolean {
  return SUBJECT_PRONOUNS.has(lower.replace(CONTRACTED, ''))
}

/** Most words of a lowercase speaker before a headline's closing cue: "former mayor" (3). */
const MAX_LOWERCASE_SPEAKER = 3

/** "former mayor", "officials", "police chief": a few lowercase words with no function word, before a closing cue. */
function lowercaseSpeaker(tokens: Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MAX_LOWERCASE_SPEAKER) return false
  for (let i = from; i < to; i++) if (!tokens[i]!.word || FUNCTION_WORDS.has(tokens[i]!.lower) || SPOKEN_WORDS.has(tokens[i]!.lower)) return false
  return true
}

/** Prepositions before words in marks that make them a topic, not a name: "Calls Meeting on ‘Pier Plan’". */
const NAMING_PREPOSITIONS = new Set(['on', 'about', 'for', 'of', 'in', 'at', 'to', 'with', 'over', 'against'])

/** Whether words in marks close the headline after a naming cue's object: "Calls Brandt’s Plan ‘Stupid’". */
function namedAtEnd(tokens: Token[], from: number, end: number): boolean {
  let close = end - 1
  while (close > from && !tokens[close]!.word && !CLOSING.test(tokens[close]!.value)) close--
  if (close <= from || tokens[close]!.word || !CLOSING.test(tokens[close]!.value)) return false
  // An object must stand between the cue and the opening mark ("Holm Calls ‘A Gift’" names nothing said of anything), with no
  // preposition right before the mark ("Holm Calls Meeting on ‘Pier Plan’" calls a meeting).
  let open = close - 1
  while (open > from && !(!tokens[open]!.word && OPENING.test(tokens[open]!.value))) open--
  if (open > from && NAMING_PREPOSITIONS.has(tokens[open - 1]!.lower)) return false
  return tokens[from]!.word && !OPENING.test(tokens[from]!.value)
}

/** The reported speech of a dek: the body's rules, over its sentences. */
export function dekQuotes(tokens: Token[]): BlockQuote[] {
  const found: BlockQuote[] = []
  let start = 0
  for (let k = 0; k <= tokens.length; k++) {
    if (k < tokens.length && !isSentenceEnd(tokens[k]!)) continue
    for (const reported of findReported(tokens, start, k, () => false, () => false)) {
      found.push({clause: reported.clause, attribution: reported.attribution, marked: false})
    }
    start = k + 1
  }
  return found
}

/** "Ada Holm: Bridge will open in May", "Tarn Post: …", "Poll: …". */
function colonClaim(tokens: Token[], end: number): BlockQuote | undefined {
  // "EXCLUSIVE – Ivo Brandt: …": a kicker and its dash before the speaker.
  const from = KICKERS.has(tokens[0]?.lower ?? '') && tokens[1] !== undefined && isDash(tokens[1]) ? 2 : 0
  let colon = from
  while (colon < end && colon - from <= MAX_SPEAKER_WORDS && tokens[colon]!.value !== ':') colon++
  if (colon === from || colon - from > MAX_SPEAKER_WORDS || tokens[colon]?.value !== ':') return undefined
  if (!speakerRun(tokens, from, colon) || isKicker(tokens, colon, from)) return undefined
  // "Holm to pilots: Fares will fall": a speaker and whom the words are for; the speaker is the name before "to" (not a phrase
  // that opens a label: "Welcome to Veld:", "Back to School:"). "Holm says: …", "Holm tells pilots: …": the name before a cue.
  let speakerEnd = colon
  for (let i = from + 1; i < colon; i++) {
    if (tokens[i]!.lower === 'to' && i + 1 < colon && !(i === from + 1 && LABEL_OPENERS.has(tokens[from]!.lower))) speakerEnd = i
    // (Not a text's noun that is a cue word too: "IG report:".)
    else if (cueAt(tokens, i, true) && !SPEAKER_WORDS.has(tokens[i]!.lower)) speakerEnd = i
    else continue
    break
  }
  if (speakerEnd === colon && LABEL_OPENERS.has(tokens[from]!.lower)) return undefined
  if (!colonSpeaker(tokens, from, speakerEnd)) return undefined
  const start = colon + 1
  // "Poll: Holm and Varga level in Tarn": a source's label says the claim is its finding, however it is worded.
  const source = colon === from + 1 && SOURCE_LABELS.has(tokens[from]!.lower)
  // (A claim that reads as said only by its present verb needs a label of two words or more: "Holm camp: …", not "Weather: …".)
  const spoken = soundsSpoken(tokens, start, end, colon - from >= 2)
  if (countWords(tokens, start, end) < MIN_CLAIM_WORDS || !(source || spoken)) return undefined
  return {clause: [start, end], attribution: {mention: {from, to: speakerEnd}}, marked: isMarked(tokens, start, end)}
}

/** Tokens `from`–`to` name a speaker: a few words, the first capitalised, no sentence punctuation. */
function speakerRun(tokens: Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MAX_SPEAKER_WORDS || !isCapitalized(tokens[from])) return false
  // "BMW to recall cars", "Holm will say": a subject never ends in a function word.
  if (FUNCTION_WORDS.has(tokens[to - 1]!.lower)) return false
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (!token.word && !SPEAKER_PUNCTUATION.has(token.value)) return false
  }
  return true
}

/**
 * Whether the words before a headline's colon may name a speaker: no lowercase word but one that says whose people or
 * text speaks ("Holm camp:", "Tarn officials:", "IG report:", "WSJ editorial:"; not "Spoiler no more:").
 */
function colonSpeaker(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (token.word && token.value === token.lower && !SPEAKER_WORDS.has(token.lower) && !isPeoplePlural(token.lower) && !TITLE_NOUNS.has(token.lower)) return false
  }
  return true
}

/** Lowercase words a headline speaker before a colon may hold: "Holm camp: …", "Tarn city council: …", "IG report: …". */
const SPEAKER_WORDS = new Set([
  'camp', 'team', 'campaign', 'city', 'council', 'board', 'party', 'government', 'ministry', 'office', 'of', 'and', 'de', 'van', 'von', 'la',
  'le', 'du', 'report', 'study', 'poll', 'survey', 'memo', 'letter', 'editorial', 'audit', 'analysis', 'filing', 'statement', 'lawsuit'
])

function isMarked(tokens: Token[], from: number, to: number): boolean {
  if (to <= from) return false
  return OPENING.test(tokens[from]!.value) && CLOSING.test(tokens[to - 1]!.value)
}

function isSentenceEnd(token: Token): boolean {
  return !token.word && (token.value === '.' || token.value === '!' || token.value === '?')
}

/** First words of a label before a headline's colon that name no speaker: "Welcome to Veld:", "Back to School:", "Road to Tarn:". */
const LABEL_OPENERS = new Set(['welcome', 'back', 'road', 'path', 'return', 'letter', 'ode', 'open', 'guide', 'journey', 'countdown', 'race'])

/** Adverbs between a headline's speaker and its cue: "Holm Just Said", "Brandt Finally Admits". */
const TITLE_ADVERBS = new Set(['just', 'also', 'finally', 'reportedly', 'now', 'still', 'again', 'actually', 'really', 'already', 'even'])

/** One-word labels that name a source before a headline's colon: "Poll: …", "Report: …", "Sources: …". */
const SOURCE_LABELS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'report', 'reports', 'newspaper', 'sources', 'officials', 'police', 'audit', 'analysts', 'experts'])

/** Kinds of piece a headline may name before its colon: "DVD review:", "Film preview:", "Obituary:". */
const PIECES = new Set(['review', 'reviews', 'preview', 'interview', 'analysis', 'profile', 'obituary', 'guide', 'quiz', 'recap', 'diary', 'briefing', 'roundup', 'explainer'])

/** Whether the words before a headline's colon are a kicker ("The Latest", "BREAKING", "DVD review") rather than a speaker. */
function isKicker(tokens: Token[], colon: number, start = 0): boolean {
  let from = start
  if (tokens[start]!.lower === 'the' && colon > start + 1) from = start + 1
  return (colon - from === 1 && KICKERS.has(tokens[from]!.lower)) || PIECES.has(tokens[colon - 1]!.lower)
}

/** Prepositions after a headline cue that take no claim: "warns of", "responds in", "speaks about". */
const PREPOSITIONS = new Set(['of', 'over', 'on', 'in', 'about', 'against', 'at', 'with', 'for', 'after', 'amid', 'into'])

/** Words a headline's subject never ends with. */
const FUNCTION_WORDS = new Set(['to', 'will', 'would', 'may', 'might', 'can', 'could', 'should', 'must', 'and', 'or', 'of', 'the', 'a', 'an'])

/** Words that make a headline's claim a statement, not a label: pronouns, auxiliaries, negation. */
const SPOKEN_WORDS = new Set([
  'i', 'we', 'he', 'she', 'they', 'it', 'you', 'me', 'us', 'my', 'our', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would',
  'can', 'could', 'should', 'must', 'may', 'might', 'has', 'have', 'had', 'do', 'does', 'did', 'not', "n't", 'no', "'m", '’m', "'re", '’re', "'ll", '’ll', "'d", '’d'
])

/** A word with a contraction the tokenizer keeps whole: "I'd", "we’re", "don't" (not the possessive "Holm's"). */
const CONTRACTION = /^[a-z]+(?:['’](?:d|ll|m|re|ve)|n['’]t)$/

/** Verbs that make a claim after a cue a clause: "Poll finds Holm would win" (not "Ministers deny care sums ‘wrong’"). */
const CLAUSE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'has', 'have', 'had', 'does', 'did'])

/** Whether a lowercase auxiliary or modal stands in `from`–`to` (in title case too: "Poll Finds Holm Would Win"). */
function holdsAuxiliary(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    // ("Police find body of fisherman who was missing": an auxiliary in a relative clause is the object's, no claim's.)
    if (tokens[i]!.word && HEADLINE_RELATIVES.has(tokens[i]!.lower)) return false
    if (tokens[i]!.word && CLAUSE_AUXILIARIES.has(tokens[i]!.lower)) return true
  }
  return false
}

/** Relatives that open a clause inside an object: "who", "that", "which". */
const HEADLINE_RELATIVES = new Set(['who', 'that', 'which', 'whose', 'where'])

/**
 * Whether a claim after a headline's colon reads as something said
 * ("Holm: We will rebuild the pier", "Holm: ‘No surrender’") rather than a
 * label ("Ada Holm: The acting outlaw", "At a glance: harbour fees"): it
 * has marks, a pronoun, an auxiliary or a negation, or a past tense.
 */
function soundsSpoken(tokens: Token[], from: number, to: number, presentVerbs = false): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (!token.word) {
      if (OPENING.test(token.value)) return true
      continue
    }
    // (Not an adjective in -ed after an article: "A tortured relationship".)
    const adjective = i > from && ARTICLES.has(tokens[i - 1]!.lower)
    if (SPOKEN_WORDS.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ed') && !adjective) || CONTRACTION.test(token.lower)) return true
    // "Holm camp: Brandt’s plan threatens the port": in sentence case, a verb in -s between its subject and its object.
    if (presentVerbs && i > from && i + 1 < to && isPresentVerb(token) && tokens[i + 1]!.word && !NOT_AFTER_VERB.has(tokens[i + 1]!.lower) && (tokens[i + 1]!.value === tokens[i + 1]!.lower || SPOKEN_WORDS.has(tokens[i + 1]!.lower))) return true
  }
  return false
}

/** A lowercase word in -s that is no plural of a noun ending in -ss, -us, -is or -ics: "threatens", "thinks". */
function isPresentVerb(token: Token): boolean {
  const word = token.value
  return word === token.lower && word.length > 3 && /^[a-z]+s$/.test(word) && !/(?:ss|us|is|ics|ness|ies)$/.test(word)
}

/** Words after a plural noun in -s that show it is no verb: "harbour fees and times", "ferry times for the holiday". */
const NOT_AFTER_VERB = new Set(['and', 'or', 'of', 'for', 'in', 'on', 'at', 'with', 'to', 'from', 'by', 'are', 'were', 'as', 'vs', 'versus', 'than', 'that'])
