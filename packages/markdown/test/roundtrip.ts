/** Parse Markdown back, as a reader would, and reduce trees to what matters. */
import type {Nodes} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {frontmatter} from 'micromark-extension-frontmatter'
import {gfm} from 'micromark-extension-gfm'

export function parse(markdown: string, options: {gfm: boolean}): Nodes {
  return fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml']), ...(options.gfm ? [gfm()] : [])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), ...(options.gfm ? [gfmFromMarkdown()] : [])]
  })
}

export interface Shape {
  type: string
  value?: string
  depth?: number
  ordered?: boolean
  url?: string
  children?: Shape[]
}

/** Type, value, heading depth, list kind and children: no positions, no `spread`. */
export function shape(node: Nodes): Shape {
  const result: Shape = {type: node.type}
  if ('value' in node) result.value = node.value
  if (node.type === 'heading') result.depth = node.depth
  if (node.type === 'list') result.ordered = Boolean(node.ordered)
  if (node.type === 'link') result.url = node.url
  if ('children' in node) result.children = node.children.map((child) => shape(child as Nodes))
  return result
}

/**
 * GFM readers turn bare URLs and e-mail addresses in text into links after
 * parsing, escapes or not (mdast-util-gfm-autolink-literal's transform,
 * cmark-gfm's autolink extension). Undo exactly those links: a link whose
 * only child is its own address as text, to an `http(s):` or `mailto:` URL.
 * Anything else stays and fails the comparison.
 */
export function unlinkLiterals(node: Shape): Shape {
  if (!node.children) return node
  const children: Shape[] = []
  for (const child of node.children.map(unlinkLiterals)) {
    const item = isLiteralLink(child) ? {type: 'text', value: child.children![0]!.value} : child
    const previous = children.at(-1)
    if (item.type === 'text' && previous?.type === 'text') previous.value += item.value!
    else children.push(item)
  }
  return {...node, children}
}

function isLiteralLink(node: Shape): boolean {
  if (node.type !== 'link' || node.children?.length !== 1 || node.children[0]!.type !== 'text') return false
  const text = node.children[0]!.value!
  const url = node.url ?? ''
  return /^(https?:|mailto:)/.test(url) && (url === text || url === 'http://' + text || url === 'mailto:' + text)
}
