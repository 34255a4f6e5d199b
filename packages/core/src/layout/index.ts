/**
 * Pass 2: layout.
 *
 * Classifies the lines of the text into headline, source, dek, byline,
 * date lines, dateline, body paragraphs and boilerplate. Every non-blank
 * line lands in exactly one of them, whole (the dateline is split off the
 * start of the first paragraph): no text is lost.
 *
 * Order: furniture at both edges first (so "Top" at the end is not taken
 * for body), then the headline, then the head region under it, then the
 * body.
 */
import type {ParseContext} from '../context.js'
import type {Block, Boilerplate} from '../model.js'
import {parseByline} from './byline.js'
import {parseDateline} from './dateline.js'
import {parseDateLine} from './dates.js'
import {furniture} from './furniture.js'
import {isTitleLike} from './headline.js'
import {comparable, mayCompareEqual, splitLines, type Line} from './lines.js'
import {splitBlock} from './paragraphs.js'
import {isKnownAgency, isSourceShaped} from './source.js'

// How many lines under the headline may hold source, dek, byline and
// dates. Scraped pages put at most 5–6 such lines there.
const HEAD_WINDOW = 8
// A dek is one summary sentence or two, never a long paragraph.
const MAX_DEK_WORDS = 80
// A body of this many blank-line separated blocks separates its paragraphs
// with blank lines.
const BLANK_SEPARATED_BLOCKS = 3
// How far below a dek candidate to look for the lead it repeats.
const DEK_REPEAT_LOOKAHEAD = 3

