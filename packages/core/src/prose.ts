/**
 * Pass 3: prose.
 *
 * Parses each body paragraph once with retext-english, records the
 * paragraph's sentences, and keeps its words and punctuation as offsets for
 * the later passes (`context.tokens`); the tree itself is dropped.
 */
import type {Point} from 'unist'
import type {Nodes, Paragraph, Punctuation, Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {ParseContext, ProseTokens} from './context.js'
import type {Block} from './model.js'

/**
 * Abbreviations that stand before a number ("the No. 2 Republican", "Vol. 3",
 * "Art. 5"), which parse-english does not know: its sentence ends there.
 */
const NUMBER_ABBREVIATIONS = new Set(['No', 'no', 'Nos', 'nos', 'Vol', 'vol', 'Art', 'art', 'Fig', 'fig', 'Ch', 'ch', 'pp', 'Sec', 'sec', 'Vols'])

/**
 * A paragraph extension of retext-english: a sentence that ends in "No."
 * when the next one starts with a number goes on into it, and the period
 * joins the word, as parse-english does for "Mr." and "Gov.". A split there
 * would hand "2 Liberal in the assembly, said X" to the quotes pass.
 */
function mergeNumberAbbreviations(paragraph: Paragraph): undefined {
  const children = paragraph.children
  for (let index = 0; index < children.length - 1; index++) {
    const sentence = children[index]!
    const space = children[index + 1]!
    // White space may stand between two sentences too.
    const gap = space.type === 'WhiteSpaceNode' ? 1 : 0
    const next = children[index + 1 + gap]
    if (sentence.type !== 'SentenceNode' || next?.type !== 'SentenceNode') continue
    const period = sentence.children[sentence.children.length - 1]
    const word = sentence.children[sentence.children.length - 2]
    // At this stage the white space between two sentences opens the second.
    const first = next.children.find((child) => child.type !== 'WhiteSpaceNode')
    if (
      period?.type !== 'PunctuationNode' ||
      toString(period) !== '.' ||
      word?.type !== 'WordNode' ||
      !NUMBER_ABBREVIATIONS.has(toString(word)) ||
      first?.type !== 'WordNode' ||
      !/^\d/.test(toString(first))
    ) {
      continue
    }
    sentence.children.pop()
    word.children.push(period)
    if (word.position && period.position) word.position.end = period.position.end
    // The white space between them was the paragraph's; it becomes the sentence's.
    if (space.type === 'WhiteSpaceNode') sentence.children.push(space)
    sentence.children.push(...next.children)
    if (sentence.position && next.position) sentence.position.end = next.position.end
    children.splice(index + 1, 1 + gap)
    index--
  }
  return undefined
}

/**
 * A root extension of retext-english (parse-latin joins the sentences after its paragraph extensions have run): it keeps a
 * period after a number of up to three digits as part of the word, as an abbreviation ("29."), and reads on, so "prices
 * ranged up to £29. More were sold" was one sentence. English writes no ordinals so: a number and its period before white
 * space and a capitalised word end the sentence.
 */
function splitNumberPeriodsInRoot(root: Root): undefined {
  for (const child of root.children) if (child.type === 'ParagraphNode') splitNumberPeriods(child)
  return undefined
}

function splitNumberPeriods(paragraph: Paragraph): undefined {
  const children = paragraph.children
  // Rebuilt in one pass (a paragraph of "1. A 2. B 3. C …" splits many times; splicing each time would be quadratic).
  let split = false
  const rebuilt: Paragraph['children'] = []
  for (const sentence of children) {
    if (sentence.type !== 'SentenceNode') {
      rebuilt.push(sentence)
      continue
    }
    const words = sentence.children
    // (Most sentences hold no number and period before a capital: they are kept as they are, read once.)
    // ("Three things matter: 1. Price 2. Quality", "The steps were: 1. Close the pier": numbers in a run, or after a colon,
    // mark a list's items, and the list stays one sentence.)
    if (!hasNumberPeriod(words) || isNumberedList(words)) {
      rebuilt.push(sentence)
      continue
    }
    let current: Sentence['children'] = []
    let currentStart = sentence.position?.start
    for (let at = 0; at < words.length; at++) {
      const word = words[at]!
      const space = words[at + 1]
      const next = words[at + 2]
      current.push(word)
      if (space?.type !== 'WhiteSpaceNode' || next?.type !== 'WordNode' || numberBeforePeriod(word) === undefined || !/^\p{Lu}/u.test(toString(next))) continue
      const before = words[at - 1]?.type === 'WhiteSpaceNode' ? words[at - 2] : words[at - 1]
      if (before && toString(before) === ':') continue
      // (numberBeforePeriod checked it: the word's second and last child is its period.)
      const period = (word as Word).children.pop() as Punctuation
      const last = (word as Word).children[0]!
      if (word.position && last.position) word.position.end = last.position.end
      current.push(period)
      const ended: Sentence = {type: 'SentenceNode', children: current}
      if (currentStart && period.position) ended.position = {start: currentStart, end: period.position.end}
      // The white space between two sentences is the paragraph's.
      rebuilt.push(ended, space as Paragraph['children'][number])
      current = []
      currentStart = next.position?.start
      split = true
      at++
    }
    if (current.length === 0) continue
    const rest: Sentence = {type: 'SentenceNode', children: current}
    if (currentStart && sentence.position) rest.position = {start: currentStart, end: sentence.position.end}
    rebuilt.push(current.length === words.length ? sentence : rest)
  }
  if (split) paragraph.children = rebuilt
  return undefined
}

/** The digits of a word that is a number and its period, as parse-english joins them ("29."), or undefined. */
function numberBeforePeriod(node: Sentence['children'][number]): string | undefined {
  if (node.type !== 'WordNode' || node.children.length !== 2) return undefined
  const [digits, period] = node.children
  return digits!.type === 'TextNode' && period!.type === 'PunctuationNode' && period!.value === '.' && /^\d+$/.test(digits!.value) ? digits!.value : undefined
}

/** Whether a word of the sentence, not its last, is a number and its period before white space: "29. More". */
function hasNumberPeriod(words: Sentence['children']): boolean {
  for (let at = 0; at + 2 < words.length; at++) if (words[at + 1]!.type === 'WhiteSpaceNode' && numberBeforePeriod(words[at]!) !== undefined) return true
  return false
}

/** Whether a sentence holds numbers of up to three digits with a period that count up ("1. Price 2. Quality"): a numbered list. */
function isNumberedList(words: Sentence['children']): boolean {
  const numbers = new Set<number>()
  for (const word of words) {
    const digits = numberBeforePeriod(word)
    if (digits !== undefined && digits.length <= 3) numbers.add(Number(digits))
  }
  for (const number of numbers) if (numbers.has(number + 1)) return true
  return false
}

// Frozen once: `unified()` per paragraph would redo the plugin set-up.
const parser = unified()
  .use(retextEnglish)
  .data('nlcstParagraphExtensions', [mergeNumberAbbreviations])
  .data('nlcstRootExtensions', [splitNumberPeriodsInRoot])
  .freeze()

// Longest text handed to the tokenizer in one call. parse-latin's time grows
// with the square of the sentences in one paragraph once it holds about
// 100,000 characters (measured on repeated short sentences: 160 kB in 48 ms,
// 1.28 MB in 1,440 ms, 30× for 8× the text), so longer paragraphs are
// parsed in pieces cut after a sentence end and their trees joined. No
// paragraph of a real article comes near: the longest in the BBC set has
// 3,000 characters, so articles parse exactly as before.
const MAX_PIECE = 32_768

export function prose(context: ParseContext): void {
  const {article, text, input, locate} = context
  for (const paragraph of article.paragraphs) {
    const start = paragraph.position.start.offset!
    const end = paragraph.position.end.offset!
    const tree = parseParagraph(text.slice(start, end))
    const sentences: Block[] = []
    size = 0
    for (const child of tree.children) {
      if (child.type === 'ParagraphNode') {
        for (const node of child.children) {
          if (node.type === 'SentenceNode') {
            const range = trimmedRange(node, text, start)
            if (range) {
              sentences.push({
                text: input.slice(range[0], range[1]),
                position: locate.position(range[0], range[1])
              })
            }
          }
          collect(node, start)
        }
      } else {
        collect(child, start)
      }
    }
    paragraph.sentences = sentences
    // An exact copy: growing a fresh array token by token allocated more than the tokens themselves.
    context.tokens[paragraph.index] = scratch.slice(0, size)
  }
}

/**
 * The tokens of a block outside the body (the headline, the dek), in the
 * shape of `context.tokens`: the quotes pass reads attributions there too.
 */
export function tokenizeBlock(text: string, start: number, end: number): ProseTokens {
  const tree = parseParagraph(text.slice(start, end))
  size = 0
  collect(tree, start)
  return scratch.slice(0, size)
}

// The tokens of the paragraph being read (see `ProseTokens`): the first
// `size` numbers, reused from paragraph to paragraph.
const scratch: number[] = []
let size = 0

/** Adds the words, punctuation and symbols under `node` to `scratch`, in reading order (white space and sources are left out). */
function collect(node: Nodes, offset: number): void {
  const type = node.type
  if (type === 'WordNode' || type === 'PunctuationNode' || type === 'SymbolNode') {
    const position = node.position!
    scratch[size++] = offset + position.start.offset!
    scratch[size++] = offset + position.end.offset!
    scratch[size++] = type === 'WordNode' ? 1 : 0
    return
  }
  if (type === 'SentenceNode' || type === 'ParagraphNode' || type === 'RootNode') {
    const children = node.children as Nodes[]
    for (let index = 0; index < children.length; index++) collect(children[index]!, offset)
  }
}

/** The nlcst tree of one paragraph, in pieces when it is very long (see `MAX_PIECE`). */
function parseParagraph(value: string): Root {
  if (value.length <= MAX_PIECE) return parser.parse(value)
  const children: Root['children'] = []
  let from = 0
  let line = 1
  let column = 1
  while (from < value.length) {
    const to = cutPoint(value, from)
    const piece: Root = parser.parse(value.slice(from, to))
    for (const child of piece.children) {
      if (from > 0) shift(child, from, line, column)
      children.push(child)
    }
    // Line and column of `to`, for the next piece.
    for (let index = from; index < to; index++) {
      if (value.charCodeAt(index) === 10) {
        line++
        column = 1
      } else {
        column++
      }
    }
    from = to
  }
  return {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: {line, column, offset: value.length}}
  }
}

