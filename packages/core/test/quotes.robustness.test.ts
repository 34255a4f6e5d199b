import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import {pairQuotes} from '../src/quotes/spans.js'

const headline = 'Robustness headline\n\n'

function timed<T>(run: () => T): {result: T; ms: number} {
  const start = performance.now()
  const result = run()
  return {result, ms: performance.now() - start}
}

describe('quotes: robustness', () => {
  it('pairs 100,000 quotation marks in linear time', () => {
    const small = '“a” '.repeat(5_000)
    const large = '“a” '.repeat(50_000)
    pairQuotes(small, [[0, small.length]]) // warm up the JIT
    const a = timed(() => pairQuotes(small, [[0, small.length]]))
    const b = timed(() => pairQuotes(large, [[0, large.length]]))
    expect(a.result.spans).toHaveLength(5_000)
    expect(b.result.spans).toHaveLength(50_000)
    // 10× the input may not take much more than 10× the time (a quadratic scan would take 100×).
    expect(b.ms).toBeLessThan(Math.max(250, a.ms * 30))
  })

  it('survives 10,000 nested levels, keeping the first levels and one message', () => {
    const depth = 10_000
    const text = '“‘'.repeat(depth / 2) + 'x' + '’”'.repeat(depth / 2)
    const {spans, problems} = pairQuotes(text, [[0, text.length]])
    expect(spans).toHaveLength(1)
    let level = 0
    let node = spans[0]
    while (node) {
      level++
      node = node.children[0]
    }
    expect(level).toBe(4)
    expect(problems.filter((problem) => problem.ruleId === 'quote-too-deep')).toHaveLength(1)
  })

  it('parses an article with deep nesting without a crash', () => {
    const body = '“' + '‘“'.repeat(5_000) + 'deep' + '”’'.repeat(5_000) + ',” said Ada Lind.'
    const article = parseArticle(headline + body)
    expect(article.quotes.length).toBeGreaterThan(0)
    expect(() => JSON.stringify(article)).not.toThrow()
    expect(article.messages.some((message) => message.ruleId === 'quote-too-deep')).toBe(true)
  })

  it('reports one unclosed mark in a 1 MB article and keeps the other quotes', () => {
    const paragraph = '“We will meet again on Friday,” said Ola Berg. The rest of the day was quiet and nothing else happened.\n\n'
    const copies = Math.ceil(1_000_000 / paragraph.length)
    // A plain first paragraph: the layout pass may take the first one as a dek.
    const body = 'The town council met on Monday.\n\n' + paragraph.repeat(copies / 2) + 'The clerk said “we are closed.\n\nNothing more was said that day.\n\n' + paragraph.repeat(copies / 2)
    const {result: article, ms} = timed(() => parseArticle(headline + body))
    const unclosed = article.messages.filter((message) => message.ruleId === 'unclosed-quote')
    expect(unclosed).toHaveLength(1)
    expect(unclosed[0]!.position!.start.line).toBeGreaterThan(1)
    expect(unclosed[0]!.reason).toMatch(/close it or remove it/)
    expect(article.quotes.filter((quote) => quote.kind === 'direct').length).toBe(2 * Math.floor(copies / 2))
    expect(ms).toBeLessThan(60_000)
  })

  it('reports each stray closing mark', () => {
    const article = parseArticle(headline + 'One” two” three”.')
    expect(article.messages.filter((message) => message.ruleId === 'unmatched-quote')).toHaveLength(3)
    expect(article.quotes).toEqual([])
  })

  it('handles 100,000 marks in an article', () => {
    const body = 'Word “x” and '.repeat(50_000) + 'end.'
    const {result: article} = timed(() => parseArticle(headline + body))
    // Quoted single words in a sentence with no cue are not speech.
    expect(article.quotes).toEqual([])
  })
})
