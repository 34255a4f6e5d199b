/**
 * A flat list of the words and punctuation of a paragraph, as the prose
 * pass found them (white space dropped), with offsets into the whole
 * input. Attribution rules walk this list forwards and backwards
 * from a quotation mark or a cue.
 */
import type {ProseTokens} from '../context.js'
import {partitionPoint} from '../search.js'

export interface Token {
  /** The token's text from the normalized copy. */
  value: string
  /** Lowercase value, for word lists. */
  lower: string
  start: number
  end: number
  word: boolean
}

/** The tokens the prose pass recorded for one paragraph, with their text sliced from the normalized copy. */
export function materialize(text: string, prose: ProseTokens): Token[] {
  const count = prose.length / 3
  const tokens: Token[] = new Array(count)
  for (let index = 0; index < count; index++) {
    const start = prose[3 * index]!
    const end = prose[3 * index + 1]!
    const value = text.slice(start, end)
    tokens[index] = {value, lower: needsLowering(value) ? value.toLowerCase() : value, start, end, word: prose[3 * index + 2] === 1}
  }
  return tokens
}

/** Whether `toLowerCase` could change `value`: it has an ASCII capital or any non-ASCII character (most tokens have neither, and skipping the call saves a string). */
function needsLowering(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if ((code >= 65 && code <= 90) || code >= 128) return true
  }
  return false
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  return partitionPoint(tokens.length, (index) => tokens[index]!.start < offset)
}

/** Whether a word starts with an uppercase letter. */
export function isCapitalized(token: Token | undefined): boolean {
  if (!token || !token.word) return false
  return startsUppercase(token.value)
}

/**
 * Whether `value` starts with a letter that has a lowercase form and is not
 * it (“Wang”, “Éire”; not “wang”, “3”, “中”). Runs on most words of every
 * paragraph, so ASCII is answered from the code unit, without making the
 * two case-mapped strings.
 */
export function startsUppercase(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  const first = value.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

/**
 * Words among `tokens[from]`–`tokens[to - 1]`, counted up to `limit` only:
 * callers that ask "at least n?" stop early, so each such call is constant
 * time.
 */
export function countWords(tokens: Token[], from: number, to: number, limit = Infinity): number {
  let count = 0
  for (let i = from; i < to && count < limit; i++) if (tokens[i]!.word) count++
  return count
}

/** Whether a word ends in the possessive: "Holm’s", "board's", "officials’" (the tokenizer keeps the ending on the word). */
export function isPossessive(word: string): boolean {
  return withoutPossessive(word) !== word
}

/**
 * A word without its possessive ending: "Holm’s" → "Holm", "officials’" →
 * "officials". Words of three characters or fewer are kept ("he’s"); "it’s"
 * becomes "it", a contraction read like the pronoun it holds.
 */
export function withoutPossessive(word: string): string {
  if (word.length < 4) return word
  const last = word.charCodeAt(word.length - 1)
  const before = word.charCodeAt(word.length - 2)
  // "’s" and "'s"; and a plural's bare apostrophe: "officials’".
  if ((last === 115 || last === 83) && (before === 0x2019 || before === 39)) return word.slice(0, -2)
  if ((last === 0x2019 || last === 39) && (before === 115 || before === 83)) return word.slice(0, -1)
  return word
}

/** Dashes as a punctuation token: "-", "--", "–", "—", and the quotation dash "―" (a hyphen inside a word is part of the word). */
const DASHES: ReadonlySet<string> = new Set(['-', '--', '\u2013', '\u2014', '\u2015'])

/** Whether `token` is a dash standing alone: a dateline's, a parenthesis's, a credit line's. */
export function isDash(token: Token | undefined): boolean {
  return token !== undefined && !token.word && DASHES.has(token.value)
}

/** Marks that close words in marks: double and single, straight and curly, and guillemets (a straight mark may close). */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['\u201D', '"', "''", '\u2019', "'", '\u00BB'])
/** Marks that only open words in marks: curly doubles and singles and guillemets (straight marks may do either). */
export const OPENING_MARKS: ReadonlySet<string> = new Set(['\u201C', '\u2018', '\u00AB'])
/** Small words that stay lowercase inside a title: "A Tale of the Harbour", "Tarn vs. Delta". */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from', 'vs', 'vs.'])

/** Whether a lowercase word has the form of a participle or a gerund in -ing ("saying", "adding"; not "king", "ring"). */
export function isParticipleWord(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ing')
}
