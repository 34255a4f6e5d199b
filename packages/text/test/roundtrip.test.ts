/**
 * Deterministic and idempotent through the parser: for an article `x`,
 * `toText(parseArticle(toText(parseArticle(x))))` is `toText(parseArticle(x))`.
 * Runs over every article in `../shared/corpus/bbc` (skipped when missing)
 * and the sample articles, with default options and with wrapping and
 * curly quotes.
 */
import {parseArticle} from '@dateline/core'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {toText, type Options} from '../src/index.js'
import {root, sampleArticles} from '@dateline/test-utils'

const bbc = root + '../shared/corpus/bbc/'
const hasBbc = existsSync(bbc)

function bbcFiles(): string[] {
  if (!hasBbc) return []
  return readdirSync(bbc, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(bbc + entry.name)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => entry.name + '/' + name)
    )
    .sort()
}

const variants: Array<[string, Options]> = [
  ['defaults', {}],
  ['width 72, curly quotes', {width: 72, quotes: 'curly'}]
]

/** Articles whose text changes when printed again, with the first line that differs. */
function unstable(articles: Array<[string, string]>, options: Options): string[] {
  const failures: string[] = []
  for (const [name, input] of articles) {
    const once = toText(parseArticle(input), options)
    const twice = toText(parseArticle(once), options)
    if (once !== twice) {
      const a = once.split('\n')
      const b = twice.split('\n')
      const line = a.findIndex((value, index) => value !== b[index])
      failures.push(name + ': ' + JSON.stringify(a[line]) + ' became ' + JSON.stringify(b[line]))
    }
    // Deterministic: the same article gives the same text.
    if (toText(parseArticle(input), options) !== once) failures.push(name + ': not deterministic')
  }
  return failures
}

/**
 * Wrapped text goes back through the parser's paragraph heuristics, which
 * still split a few wrapped paragraphs: a continuation line starting with
 * "copyright …" or "subscribe …" is taken for page furniture, and a
 * two-line paragraph whose first line ends a sentence for two paragraphs.
 * Measured: 8 of 2,225 BBC articles at width 72 (11 at width 40), all of
 * those kinds. Budget: 1%, so that layout work does not trip it; lower it
 * as the parser improves, never raise it silently.
 */
const WRAPPED_BBC_BUDGET = 0.01

function bbcArticles(): Array<[string, string]> {
  return bbcFiles().map((file): [string, string] => [file, readFileSync(bbc + file, 'utf8')])
}

describe.each(variants)('text round-trip (%s)', (_label, options) => {
  it('holds for the sample articles', () => {
    expect(unstable(sampleArticles(), options)).toEqual([])
  })
})

describe.skipIf(!hasBbc)('text round-trip over ../shared/corpus/bbc', () => {
  it('holds for every BBC article with default options', () => {
    const articles = bbcArticles()
    expect(articles.length).toBeGreaterThan(2000)
    expect(unstable(articles, {})).toEqual([])
  }, 300_000)

  it('holds within budget for BBC articles wrapped at 72 columns with curly quotes', () => {
    const articles = bbcArticles()
    const failures = unstable(articles, {width: 72, quotes: 'curly'})
    expect(failures.length, failures.join('\n')).toBeLessThanOrEqual(Math.floor(articles.length * WRAPPED_BBC_BUDGET))
  }, 300_000)
})
