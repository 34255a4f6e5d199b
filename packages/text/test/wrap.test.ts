import {describe, expect, it} from 'vitest'
import {wrap} from '../src/lib/wrap.js'

const text =
  'Ferry crossings to Gullwick rose by 41,300 to 2.07 million - the busiest season since the harbour reopened in 1988. Pilots counted 57. Of the 12 routes, 9 grew.'

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ')
}

describe('wrap', () => {
  it.each([10, 20, 40, 72])('is greedy at width %i and keeps every word', (width) => {
    const lines = wrap(text, width).split('\n')
    expect(lines.join(' ')).toBe(text)
    const widest = Math.max(...lines.map((line) => line.length))
    for (let index = 1; index < lines.length; index++) {
      const firstWord = lines[index]!.split(' ')[0]!
      // Each break is one the widest line forced: the next word did not fit.
      expect(lines[index - 1]!.length + 1 + firstWord.length).toBeGreaterThan(widest)
    }
  })

  it.each([8, 12, 20, 30, 40, 50, 60, 72])('never starts a line with a list marker at width %i', (width) => {
    for (const line of wrap(text, width).split('\n')) {
      expect(line).not.toMatch(/^(?:[-\u2013\u2014\u2022*]|\d{1,3}[.)]) /)
    }
  })

  it('gives the same lines when wrapped again', () => {
    for (const width of [10, 33, 72]) {
      const once = wrap(text, width)
      expect(wrap(collapse(once), width)).toBe(once)
    }
  })

  it('leaves short text and no width alone', () => {
    expect(wrap('short', 72)).toBe('short')
    expect(wrap(text, Infinity)).toBe(text)
  })

  it('puts a word longer than the width on a line of its own', () => {
    expect(wrap('a https://example.com/long b', 5)).toBe('a\nhttps://example.com/long\nb')
  })
})
