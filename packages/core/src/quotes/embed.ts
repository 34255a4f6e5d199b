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
import {isDigit, isSpace} from './marks.js'

/** A post: character ranges of its words and of the name of its author. */
export interface Embed {
  text: [number, number]
  mention: [number, number]
}

/** The opening tag of a post in markup and its attributes (the words and the closing tag are found with indexOf). */
const OPEN_TAG = /^<tweet\b([^<>]{0,1000})>/
/** The author attribute: `author="@AdaHolm"`, `author="AdaHolm"`. */
const AUTHOR = /\bauthor="(@?[\w.]{1,50})"/
/** The end of the credit an embedded post ends with: the handle in brackets and the date ("(@AdaHolm) June 29, 2016"). */
const HANDLE_AND_DATE = /\((@\w{1,30})\) [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$/
/** Dashes that open a credit: em dash, en dash, hyphen (inside markup); without markup, only the long ones. */
const DASHES = ['\u2014', '\u2013', '-']
const LONG_DASHES = ['\u2014', '\u2013']
/** Longest name in a credit: "Ada Holm", "Tarn Harbour Pilots" (60). */
const MAX_NAME = 60
/** Longest date after a handle: ") September 30, 2016" (20), and longest handle in brackets (33). */
const MAX_DATE = 20
const MAX_HANDLE = 33
/** Fewest words of a post before its credit: fewer are a caption or a heading. */
const MIN_WORDS = 3
/** Longest paragraph read for a credit at its end. */
const MAX_POST = 2000

/** The post that paragraph `start`–`end` of `text` is, if it is one. */
export function embeddedPost(text: string, start: number, end: number): Embed | undefined {
  if (end - start > MAX_POST + 1000) return undefined
  // (Most paragraphs are neither: a tag opens a post, a year ends a credit, and a handle stands before it.)
  let last = end - 1
  while (last > start && (text.charAt(last) === '.' || isSpace(text.charAt(last)))) last--
  const tagged = text.startsWith('<tweet', start)
  // (The handle stands within a date's reach of the end: look there only, not back through the whole text.)
  if (!tagged && !(isDigit(text.charAt(last)) && text.slice(Math.max(start, last - MAX_DATE - MAX_HANDLE), last).includes('(@'))) return undefined
  const paragraph = text.slice(start, end)
  const tag = OPEN_TAG.exec(paragraph)
  if (tag) {
    // The words run to the closing tag; only a period and spaces may follow it.
    const close = paragraph.lastIndexOf('</tweet>')
    const wordsFrom = tag[0].length
    if (close < wordsFrom || !/^\.?$/.test(paragraph.slice(close + '</tweet>'.length).trim())) return undefined
    const words = paragraph.slice(wordsFrom, close)
    if (words.includes('<')) return undefined
    const credited = creditOf(words, start + wordsFrom)
    if (credited) return credited
    const author = AUTHOR.exec(tag[1]!)
    if (!author || words.trim() === '') return undefined
    const authorStart = start + '<tweet'.length + author.index + author[0].indexOf('"') + 1
    return {text: trimmed(text, start + wordsFrom, start + close), mention: [authorStart, authorStart + author[1]!.length]}
  }
  // (Without markup, a credit is believed only after a long dash, and only after words that read as a post: not a
  // photo, reporting or follow-us credit, and no words in marks or a cue that would make them the reporter's.)
  if (paragraph.length > MAX_POST || paragraph.startsWith('<')) return undefined
  const post = creditOf(paragraph, start, false)
  if (!post || NOT_POSTS.test(paragraph) || /[\u201C\u201D"]/.test(paragraph) || QUOTED_SPEECH.test(paragraph.slice(0, post.text[1] - start))) return undefined
  return post
}

/** Credits and calls to action that end like a post's credit but are none: "Photo by …", "Reporting by …", "Follow …". */
const NOT_POSTS = /^(?:photo|photos|picture|image|video|graphic|reporting|additional reporting|editing|writing|follow|source|sources|credit)\b|\b(?:photo|reporting|editing|writing) by\b/i
/** A verb of saying between a subject and its words, which makes a paragraph the reporter's: "Holm answered on Twitter". */
const QUOTED_SPEECH = /\b(?:said|says|told|tells|wrote|writes|answered|replied|tweeted|posted|added)\b/i

/** Words and author of `words` (starting at `offset`) when a credit ends them: a dash, a name, the handle and the date. */
function creditOf(words: string, offset: number, anyDash = true): Embed | undefined {
  // (Trimmed by a loop: a pattern of trailing spaces backtracks on long runs of them.)
  let length = words.length
  while (length > 0 && (words.charAt(length - 1) === '.' || /\s/.test(words.charAt(length - 1)))) length--
  const body = words.slice(0, length)
  const credit = HANDLE_AND_DATE.exec(body)
  if (!credit) return undefined
  // The dash before the name: the last one within reach of the bracket, with a space before it.
  const bracket = credit.index
  let dash = -1
  for (const mark of anyDash ? DASHES : LONG_DASHES) dash = Math.max(dash, body.lastIndexOf(' ' + mark, bracket))
  if (dash < 0 || bracket - dash > MAX_NAME + 3) return undefined
  const name = body.slice(dash + 2, bracket).trim()
  if (name === '' || /[()<>\u2014\u2013]/.test(name)) return undefined
  const before = body.slice(0, dash)
  if (before.trim().split(/\s+/).length < MIN_WORDS) return undefined
  const nameStart = offset + body.indexOf(name, dash + 2)
  return {text: trimmed(words, 0, dash, offset), mention: [nameStart, nameStart + name.length]}
}

/** `from`–`to` without the white space at either end, as offsets into the text (`base` added). */
function trimmed(text: string, from: number, to: number, base = 0): [number, number] {
  while (from < to && /\s/.test(text.charAt(from))) from++
  while (to > from && /\s/.test(text.charAt(to - 1))) to--
  return [base + from, base + to]
}
