/**
 * Detection: finds the mentions of issued documents in a sentence and reads
 * what the words around each one say about it.
 *
 * “In a joint statement on water security released after the talks, the
 * two ministers said no dam should …” gives one mention:
 *
 * - title `joint statement on water security` (modifiers + noun + topic);
 * - role `adjunct` (“in a …”), fronted, so the issuers are the subject after
 *   the comma (“the two ministers”) and the cue is `said`;
 * - reported content: the clause after the cue.
 *
 * A mention that nothing marks as an issued document (“a fashion statement”,
 * “a statement of accounts”, “made a statement with his feet”, “Look at the
 * statement”) is dropped here.
 */
import {
  actionForms,
  actionVerbs,
  alwaysDocument,
  clauseOpeners,
  complementNotTopic,
  complementPrepositions,
  complementStops,
  cueAdverbs,
  determiners,
  excludedModifiers,
  excludedOf,
  indefinite,
  issueVerbs,
  makeVerbs,
  participles,
  sayVerbs,
  sayingForms,
  titleModifiers
} from './lexicon.js'
import type {SentenceRange} from './sentences.js'
import {isClauseBoundary, isCloseQuote, isOpenQuote, type Token} from './tokens.js'

/** How the sentence uses the mention. */
export type Role =
  /** “In a statement, X said …”, “X said in a statement …”. */
  | 'adjunct'
  /** “X issued a statement …”, “signed a joint declaration”. */
  | 'issued'
  /** The document speaks: “the statement said …”, “A statement from X said …”, “It said …”. */
  | 'subject'
  /** ““…,” said the statement.” */
  | 'inverted'
  /** “according to the statement, …”. */
  | 'according'
  /** Only the noun marks it (“joint”, “communiqué”), no attribution. */
  | 'other'

export interface Span {
  start: number
  end: number
}

export interface Mention {
  sentence: SentenceRange
  /** Folded head noun: `statement`, `declaration`, `communique`, `press release`, `readout`. */
  noun: string
  /** The noun phrase from the determiner (or possessor) to the end of the title. */
  phrase: Span
  /** The title: modifiers, noun and topic complement, without determiner or possessor. */
  title: Span
  joint: boolean
  /** `a`/`an`/`another`, or no determiner at all: a new document. */
  indefinite: boolean
  /** Whether the mention is the pronoun `it` standing for a document. */
  pronoun: boolean
  role: Role
  /** Whether an adjunct opens its clause (“In a statement, X said …”). */
  fronted: boolean
  /** The attribution verb, when the sentence has one for this mention. */
  cue?: Token
  /** Whether the cue is a verb of saying (content after it) or an action verb (content is the sentence). */
  cueKind?: 'say' | 'action'
  /** The issuers as the sentence names them: the subject of the cue, or “from/by X”, or a possessor. */
  issuers?: Span
  /** Where a reported clause starts, when there is one. */
  clauseStart?: number
  /** Where a reported clause ends, when another attribution follows it (“…, observers said”). */
  clauseEnd?: number
  /** Reported content before the attribution: “Tarn Mutual's profits rose, the insurer said in a statement.” */
  leadingClause?: Span
  /** Whether the whole sentence is the paraphrase (“Noting that …, the statement called for …”). */
  sentenceContent: boolean
  /** Where the attribution starts and ends: quotes adjacent to it are excerpts. */
  attribution: Span
}

/**
 * Most words a fronted adjunct's subject, or a subject before its cue, may
 * have. “the two ministers” is 3, “Velloway's chief executive Ada Brisk” 5;
 * 8 keeps clauses such as “Marsh restated his position and promised” (which is
 * not a subject) mostly out. Chosen by reading the BBC hits.
 */
const SUBJECT_MAX_WORDS = 8

/** Most words in a title's topic complement (“on global governance”). */
const COMPLEMENT_MAX_WORDS = 8

/** Most tokens between a fronted adjunct's noun and the comma that ends it. */
const ADJUNCT_MAX_TOKENS = 30

