/**
 * A flat list of the words and punctuation of a paragraph, read from the
 * nlcst tree the prose pass made (white space dropped), with offsets into
 * the whole input. Attribution rules walk this list forwards and backwards
 * from a quotation mark or a cue.
 */
import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'

export interface Token {
  /** The token's text from the normalized copy. */
  value: string
  /** Lowercase value, for word lists. */
  lower: string
  start: number
  end: number
  word: boolean
}

export function flatten(tree: Root, offset: number): Token[] {
  const tokens: Token[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'WordNode' || node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
      const value = toString(node)
      tokens.push({
        value,
        lower: value.toLowerCase(),
        start: offset + node.position!.start.offset!,
        end: offset + node.position!.end.offset!,
        word: node.type === 'WordNode'
      })
      return
    }
    if ('children' in node) {
      for (const child of node.children) visit(child as Nodes)
    }
  }
  visit(tree)
  return tokens
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (tokens[mid]!.start < offset) low = mid + 1
    else high = mid
  }
  return low
}

/** Whether a word starts with an uppercase letter. */
export function isCapitalized(token: Token | undefined): boolean {
  if (!token || !token.word) return false
  const first = token.value.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}
