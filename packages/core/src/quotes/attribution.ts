/**
 * Attribution of a quote in marks: the cue and the speaker mention, read
 * from the text before the opening mark (the lead) and after the closing
 * mark (the tail), in every common order:
 *
 * - `“Q,” X said.` / `“Q,” said X.` / `“Q,” X, a title, said.` (tail)
 * - `X said: “Q”` / `X said, “Q”` / `X told reporters: “Q”` (lead, intro)
 * - `Trump had a message: “Q”` (lead ends in a colon: the sentence subject)
 * - `Lavrov accused the West of “imposing …”` (lead with a cue: partial)
 */
import {ARTICLES_AND_OWNERS, cueAt, LISTENER_CUES, NAMING_CUES} from './cues.js'
import {holdsTitleWord, isNamingNoun, isProgressive, opensClause, type Phrase, phraseAfter, phraseBefore, sentenceSubject, subjectOfCue, SUBJECT_PRONOUNS} from './phrases.js'
import {isCapitalized, isDash, type Token} from './tokens.js'

export interface Attribution {
  /** Token range of the cue, absent for a colon introduction. */
  cue?: [number, number]
  cueText?: string
  mention: Phrase
}

export type LeadKind = 'none' | 'intro' | 'colon' | 'text'

export interface Lead {
  kind: LeadKind
  attribution?: Attribution
}

const TERMINATORS = new Set(['.', '!', '?', ';', '…'])
/** Words of a clause, not of a title, between a quote and its mention: "“…,” as his father dreamed, Turry said". */
const TAIL_STOPS = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'if', 'since', 'though', 'although', 'and', 'but', 'or', 'so', 'then', 'who', 'which', 'that'])
const INTRO_ENDINGS = new Set([':', ',', '\u2014', '\u2013', '-'])
/** Tokens allowed between an intro cue and its quote: "told reporters on Tuesday:" (swept 4–10 on train; 8 keeps "said in a statement on Tuesday:"). */
const MAX_INTRO_GAP = 8
/** Lowercase title words before a name in a tail ("harbour master", "senior campaign adviser"): 4. */
const MAX_TAIL_TITLE = 4
/** How far into a tail a cue may sit: a mention, its role and a comma or two. */
const MAX_TAIL_CUE_OFFSET = 24

export function isTerminator(token: Token): boolean {
  // Every terminator is one code unit: the length tells most tokens apart before the lookup (runs on every token of a lead or tail).
  return !token.word && token.value.length === 1 && TERMINATORS.has(token.value)
}

/** First token of the lead: back from `open` to a sentence end or `floor`. */
export function leadStart(tokens: Token[], open: number, floor: number): number {
  let i = open
  while (i > floor && !isTerminator(tokens[i - 1]!)) i--
  return i
}

/** One past the last token of the tail: forward from `close` to a sentence end or `ceiling`. */
export function tailEnd(tokens: Token[], close: number, ceiling: number): number {
  let i = close
  while (i < ceiling && !isTerminator(tokens[i]!)) i++
  return i
}