/** Most tokens between a cue and “in a statement” (“said on Tuesday in a statement”). */
const CUE_GAP_TOKENS = 4

/** Most tokens scanned after the title for `that` / `:` opening the clause (“said in a statement on Monday that”). */
const CLAUSE_LEAD_TOKENS = 6

/** Most tokens in an appositive skipped between a subject and its cue (“Oren Talbot, head of …, said”). */
const APPOSITIVE_MAX_TOKENS = 24

/** Most words after an attribution that closes its sentence (“… in a statement on Tuesday night”). */
const TRAILING_WORDS = 4

/** Most words between a comma and the cue of a new attribution that ends a clause (“, observers said”). */
const CLAUSE_BREAK_WORDS = 4

/** Most capitalised tokens in a name before an appositive (“Oren Talbot, …”). */
const NAME_MAX_TOKENS = 4

/** Most tokens in the issuers after `from` / `by` (“a statement from the White House”). */
const ISSUER_MAX_TOKENS = 8

const startsWithDigit = /^\d/
const possessiveEnding = /(?:'s|s')$/

/** Words that may stand between a cue and its `that` (“said on Tuesday that”). */
const timeWords = new Set(['on', 'late', 'last', 'night', 'earlier', 'today', 'yesterday', 'this', 'week', 'morning', 'evening', 'afternoon', 'also', 'however', 'in', 'the'])

/** Words that open a that-less clause after “said in a statement”. */
const clauseStarters = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'there', 'this', 'these', 'those', 'no', 'all', 'some', 'both'])

const passiveAuxiliaries = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are'])

const weekdays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

const months = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])

/**
 * Words that cannot be in a subject: a span holding one was not a noun
 * phrase (“it is not known whether the envoys will sign a declaration”).
 */
const subjectBreakers = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'would', 'will', 'could', 'should', 'can', 'may',
  'might', 'must', 'to', 'whether', 'which', 'who', 'whom', 'if', 'when', 'while', 'because',
  'although', 'though', 'as', 'where', 'do', 'does', 'did', 'not', 'that', 'had', 'has', 'have',
  'before', 'after', 'since', 'until', 'unless', 'than', 'so', 'also'
])

const issuerFunctionWords = new Set(['of', 'and', 'for', 'the', 'de', '&', 'du', 'der', 'van', 'von'])

const issuerStops = new Set([...complementStops, ...participles].filter((word) => word !== 'and'))

/**
 * Reads the document mentions of one sentence. `tokens` are the sentence's
 * tokens; `nouns` the offsets of the document nouns found in it.
 */
export function detectMentions(
  tokens: Token[],
  sentence: SentenceRange,
  nouns: Array<{start: number; end: number; noun: string}>
): Mention[] {
  const mentions: Mention[] = []
  let cursor = 0
  for (const found of nouns) {
    while (cursor < tokens.length && tokens[cursor]!.start < found.start) cursor++
    if (cursor >= tokens.length) break
    let last = cursor
    while (last + 1 < tokens.length && tokens[last + 1]!.start < found.end) last++
    const mention = readMention(tokens, sentence, cursor, last, found.noun)
    if (mention) mentions.push(endClause(tokens, mention))
  }
  return mentions
}

/**
 * The pronoun `it` as the subject of a cue (“It also called for …”), for a
 * sentence right after one whose subject was a document. Returns a mention
 * of role `subject`; the caller decides which document it stands for.
 */
export function detectPronoun(tokens: Token[], sentence: SentenceRange): Mention | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.lower !== 'it') continue
    const previous = tokens[index - 1]
    // Clause-initial only: “It said”, “…,” it said”, not “called it said”.
    if (previous && !isClauseBoundary(previous) && !clauseOpeners.has(previous.lower)) continue
    const cueIndex = skipAdverbs(tokens, index + 1)
    const cue = tokens[cueIndex]
    const kind = cue && cueKind(cue)
    if (!cue || !kind) continue
    const span = {start: token.start, end: token.end}
    const mention: Mention = {
      sentence,
      noun: 'statement',
      phrase: span,
      title: span,
      joint: false,
      indefinite: false,
      pronoun: true,
      role: 'subject',
      fronted: false,
      cue,
      cueKind: kind,
      sentenceContent: false,
      attribution: {start: token.start, end: cue.end}
    }
    readContentAfterCue(tokens, cueIndex, mention)
    return endClause(tokens, mention)
  }
  return undefined
}

