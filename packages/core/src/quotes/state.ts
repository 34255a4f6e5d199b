/**
 * What the quotes pass hands to the speakers pass beyond the public model:
 * the role an appositive gave a mention ("Lavrov, Russia's foreign
 * minister, said"). Kept per parse, out of the `Article`.
 */
import type {ParseContext} from '../context.js'
import type {Quote} from '../model.js'
import {materialize, type Token} from './tokens.js'

export interface QuoteNotes {
  /** Role text from an appositive or a title, as written. */
  role?: string
  /** What a relative pronoun mention ("who") stands for: its text and offset ("leaders" in "leaders who say"). */
  antecedent?: {text: string; offset: number}
}

export function quoteNotes(context: ParseContext): Map<Quote, QuoteNotes> {
  return (context.shared.notes ??= new Map())
}

/** The tokens of paragraph `index`, made once per parse and shared by the quotes and speakers passes. */
export function paragraphTokens(context: ParseContext, index: number): Token[] {
  const cache = (context.shared.tokens ??= [])
  let tokens = cache[index]
  if (!tokens) {
    const prose = context.tokens[index]
    tokens = prose ? materialize(context.text, prose) : []
    cache[index] = tokens
  }
  return tokens
}