export function analyseLead(tokens: Token[], from: number, to: number): Lead {
  if (from >= to) return {kind: 'none'}
  const last = tokens[to - 1]!
  // The last cue with a speaker: "Holm, who told the council when pressed about it:" is Holm's ("when asked" names no one).
  let attribution: Attribution | undefined
  for (let k = from; k < to; k++) {
    const match = cueAt(tokens, k)
    if (match && NAMING_CUES.has(match.cue) && (!isNaming(tokens, k, k + match.length, to, from) || isNamingNoun(tokens, k, match.cue))) {
      k += match.length - 1
      continue
    }
    if (match && k + match.length <= to) {
      const cue: [number, number] = [k, k + match.length]
      let mention = match.cue === 'according to' ? phraseAfter(tokens, cue[1], to) : subjectOfCue(tokens, cue[0], from)
      // "explained moderator Ada Holm:": the speaker after the cue, up to the colon.
      if (!mention && last.value === ':') mention = invertedBeforeColon(tokens, cue[1], to - 1)
      // "Said Ida Poll, who grew up on the quay, “…”": a capitalised cue opening the lead, its speaker (and role) up to the comma.
      if (!mention && last.value === ',' && k === from && isCapitalized(tokens[k])) mention = invertedBeforeComma(tokens, cue[1], to - 1)
      if (mention) attribution = {cue, cueText: match.cue, mention}
      k += match.length - 1
    }
  }
  // "In Holm’s words, “…”", "…, in the words of one pilot, “…”": whose words the marks after the comma are.
  if (last.value === ',' && !attribution) {
    const owner = wordsOwner(tokens, from, to - 1)
    if (owner) return {kind: 'intro', attribution: {mention: owner}}
  }
  const intro = !last.word && INTRO_ENDINGS.has(last.value)
  // ("Said Ida Poll, who grew up on the quay, “…”": the inverted lead introduces the words after its comma.)
  if (intro && attribution && attribution.cue![0] === from && last.value === ',' && isCapitalized(tokens[from]) && attribution.mention.from === attribution.cue![1]) {
    return {kind: 'intro', attribution}
  }
  // A colon after a cue introduces, however far the cue ("Holm, who told the council when pressed about it in May:"),
  // unless a comma closes the cue's clause first ("When Holm suggested a deal, Brandt fired back:").
  if (intro && attribution && (to - 1 - attribution.cue![1] <= MAX_INTRO_GAP || (last.value === ':' && !hasComma(tokens, attribution.cue![1], to - 1)))) {
    return {kind: 'intro', attribution}
  }
  if (!last.word && last.value === ':') {
    // "From the report: “…”", "From her statement: “…”": the text the lead names (not "From the harbour:", "From London:").
    if (tokens[from]!.lower === 'from' && to - 1 > from + 1) {
      const source = phraseAfter(tokens, from + 1, to - 1)
      const head = tokens[to - 2]!
      if (source && source.to === to - 1 && !source.role && SOURCE_NOUNS.has(head.lower)) return {kind: 'colon', attribution: {mention: source}}
    }
    // "… - Philip Bump: “…”", "Ada Holm: “…”": a name right before the colon, after a dash or at the start.
    const named = nameBeforeColon(tokens, from, to - 1)
    if (named) return {kind: 'colon', attribution: {mention: named}}
    // "Former harbour master Ada Holm: “…”": a lead that is all one speaker phrase, its title first, labels the words.
    const label = phraseBefore(tokens, to - 1, from)
    // (Not a topic and its name: "A message for Ada Holm:", "The mood at Tarn Harbour:".)
    if (
      label && label !== 'coordinated' && label.from === from && label.to === to - 1 && !label.role && isCapitalized(tokens[label.to - 1]) && label.to - label.from >= 2 &&
      // (A title word in it, "Former harbour master Ada Holm:"; not "Quote of the Day:".)
      holdsTitleWord(tokens, from, to - 1) &&
      !tokens.slice(from + 1, to - 1).some((token) => LABEL_PREPOSITIONS.has(token.lower) && token.lower !== 'of')
    ) {
      return {kind: 'colon', attribution: {mention: label}}
    }
    const subject = sentenceSubject(tokens, from, to)
    // "It was then that Varga interjected:": an expletive "it" or "there" names no one.
    const expletive = subject && subject.to - subject.from === 1 && (tokens[subject.from]!.lower === 'it' || tokens[subject.from]!.lower === 'there')
    if (subject && !expletive) return {kind: 'colon', attribution: {mention: subject}}
    return {kind: 'colon'}
  }
  if (attribution) return {kind: 'text', attribution}
  return {kind: 'text'}
}

/** Most tokens of the owner in "in Ada Holm’s words" (4). */
const MAX_WORDS_OWNER = 4