/**
 * “Tarn Mutual's profits were 3.2bn crowns, the insurer said in a statement.”: an
 * attribution after a comma, with no quotation mark before it, reports the
 * words before the comma.
 */
function leadingClause(tokens: Token[], mention: Mention): void {
  if (mention.role === 'other' || mention.role === 'according' || mention.role === 'issued' || mention.fronted || mention.pronoun) return
  // The attribution closes the sentence (“…, the insurer said in a statement on Friday.”).
  const end = Math.max(mention.attribution.end, mention.title.end)
  let after = 0
  for (const token of tokens) if (token.start >= end && token.word) after++
  if (after > TRAILING_WORDS) return
  let index = 0
  while (index < tokens.length && tokens[index]!.start < mention.attribution.start) index++
  const comma = tokens[index - 1]
  const first = tokens[0]
  if (!first || !comma || comma.value !== ',' || index < 4 || isOpenQuote(first) || isCloseQuote(tokens[index - 2])) return
  for (let probe = 0; probe < index; probe++) if (isOpenQuote(tokens[probe]) || isCloseQuote(tokens[probe])) return
  mention.leadingClause = {start: first.start, end: comma.start}
}

/**
 * Ends a reported clause before a new attribution: “the council's statement
 * said it would review the plan, residents said they expected …”.
 */
function endClause(tokens: Token[], mention: Mention): Mention {
  if (mention.clauseStart === undefined && !mention.sentenceContent) leadingClause(tokens, mention)
  if (mention.clauseStart === undefined || mention.sentenceContent) return mention
  let index = 0
  while (index < tokens.length && tokens[index]!.start < mention.clauseStart) index++
  for (; index < tokens.length; index++) {
    if (tokens[index]!.value !== ',') continue
    for (let probe = index + 1; probe < tokens.length && probe - index <= CLAUSE_BREAK_WORDS; probe++) {
      const token = tokens[probe]!
      if (!token.word) break
      if (sayVerbs.has(token.lower) && probe > index + 1) {
        mention.clauseEnd = tokens[index]!.start
        return mention
      }
    }
  }
  return mention
}

