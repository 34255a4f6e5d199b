/**
 * Pairs quotation marks into spans: a pure function over the normalized
 * text and the paragraph ranges, one left-to-right scan with a stack, so
 * time is linear in the text (each mark is pushed and popped at most once).
 *
 * - Families pair only with themselves; a closing mark pops the marks left
 *   open inside it (`“He said ‘yes”` → the `‘` is unclosed).
 * - Apostrophes are not marks: between letters (nation’s, O’Brien, don't),
 *   before digits ('90s), in elisions ('n', 'em), and a closing single mark
 *   with no single quote open (countries’, Jesus').
 * - A quote that runs over paragraphs: a paragraph ends with a quote still
 *   open and the next paragraph opens with a mark of the same family; the
 *   quote goes on until a closing mark.
 * - A mark left open at the end of a paragraph (and not continued) is
 *   reported and dropped: it never swallows the rest of the article.
 */
import {
  doubledApostrophe,
  type Family,
  isDigit,
  isOpenPosition,
  isSpace,
  isWordCharacter,
  leadingElisions,
  lettersAfter,
  type MarkInfo,
  markInfo
} from './marks.js'
import {startsUppercase} from './tokens.js'

/**
 * Deepest nesting kept in the model (a quote in a quote in a quote...).
 * Real articles nest 2, rarely 3 levels; deeper marks are still paired (so
 * they do not break the levels above) but only reported.
 */
export const MAX_NESTING_DEPTH = 4

export interface Span {
  family: Family
  /** Offset of the opening mark. */
  start: number
  /** Offset one past the closing mark. */
  end: number
  /** Text ranges inside the marks: one, or one per paragraph it runs over. */
  pieces: Array<[number, number]>
  /** Index of the paragraph range it opens in. */
  paragraph: number
  /** Index of the paragraph range it closes in. */
  endParagraph: number
  /** 0 for a quote at the top level, 1 inside another, ... */
  depth: number
  children: Span[]
}

export interface MarkProblem {
  ruleId: 'unclosed-quote' | 'unmatched-quote' | 'quote-too-deep'
  offset: number
  length: number
  mark: string
}

export interface Pairing {
  /** Top-level spans in reading order (nested ones under `children`). */
  spans: Span[]
  problems: MarkProblem[]
}

interface Entry {
  info: MarkInfo
  mark: string
  start: number
  contentStart: number
  paragraph: number
  pieces: Array<[number, number]>
  children: Span[]
  /** Offset of the mark that opened the last piece (see the run-together paragraphs in `pairQuotes`). */
  lastOpen?: number
  /** Index of the paragraph the piece before `lastOpen` ends in. */
  lastOpenParagraph?: number
}

