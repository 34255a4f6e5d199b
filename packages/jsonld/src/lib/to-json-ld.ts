import type {Article} from '@dateline/core'
import type {NewsArticle, Organization, Person, WithContext} from 'schema-dts'
import {normalizeOptions, type Options} from './options.js'
import {parts} from './parts.js'
import {createPeople} from './people.js'
import {collapse, trimDateline} from './text.js'

/**
 * Turn a Dateline `Article` into a schema.org `NewsArticle` (JSON-LD).
 *
 * Reads the model only: it never parses text again. Every type and
 * property in the result is one the schema.org vocabulary defines on that
 * type (pending terms such as `Quotation` included).
 *
 * @param article
 *   The article, as `parseArticle` returns it (or plain JSON of one).
 * @param options
 *   Configuration (optional).
 * @returns
 *   A plain object: `JSON.stringify` it, or use `toJsonLdScript` for HTML.
 * @throws {TypeError}
 *   When `article` is not an article or an option has a wrong value.
 */
export function toJsonLd(article: Article, options?: Options | null): WithContext<NewsArticle> {
  assertArticle(article)
  const state = normalizeOptions(options)
  const node: WithContext<NewsArticle> = {'@context': 'https://schema.org', '@type': 'NewsArticle'}

  if (state.id) {
    node['@id'] = state.id
    node.url = state.id
  }

  if (article.headline) node.headline = collapse(article.headline.text)
  if (article.dek) node[state.dek] = collapse(article.dek.text)

  // Body paragraphs only: the headline, dek, byline and page furniture
  // have properties of their own or are not the article's text.
  let body = ''
  for (const paragraph of article.paragraphs) {
    const text = collapse(paragraph.text)
    if (text) body = body ? body + '\n\n' + text : text
  }
  if (body) node.articleBody = body

  if (article.dateline) {
    const dateline = trimDateline(article.dateline.text)
    if (dateline) node.dateline = dateline
  }

  const authors: Person[] = []
  for (const author of article.byline?.authors ?? []) {
    const name = collapse(author)
    if (name) authors.push({'@type': 'Person', name})
  }
  if (authors.length > 0) node.author = authors

  const sourceOrganizations: Organization[] = []
  const sourceNames = new Set<string>()
  if (article.source) {
    const name = collapse(article.source.text)
    if (name) {
      const organization: Organization = {'@type': 'Organization', name}
      if (state.source === 'publisher') node.publisher = organization
      else {
        sourceOrganizations.push(organization)
        sourceNames.add(name)
      }
    }
  }
  // "TIDEWATER, Marrowland (TG) —": the agency in the dateline is whom the
  // reporters filed for, which is what `sourceOrganization` means.
  const agency = article.dateline?.agency ? collapse(article.dateline.agency) : ''
  if (agency && !sourceNames.has(agency)) {
    sourceOrganizations.push({'@type': 'Organization', name: agency})
  }
  if (sourceOrganizations.length > 0) {
    node.sourceOrganization = sourceOrganizations.length === 1 ? sourceOrganizations[0] : sourceOrganizations
  }

  // The first published line wins; a bare date line ("2 June 2024") is
  // the publication date only when no line says "Published"; the last
  // updated line is the modification date. One pass over the lines.
  let published: string | undefined
  let dated: string | undefined
  let updated: string | undefined
  for (const line of article.dates ?? []) {
    if (!line.date) continue
    if (line.kind === 'published') published ??= line.date
    else if (line.kind === 'date') dated ??= line.date
    else if (line.kind === 'updated') updated = line.date
  }
  published ??= dated
  if (published) node.datePublished = published
  if (updated) node.dateModified = updated

  if (state.language) node.inLanguage = state.language

  if (state.quotes) {
    const list = parts(article, state, createPeople(article, state.id))
    if (list.length > 0) node.hasPart = list as NewsArticle['hasPart']
  }

  return node
}

function assertArticle(value: unknown): asserts value is Article {
  if (value === null || typeof value !== 'object' || (value as {type?: unknown}).type !== 'article') {
    throw new TypeError('Expected article (from `parseArticle`), not `' + describe(value) + '`')
  }
  const article = value as Partial<Article>
  for (const key of ['paragraphs', 'quotes', 'speakers', 'statements'] as const) {
    if (!Array.isArray(article[key])) {
      throw new TypeError('Expected `article.' + key + '` to be an array, not `' + describe(article[key]) + '`')
    }
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}
