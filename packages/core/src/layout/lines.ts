/**
 * Lines of the normalized text, trimmed, with blank lines folded into a
 * flag on the line after them. One linear scan.
 */
export interface Line {
  /** Offset of the first non-space character. */
  start: number
  /** Offset one past the last non-space character. */
  end: number
  /** The normalized text of the line, trimmed. */
  text: string
  /** Whether one or more blank lines (or the start of the text) come before it. */
  gapBefore: boolean
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let gap = true
  let from = 0
  while (from <= text.length) {
    let to = text.indexOf('\n', from)
    if (to === -1) to = text.length
    let start = from
    let end = to
    while (start < end && text.charCodeAt(start) === 32) start++
    while (end > start && text.charCodeAt(end - 1) === 32) end--
    if (end > start) {
      lines.push({start, end, text: text.slice(start, end), gapBefore: gap})
      gap = false
    } else {
      gap = true
    }
    from = to + 1
  }
  return lines
}

/** Text for comparing two lines that scraping may have spelled differently. */
export function comparable(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
  return trimEnd(folded, ' .!?;:,').trim()
}

// How many letters and digits `mayCompareEqual` reads before it gives up.
// The texts it tells apart (a dek against the lead paragraph) differ within
// the first few words; 32 is well past that.
const QUICK_COMPARE_CHARACTERS = 32

/**
 * Whether `comparable(a) === comparable(b)` could hold, from the first
 * letters and digits only: `false` is certain, `true` means "compare in
 * full". `comparable` keeps ASCII letters and digits in order (lower-cased),
 * so two ASCII prefixes whose letters and digits differ settle it; at the
 * first non-ASCII character the answer is `true` (lower-casing such a
 * character can make ASCII letters, "İ" → "i̇"). Layout compares a short
 * dek with long lead paragraphs: this spares folding a whole paragraph.
 */
export function mayCompareEqual(a: string, b: string): boolean {
  let i = 0
  let j = 0
  for (let seen = 0; seen < QUICK_COMPARE_CHARACTERS; seen++) {
    let x = -1
    while (i < a.length) {
      const code = a.charCodeAt(i++)
      if (code > 127) return true
      if (isAsciiAlphanumeric(code)) {
        x = code | 32
        break
      }
    }
    let y = -1
    while (j < b.length) {
      const code = b.charCodeAt(j++)
      if (code > 127) return true
      if (isAsciiAlphanumeric(code)) {
        y = code | 32
        break
      }
    }
    if (x !== y) return false
    if (x === -1) return true
  }
  return true
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * `text` without the run of `characters` at its end.
 *
 * A loop, not `replace(/[…]+$/, '')`: a backtracking engine retries that
 * pattern from every character of a long run that is not at the end
 * (`'. . . x'`), which is quadratic in the run's length.
 */
export function trimEnd(text: string, characters: string): string {
  let end = text.length
  while (end > 0 && characters.includes(text.charAt(end - 1))) end--
  return end === text.length ? text : text.slice(0, end)
}

export function wordCount(text: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const space = text.charCodeAt(index) === 32
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}
