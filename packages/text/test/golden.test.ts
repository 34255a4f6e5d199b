/**
 * Golden outputs: each sample article in `fixtures/articles/` through
 * `parseArticle` and `toText`, kept in `test/golden/` for review in the
 * diff. Regenerate with `pnpm golden` (`vitest run -u test/golden.test.ts`).
 */
import {parseArticle} from '@dateline/core'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {toText} from '../src/index.js'
import {handBuiltArticle} from '@dateline/test-utils'
import {hasSeed, sampleArticles, seedPath} from '@dateline/test-utils'

describe('golden outputs', () => {
  it.each(sampleArticles())('%s', async (name, text) => {
    await expect(toText(parseArticle(text))).toMatchFileSnapshot('./golden/' + name + '.txt')
  })

  it.each(sampleArticles())('%s, 72 columns, curly quotes, boilerplate', async (name, text) => {
    const options = {width: 72, quotes: 'curly', boilerplate: true} as const
    await expect(toText(parseArticle(text), options)).toMatchFileSnapshot('./golden/' + name + '.w72.txt')
  })

  it('hand-built article', async () => {
    await expect(toText(handBuiltArticle())).toMatchFileSnapshot('./golden/hand-built.txt')
  })
})

// The seed is not ours to copy: it is converted, never stored.
describe.skipIf(!hasSeed)('seed article (needs ../shared/corpus/seed)', () => {
  it('converts, and converts to the same text again', () => {
    const text = toText(parseArticle(readFileSync(seedPath, 'utf8')))
    expect(text.split('\n\n').length).toBeGreaterThan(5)
    expect(toText(parseArticle(text))).toBe(text)
  })
})
