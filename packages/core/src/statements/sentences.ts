/**
 * The article's sentences as one flat list in reading order, with a binary
 * search from an offset to its sentence, and the double-quoted spans of each
 * paragraph.
 */
import type {ParseContext} from '../context.js'
import {partitionPoint} from '../search.js'

export interface SentenceRange {
  /** Index in the flat list. */
  index: number
  paragraph: number
  start: number
  end: number
}

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number
  /** Offset one past the closing mark. */
  end: number
  paragraph: number
}

/**
 * Flat sentences; a paragraph without sentences (the prose pass found none)
 * counts as one sentence, so no body text is ever skipped.
 */
export function collectSentences(context: ParseContext): SentenceRange[] {
  const result: SentenceRange[] = []
  for (const paragraph of context.article.paragraphs) {
    const start = paragraph.position.start.offset!
    const end = paragraph.position.end.offset!
    if (paragraph.sentences.length === 0) {
      result.push({index: result.length, paragraph: paragraph.index, start, end})
      continue
    }
    for (const sentence of paragraph.sentences) {
      result.push({
        index: result.length,
        paragraph: paragraph.index,
        start: sentence.position.start.offset!,
        end: sentence.position.end.offset!
      })
    }
  }
  return result
}

/** The sentence holding `offset`, or the last one starting before it. */
export function sentenceAt(sentences: SentenceRange[], offset: number): SentenceRange | undefined {
  return sentences[partitionPoint(sentences.length, (index) => sentences[index]!.start <= offset) - 1]
}

/**
 * Double-quoted spans of one paragraph: `“…”`, `«…»`, `"…"` and `''…''`.
 * A light, independent reading so that the pass works before (or without)
 * the quotes pass; single marks are left out because they double as
 * apostrophes (“countries’ affairs”).
 *
 * Two newsroom conventions for quotes that run over several paragraphs are
 * kept: a paragraph that continues a quote has a closing mark and no opening
 * one (the span starts at the paragraph), and a paragraph whose quote goes on
 * has an opening mark and no closing one (the span ends at the paragraph).
 * Mixed marks (`"…”`, scraped text) close each other.
 */
export function quoteSpans(text: string, start: number, end: number, paragraph: number): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let open = -1
  let doubledOpen = false
  let index = start
  while (index < end) {
    const character = text.charAt(index)
    const doubled = character === "'" && text.charAt(index + 1) === "'"
    const curlyOpen = character === '“' || character === '«' || character === '„'
    const curlyClose = character === '”' || character === '»'
    const straight = character === '"'
    if (open === -1) {
      if (curlyOpen || doubled || (straight && !closingPosition(text, index, start, end))) {
        open = index
        doubledOpen = doubled
        index += doubled ? 2 : 1
        continue
      }
      if ((curlyClose || straight) && spans.length === 0) {
        // The end of a quote opened in an earlier paragraph.
        spans.push({start, end: index + 1, paragraph})
      }
    } else if (straight && !doubledOpen && text.charAt(index - 1) === ' ' && !closingPosition(text, index, start, end)) {
      // A straight mark in opening position while one is open: the first ran on with no
      // closing mark, as quotes over several paragraphs do (“"He was sent off … whistle.
      // "We don't know …," said …”); it ends before this one, which opens here.
      let to = index
      while (to > open && text.charAt(to - 1) === ' ') to--
      spans.push({start: open, end: to, paragraph})
      open = index
    } else if (doubledOpen ? doubled : curlyClose || straight) {
      const to = index + (doubled ? 2 : 1)
      spans.push({start: open, end: to, paragraph})
      open = -1
      index = to
      continue
    } else if (!doubledOpen && curlyOpen) {
      // “ inside an open “…: the first was never closed; start again here.
      open = index
    }
    index++
  }
  // A quote that goes on in the next paragraph.
  if (open !== -1) spans.push({start: open, end, paragraph})
  return spans
}

/** A straight mark after a word or punctuation and before a space or the end: `…said,"`. */
function closingPosition(text: string, index: number, start: number, end: number): boolean {
  if (index === start) return false
  const previous = text.charAt(index - 1)
  const next = index + 1 < end ? text.charAt(index + 1) : ' '
  return previous !== ' ' && (next === ' ' || next === ',' || next === '.' || next === ';' || next === ':' || next === ')')
}
