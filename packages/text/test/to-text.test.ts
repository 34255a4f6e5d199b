import type {Article} from '@dateline/core'
import {describe, expect, it} from 'vitest'
import {toText} from '../src/index.js'
import {handBuiltArticle} from '@dateline/test-utils'

function empty(): Article {
  return {type: 'article', dates: [], paragraphs: [], quotes: [], speakers: [], statements: [], boilerplate: [], messages: []}
}

describe('toText', () => {
  const article = handBuiltArticle()

  it('prints headline and paragraphs as blocks, dateline before the lead, white space collapsed', () => {
    expect(toText(article)).toBe(
      [
        'Ferry fares frozen after island talks',
        'GULLWICK, Ostmark, April 3 (GNS) — Ministers from Ostmark and Pellin froze ferry fares for a year.',
        '"Islanders should not pay more to reach a doctor," said Transport Minister Lena Voss. "This is a fair start."',
        'Voss said the freeze would cost less than expected and called the old tariff "a tax on distance."',
        'In a joint statement on island transport, the two ministries said fares would be reviewed in spring. "No island will be left behind," the statement said.',
        '"We mean it," they said, quoting the motto \u2018no island left behind\u2019 from the harbour wall.'
      ].join('\n\n') + '\n'
    )
  })

  it('prints a dek that does not repeat the lead, unless switched off', () => {
    const distinct = handBuiltArticle()
    distinct.dek = {...distinct.dek!, text: 'Fares stay\nput for a year.'}
    delete distinct.dek.repeats
    expect(toText(distinct).split('\n\n')[1]).toBe('Fares stay put for a year.')
    expect(toText(distinct, {dek: false})).toBe(toText(article))
  })

  it('leaves out the dateline on request', () => {
    expect(toText(article, {dateline: false}).split('\n\n')[1]).toBe(
      'Ministers from Ostmark and Pellin froze ferry fares for a year.'
    )
  })

  it('prints boilerplate at the end on request', () => {
    expect(toText(article)).not.toContain('Advertisement')
    expect(toText(article, {boilerplate: true}).endsWith('\n\nAdvertisement\n')).toBe(true)
  })

  it('wraps at a width, never the headline, a long word on its own line', () => {
    const long = handBuiltArticle()
    long.headline!.text = 'A headline that is much longer than twenty characters'
    long.paragraphs[2]!.text = 'Voss cited https://transport.example/very/long/path/to/the/report today.'
    const text = toText(long, {width: 20})
    const lines = text.trimEnd().split('\n')
    expect(lines[0]).toBe('A headline that is much longer than twenty characters')
    expect(lines).toContain('https://transport.example/very/long/path/to/the/report')
    for (const line of lines.slice(1)) {
      if (!line.includes('https://')) expect(line.length).toBeLessThanOrEqual(20)
    }
    expect(text.replace(/\s+/g, ' ')).toBe(toText(long).replace(/\s+/g, ' '))
    expect(toText(long, {width: Infinity})).toBe(toText(long))
  })

  it('keeps quote marks by default, or makes them straight or curly', () => {
    expect(toText(article)).toContain('"We mean it," they said, quoting the motto \u2018no island left behind\u2019')
    expect(toText(article, {quotes: 'straight'})).toContain(`"We mean it," they said, quoting the motto 'no island left behind'`)
    expect(toText(article, {quotes: 'curly'})).toContain('\u201CWe mean it,\u201D they said, quoting the motto \u2018no island left behind\u2019')
  })

  it('gives an empty string for an empty article', () => {
    expect(toText(empty())).toBe('')
  })

  it('does not change the article', () => {
    const before = JSON.stringify(article)
    toText(article, {width: 30, quotes: 'curly', boilerplate: true})
    expect(JSON.stringify(article)).toBe(before)
  })

  it('throws a TypeError on misuse', () => {
    expect(() => toText(undefined as never)).toThrow(new TypeError('Expected article (from `parseArticle`), not `undefined`'))
    expect(() => toText({type: 'article'} as never)).toThrow(TypeError)
    expect(() => toText(article, {width: -1})).toThrow(TypeError)
    expect(() => toText(article, {width: 2.5})).toThrow(TypeError)
    expect(() => toText(article, {width: Number.NaN})).toThrow(TypeError)
    expect(() => toText(article, {quotes: 'smart' as never})).toThrow(TypeError)
  })
})