export function layout(context: ParseContext): void {
  const {input, locate, article} = context
  const lines = splitLines(context.text)
  const boilerplate: Boilerplate[] = []

  const block = (start: number, end: number): Block => ({
    text: input.slice(start, end),
    position: locate.position(start, end)
  })
  const drop = (line: Line, rule: string) => {
    boilerplate.push({...block(line.start, line.end), rule})
  }

  let first = 0
  let last = lines.length - 1

  // Leading and trailing furniture.
  while (first <= last) {
    const rule = furniture(lines[first]!.text, true)
    if (!rule) break
    drop(lines[first]!, rule)
    first++
  }
  while (last >= first) {
    const rule = furniture(lines[last]!.text, true)
    if (!rule) break
    drop(lines[last]!, rule)
    last--
  }

  // Headline: the first line, when it reads like one and something follows.
  let next = first
  let headlineIndex = -1
  if (first < last) {
    const line = lines[first]!
    if (isTitleLike(line.text) && !isHeadElement(line.text) && !parseDateline(line.text)) {
      article.headline = block(line.start, line.end)
      headlineIndex = first
      next = first + 1
    }
  }
  if (!article.headline && lines.length > 0) {
    context.warn(
      'layout',
      'no-headline',
      'No headline found: the first line reads like body text, so it is kept as a paragraph',
      locate.position(lines[first]?.start ?? 0, lines[first]?.end ?? 0)
    )
  }

  // Each line's comparable form, made at most once: the head rules compare
  // the same few lines many times, and each call on a long lead paragraph
  // is five passes over it (a third of layout's time on the BBC set).
  const keys: Array<string | undefined> = []
  const keyOf = (index: number): string => (keys[index] ??= comparable(lines[index]!.text))
  const bareKeys: Array<string | undefined> = []
  const bareKeyOf = (index: number): string => (bareKeys[index] ??= comparable(withoutDateline(lines[index]!.text)))

  // Short lines that occur more than once: a credit line printed twice.
  const shortCounts = new Map<string, number>()
  for (let index = first; index <= last; index++) {
    const line = lines[index]!
    if (isSourceShaped(line.text)) {
      const key = keyOf(index)
      shortCounts.set(key, (shortCounts.get(key) ?? 0) + 1)
    }
  }

  // The head region.
  let sourceKey: string | undefined
  const isRepeatedSource = (index: number) => sourceKey !== undefined && keyOf(index) === sourceKey
  const headFollows = (index: number) => {
    const line = lines[index]
    return line !== undefined && index <= last && (isRepeatedSource(index) || isHeadElement(line.text))
  }
  const isDek = (index: number): boolean => {
    const line = lines[index]!
    if (index >= last || hasMoreSpaces(line.text, MAX_DEK_WORDS - 1)) return false
    if (isTitleLike(line.text) && !hasMoreSpaces(line.text, 2)) return false
    for (let ahead = index + 1; ahead <= Math.min(last, index + DEK_REPEAT_LOOKAHEAD); ahead++) {
      // The quick test first: most leads differ from the line within a word.
      if (mayCompareEqual(line.text, withoutDateline(lines[ahead]!.text)) && bareKeyOf(ahead) === keyOf(index)) return true
    }
    if (headFollows(index + 1) || headFollows(index + 2)) return true
    const after = lines[index + 1]!
    // "Headline;\nDek sentence.\n\nBody": the dek shares the headline's block.
    if (index === headlineIndex + 1 && !line.gapBefore && after.gapBefore) return true
    // "Reuters\nDek sentence.\n\nBody": right under the source line.
    if (article.source && lines[index - 1] && keyOf(index - 1) === sourceKey && after.gapBefore) return true
    return false
  }

  let index = next
  while (index <= last && index - next < HEAD_WINDOW) {
    const line = lines[index]!
    const text = line.text
    if (isRepeatedSource(index)) {
      drop(line, 'repeated-source')
    } else if (!article.byline && parseByline(text)) {
      const parsed = parseByline(text)!
      article.byline = {...block(line.start, line.end), ...parsed}
    } else if (parseDateLine(text)) {
      const parsed = parseDateLine(text)!
      article.dates.push({...block(line.start, line.end), ...parsed})
    } else if (furniture(text, false)) {
      drop(line, furniture(text, false)!)
    } else if (
      !article.source &&
      !article.dek &&
      index < last &&
      isSourceShaped(text) &&
      (isKnownAgency(text) || (shortCounts.get(keyOf(index)) ?? 0) > 1 || headFollows(index + 1) || (lines[index + 1] !== undefined && !lines[index + 1]!.gapBefore && isDek(index + 1)))
    ) {
      article.source = block(line.start, line.end)
      sourceKey = keyOf(index)
    } else if (!article.dek && isDek(index)) {
      article.dek = block(line.start, line.end)
    } else {
      break
    }
    index++
  }
  const bodyStart = index

  // A credit line printed again at the end.
  while (last >= bodyStart) {
    const line = lines[last]!
    const rule = isRepeatedSource(last) ? 'repeated-source' : furniture(line.text, true)
    if (!rule) break
    drop(line, rule)
    last--
  }

  // The body: blocks of lines, furniture in between taken out.
  const groups: Line[][] = []
  let blockLines: Line[] = []
  // Blank lines between paragraphs: enough blocks in the body.
  let blocks = 0
  for (let at = bodyStart; at <= last && blocks < BLANK_SEPARATED_BLOCKS; at++) {
    if (lines[at]!.gapBefore || at === bodyStart) blocks++
  }
  const blankSeparated = blocks >= BLANK_SEPARATED_BLOCKS
  const flush = () => {
    if (blockLines.length > 0) groups.push(...splitBlock(blockLines, blankSeparated))
    blockLines = []
  }
  for (let at = bodyStart; at <= last; at++) {
    const line = lines[at]!
    const rule = furniture(line.text, false)
    if (rule) {
      flush()
      drop(line, rule)
      continue
    }
    if (line.gapBefore) flush()
    blockLines.push(line)
  }
  flush()

  // The dateline opens the first paragraph: split it off.
  let firstStart: number | undefined
  const lead = groups[0]?.[0]
  if (lead) {
    const parsed = parseDateline(lead.text)
    if (parsed) {
      const {length, ...fields} = parsed
      article.dateline = {...block(lead.start, lead.start + length), ...fields}
      let start = lead.start + length
      while (start < lead.end && context.text.charCodeAt(start) === 32) start++
      if (start < lead.end) firstStart = start
      else groups[0]!.shift()
      if (groups[0]!.length === 0) groups.shift()
      else if (firstStart === undefined) firstStart = groups[0]![0]!.start
    }
  }

  for (const group of groups) {
    const start = article.paragraphs.length === 0 && firstStart !== undefined ? firstStart : group[0]!.start
    const end = group[group.length - 1]!.end
    article.paragraphs.push({index: article.paragraphs.length, ...block(start, end), sentences: []})
  }

  // A dek repeated as the lead: keep both, say so.
  if (article.dek && article.paragraphs[0]) {
    const lead = context.text.slice(article.paragraphs[0].position.start.offset, article.paragraphs[0].position.end.offset)
    const dek = context.text.slice(article.dek.position.start.offset, article.dek.position.end.offset)
    if (mayCompareEqual(lead, dek) && comparable(lead) === comparable(dek)) {
      article.dek.repeats = 0
    }
  }

  boilerplate.sort((a, b) => a.position.start.offset! - b.position.start.offset!)
  article.boilerplate = boilerplate
}

/** Byline or date line: head elements that mark the region under the headline. */
function isHeadElement(text: string): boolean {
  return parseByline(text) !== undefined || parseDateLine(text) !== undefined
}

function withoutDateline(text: string): string {
  const parsed = parseDateline(text)
  return parsed ? text.slice(parsed.length).trimStart() : text
}

/**
 * Whether `text` has more than `limit` spaces: the word count of
 * `text.split(' ')` is one more than its spaces. Counted without building
 * the words: `isDek` asks it of body lines of up to thousands of characters.
 */
function hasMoreSpaces(text: string, limit: number): boolean {
  let spaces = 0
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) {
    if (++spaces > limit) return true
  }
  return false
}
