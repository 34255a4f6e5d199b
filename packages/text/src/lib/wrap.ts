/**
 * Word wrap of one block of collapsed text (single spaces, no newlines).
 *
 * Greedy: a line breaks only before a word that does not fit. Readers of
 * plain text (and Dateline's parser) take such lines for one paragraph: a
 * line break where the next word would have fitted reads as a paragraph
 * break. One exception: a line never starts with a word that would make it
 * look like a list item ("- the highest figure since 1971", "57. Of the 20
 * sectors …"); such a word stays at the end of the line before, past the
 * width. That line is then the widest, so the block is wrapped again at
 * its width, until no line is wider than the width wrapped at: the result
 * is greedy at one width, and wrapping it again, once its newlines are
 * collapsed, gives the same lines.
 */
export function wrap(value: string, width: number): string {
  if (!Number.isFinite(width) || value.length <= width) return value
  const words = value.split(' ')
  let limit = width
  // Each round widens the limit by at least one column, so this ends; in
  // practice one or two rounds.
  for (;;) {
    const lines = wrapAt(words, limit)
    let widest = 0
    for (const line of lines) widest = Math.max(widest, line.length)
    if (widest <= limit) return lines.join('\n')
    limit = widest
  }
}

function wrapAt(words: string[], width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= width || LIST_MARKER.test(word)) line += ' ' + word
    else {
      lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/** A word that, at the start of a line, makes it look like a list item: `-`, `•`, `57.`, `2)`. */
const LIST_MARKER = /^(?:[-\u2013\u2014\u2022*\u25AA\u00B7+]|\d{1,3}[.)])$/