function readMention(
  tokens: Token[],
  sentence: SentenceRange,
  first: number,
  last: number,
  noun: string
): Mention | undefined {
  // Left: modifiers, possessor, determiner.
  let index = first - 1
  let modifiersStart = tokens[first]!.start
  let joint = false
  let excluded = false
  let possessor: Span | undefined
  let determiner: Token | undefined
  while (index >= 0) {
    const token = tokens[index]!
    if (!token.word) break
    if (determiners.has(token.lower)) {
      determiner = token
      index--
      break
    }
    if (isPossessive(token)) {
      possessor = readPossessor(tokens, index)
      index = indexBefore(tokens, possessor.start)
      break
    }
    // “a signed statement”: a participle between determiner and noun is a modifier, not the issuing verb.
    const participle = issueVerbs.has(token.lower) && token.lower.endsWith('ed') && determiners.has(tokens[index - 1]?.lower ?? '')
    if (participle || titleModifiers.has(token.lower) || (token.capital && index > 0 && !clauseOpeners.has(token.lower) && token.lower !== 'in')) {
      if (token.lower === 'joint') joint = true
      if (excludedModifiers.has(token.lower)) excluded = true
      modifiersStart = token.start
      index--
      continue
    }
    break
  }
  const before = tokens[index]
  const beforeThat = tokens[index - 1]

  // Right: the topic complement ends the title (“joint statement on global governance”).
  let titleEnd = tokens[last]!.end
  let after = last + 1
  const preposition = tokens[after]
  if (preposition && complementPrepositions.has(preposition.lower)) {
    const head = tokens[after + 1]
    if (preposition.lower === 'of' && head && excludedOf.has(head.lower)) return undefined
    let end = after + 1
    let topical = true
    while (end < tokens.length && end - after <= COMPLEMENT_MAX_WORDS) {
      const word = tokens[end]!
      if (!word.word || complementStops.has(word.lower) || participles.has(word.lower)) break
      if (complementNotTopic.has(word.lower) || startsWithDigit.test(word.value)) topical = false
      end++
    }
    if (topical && end > after + 1) {
      titleEnd = tokens[end - 1]!.end
      after = end
    }
  }

  if (excluded && !joint) return undefined
  if (before && makeVerbs.has(before.lower) && !joint) return undefined

  const strong = joint || alwaysDocument.has(noun)
  const phraseStart = determiner?.start ?? possessor?.start ?? modifiersStart
  const mention: Mention = {
    sentence,
    noun,
    phrase: {start: phraseStart, end: titleEnd},
    title: {start: modifiersStart, end: titleEnd},
    joint,
    indefinite: determiner ? indefinite.has(determiner.lower) : possessor === undefined,
    pronoun: false,
    role: 'other',
    fronted: false,
    sentenceContent: false,
    attribution: {start: phraseStart, end: titleEnd}
  }
  if (possessor) mention.issuers = possessor
  else if (modifiersStart < tokens[first]!.start) {
    // “A WRF statement said”: a proper-noun modifier names the issuer.
    const proper = properModifiers(tokens, indexAt(tokens, modifiersStart), first)
    if (proper) mention.issuers = proper
  }

  // “from / by / issued by X” after the title names the issuers.
  let next = after
  if (tokens[next] && participles.has(tokens[next]!.lower)) {
    let probe = next + 1
    while (probe < tokens.length && probe - next <= 4 && tokens[probe]!.word && tokens[probe]!.lower !== 'by' && tokens[probe]!.lower !== 'of') probe++
    const by = tokens[probe]
    if (by && (by.lower === 'by' || (by.lower === 'of' && tokens[probe - 1]?.lower === 'behalf'))) {
      const issuers = readIssuers(tokens, probe + 1)
      if (issuers) {
        mention.issuers = issuers.span
        next = issuers.next
      }
    }
  } else if (tokens[next] && (tokens[next]!.lower === 'from' || tokens[next]!.lower === 'by')) {
    const issuers = readIssuers(tokens, next + 1)
    if (issuers) {
      mention.issuers = issuers.span
      next = issuers.next
    }
  }

  if (before?.lower === 'in') {
    readAdjunct(tokens, index, after, mention)
  } else if (before && cueKind(before) && (isCloseQuote(beforeThat) || (beforeThat?.value === ',' && isCloseQuote(tokens[index - 2])))) {
    mention.role = 'inverted'
    mention.cue = before
    mention.cueKind = cueKind(before)
    mention.attribution = {start: before.start, end: tokens[Math.max(next, after) - 1]!.end}
  } else if (before && issueVerbs.has(before.lower)) {
    mention.role = 'issued'
    // “put out a statement”: the verb is before “out”.
    const verb = before.lower === 'out' ? index - 1 : index
    // “…, issuing a statement” has no subject of its own.
    const participle = tokens[verb]?.lower.endsWith('ing') === true
    if (!mention.issuers && !participle && verb >= 0) {
      let end = verb
      while (end > 0 && cueAdverbs.has(tokens[end - 1]!.lower)) end--
      const subject = subjectBefore(tokens, end)
      if (subject) mention.issuers = subject
    }
    mention.attribution = {start: mention.issuers ? Math.min(mention.issuers.start, before.start) : before.start, end: tokens[Math.max(next, after) - 1]!.end}
    readIssuedContent(tokens, Math.max(next, after), mention)
  } else if (before?.lower === 'to' && beforeThat?.lower === 'according') {
    mention.role = 'according'
    mention.sentenceContent = true
    mention.attribution = {start: beforeThat.start, end: titleEnd}
  } else {
    const cueIndex = skipAdverbs(tokens, next)
    const cue = tokens[cueIndex]
    const kind = cue && cueKind(cue)
    if (cue && kind) {
      mention.role = 'subject'
      mention.cue = cue
      mention.cueKind = kind
      mention.attribution = {start: phraseStart, end: cue.end}
      readContentAfterCue(tokens, cueIndex, mention)
    } else if (strong) {
      mention.role = 'other'
      const signed = signedBy(tokens, after)
      if (signed && !mention.issuers) mention.issuers = signed
    } else {
      return undefined
    }
  }
  return mention
}

