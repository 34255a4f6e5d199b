import type {Article} from '@dateline/core'
import {assertArticle, normalizeOptions, type Options} from './options.js'
import {quoteMarks} from './quote-marks.js'
import {collapse, reading} from './reading.js'
import {wrap} from './wrap.js'

/**
 * Turn a Dateline `Article` into clean reading text: the headline, the
 * dek and the body paragraphs, one block each, blocks separated by a
 * blank line; white space inside a block collapsed to single spaces.
 *
 * Deterministic, and idempotent through the parser: parsing the output
 * again and printing it gives the same text.
 *
 * @param article
 *   The article, as `parseArticle` returns it.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Text ending in a newline (empty string when the article has no text).
 * @throws {TypeError}
 *   When `article` is not an article or an option has a wrong value.
 */
export function toText(article: Article, options?: Options | null): string {
  assertArticle(article)
  const state = normalizeOptions(options)
  const text = reading(article, state)
  const blocks: string[] = []

  if (text.headline) blocks.push(text.headline)
  if (text.dek) blocks.push(wrap(text.dek, state.width))
  for (const paragraph of text.paragraphs) blocks.push(wrap(paragraph, state.width))
  if (state.boilerplate) {
    for (const block of article.boilerplate ?? []) {
      const value = collapse(block.text)
      if (value) blocks.push(wrap(value, state.width))
    }
  }

  if (blocks.length === 0) return ''
  return quoteMarks(blocks.join('\n\n'), state.quotes) + '\n'
}
