/**
 * Block quotes whose marks were lost: "In a speech in May, Holm said:" ends
 * a paragraph, and the next paragraph, with no quotation mark at all, is
 * what she said. Pages set such quotes apart by indentation, which plain
 * text drops; the colon after a cue with a speaker is what is left of it.
 *
 * Only the one paragraph right after the colon, and only one that reads as
 * prose: not a list item ("- fares", "1. fares"), not a line of a few words
 * (a caption, a heading), not a speaker label (a transcript's own rule).
 */
import type {Attribution} from './attribution.js'
import {countWords, isDash, type Token} from './tokens.js'

/** Fewest words of a block quote: a shorter line is a heading or a caption. */
const MIN_WORDS = 6

/** Marks that open a list item, besides dashes. */
const LIST_MARKERS = new Set(['*', '•', '>'])
/** Most tokens between the attribution and the colon: "Holm told reporters on Monday:" (3). */
const MAX_BEFORE_COLON = 3

/**
 * Whether a paragraph's closing attribution introduces a block: the colon
 * comes right after the cue and its speaker ("In May, Holm said:", "said
 * Holm:", "Holm told reporters:"), not at the end of a clause of the
 * reporter's ("Holm said the pier would close for three reasons:").
 */
export function introducesBlock(attribution: Attribution, tokens: Token[]): boolean {
  if (!attribution.cue) return false
  const colon = tokens.length - 1
  return colon - Math.max(attribution.cue[1], attribution.mention.to) <= MAX_BEFORE_COLON
}

/** Whether a paragraph without marks, after one that ends in "X said:", is the words X said. */
export function isBlockQuote(tokens: Token[]): boolean {
  const first = tokens[0]
  if (!first) return false
  if (!first.word && (isDash(first) || LIST_MARKERS.has(first.value))) return false
  // "1. Fares", "2) Timetables": a numbered list.
  if (/^\d+$/.test(first.value) && (tokens[1]?.value === '.' || tokens[1]?.value === ')')) return false
  return countWords(tokens, 0, tokens.length, MIN_WORDS) >= MIN_WORDS
}