/** The speaker of "in Holm’s words" or "in the words of one pilot" that ends at `end` (before its comma), if the lead ends so. */
function wordsOwner(tokens: Token[], from: number, end: number): Phrase | undefined {
  // "in the words of one pilot": the phrase after "of".
  for (let k = Math.max(from, end - MAX_WORDS_OWNER - 4); k + 4 < end; k++) {
    if (tokens[k]!.lower === 'in' && tokens[k + 1]!.lower === 'the' && tokens[k + 2]!.lower === 'words' && tokens[k + 3]!.lower === 'of') {
      const owner = phraseAfter(tokens, k + 4, end)
      return owner && owner.to === end ? owner : undefined
    }
  }
  // "in Holm’s words", "in the Ledger’s words": a possessive before "words", "in" before the owner.
  if (tokens[end - 1]?.lower !== 'words' || end - 2 < from || !/['’]s?$|s['’]$/.test(tokens[end - 2]!.value)) return undefined
  for (let k = end - 3; k >= from && end - 2 - k <= MAX_WORDS_OWNER; k--) {
    if (tokens[k]!.lower === 'in') return k + 1 < end - 1 ? {from: ARTICLES_AND_OWNERS.has(tokens[k + 1]!.lower) ? k + 2 : k + 1, to: end - 1} : undefined
    if (!tokens[k]!.word) return undefined
  }
  return undefined
}

/** Texts a lead may quote from: "From the report:", "From her statement:". */
const SOURCE_NOUNS = new Set(['report', 'statement', 'letter', 'study', 'survey', 'poll', 'memo', 'filing', 'complaint', 'ruling', 'transcript', 'article', 'editorial', 'book', 'post', 'release', 'email', 'speech', 'decision', 'opinion', 'order', 'lawsuit', 'indictment', 'testimony', 'interview'])

/** Auxiliaries that make a naming cue passive: "the plan, which was called “a gift”" names no speaker. */
const PASSIVE = new Set(['was', 'is', 'are', 'were', 'been', 'be', 'being', 'so', 'also', 'often', 'sometimes', 'widely', 'once'])

/**
 * A naming cue names a speaker's words when an object stands between it and
 * the opening mark ("called the plan “a gift”"), it is not passive, and it
 * is the last cue before the mark. With nothing between, only when a
 * relative before its subject is the object: "what the mayor called “a
 * scandal”", "the fares, which Holm called “a scandal”" (not "a group called
 * “Friends of the Dune”", where the cue names a thing).
 */
function isNaming(tokens: Token[], cueStart: number, cueEnd: number, open: number, from: number): boolean {
  const before = tokens[cueStart - 1]
  // ("is calling the plan “a gift”" is progressive.)
  if (before && before.word && PASSIVE.has(before.lower) && !isProgressive(tokens, cueStart)) return false
  if (cueEnd >= open) return cueEnd === open && objectRelativeBefore(tokens, cueStart, from)
  return tokens[cueEnd]!.word
}

/** Relatives that stand for a naming cue's object before its subject: "what Holm called", "which she termed", "whom he dubbed". */
const OBJECT_RELATIVES = new Set(['what', 'which', 'whom'])

/** Lowercase title words a relative may stand before, ahead of a name: "what aide Ivo Krall called" (3). */
const MAX_WORDS_BEFORE_SUBJECT = 3

/** Whether the cue at `cue` has a subject right before it, and an object relative right before that subject. */
function objectRelativeBefore(tokens: Token[], cue: number, from: number): boolean {
  const subject = phraseBefore(tokens, cue, from)
  if (!subject || subject === 'coordinated') return false
  // ("what aide Ivo Krall called": lowercase title words may stand before the name.)
  let i = Math.min(subject.from, subject.role?.[0] ?? subject.from) - 1
  while (i > from && subject.from - i <= MAX_WORDS_BEFORE_SUBJECT && tokens[i]!.word && !OBJECT_RELATIVES.has(tokens[i]!.lower) && /^\p{Ll}+$/u.test(tokens[i]!.value)) i--
  return OBJECT_RELATIVES.has(tokens[i]?.lower ?? '')
}

