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
import {cueAt, NAMING_CUES} from './cues.js'
import {type Phrase, phraseAfter, phraseBefore, sentenceSubject} from './phrases.js'
import type {Token} from './tokens.js'

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
  let cue: [number, number] | undefined
  let cueText: string | undefined
  for (let k = from; k < to; k++) {
    const match = cueAt(tokens, k)
    if (match && NAMING_CUES.has(match.cue) && !isNaming(tokens, k, k + match.length, to)) {
      k += match.length - 1
      continue
    }
    if (match && k + match.length <= to) {
      cue = [k, k + match.length]
      cueText = match.cue
      k += match.length - 1
    }
  }
  const intro = !last.word && INTRO_ENDINGS.has(last.value)
  let attribution: Attribution | undefined
  if (cue) {
    let mention = phraseBefore(tokens, cue[0], from)
    if (mention === 'coordinated') mention = sentenceSubject(tokens, from, cue[0])
    if (mention) attribution = {cue, cueText: cueText!, mention}
  }
  if (intro && attribution && to - 1 - attribution.cue![1] <= MAX_INTRO_GAP) {
    return {kind: 'intro', attribution}
  }
  if (!last.word && last.value === ':') {
    const subject = sentenceSubject(tokens, from, to)
    if (subject) return {kind: 'colon', attribution: {mention: subject}}
    return {kind: 'colon'}
  }
  if (attribution) return {kind: 'text', attribution}
  return {kind: 'text'}
}

/** Auxiliaries that make a naming cue passive: "the plan, which was called “a gift”" names no speaker. */
const PASSIVE = new Set(['was', 'is', 'are', 'were', 'been', 'be', 'being', 'so', 'also', 'often', 'sometimes', 'widely', 'once'])

/**
 * A naming cue names a speaker's words when an object stands between it and
 * the opening mark ("called the plan “a gift”"), it is not passive, and it
 * is the last cue before the mark.
 */
function isNaming(tokens: Token[], cueStart: number, cueEnd: number, open: number): boolean {
  if (cueEnd >= open) return false
  if (!tokens[cueEnd]!.word) return false
  const before = tokens[cueStart - 1]
  if (before && before.word && PASSIVE.has(before.lower)) return false
  return true
}

export function analyseTail(tokens: Token[], from: number, to: number): Attribution | undefined {
  let i = from
  while (i < to && !tokens[i]!.word && INTRO_ENDINGS.has(tokens[i]!.value)) i++
  if (i >= to) return undefined
  const first = cueAt(tokens, i)
  if (first && NAMING_CUES.has(first.cue)) return undefined
  if (first) {
    const mention = phraseAfter(tokens, i + first.length, to)
    if (mention) return {cue: [i, i + first.length], cueText: first.cue, mention}
    return undefined
  }
  const limit = Math.min(to, i + MAX_TAIL_CUE_OFFSET)
  for (let k = i + 1; k < limit; k++) {
    const match = cueAt(tokens, k)
    if (!match) continue
    if (NAMING_CUES.has(match.cue)) return undefined
    const mention = phraseBefore(tokens, k, i)
    // "“Q,” harbour master Tomas Brandt said": a lowercase title before the name belongs to the mention.
    if (mention && mention !== 'coordinated' && mention.from > i && mention.from - i <= MAX_TAIL_TITLE && !mention.role) {
      let words = true
      for (let t = i; t < mention.from; t++) if (!tokens[t]!.word) words = false
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
