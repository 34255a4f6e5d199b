import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import {newsLike} from './arbitraries.js'
import {layoutParts, slice} from './helpers.js'

// More runs with DATELINE_FC_RUNS=100000 (say) for a longer search.
const runs = Number(process.env.DATELINE_FC_RUNS ?? 1000)

const anyText = fc.oneof(fc.string({unit: 'binary', maxLength: 200}), newsLike)

/** Asserts the layout invariants that every input must keep. */
function checkLayout(input: string) {
  const article = parseArticle(input, {structureOnly: true})
  const parts = layoutParts(article)
  let previousEnd = 0
  for (const part of parts) {
    expect(slice(input, part.position)).toBe(part.text)
    expect(part.position.start.offset!).toBeGreaterThanOrEqual(previousEnd)
    previousEnd = part.position.end.offset!
  }
  // Every non-white-space character lies in exactly one part.
  const covered = new Uint8Array(input.length)
  for (const part of parts) covered.fill(1, part.position.start.offset!, part.position.end.offset!)
  for (let index = 0; index < input.length; index++) {
    if (!covered[index] && !/[\s\u0000-\u001F\u007F\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/.test(input[index]!)) {
      throw new Error(`lost ${JSON.stringify(input[index])} at ${index} of ${JSON.stringify(input)}`)
    }
  }
  for (const [index, paragraph] of article.paragraphs.entries()) {
    expect(paragraph.index).toBe(index)
    for (const sentence of paragraph.sentences) {
      expect(slice(input, sentence.position)).toBe(sentence.text)
      expect(sentence.position.start.offset!).toBeGreaterThanOrEqual(paragraph.position.start.offset!)
      expect(sentence.position.end.offset!).toBeLessThanOrEqual(paragraph.position.end.offset!)
    }
  }
  expect(JSON.parse(JSON.stringify(article))).toEqual(article)
  return article
}

describe('layout properties', () => {
  it('never throws, never loses text, positions slice the input', () => {
    fc.assert(fc.property(anyText, (input) => void checkLayout(input)), {numRuns: runs})
  })

  it('points line and column at the offset', () => {
    fc.assert(
      fc.property(newsLike, (input) => {
        const article = parseArticle(input, {structureOnly: true})
        for (const part of layoutParts(article)) {
          const {line, column, offset} = part.position.start
          const before = input.slice(0, offset).split(/\r\n|\r|\n/)
          expect(line).toBe(before.length)
          expect(column).toBe(before[before.length - 1]!.length + 1)
        }
      }),
      {numRuns: runs}
    )
  })
})

describe('bad input', () => {
  it.each([undefined, null, 42, {}, ['text'], Buffer.from('text')])('throws a TypeError naming %j', (value) => {
    expect(() => parseArticle(value as unknown as string)).toThrow(TypeError)
    expect(() => parseArticle(value as unknown as string)).toThrow(/^Expected string, not `/)
  })

  it.each(['', '   ', '\n\n\t\r\n', '\uFEFF'])('returns an empty article and a message for %j', (input) => {
    const article = parseArticle(input)
    expect(article.paragraphs).toEqual([])
    expect(article.headline).toBeUndefined()
    expect(article.messages).toMatchObject([{ruleId: 'empty-input', fatal: false}])
  })

  it('keeps binary junk, NUL bytes and lone surrogates as text', () => {
    const input = 'Junk\u0000 header\n\n\uD800 body \uDFFF with \u0001\u0002 bytes\n\n\uFFFD\uFFFD'
    const article = checkLayout(input)
    expect(article.paragraphs.length).toBeGreaterThan(0)
  })

  it('handles mixed line endings as line breaks', () => {
    const input = 'Bridge opens\r\n\r\nThe bridge opened.\rTraffic was light.\n\nMore.'
    const article = checkLayout(input)
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['The bridge opened.', 'Traffic was light.', 'More.'])
    expect(article.paragraphs[1]!.position.start).toMatchObject({line: 4, column: 1})
  })

  it('parses a 5 MB single line and 100,000 blank lines', () => {
    const long = 'word '.repeat(1_000_000)
    const one = checkLayout(long)
    expect(one.paragraphs).toHaveLength(1)
    const blank = checkLayout('Head line\n' + '\n'.repeat(100_000) + 'Body text.')
    expect(blank.paragraphs).toHaveLength(1)
    expect(blank.paragraphs[0]!.position.start.line).toBe(100_002)
  })
})
