/**
 * Page furniture: lines a scraper picked up from around the article.
 *
 * Matching is always on the whole line, so "Top officials said …" is prose
 * while "Top" alone is a back-to-top link.
 */
import {trimEnd} from './lines.js'

/** Whole lines that are furniture wherever they stand. */
const ANYWHERE = new Set([
  'advertisement',
  'advertisements',
  'sponsored',
  'sponsored content',
  'skip advertisement',
  'story continues below advertisement',
  'article continues below advertisement',
  'continue reading',
  'continue reading the main story',
  'share this article',
  'share this story',
  'share this page',
  'share this',
  'share on facebook',
  'share on twitter',
  'share on whatsapp',
  'email this article',
  'print this article'
])

/**
 * Whole lines that are furniture only in the runs at the start or the end
 * of the text: "Top" or "Comments" in the middle could be a one-word
 * paragraph or subheading, at the very end they are links.
 */
const AT_EDGES = new Set([
  'top',
  'back to top',
  'to top',
  'special reports',
  'special report',
  'related',
  'related articles',
  'related stories',
  'related content',
  'related topics',
  'related news',
  'read more',
  'more on this story',
  'more stories',
  'most popular',
  'most read',
  'most viewed',
  'trending',
  'trending now',
  'comments',
  'comment',
  'print',
  'email',
  'share',
  'tweet',
  'follow us',
  'subscribe',
  'newsletter',
  'sign up',
  'latest news',
  'you may also like',
  'recommended',
  'recommended for you',
  'tags',
  'topics',
  "editor's picks",
  'editors picks',
  'home',
  'menu',
  'search',
  'video',
  'photos',
  'gallery',
  'next',
  'previous'
])

/** The rule names (`Boilerplate.rule`). */
export type FurnitureRule = 'furniture' | 'copyright' | 'photo-credit' | 'call-to-action' | 'related'

// Longer than every entry of the two sets above.
const MAX_KEY_LINE = 60

// A short line only: a long one that starts this way is prose.
const MAX_PATTERN_LINE = 200

const copyright = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\.?$/i
const photoCredit =
  /^(?:\(?(?:photo|photograph|photos|image|images|picture|pictures|file photo|video|graphic|illustration)(?:\s+credit)?\s*(?::|\/|\bby\b|\bcourtesy\b))|^\((?:photo|image|picture)[^()]*\)$/i
const callToAction = /^(?:click here\b|tap here\b|sign up\b.*\bnewsletter|subscribe to\b|follow us on\b|download (?:the|our) app\b)/i
const related = /^(?:related|read more|read also|also read|see also|more on this|more:)\s*[:>»|-]/i

/** The rule a line breaks as furniture, if any. */
export function furniture(line: string, atEdge: boolean): FurnitureRule | undefined {
  if (line.length > MAX_PATTERN_LINE) return undefined
  if (line.length <= MAX_KEY_LINE) {
    const key = trimEnd(line.toLowerCase(), ' :>»|.!-').replace(/\s+/g, ' ')
    if (ANYWHERE.has(key)) return 'furniture'
    if (atEdge && AT_EDGES.has(key)) return 'furniture'
  }
  // Inside the body a wrapped line can start with "copyright" or "subscribe":
  // only a capital or a symbol starts a furniture line there.
  if (!atEdge && /^\p{Ll}/u.test(line)) return undefined
  if (copyright.test(line)) return 'copyright'
  if (photoCredit.test(line)) return 'photo-credit'
  if (callToAction.test(line)) return 'call-to-action'
  if (related.test(line)) return 'related'
  return undefined
}