/** “in a statement …”: fronted (“In a statement, the ministry said …”) or after the cue (“X said in a statement …”). */
function readAdjunct(tokens: Token[], inIndex: number, after: number, mention: Mention): void {
  mention.role = 'adjunct'
  let opener = 0
  while (opener < inIndex && (clauseOpeners.has(tokens[opener]!.lower) || tokens[opener]!.value === ',')) opener++
  if (opener === inIndex) {
    readFronted(tokens, inIndex, after, mention)
    return
  }
  // The cue stands a few tokens before “in”: “said on Tuesday in a statement”.
  for (let probe = inIndex - 1; probe >= 0 && inIndex - probe <= CUE_GAP_TOKENS; probe--) {
    const token = tokens[probe]!
    const kind = token.word ? cueKind(token) : undefined
    if (!kind) continue
    // Passive: “The takeover was confirmed in a statement” names no speaker and reports nothing.
    if (passiveAuxiliaries.has(tokens[probe - 1]?.lower ?? '')) return
    mention.cue = token
    mention.cueKind = kind
    let subjectEnd = probe
    while (subjectEnd > 0 && cueAdverbs.has(tokens[subjectEnd - 1]!.lower)) subjectEnd--
    const subject = subjectBefore(tokens, subjectEnd)
    if (subject && !mention.issuers) mention.issuers = subject
    mention.attribution = {start: subject ? Math.min(subject.start, token.start) : token.start, end: mention.title.end}
    readClauseAfterAdjunct(tokens, inIndex, after, mention)
    return
  }
  // Inverted, with the speaker between the cue and the adjunct:
  // “‘…,’ said Ilse Marren, head of the regulator, in a statement.”
  for (let probe = inIndex - 1; probe > 0 && inIndex - probe <= APPOSITIVE_MAX_TOKENS; probe--) {
    const token = tokens[probe]!
    const kind = token.word ? cueKind(token) : undefined
    if (!kind) continue
    const previous = tokens[probe - 1]!
    if (!isCloseQuote(previous) && !(previous.value === ',' && isCloseQuote(tokens[probe - 2]))) return
    mention.cue = token
    mention.cueKind = kind
    let end = probe + 1
    while (end < inIndex && tokens[end]!.word) end++
    if (end > probe + 1) mention.issuers ??= {start: tokens[probe + 1]!.start, end: tokens[end - 1]!.end}
    mention.attribution = {start: token.start, end: mention.title.end}
    return
  }
}

