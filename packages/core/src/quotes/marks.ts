/**
 * Quotation marks at the character level: which characters can open or
 * close a quote, and which of them are apostrophes in context.
 *
 * Families pair with each other only: a `”` never closes a `‘`. The straight
 * marks (`"` and `'`, and `''` used as a double mark) can open or close; their
 * role is decided from the characters around them and from what is open.
 */

export type Family = 'double' | 'single' | 'guillemet' | 'angle' | 'corner' | 'white-corner'

export type Role = 'open' | 'close' | 'either'

export interface MarkInfo {
  family: Family
  role: Role
  /** Straight marks (`"`, `'`, `''`): their role depends on the context. */
  straight: boolean
}

const table = new Map<string, MarkInfo>([
  ['\u201C', {family: 'double', role: 'open', straight: false}], // “
  ['\u201D', {family: 'double', role: 'close', straight: false}], // ”
  ['\u201E', {family: 'double', role: 'open', straight: false}], // „ (closed by “ or ”)
  ['"', {family: 'double', role: 'either', straight: true}],
  ['\u2018', {family: 'single', role: 'open', straight: false}], // ‘
  ['\u2019', {family: 'single', role: 'close', straight: false}], // ’
  ['\u201A', {family: 'single', role: 'open', straight: false}], // ‚ (closed by ‘ or ’)
  ["'", {family: 'single', role: 'either', straight: true}],
  ['\u00AB', {family: 'guillemet', role: 'open', straight: false}], // «
  ['\u00BB', {family: 'guillemet', role: 'close', straight: false}], // »
  ['\u2039', {family: 'angle', role: 'open', straight: false}], // ‹
  ['\u203A', {family: 'angle', role: 'close', straight: false}], // ›
  ['\u300C', {family: 'corner', role: 'open', straight: false}], // 「
  ['\u300D', {family: 'corner', role: 'close', straight: false}], // 」
  ['\u300E', {family: 'white-corner', role: 'open', straight: false}], // 『
  ['\u300F', {family: 'white-corner', role: 'close', straight: false}] // 』
])

/** The mark `''` (two straight apostrophes), used as a double quote by some wires. */
export const doubledApostrophe: MarkInfo = {family: 'double', role: 'either', straight: true}

export function markInfo(character: string): MarkInfo | undefined {
  return table.get(character)
}

/** Whether a code unit is a letter or a digit (ASCII fast path, Unicode otherwise). */
export function isWordCharacter(character: string | undefined): boolean {
  if (character === undefined || character === '') return false
  const code = character.charCodeAt(0)
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  }
  return wordCharacter.test(character)
}

const wordCharacter = /[\p{L}\p{N}\p{M}]/u

export function isDigit(character: string | undefined): boolean {
  if (character === undefined) return false
  const code = character.charCodeAt(0)
  return code >= 48 && code <= 57
}

export function isSpace(character: string | undefined): boolean {
  return character === undefined || character === '' || character === ' ' || character === '\n'
}

/**
 * Characters after which a mark is in opening position besides white space:
 * `(“`, `—“`, `[‘`.
 */
const openers = new Set(['(', '[', '{', '\u2014', '\u2013', '-', '/', '\u201C', '\u2018', '"', "'", '\u00AB', '\u201E'])

/** Opening position: start of text or after a space or bracket, and a non-space next. */
export function isOpenPosition(previous: string | undefined, next: string | undefined): boolean {
  return (isSpace(previous) || openers.has(previous!)) && !isSpace(next)
}

/**
 * Elisions that start with an apostrophe: `'em`, `'til`, `'cause`, `'n'`.
 * Compared lowercase against the letters after the mark.
 */
export const leadingElisions = new Set(['em', 'til', 'tis', 'twas', 'cause', 'bout', 'n', 'round', 'nuff', 'ol', 'ere'])

/**
 * Letters after a mark in opening position, up to the next non-letter, or
 * `undefined` when there are more than 6 (no elision is longer).
 */
export function lettersAfter(text: string, index: number, end: number): string | undefined {
  let to = index
  while (to < end && to - index <= 6 && isWordCharacter(text[to])) to++
  if (to - index > 6) return undefined
  return text.slice(index, to).toLowerCase()
}
