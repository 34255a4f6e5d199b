import {createContext} from './context.js'
import {layout} from './layout/index.js'
import type {Article, ParseOptions} from './model.js'
import {prose} from './prose.js'
import {quotes} from './quotes.js'
import {speakers} from './speakers.js'
import {statements} from './statements.js'

/**
 * Parse a plain-text news article into an `Article`.
 *
 * @param text
 *   The article, as plain text (any line endings, with or without a BOM).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The article model: plain JSON, every node positioned in `text`.
 * @throws {TypeError}
 *   When `text` is not a string.
 */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  if (typeof text !== 'string') {
    throw new TypeError('Expected string, not `' + describe(text) + '`')
  }
  if (options === null || typeof options !== 'object') {
    throw new TypeError('Expected options object, not `' + describe(options) + '`')
  }

  const context = createContext(text)
  if (context.text.trim() === '') {
    context.warn('layout', 'empty-input', 'Unexpected empty article: the text has no words, pass the article text')
    return context.article
  }

  // Normalizing turns every control character into a space, so a text it
  // left as it was has none: most articles skip the second scan.
  if (context.text !== text && controlCharacters.test(text)) {
    context.warn(
      'normalize',
      'control-characters',
      'Unexpected control characters (such as NUL): they are read as white space; check the text’s encoding'
    )
  }

  layout(context)
  prose(context)
  if (!options.structureOnly) {
    quotes(context)
    speakers(context)
    statements(context)
  }
  return context.article
}

// C0 controls other than tab and line breaks, and DEL: a sign of binary junk
// or a wrong decoding.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'object') return 'object'
  return typeof value === 'undefined' ? 'undefined' : typeof value + ' ' + String(value).slice(0, 20)
}