/** “In a statement (…), SUBJECT (, appositive,) CUE …”. */
function readFronted(tokens: Token[], inIndex: number, after: number, mention: Mention): void {
  mention.fronted = true
  // The adjunct runs to its comma (“… released after the talks,”), when it has one.
  let start = after
  for (let probe = after; probe < tokens.length && probe - after <= ADJUNCT_MAX_TOKENS; probe++) {
    const token = tokens[probe]!
    if (token.value === ',') {
      start = probe + 1
      break
    }
    if (cueKind(token) && !participles.has(token.lower)) break
    if (isOpenQuote(token)) break
  }
  // The subject, maybe with an appositive: “In a statement, Tobias Wren, a spokesman for the league, said …”.
  let firstComma = -1
  for (let probe = start; probe < tokens.length && probe - start <= APPOSITIVE_MAX_TOKENS; probe++) {
    const token = tokens[probe]!
    if (isOpenQuote(token) || isCloseQuote(token) || token.value === ';' || token.value === ':') break
    if (token.value === ',') {
      if (firstComma === -1) firstComma = probe
      continue
    }
    const kind = cueKind(token)
    if (!kind || probe === start) continue
    let subjectEnd = firstComma === -1 ? probe : firstComma
    while (subjectEnd - 1 > start && cueAdverbs.has(tokens[subjectEnd - 1]!.lower)) subjectEnd--
    if (subjectEnd - start > SUBJECT_MAX_WORDS) break
    mention.cue = token
    mention.cueKind = kind
    if (!mention.issuers) {
      const subject = cleanSubject(tokens, start, subjectEnd)
      if (subject) mention.issuers = subject
    }
    mention.attribution = {start: tokens[inIndex]!.start, end: token.end}
    readContentAfterCue(tokens, probe, mention)
    return
  }
  mention.attribution = {start: tokens[inIndex]!.start, end: mention.title.end}
}

/**
 * After “X said in a statement”: a clause needs a clear opening (“that”, a
 * colon, the adjunct's closing comma) or a word that starts one (“Quill Batteries
 * said in a statement it is reviewing …”).
 */
function readClauseAfterAdjunct(tokens: Token[], inIndex: number, after: number, mention: Mention): void {
  const commaBefore = tokens[inIndex - 1]?.value === ','
  // Time words only (“said in a statement Friday night it …”): “on Harrow Motors' website” is no clause.
  let first = after
  while (first < tokens.length && first - after < CUE_TIME_TOKENS && cueTimeWords.has(tokens[first]!.lower)) {
    if (tokens[first]!.lower === 'on' && !weekdays.has(tokens[first + 1]?.lower ?? '')) break
    first++
  }
  const next = tokens[first]
  if (next && (clauseStarters.has(next.lower) || (next.capital && !cueTimeWords.has(next.lower) && !months.has(next.lower)))) {
    mention.clauseStart = next.start
    mention.sentenceContent = mention.cueKind === 'action'
    return
  }
  for (let lead = after; lead < tokens.length && lead - after <= CLAUSE_LEAD_TOKENS; lead++) {
    const word = tokens[lead]!
    if (isOpenQuote(word)) return
    if (word.lower === 'that' || word.value === ':' || (word.value === ',' && commaBefore)) {
      const start = tokens[lead + 1]
      if (start && !isOpenQuote(start)) {
        mention.clauseStart = start.start
        if (mention.cueKind === 'action') mention.sentenceContent = true
      }
      return
    }
    if (!word.word) break
  }
  if (mention.cueKind === 'action') mention.sentenceContent = true
}

/** After “issued a statement …”: “saying …”, “that …”, “expressing …”. */
function readIssuedContent(tokens: Token[], from: number, mention: Mention): void {
  let index = from
  // “issued a statement Sunday, saying …”
  while (index < tokens.length && index - from < CUE_TIME_TOKENS && cueTimeWords.has(tokens[index]!.lower)) index++
  if (tokens[index]?.value === ',') index++
  const token = tokens[index]
  if (!token) return
  if (sayingForms.has(token.lower) || token.lower === 'that') {
    let start = index + 1
    if (token.lower !== 'that' && tokens[start]?.lower === 'that') start++
    // “a statement that, while welcoming the vote, warned …”: the clause starts at its first word.
    while (tokens[start] && (tokens[start]!.value === ',' || tokens[start]!.value === ':')) start++
    const first = tokens[start]
    if (first && !isOpenQuote(first)) mention.clauseStart = first.start
  } else if (actionForms.has(token.lower)) {
    mention.clauseStart = token.start
  }
}

