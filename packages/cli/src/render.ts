import type {Article} from '@dateline/core'
import type {Format} from './args.js'
import {renderSummary, summarize} from './summary.js'

/** Turns an article into the value a format outputs: an object (JSON formats) or a string. */
export type Render = (article: Article) => unknown

/** File extension of `--out` files, per format. */
export const EXTENSIONS: Record<Format, string> = {
  json: '.json',
  jsonld: '.jsonld',
  markdown: '.md',
  text: '.txt',
  summary: '.summary.txt'
}

/** Key of the output in a JSON Lines record, per format (`{"file": …, "article": …}`). */
export const RECORD_KEYS: Record<Format, string> = {
  json: 'article',
  jsonld: 'jsonld',
  markdown: 'markdown',
  text: 'text',
  summary: 'summary'
}

/**
 * The renderer for `format`. Adapters are imported only when their format is
 * asked for, so `--format json` never loads the Markdown toolchain.
 */
export async function loadRender(format: Format): Promise<Render> {
  switch (format) {
    case 'json':
      return (article) => article
    case 'jsonld': {
      const {toJsonLd} = await import('@dateline/jsonld')
      return (article) => toJsonLd(article)
    }
    case 'markdown': {
      const {toMarkdown} = await import('@dateline/markdown')
      return (article) => toMarkdown(article)
    }
    case 'text': {
      const {toText} = await import('@dateline/text')
      return (article) => toText(article)
    }
    case 'summary':
      return (article) => summarize(article)
  }
}

/**
 * A rendered value as a standalone document (stdout or an `--out` file):
 * JSON pretty-printed, the summary as a table, text as is; always ends in a
 * newline.
 */
export function toDocument(format: Format, value: unknown): string {
  let result: string
  if (format === 'summary') result = renderSummary(value as ReturnType<typeof summarize>)
  else if (typeof value === 'string') result = value
  else result = JSON.stringify(value, null, 2)
  return result.endsWith('\n') ? result : result + '\n'
}