export function analyseTail(tokens: Token[], from: number, to: number): Attribution | undefined {
  let i = from
  let dashed = false
  while (i < to && !tokens[i]!.word && (INTRO_ENDINGS.has(tokens[i]!.value) || isDash(tokens[i]))) {
    dashed ||= isDash(tokens[i])
    i++
  }
  if (i >= to) return undefined
  // "“We kept our word.” ― Ada Holm": a credit after a dash, a name that ends the tail, with no cue.
  if (dashed && isCapitalized(tokens[i]) && !hasCue(tokens, i, to)) {
    const credit = phraseAfter(tokens, i, to)
    const end = credit ? Math.max(credit.to, credit.role?.[1] ?? 0) : i
    if (credit && (end === to || (end + 1 === to && isTerminator(tokens[end]!)))) return {mention: credit}
  }
  const first = cueAt(tokens, i)
  if (first && NAMING_CUES.has(first.cue)) return undefined
  if (first) {
    const mention = phraseAfter(tokens, i + first.length, to)
    // "“…,” said the mayor could win": a clause follows the cue, the tail names no speaker.
    if (mention && !opensClause(tokens, mention)) return {cue: [i, i + first.length], cueText: first.cue, mention}
    return undefined
  }
  const limit = Math.min(to, i + MAX_TAIL_CUE_OFFSET)
  // "“Q,” scoffed Ada Holm.": a verb no list holds, right after the quote and before a name that ends the sentence.
  if (isTailVerb(tokens, i) && tokens[i]!.lower.endsWith('ed')) {
    const mention = phraseAfter(tokens, i + 1, to)
    if (mention && endsAttribution(tokens, (mention.role ?? [0, mention.to])[1], to)) return {cue: [i, i + 1], cueText: tokens[i]!.lower, mention}
  }
  for (let k = i + 1; k < limit; k++) {
    const match = cueAt(tokens, k) ?? (isTailVerb(tokens, k) && afterSubject(tokens, k) && endsAttribution(tokens, k + 1, to) ? {cue: tokens[k]!.lower, length: 1} : undefined)
    if (!match) continue
    if (NAMING_CUES.has(match.cue)) return undefined
    let mention = phraseBefore(tokens, k, i)
    // (Only after a quote that ends in a comma, "“Q,” …", and a few words with no punctuation: after "“Q.”" the words start a
    // sentence of their own, "“Q.” Tory leader Ada Holm, asked about it, said …".)
    if (!mention && tokens[k - 1]?.value === ',' && k - 1 > i && k - 1 - i <= MAX_TAIL_ASIDE && tokens[from - 2]?.value === ',' && allWords(tokens, i, k - 1)) {
      // "“Q,” like the swings of the markets, said Ada Holm": an aside after the quote, and the speaker after the cue.
      // (Not after a listener cue: "told the Ledger" names who heard it.)
      const inverted = LISTENER_CUES.has(match.cue) ? undefined : phraseAfter(tokens, k + match.length, to)
      if (inverted && !opensClause(tokens, inverted) && endsAttribution(tokens, Math.max(inverted.to, inverted.role?.[1] ?? 0), to)) {
        return {cue: [k, k + match.length], cueText: match.cue, mention: inverted}
      }
      // "“Q,” shop owner Ada Holm, told the Ledger": a stray comma between a name and the cue, when the name runs from the
      // quote to it.
      const named = phraseBefore(tokens, k - 1, i)
      // (Not a phrase that opens with a preposition: "“Q,” at the rally in Veld, told …".)
      if (named && named !== 'coordinated' && !named.role && named.to === k - 1 && isCapitalized(tokens[k - 2]) && !TAIL_PREPOSITIONS.has(tokens[i]!.lower)) mention = named
    }
    // "“Q,” harbour master Tomas Brandt said": a lowercase title before the name belongs to the mention.
    // (Also before a name whose role follows it: "“Q,” harbour pilot Ivo Brandt, wearing a yellow coat, said".)
    if (mention && mention !== 'coordinated' && mention.from > i && mention.from - i <= MAX_TAIL_TITLE && (!mention.role || mention.role[0] >= mention.to)) {
      let words = true
      for (let t = i; t < mention.from; t++) if (!tokens[t]!.word || TAIL_STOPS.has(tokens[t]!.lower)) words = false
      if (words) mention.from = i
    }
    // "“Q,” the city hall press secretary, Mira Stone, said": the name sits between the commas, the role first.
    if (mention && mention !== 'coordinated' && (mention.from === i || mention.role?.[0] === i)) {
      return {cue: [k, k + match.length], cueText: match.cue, mention}
    }
    return undefined
  }
  return undefined
}