/** The clause after a cue of saying, or the whole sentence after an action verb. */
function readContentAfterCue(tokens: Token[], cueIndex: number, mention: Mention): void {
  if (mention.cueKind === 'action') {
    mention.sentenceContent = true
    return
  }
  let index = cueIndex + 1
  // “the statement said in part: …”
  if (tokens[index]?.lower === 'in' && tokens[index + 1]?.lower === 'part') index += 2
  // “said on Tuesday that …”, “said of the lawsuit: ‘…’”
  let plain = true
  for (let lead = index; lead < tokens.length && lead - index <= CLAUSE_LEAD_TOKENS; lead++) {
    const token = tokens[lead]!
    if (token.value === ':' || (plain && token.lower === 'that')) {
      index = lead + 1
      break
    }
    if (!token.word) break
    if (!(token.capital || timeWords.has(token.lower))) plain = false
  }
  while (tokens[index] && (tokens[index]!.value === ',' || tokens[index]!.value === ':')) index++
  const first = tokens[index]
  if (!first || isOpenQuote(first) || first.value === '.') return
  // “the statement said on Tuesday.” – no clause, only an adverbial.
  if (tokens.length - index < 3) return
  mention.clauseStart = first.start
}

/** The cue kind of a token, or `undefined` when it is no attribution verb. */
export function cueKind(token: Token): 'say' | 'action' | undefined {
  if (!token.word) return undefined
  if (sayVerbs.has(token.lower)) return 'say'
  if (actionVerbs.has(token.lower)) return 'action'
  return undefined
}

/** Time words between a subject and its cue (“A statement issued by the ministry on Tuesday said”). */
const cueTimeWords = new Set([
  'on', 'late', 'early', 'last', 'yesterday', 'today', 'tonight', 'this', 'week', 'night', 'morning',
  'overnight', 'earlier',
  'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'
])

/** Most time tokens skipped before a cue. */
const CUE_TIME_TOKENS = 4

function skipAdverbs(tokens: Token[], from: number): number {
  let index = from
  while (index < tokens.length && index - from < CUE_TIME_TOKENS && cueTimeWords.has(tokens[index]!.lower)) index++
  while (index < tokens.length && cueAdverbs.has(tokens[index]!.lower)) index++
  // “the statement, however, said”
  if (tokens[index]?.value === ',' && cueAdverbs.has(tokens[index + 1]?.lower ?? '') && tokens[index + 2]?.value === ',') index += 3
  return index
}

function isPossessive(token: Token): boolean {
  return possessiveEnding.test(token.lower) && token.lower.length > 2
}

/** “Halden's”, “the two leaders'”, “Velloway Corp's”: back over capitals, numbers and `the`. */
function readPossessor(tokens: Token[], index: number): Span {
  const end = tokens[index]!.end
  let start = tokens[index]!.start
  let probe = index - 1
  while (probe >= 0) {
    const token = tokens[probe]!
    if (!token.word) break
    if (token.capital || token.lower === 'the' || token.lower === 'two' || token.lower === 'both' || token.lower === 'three') {
      start = token.start
      probe--
      if (token.lower === 'the') break
      continue
    }
    break
  }
  return {start, end}
}

function indexBefore(tokens: Token[], offset: number): number {
  let index = tokens.length - 1
  while (index >= 0 && tokens[index]!.start >= offset) index--
  return index
}

function indexAt(tokens: Token[], offset: number): number {
  let index = 0
  while (index < tokens.length && tokens[index]!.start < offset) index++
  return index
}

/** Proper-noun modifiers in `tokens[from..to)` (“WRF”, “Marlow Analytics”), as one span. */
function properModifiers(tokens: Token[], from: number, to: number): Span | undefined {
  let start = -1
  let end = -1
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    if (token.capital && !titleModifiers.has(token.lower)) {
      if (start === -1) start = token.start
      end = token.end
    } else if (start !== -1) {
      break
    }
  }
  return start === -1 ? undefined : {start, end}
}

