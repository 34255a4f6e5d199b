import type {Article} from '@dateline/core'
import {frontmatterToMarkdown} from 'mdast-util-frontmatter'
import {gfmStrikethroughToMarkdown} from 'mdast-util-gfm-strikethrough'
import {toMarkdown as serialize, type Options as SerializeOptions} from 'mdast-util-to-markdown'
import {normalizeOptions, type Options} from './options.js'
import {toMdast} from './to-mdast.js'

/**
 * Turn a Dateline `Article` into Markdown: `toMdast`, serialised with
 * mdast-util-to-markdown, which escapes every character of article text
 * that Markdown would read as syntax.
 *
 * @param article
 *   The article, as `parseArticle` returns it.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Markdown, ending in a newline (empty string for an empty article).
 * @throws {TypeError}
 *   When `article` is not an article.
 */
export function toMarkdown(article: Article, options?: Options | null): string {
  const tree = toMdast(article, options)
  if (tree.children.length === 0) return ''
  const state = normalizeOptions(options)
  const settings: SerializeOptions = {
    bullet: '-',
    emphasis: '_',
    extensions: [frontmatterToMarkdown(['yaml']), ...(state.gfm ? [gfmStrikethroughToMarkdown()] : [])]
  }
  return serialize(tree, settings)
}