/** Prepositions that open a setting, not a speaker, right after a quote: "“Q,” at the rally in Veld, …". */
const TAIL_PREPOSITIONS = new Set(['at', 'in', 'on', 'from', 'for', 'with', 'by', 'of', 'to', 'during', 'after', 'before', 'like', 'as'])

/** Most tokens between a quote and a stray comma before its cue: "like the recent swings of the harbour markets" (8). */
const MAX_TAIL_ASIDE = 10

function allWords(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!tokens[i]!.word) return false
  return true
}

/** Words after a tail verb that still end the attribution: "he wondered aloud", "she shot back". */
const TAIL_PARTICLES = new Set(['aloud', 'back', 'again', 'later', 'then', 'afterward', 'afterwards'])
/** Lowercase words ending in -s that are no verb of a tail: "“Q,” his critics", "“Q,” the class is". */
const NOT_TAIL_VERBS = new Set(['is', 'was', 'has', 'does', 'this', 'his', 'hers', 'its', 'us', 'yes', 'plus', 'thus', 'less', 'unless', 'always', 'perhaps', 'news', 'whereas'])

/**
 * A verb of the tail that no cue list holds ("“No,” she scoffed.", "“Q,”
 * the report concluded."): a lowercase past form (-ed) or present form
 * (-s) standing where a cue stands. Only read where the shape itself
 * says attribution: right after the quote's closing punctuation, and with
 * the sentence ending after the verb or its mention.
 */
function isTailVerb(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (!token || !token.word || token.lower.length < 4 || token.lower !== token.value || NOT_TAIL_VERBS.has(token.lower)) return false
  if (token.lower.endsWith('ed')) return true
  return token.lower.endsWith('s') && !token.lower.endsWith('ss') && !token.lower.endsWith('us') && !token.lower.endsWith('ics')
}

/**
 * Whether an unlisted verb at `index` follows its subject: any -ed form,
 * but an -s form only right after a pronoun or a name ("he mocks", "Holm
 * writes"), since "… for the island ferries" ends in a plural noun.
 */
function afterSubject(tokens: Token[], index: number): boolean {
  // ("the bearded, 64-year-old envoy said": an -ed word right after an article is an adjective.)
  if (tokens[index]!.lower.endsWith('ed')) return !DETERMINERS_BEFORE_VERB.has(tokens[index - 1]?.lower ?? '')
  const before = tokens[index - 1]
  if (!before || !before.word) return false
  return SUBJECT_PRONOUNS.has(before.lower) || (before.value !== before.lower && !DETERMINERS_BEFORE_VERB.has(before.lower))
}

/** Determiners that, even capitalised, make the -s word after them a noun: "The Times", "A Tarn News". */
const DETERMINERS_BEFORE_VERB = new Set([...ARTICLES_AND_OWNERS, 'this', 'these', 'those'])