/**
 * Where the piece starting at `from` ends: after the last sentence end
 * (`.`, `!`, `?`, maybe a closing mark, then white space) in its second
 * half, else after the last white space there, else at `MAX_PIECE` (a run
 * of 32,768 characters with no space), never inside a surrogate pair.
 */
function cutPoint(value: string, from: number): number {
  const limit = from + MAX_PIECE
  if (limit >= value.length) return value.length
  const floor = from + (MAX_PIECE >> 1)
  let space = -1
  for (let index = limit; index > floor; index--) {
    const code = value.charCodeAt(index - 1)
    if (code !== 32 && code !== 10) continue
    if (space === -1) space = index
    let before = index - 2
    while (before > floor && isClosing(value.charCodeAt(before))) before--
    if (isTerminal(value.charCodeAt(before))) return index
  }
  if (space !== -1) return space
  const high = value.charCodeAt(limit - 1)
  const low = value.charCodeAt(limit)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? limit + 1 : limit
}

function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026
}

// " ' ) ] ” ’ »
function isClosing(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019 || code === 0xbb
}

/**
 * Moves a piece's nodes to where the piece starts in the paragraph. The
 * points are replaced, not changed: parse-latin shares point objects
 * between a parent and its first and last children.
 */
function shift(node: Root['children'][number], offset: number, line: number, column: number): void {
  const stack: Array<{position?: {start: Point; end: Point}; children?: unknown[]}> = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) {
      current.position = {
        start: shiftPoint(current.position.start, offset, line, column),
        end: shiftPoint(current.position.end, offset, line, column)
      }
    }
    if (current.children) for (const child of current.children) stack.push(child as typeof current)
  }
}

function shiftPoint(point: Point, offset: number, line: number, column: number): Point {
  return {
    line: point.line + line - 1,
    column: point.line === 1 ? point.column + column - 1 : point.column,
    offset: point.offset === undefined ? undefined : point.offset + offset
  }
}

function trimmedRange(node: Sentence, text: string, base: number): [number, number] | undefined {
  let from = base + node.position!.start.offset!
  let to = base + node.position!.end.offset!
  while (from < to && isSpace(text.charCodeAt(from))) from++
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--
  return from < to ? [from, to] : undefined
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10
}
