/**
 * The article's sentences as one flat list in reading order, with a binary
 * search from an offset to its sentence, and the double-quoted spans of each
 * paragraph.
 */
import type {ParseContext} from '../context.js'

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
  let low = 0
  let high = sentences.length - 1
  let found: SentenceRange | undefined
  while (low <= high) {
    const mid = (low + high) >> 1
    const sentence = sentences[mid]!
    if (sentence.start <= offset) {
      found = sentence
      low = mid + 1
    } else {
      high = mid - 1
    }
  }
  return found
}

/**
 * Double-quoted spans of one paragraph: `“…”`, `«…»`, `"…"` and `''…''`.
 * A light, independent reading so that the pass works before (or without)
 * the quotes pass; single marks are left out because they double as
 * apostrophes (“countries’ affairs”). An unclosed mark opens no span.
 */
export function quoteSpans(text: string, start: number, end: number, paragraph: number): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let open = -1
  let closer = ''
  let index = start
  while (index < end) {
    const character = text.charAt(index)
    const doubled = character === "'" && text.charAt(index + 1) === "'"
    if (open === -1) {
      if (character === '“' || character === '«' || character === '„') {
        open = index
        closer = character === '«' ? '»' : '”'
      } else if (character === '"') {
        open = index
        closer = '"'
      } else if (doubled) {
        open = index
        closer = "''"
        index++
      }
    } else if (closer === "''" ? doubled : character === closer || (closer === '”' && character === '“' && text.charAt(open) === '„')) {
      const to = index + closer.length
      spans.push({start: open, end: to, paragraph})
      open = -1
      index = to
      continue
    } else if (closer === '”' && character === '“') {
      // “ inside an open “…: the first was never closed; start again here.
      open = index
    }
    index++
  }
  return spans
}
