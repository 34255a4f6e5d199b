/**
 * Posts embedded in an article. A post is its author's words, though it
 * has no quotation mark and no cue: scraped pages keep either the markup
 * of the embed or the text an embed leaves behind when its script is gone.
 *
 * - `<tweet author="@AdaHolm" …>The fares are fair.</tweet>`: the author
 *   is the attribute, or the name of a credit inside the post;
 * - `The fares are fair. — Ada Holm (@AdaHolm) June 29, 2016`: the credit
 *   that ends a paragraph names the author.
 *
 * Only a whole paragraph is a post; words before a credit that are too few
 * to be a post (a caption) are left alone.
 */

/** A post: character ranges of its words and of the name of its author. */
export interface Embed {
  text: [number, number]
  mention: [number, number]
}

/** A post in markup: the tag's attributes, its words, and the period some scrapers add after the closing tag. */
const TAG = /^<tweet\b([^<>]{0,1000})>([^<]*)<\/tweet>\s*\.?\s*$/
/** The author attribute: `author="@AdaHolm"`, `author="AdaHolm"`. */
const AUTHOR = /\bauthor="(@?[\w.]{1,50})"/
/**
 * The credit an embedded post ends with: a dash, the author's name, the handle in brackets and the date
 * ("— Ada Holm (@AdaHolm) June 29, 2016").
 */
const CREDIT = /\s[\u2014\u2013-]\s?([^\u2014\u2013()<>]{1,60}?)\s?\((@\w{1,30})\)\s(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})\s*\.?\s*$/
/** Fewest words of a post before its credit: fewer are a caption or a heading. */
const MIN_WORDS = 3
/** Longest paragraph read for a credit at its end (the pattern is anchored there; this bounds the scan). */
const MAX_POST = 2000

/** The post that paragraph `start`–`end` of `text` is, if it is one. */
export function embeddedPost(text: string, start: number, end: number): Embed | undefined {
  if (end - start > MAX_POST + 1000) return undefined
  const paragraph = text.slice(start, end)
  const tag = TAG.exec(paragraph)
  if (tag) {
    const wordsStart = start + tag[0].indexOf('>') + 1
    const words = tag[2]!
    const credited = creditOf(words, wordsStart)
    if (credited) return credited
    const author = AUTHOR.exec(tag[1]!)
    if (!author || words.trim() === '') return undefined
    const authorStart = start + '<tweet'.length + author.index + author[0].indexOf('"') + 1
    return {text: trimmed(text, wordsStart, wordsStart + words.length), mention: [authorStart, authorStart + author[1]!.length]}
  }
  if (paragraph.length > MAX_POST || paragraph.startsWith('<')) return undefined
  return creditOf(paragraph, start)
}

/** Words and author of `words` (starting at `offset`) when a credit ends them. */
function creditOf(words: string, offset: number): Embed | undefined {
  const credit = CREDIT.exec(words)
  if (!credit) return undefined
  const before = words.slice(0, credit.index)
  if (before.trim().split(/\s+/).length < MIN_WORDS) return undefined
  const name = credit[1]!
  const nameStart = offset + credit.index + credit[0].indexOf(name)
  return {text: trimmed(words, 0, credit.index, offset), mention: [nameStart, nameStart + name.length]}
}

/** `from`–`to` without the white space at either end, as offsets into the text (`base` added). */
function trimmed(text: string, from: number, to: number, base = 0): [number, number] {
  while (from < to && /\s/.test(text.charAt(from))) from++
  while (to > from && /\s/.test(text.charAt(to - 1))) to--
  return [base + from, base + to]
}
