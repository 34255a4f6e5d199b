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
  return text
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?;:,]+$/, '')
    .trim()
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
