/**
 * What the quotes pass hands to the speakers pass beyond the public model:
 * the role an appositive gave a mention ("Lavrov, Russia's foreign
 * minister, said"). Kept per parse, out of the `Article`.
 */
import type {ParseContext} from '../context.js'
import type {Quote} from '../model.js'
import {flatten, type Token} from './tokens.js'

export interface QuoteNotes {
  /** Role text from an appositive or a title, as written. */
  role?: string
}

const notes = new WeakMap<ParseContext, Map<Quote, QuoteNotes>>()

export function quoteNotes(context: ParseContext): Map<Quote, QuoteNotes> {
  let map = notes.get(context)
  if (!map) {
    map = new Map()
    notes.set(context, map)
  }
  return map
}

const tokenCaches = new WeakMap<ParseContext, Map<number, Token[]>>()

/** The tokens of paragraph `index`, flattened once per parse and shared by the quotes and speakers passes. */
export function paragraphTokens(context: ParseContext, index: number): Token[] {
  let cache = tokenCaches.get(context)
  if (!cache) {
    cache = new Map()
    tokenCaches.set(context, cache)
  }
  let tokens = cache.get(index)
  if (!tokens) {
    const tree = context.trees[index]
    tokens = tree ? flatten(tree.tree, tree.offset) : []
    cache.set(index, tokens)
  }
  return tokens
}
