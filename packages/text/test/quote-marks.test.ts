import {describe, expect, it} from 'vitest'
import {quoteMarks} from '../src/lib/quote-marks.js'

describe('quote marks', () => {
  it.each([
    ['"Rest is not a favour," the statement said.', '\u201CRest is not a favour,\u201D the statement said.'],
    ["Tidewater's dockers don't", 'Tidewater\u2019s dockers don\u2019t'],
    ["the 'advancing democracy' excuse", 'the \u2018advancing democracy\u2019 excuse'],
    [`"Under the excuse of 'advancing democracy.'"`, '\u201CUnder the excuse of \u2018advancing democracy.\u2019\u201D'],
    [`"'Nested' first"`, '\u201C\u2018Nested\u2019 first\u201D'],
    ["back in the '90s", 'back in the \u201990s'],
    ['the farmers\' unions', 'the farmers\u2019 unions'],
    ['(“kept”) and —"after a dash"', '(\u201Ckept\u201D) and \u2014\u201Cafter a dash\u201D']
  ])('curly: %j', (input, expected) => {
    expect(quoteMarks(input, 'curly')).toBe(expected)
    // Idempotent: nothing straight is left to convert.
    expect(quoteMarks(expected, 'curly')).toBe(expected)
  })

  it('straight: every typographic single and double mark', () => {
    expect(quoteMarks('\u201Ca\u201D \u201Eb\u201F \u2018c\u2019 \u201Ad\u201B', 'straight')).toBe(`"a" "b" 'c' 'd'`)
    expect(quoteMarks('«guillemets» and 5\u2032 stay', 'straight')).toBe('«guillemets» and 5\u2032 stay')
  })

  it('keep: unchanged', () => {
    const value = '\u201Ca\u201D "b" \'c\''
    expect(quoteMarks(value, 'keep')).toBe(value)
  })

  it('is linear on long runs of marks', () => {
    const value = '"\''.repeat(200_000)
    const start = performance.now()
    expect(quoteMarks(value, 'curly')).toHaveLength(value.length)
    expect(performance.now() - start).toBeLessThan(1000)
  })
})