/** Whether the attribution ends at `index`: the sentence (or the tail) ends there, or a comma, maybe after "aloud". */
function endsAttribution(tokens: Token[], index: number, to: number): boolean {
  let i = index
  while (i < to && tokens[i]!.word && TAIL_PARTICLES.has(tokens[i]!.lower)) i++
  if (i >= to) return true
  return !tokens[i]!.word && (tokens[i]!.value === ',' || isTerminator(tokens[i]!))
}

/**
 * The tail of a quote with no punctuation before its closing mark ("“The
 * ferry is the town's lifeline” Ada Brenner said."): only an attribution that
 * starts at the mark and fills the rest of the sentence, so a quoted name
 * or title inside a sentence ("“Fox and Friends” host Ed Kolb said the
 * show …") is not taken for an utterance.
 */
export function analyseBareTail(tokens: Token[], from: number, to: number): Attribution | undefined {
  const tail = analyseTail(tokens, from, to)
  if (!tail || !tail.cue) return undefined
  // ("a “dockside” revolt against Tarn elites": a verb no list holds needs a subject that can speak, not a noun
  // phrase that ends in a capitalised modifier.)
  const head = tokens[tail.mention.from]!
  if (!cueAt(tokens, tail.cue[0]) && !isCapitalized(head) && !SUBJECT_PRONOUNS.has(head.lower) && !ARTICLES_AND_OWNERS.has(head.lower)) return undefined
  const first = Math.min(tail.cue[0], tail.mention.role?.[0] ?? tail.mention.from, tail.mention.from)
  const last = Math.max(tail.cue[1], tail.mention.role?.[1] ?? tail.mention.to, tail.mention.to)
  return first === from && last === to ? tail : undefined
}

function hasCue(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (cueAt(tokens, i)) return true
  return false
}

function hasComma(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.value === ',') return true
  return false
}

/** "explained moderator Ada Holm:": a speaker phrase that fills the words from a cue to the colon at `colon`. */
function invertedBeforeColon(tokens: Token[], start: number, colon: number): Phrase | undefined {
  const mention = phraseAfter(tokens, start, colon)
  return mention && mention.to === colon && !mention.role ? mention : undefined
}

function invertedBeforeComma(tokens: Token[], start: number, comma: number): Phrase | undefined {
  const mention = phraseAfter(tokens, start, comma)
  const end = mention ? Math.max(mention.to, mention.role?.[1] ?? 0) : 0
  return mention && end === comma && isCapitalized(tokens[mention.from]) ? mention : undefined
}

/** Longest name before a colon that makes a speaker label ("Philip Bump", "HuffPollster"). */
const MAX_LABEL_WORDS = 4

/**
 * "- Philip Bump: “…”", "Ada Holm: “…”": capitalised words that end right
 * at the colon, with a dash, an ellipsis or the lead's start before them.
 */
function nameBeforeColon(tokens: Token[], from: number, colon: number): Phrase | undefined {
  let start = colon
  while (start > from && colon - start < MAX_LABEL_WORDS && tokens[start - 1]!.word && isCapitalized(tokens[start - 1])) start--
  if (start === colon) return undefined
  // ("From London:", "In Tarn:": a preposition opens a place, no name.)
  if (LABEL_PREPOSITIONS.has(tokens[start]!.lower)) return undefined
  const before = tokens[start - 1]
  if (start > from && !(isDash(before) || (before !== undefined && !before.word && ELLIPSES.has(before.value)))) return undefined
  return {from: start, to: colon}
}

/** Capitalised prepositions that open a place before a colon, never a speaker label. */
const LABEL_PREPOSITIONS = new Set(['from', 'in', 'at', 'on', 'to', 'for', 'by', 'with', 'of', 'inside', 'outside', 'near'])

/** Besides a dash, what may stand before a name label: "… Ada Holm: “…”". */
const ELLIPSES = new Set(['\u2026', '...'])
