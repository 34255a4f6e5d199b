import type {Article} from '@dateline/core'
import type {Root, RootContent} from 'mdast'
import {frontmatter} from './frontmatter.js'
import {assertArticle, normalizeOptions, type Options} from './options.js'
import {toReading as reading} from '@dateline/text'
import {heading, paragraph, quotesSection, statementsSection} from './sections.js'

/**
 * Turn a Dateline `Article` into an mdast tree (what `toMarkdown`
 * serialises), for use in a unified / remark pipeline.
 *
 * Article text only ever goes into `text` (and `yaml`) nodes.
 *
 * @param article
 *   The article, as `parseArticle` returns it.
 * @param options
 *   Configuration (optional).
 * @returns
 *   mdast `Root` without positions (the nodes are generated).
 * @throws {TypeError}
 *   When `article` is not an article.
 */
export function toMdast(article: Article, options?: Options | null): Root {
  assertArticle(article)
  const state = normalizeOptions(options)
  const children: RootContent[] = []

  if (state.frontmatter) {
    const yaml = frontmatter(article)
    if (yaml) children.push(yaml)
  }

  const text = reading(article, state)
  if (text.headline) children.push(heading(1, text.headline))
  if (text.dek) children.push({type: 'paragraph', children: [{type: 'emphasis', children: [{type: 'text', value: text.dek}]}]})
  for (const value of text.paragraphs) children.push(paragraph(value))

  if (state.quotes) children.push(...quotesSection(article))
  if (state.statements) children.push(...statementsSection(article))

  return {type: 'root', children}
}
