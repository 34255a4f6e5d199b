/**
 * YAML front matter for static site generators and notes apps.
 *
 * Made with the `yaml` package, never by hand: every string is
 * double-quoted (`title: "No: this is not a key"`), so no article text can
 * be read as YAML syntax, a number, a date or a boolean (`title: "no"`),
 * and no line is folded, so no line can be `---` and close the block.
 */
import type {Article} from '@dateline/core'
import type {Yaml} from 'mdast'
import {stringify} from 'yaml'
import {collapseWhiteSpace as collapse} from '@dateline/text'

export function frontmatter(article: Article): Yaml | undefined {
  const data: Record<string, string | string[]> = {}
  if (article.headline) data.title = collapse(article.headline.text)
  if (article.source) data.source = collapse(article.source.text)
  const authors = (article.byline?.authors ?? []).map(collapse).filter(Boolean)
  if (authors.length > 0) data.author = authors
  if (article.dateline) data.dateline = collapse(article.dateline.text)
  const published =
    (article.dates ?? []).find((line) => line.kind === 'published' && line.date) ??
    (article.dates ?? []).find((line) => line.kind === 'date' && line.date)
  if (published?.date) data.date = published.date

  for (const key of Object.keys(data)) {
    if (data[key] === '') delete data[key]
  }
  if (Object.keys(data).length === 0) return undefined

  const value = stringify(data, {defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0}).trimEnd()
  return {type: 'yaml', value}
}
