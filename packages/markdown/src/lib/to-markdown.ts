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
  return serialize(tree, SETTINGS[(state.frontmatter ? 1 : 0) + (state.gfm ? 2 : 0)]!)
}

/**
 * The serialiser settings, made once rather than per call. The extension
 * factories make new `unsafe` pattern objects every time they run, and
 * mdast-util-to-markdown caches each compiled pattern on its object: with
 * extensions made per call, every call compiled their regexes again.
 *
 * The front matter extension is only added when there is front matter. Its
 * one pattern (`-` followed by `-` at a line start, so that text cannot open
 * a `---` block) escapes nothing the default pattern for `-` followed by
 * white space or `-` at a line start does not already escape: every text
 * value `toMdast` makes is collapsed to one line, so a line start can only
 * be where the value starts, and there both patterns match the same `-`.
 * Leaving it out changes no output; it saves a scan of every text node.
 *
 * Indexed by `(frontmatter ? 1 : 0) + (gfm ? 2 : 0)`.
 */
const FRONTMATTER = frontmatterToMarkdown(['yaml'])
const STRIKETHROUGH = gfmStrikethroughToMarkdown()
const SETTINGS: readonly SerializeOptions[] = [
  settings([]),
  settings([FRONTMATTER]),
  settings([STRIKETHROUGH]),
  settings([FRONTMATTER, STRIKETHROUGH])
]

function settings(extensions: SerializeOptions['extensions']): SerializeOptions {
  return {bullet: '-', emphasis: '_', extensions}
}