export function pairQuotes(text: string, ranges: ReadonlyArray<readonly [number, number]>): Pairing {
  const spans: Span[] = []
  const problems: MarkProblem[] = []
  const stack: Entry[] = []
  // The next candidate mark at or after `searchedFrom`, or `text.length`.
  // Searches only move forward, and a mark found past the paragraph's end is
  // kept for the paragraphs after it, so each character is read once.
  let found = -1
  let searchedFrom = -1
  const nextMark = (position: number, to: number): number => {
    if (position < searchedFrom || found < position) {
      markCandidate.lastIndex = position
      const match = markCandidate.exec(text)
      found = match === null ? text.length : match.index
      searchedFrom = position
    }
    return found < to ? found : to
  }
  const open = new Map<Family, number>()
  let skipUntil = -1

  const push = (entry: Entry) => {
    stack.push(entry)
    open.set(entry.info.family, (open.get(entry.info.family) ?? 0) + 1)
  }
  const pop = (): Entry => {
    const entry = stack.pop()!
    open.set(entry.info.family, open.get(entry.info.family)! - 1)
    return entry
  }
  // A mark left open: report it (a straight `'` left open was most likely an
  // apostrophe: "the '90s crowd' ..."), and keep the quotes it held.
  const abandon = (entry: Entry) => {
    if (!(entry.info.straight && entry.info.family === 'single')) {
      problems.push({ruleId: 'unclosed-quote', offset: entry.start, length: entry.mark.length, mark: entry.mark})
    }
    const parent = stack[stack.length - 1]
    const target = parent ? parent.children : spans
    for (const child of entry.children) {
      target.push(child)
    }
  }

  // "“Q1. “Q2. “Q3 …" with the last piece never closed (in one line, or over paragraphs that each open with a mark): the
  // pieces before it are the quote, and only the last mark is reported, so that no words the marks did close are lost.
  const closeAtLastOpen = (entry: Entry) => {
    const last = entry.lastOpen!
    problems.push({ruleId: 'unclosed-quote', offset: last, length: 1, mark: text[last]!})
    spans.push({
      family: entry.info.family,
      start: entry.start,
      end: trimEnd(text, entry.start, last),
      pieces: entry.pieces,
      paragraph: entry.paragraph,
      endParagraph: entry.lastOpenParagraph!,
      depth: 0,
      children: entry.children.filter((child) => child.end <= last)
    })
    for (const child of entry.children) if (child.end > last) spans.push(child)
  }

  for (let r = 0; r < ranges.length; r++) {
    const [from, to] = ranges[r]!
    let deepReported = false
    // Jump from mark to mark: most characters are none.
    for (let i = nextMark(Math.max(from, skipUntil), to); i < to; i = nextMark(i + 1, to)) {
      const character = text[i]!
      let info: MarkInfo | undefined
      let length = 1
      // ''She said, 'No,''' : three marks close the single quote first, then the double.
      const closesSingleFirst = text[i + 2] === "'" && stack[stack.length - 1]?.info.family === 'single'
      if (character === "'" && text[i + 1] === "'" && i + 1 < to && !closesSingleFirst) {
        info = doubledApostrophe
        length = 2
      } else {
        info = markInfo(character)
      }
      if (!info) continue

      const previous = i > from ? text[i - 1] : undefined
      const next = i + length < to ? text[i + length] : undefined
      const top = stack[stack.length - 1]
      // "… is sound. "She's mending the nets …": paragraphs of one quote run together in one line, each opening with a new
      // mark and none closed but the last (the convention of a quote over paragraphs, with the breaks lost). A mark in
      // opening position right after a sentence's end, with a double quote open, starts the next piece of the same quote.
      if (stack.length === 1 && top!.info.family === 'double' && info.family === 'double' && (character === '"' || character === '\u201C') && isSpace(previous) && isWordCharacter(next)) {
        if (sentenceEndsBefore(text, i, from) && startsUppercase(next!) && startsUppercase(text[top!.contentStart] ?? '') && opensPiece(text, i + length, to)) {
          top!.pieces.push([top!.contentStart, trimEnd(text, top!.contentStart, i)])
          top!.contentStart = i + length
          top!.lastOpen = i
          top!.lastOpenParagraph = r
          continue
        }
        // ("… for one or two seconds. Holm said: "Brandt is an option …": past such a piece, a mark in opening position anywhere
        // else opens a new quote; the piece before it was never closed.)
        if (top!.lastOpen !== undefined) {
          closeAtLastOpen(pop())
          push({info, mark: character, start: i, contentStart: i + length, paragraph: r, pieces: [], children: []})
          continue
        }
      }
      const role = decideRole(character, info, previous, next, top, text, i + length, to)
      const mark = text.slice(i, i + length)

      if (role === 'open') {
        push({info, mark, start: i, contentStart: i + length, paragraph: r, pieces: [], children: []})
      } else if (role === 'close') {
        if ((open.get(info.family) ?? 0) === 0) {
          if (info.family !== 'single') {
            problems.push({ruleId: 'unmatched-quote', offset: i, length, mark})
          }
        } else {
          while (stack[stack.length - 1]!.info.family !== info.family) abandon(pop())
          const entry = pop()
          const depth = stack.length
          entry.pieces.push([entry.contentStart, i])
          if (depth < MAX_NESTING_DEPTH) {
            const span: Span = {
              family: info.family,
              start: entry.start,
              end: i + length,
              pieces: entry.pieces,
              paragraph: entry.paragraph,
              endParagraph: r,
              depth,
              children: entry.children
            }
            const parent = stack[stack.length - 1]
            ;(parent ? parent.children : spans).push(span)
          } else if (!deepReported) {
            deepReported = true
            problems.push({ruleId: 'quote-too-deep', offset: entry.start, length: entry.mark.length, mark: entry.mark})
          }
        }
      }
      i += length - 1
    }

    if (stack.length === 0) continue
    // Continued over paragraphs: the next paragraph opens with the same family.
    const bottom = stack[0]!
    const following = ranges[r + 1]
    const reopen = following ? openingMarkAt(text, following[0], following[1]) : undefined
    if (reopen && reopen.info.family === bottom.info.family) {
      while (stack.length > 1) abandon(pop())
      bottom.pieces.push([bottom.contentStart, trimEnd(text, bottom.contentStart, to)])
      bottom.contentStart = following![0] + reopen.length
      // (If the quote never closes, the paragraphs before this one are still its words: see closeAtLastOpen.)
      bottom.lastOpen = following![0]
      bottom.lastOpenParagraph = r
      skipUntil = bottom.contentStart
    } else {
      while (stack.length > 1) abandon(pop())
      if (stack[0]!.lastOpen === undefined) abandon(pop())
      else closeAtLastOpen(pop())
    }
  }

  return {spans, problems}
}

