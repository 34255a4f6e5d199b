/**
 * Body paragraphs from blocks of lines.
 *
 * Three shapes of text: blank lines between paragraphs (each block is a
 * paragraph), one paragraph per line with no blank lines (each line is a
 * paragraph), and hard-wrapped paragraphs (the lines of a paragraph are
 * joined). Within a block, a line break is a paragraph break unless the
 * line was wrapped: the next line starts in lower case, or the block is
 * hard-wrapped and the next line's first word would not have fitted on
 * this line.
 */
import type {Line} from './lines.js'

// Hard-wrapped text is wrapped at 60–100 columns; a block with a longer line
// is one paragraph per line.
const MAX_WRAP_WIDTH = 120
// In hard-wrapped prose about one line in five ends a sentence; in
// one-paragraph-per-line text nearly all do.
const PER_LINE_TERMINAL_SHARE = 0.7

const terminal = /[.!?:…]["”’)\]]?$|["”’]$/

// Fewer line breaks than this in a block say little about the text's shape.
const MIN_BREAKS_FOR_SHARE = 3

/**
 * @param blankSeparated
 *   Whether the text separates paragraphs with blank lines. Then a small
 *   block is one paragraph wrapped by hand unless a line break falls where
 *   the next word would have fitted.
 */
export function splitBlock(lines: Line[], blankSeparated: boolean): Line[][] {
  if (lines.length === 1) return [lines]
  let width = 0
  let terminals = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    width = Math.max(width, line.text.length)
    if (index < lines.length - 1 && terminal.test(line.text)) terminals++
  }
  const breaks = lines.length - 1
  const perLine =
    width > MAX_WRAP_WIDTH ||
    ((!blankSeparated || breaks >= MIN_BREAKS_FOR_SHARE) && terminals / breaks >= PER_LINE_TERMINAL_SHARE)

  const groups: Line[][] = []
  let current: Line[] = [lines[0]!]
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1]!
    const line = lines[index]!
    if (!isListItem(line.text) && (startsLower(line.text) || (!perLine && !fits(previous, line, width)))) {
      current.push(line)
    } else {
      groups.push(current)
      current = [line]
    }
  }
  groups.push(current)
  return groups
}

// "- Higher budgets for harbour repairs", "• Pledged …", "2. Duty cuts …": a list
// item starts its own paragraph even when the list is not punctuated.
const listItem = /^(?:[-–—•*▪·] |\d{1,3}[.)] )/

function isListItem(text: string): boolean {
  return listItem.test(text)
}

function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text)
}

/** Would the first word of `line` have fitted at the end of `previous`? */
function fits(previous: Line, line: Line, width: number): boolean {
  const space = line.text.indexOf(' ')
  const firstWord = space === -1 ? line.text.length : space
  return previous.text.length + 1 + firstWord <= width
}
