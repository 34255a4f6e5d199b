/**
 * Properties of the whole chain, for any input: `parseArticle` never
 * throws and keeps its invariants (positions slice the input, paragraphs in
 * order, no character lost, every id resolves: see
 * `packages/core/test/invariants.ts`), and the three adapters give valid
 * output for the article it returns.
 *
 * Runs `DATELINE_FC_RUNS` cases per property (default 1,000; set it to
 * 100000 for a long search). A failure prints fast-check's shrunk
 * counterexample and its seed: rerun with `DATELINE_FC_SEED=<seed>`.
 */
import type {Article} from '@dateline/core'
import {parseArticle} from '@dateline/core'
import {toJsonLd, toJsonLdScript} from '@dateline/jsonld'
import {toMarkdown, toMdast} from '@dateline/markdown'
import {toText} from '@dateline/text'
import fc from 'fast-check'
import type {Nodes as MdastNodes} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {describe, expect, it} from 'vitest'
import {newsLike} from '../../core/test/arbitraries.js'
import {checkArticle} from '../../core/test/invariants.js'

const runs = Number(process.env.DATELINE_FC_RUNS ?? 1000)
const seed = process.env.DATELINE_FC_SEED ? Number(process.env.DATELINE_FC_SEED) : undefined
const settings = {numRuns: runs, ...(seed === undefined ? {} : {seed})}

const anyText = fc.oneof(fc.string({unit: 'binary', maxLength: 300}), fc.string({unit: 'grapheme', maxLength: 300}), newsLike, newsLike)

/** The text of an mdast node, white space collapsed (Markdown folds line breaks and runs of spaces). */
function textOf(node: MdastNodes): string {
  const parts: string[] = []
  const visit = (current: MdastNodes) => {
    if ('value' in current && typeof current.value === 'string' && current.type !== 'yaml' && current.type !== 'html') parts.push(current.value)
    if (current.type === 'break') parts.push(' ')
    if ('children' in current) for (const child of current.children) visit(child as MdastNodes)
  }
  visit(node)
  return collapse(parts.join(''))
}

/**
 * Markdown does not keep leading/trailing white space or runs of it in a
 * paragraph, and CommonMark reads U+0000 as U+FFFD (spec § 2.3).
 */
function collapse(value: string): string {
  return value.replace(/\u0000/g, '\uFFFD').replace(/\s+/g, ' ').trim()
}

function checkAdapters(article: Article): void {
  // JSON-LD: an object that JSON round-trips, with the schema.org context.
  const jsonld = toJsonLd(article)
  const json = JSON.stringify(jsonld)
  expect(JSON.parse(json)).toEqual(jsonld)
  expect((jsonld as Record<string, unknown>)['@context']).toBe('https://schema.org')

  // The <script> text: the same data, and nothing that ends the element.
  const script = toJsonLdScript(article)
  expect(script).not.toContain('</')
  expect(script).not.toContain('<')
  expect(script).not.toContain('\u2028')
  expect(script).not.toContain('\u2029')
  expect(JSON.parse(script)).toEqual(jsonld)

  // Markdown: parsed back, every block has the text of the tree it was made
  // from (article text never becomes markup).
  for (const options of [{}, {quotes: true, statements: true}]) {
    const tree = toMdast(article, options)
    const markdown = toMarkdown(article, options)
    expect(typeof markdown).toBe('string')
    const back = fromMarkdown(markdown)
    const expected = tree.children.map((child) => [child.type, textOf(child)])
    const actual = back.children.map((child) => [child.type, textOf(child)])
    expect(actual).toEqual(expected)
  }

  // Plain text: a string holding every body paragraph's words.
  const text = toText(article)
  expect(typeof text).toBe('string')
  const flat = collapse(text)
  for (const paragraph of article.paragraphs) {
    const words = collapse(paragraph.text).split(' ').filter((word) => /^[\p{L}\p{N}]+$/u.test(word))
    for (const word of words.slice(0, 3)) expect(flat).toContain(word)
  }
}

describe('parse → adapters, for any input', () => {
  it('parseArticle never throws and keeps every invariant', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        checkArticle(input, parseArticle(input))
      }),
      settings
    )
  })

  it('quote, speaker and statement ids all resolve on news-like text', () => {
    fc.assert(
      fc.property(newsLike, (input) => {
        const article = parseArticle(input)
        checkArticle(input, article)
      }),
      settings
    )
  })

  it('every adapter gives valid output', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        checkAdapters(parseArticle(input))
      }),
      {...settings, numRuns: Math.max(1, Math.floor(runs / 2))}
    )
  })

  it('finds quotes in the generated text (the generator reaches the quote rules)', () => {
    // Not a property: a guard that the pieces above still make quotes,
    // speakers and statements, so the properties test those passes at all.
    const samples = fc.sample(newsLike, {numRuns: 2000, seed: 42})
    const articles = samples.map((input) => parseArticle(input))
    expect(articles.filter((article) => article.quotes.length > 0).length).toBeGreaterThan(100)
    expect(articles.filter((article) => article.speakers.length > 0).length).toBeGreaterThan(20)
  })
})