/** Every character `markInfo` knows (see `marks.ts`): the only places the scan stops. */
const markCandidate = /["'\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\u300C-\u300F]/g

function decideRole(
  character: string,
  info: MarkInfo,
  previous: string | undefined,
  next: string | undefined,
  top: Entry | undefined,
  text: string,
  after: number,
  end: number
): 'open' | 'close' | undefined {
  if (info.family === 'single') {
    // nation’s, O’Brien, don't, rock'n'roll.
    if (isWordCharacter(previous) && isWordCharacter(next)) return undefined
    if (isOpenPosition(previous, next)) {
      // ’90s, ’em: a right mark in opening position is an apostrophe.
      if (character === '\u2019') return undefined
      if (isDigit(next)) return undefined
      const letters = lettersAfter(text, after, end)
      if (letters !== undefined && leadingElisions.has(letters) && !isWordCharacter(text[after + letters.length])) {
        // 'n' in rock 'n' roll closes itself right away: skip it too.
        return undefined
      }
      if (character === '\u2018' && top?.mark === '\u201A') return 'close'
      return 'open'
    }
    if (!isSpace(previous)) {
      // ‘the workers’ rights’: a plural possessive inside single quotes, when a
      // closing mark follows soon (bounded look-ahead, so the scan stays linear).
      if (top && top.info.family === 'single' && previous === 's' && next === ' ' && isLowercase(text[after + 1]) && closesSoon(text, after, end, character)) {
        return undefined
      }
      // A closing single mark closes only a single quote that is open right
      // here; otherwise it is a plural possessive: countries’, Jesus'.
      if (top && top.info.family === 'single') {
        if (character === '\u2018' && top.mark !== '\u201A') return undefined
        return 'close'
      }
    }
    return undefined
  }

  if (info.family === 'double') {
    if (info.straight) {
      if (top && top.info.family === 'double') return 'close'
      if (isSpace(next)) return isSpace(previous) ? undefined : 'close'
      return 'open'
    }
    if (character === '\u201C') {
      // German „…“, and “ typed where ” was meant: "he said.“"
      if (top?.mark === '\u201E') return 'close'
      if (top && top.info.family === 'double' && !isSpace(previous) && !isWordCharacter(next) && !isOpenPosition(previous, next)) {
        return 'close'
      }
      return 'open'
    }
    if (character === '\u201D') {
      if (top && top.info.family === 'double') return 'close'
      // ” typed where “ was meant, at the start of a quote.
      if (!stackHas(top) && isOpenPosition(previous, next) && isWordCharacter(next)) return 'open'
      return 'close'
    }
    return info.role === 'either' ? 'open' : info.role
  }

  return info.role === 'either' ? 'open' : info.role
}

/** How far ahead a plural possessive inside single quotes looks for the real closing mark, in characters (a clause of ~15 words). */
const POSSESSIVE_LOOKAHEAD = 120

function isLowercase(character: string | undefined): boolean {
  return character !== undefined && character !== character.toUpperCase() && character === character.toLowerCase()
}

/** Whether `mark` appears in closing position (after a non-space, before a non-letter) within the look-ahead, before an opening or enclosing closing mark. */
function closesSoon(text: string, from: number, end: number, mark: string): boolean {
  const limit = Math.min(end, from + POSSESSIVE_LOOKAHEAD)
  for (let i = from; i < limit; i++) {
    const character = text[i]
    // An opening mark, or the end of the enclosing double quote, comes first: no closing mark of this quote follows.
    if (character === '\u2018' || character === '\u201C' || character === '\u201D' || character === '"') return false
    if (character === mark && !isSpace(text[i - 1]) && !isWordCharacter(text[i + 1])) return true
  }
  return false
}

function stackHas(top: Entry | undefined): boolean {
  return top !== undefined
}

/**
 * Whether the mark before `from` opens the next piece of a quote whose paragraphs run together: the next double mark closes a
 * piece that ends in punctuation (not a title in marks: `"Jaws" is …`), and no lowercase word follows it as a tail would
 * (`"Fine?" asked Ivo`: a reply of someone else's). With no mark left in the paragraph, the piece runs to its end.
 * Reads only to the next mark, so the scan stays linear.
 */
function opensPiece(text: string, from: number, to: number): boolean {
  let j = from
  while (j < to && text[j] !== '"' && text[j] !== '\u201D' && text[j] !== '\u201C') j++
  if (j >= to) return true
  // (A next mark in opening position starts another piece or quote: this one is never closed, which the caller reports.)
  if (text[j - 1] === ' ') return true
  if (!/[.,?!\u2026\u2014\u2013-]/.test(text[j - 1] ?? '')) return false
  let k = j + 1
  while (k < to && text[k] === ' ') k++
  return !(k > j + 1 && k < to && /\p{Ll}/u.test(text[k]!))
}

/** Whether a sentence ends right before the spaces before `at`: ". ", "? ", "! ", "… " (a few spaces at most). */
function sentenceEndsBefore(text: string, at: number, from: number): boolean {
  let i = at - 1
  while (i > from && at - i <= 3 && isSpace(text[i])) i--
  const character = text[i]
  return i < at - 1 && (character === '.' || character === '?' || character === '!' || character === '\u2026')
}

/** The mark a paragraph opens with, if any. */
function openingMarkAt(text: string, from: number, to: number): {info: MarkInfo; length: number} | undefined {
  let i = from
  while (i < to && isSpace(text[i])) i++
  if (i >= to) return undefined
  if (text[i] === "'" && text[i + 1] === "'") return {info: doubledApostrophe, length: 2}
  const info = markInfo(text[i]!)
  if (!info || info.role === 'close') return undefined
  if (info.family === 'single' && isWordCharacter(text[i + 1]) && isDigit(text[i + 1])) return undefined
  return {info, length: 1}
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpace(text[to - 1])) to--
  return to
}