/** The issuers after `from` / `by`: a name, or `the` and a few words (“the discount phone firm”). */
function readIssuers(tokens: Token[], from: number): {span: Span; next: number} | undefined {
  let index = from
  const first = tokens[index]
  if (!first || !first.word) return undefined
  const led = first.lower === 'the'
  let lastWord = -1
  while (index < tokens.length && index - from < ISSUER_MAX_TOKENS) {
    const token = tokens[index]!
    if (!token.word) break
    if (cueKind(token) || issuerStops.has(token.lower)) break
    // “released by the Marsh campaign the wire report …”: a second determiner starts another phrase.
    if (index > from && (token.lower === 'the' || token.lower === 'a' || token.lower === 'an')) break
    if (!token.capital && !issuerFunctionWords.has(token.lower) && !led) break
    if (!issuerFunctionWords.has(token.lower)) lastWord = index
    index++
  }
  if (lastWord === -1) return undefined
  return {span: {start: first.start, end: tokens[lastWord]!.end}, next: lastWord + 1}
}

/** “signed by X and Y” / “between X and Y” after a title without attribution. */
function signedBy(tokens: Token[], from: number): Span | undefined {
  for (let index = from; index < tokens.length && index - from <= 6; index++) {
    const token = tokens[index]!
    if (token.lower === 'by' || token.lower === 'between') {
      return readIssuers(tokens, index + 1)?.span
    }
  }
  return undefined
}

/**
 * The subject that ends right before `tokens[end]`: back to the clause
 * boundary. “Oren Talbot, head …, said” skips the appositive;
 * “China, Russia and India said” keeps the whole list.
 */
export function subjectBefore(tokens: Token[], end: number): Span | undefined {
  let stop = end
  if (tokens[stop - 1]?.value === ',') {
    // An appositive between commas: the subject is a name before its opening comma.
    let probe = stop - 2
    while (probe >= 0 && stop - probe <= APPOSITIVE_MAX_TOKENS && tokens[probe]!.value !== ',') {
      if (isCloseQuote(tokens[probe]) || isOpenQuote(tokens[probe])) return undefined
      probe--
    }
    if (probe < 0 || tokens[probe]!.value !== ',') return undefined
    stop = probe
    let first = stop
    while (first > 0 && stop - first < NAME_MAX_TOKENS && tokens[first - 1]!.capital) first--
    const boundary = tokens[first - 1]
    if (first === stop || (boundary && !isClauseBoundary(boundary) && !clauseOpeners.has(boundary.lower) && !determiners.has(boundary.lower))) return undefined
  }
  let start = stop
  while (start > 0 && stop - start < SUBJECT_MAX_WORDS) {
    const token = tokens[start - 1]!
    if (isClauseBoundary(token)) break
    start--
  }
  if (start > 0 && stop - start >= SUBJECT_MAX_WORDS && !isClauseBoundary(tokens[start - 1]!)) return undefined
  // A list of names: “China, Russia and India”.
  while (start >= 2 && tokens[start - 1]!.value === ',' && tokens[start - 2]!.capital && hasAnd(tokens, start, stop)) {
    start -= 2
    while (start > 0 && tokens[start - 1]!.capital) start--
  }
  return cleanSubject(tokens, start, stop)
}

/**
 * `tokens[from..to)` as a subject: cut after the last word that cannot be in
 * a noun phrase (“it is not known whether the envoys will” → nothing), leading
 * conjunctions and trailing time words (“the Larkfield councillor on Friday”)
 * dropped.
 */
function cleanSubject(tokens: Token[], from: number, to: number): Span | undefined {
  let start = from
  for (let index = from; index < to; index++) {
    if (subjectBreakers.has(tokens[index]!.lower)) start = index + 1
  }
  let end = to
  // “Late on Thursday the union issued …”
  while (start < end && (clauseOpeners.has(tokens[start]!.lower) || cueTimeWords.has(tokens[start]!.lower) || !tokens[start]!.word)) start++
  while (end > start && (cueTimeWords.has(tokens[end - 1]!.lower) || !tokens[end - 1]!.word)) end--
  if (start >= end) return undefined
  return {start: tokens[start]!.start, end: tokens[end - 1]!.end}
}

function hasAnd(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (tokens[index]!.lower === 'and') return true
  return false
}
