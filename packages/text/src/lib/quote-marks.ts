/**
 * Quotation mark styles. One left-to-right pass per string, no regex
 * backtracking.
 */
import type {QuoteStyle} from './options.js'

const STRAIGHT: Record<string, string> = {
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'" // ‛
}

export function quoteMarks(value: string, style: QuoteStyle): string {
  if (style === 'keep') return value
  if (style === 'straight') {
    let result = ''
    for (const character of value) result += STRAIGHT[character] ?? character
    return result
  }
  return curly(value)
}

/**
 * Straight marks to curly ones, from what stands before and after:
 * - `"` opens at the start, after white space, an opening bracket, a dash
 *   or slash, or an opening mark (said: "We …", ("…"), —"…", "'…"),
 *   otherwise it closes (…end.'").
 * - `'` between letters or digits is an apostrophe (Venn's, don't) → ’;
 *   before a digit after a space it is an elision ('90s) → ’; where `"`
 *   would open it opens (‘advancing democracy’); otherwise ’.
 * Curly marks already there are kept, so the result has no straight marks
 * left and a second pass changes nothing.
 */
function curly(value: string): string {
  let result = ''
  // The last character written, as converted: `'"` opens twice, `.'"`
  // closes twice. Kept in a variable: reading it back from `result` would
  // flatten the growing string each time (quadratic).
  let before = ''
  for (let index = 0; index < value.length; index++) {
    let character = value.charAt(index)
    if (character === '"' || character === "'") {
      const after = value.charAt(index + 1)
      const opens = before === '' || OPENS_AFTER.test(before)
      if (character === '"') character = opens ? '\u201C' : '\u201D'
      else if (WORD.test(before) && WORD.test(after)) character = '\u2019'
      else if (opens && DIGIT.test(after)) character = '\u2019'
      else character = opens ? '\u2018' : '\u2019'
    }
    result += character
    before = character
  }
  return result
}

/** A quote mark after one of these opens a quotation. */
const OPENS_AFTER = /[\s([{\u2014\u2013/\u201C\u2018]/
const WORD = /[\p{L}\p{N}]/u
const DIGIT = /\d/
