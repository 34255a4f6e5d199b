/**
 * Golden outputs: each sample article in `fixtures/articles/` through
 * `parseArticle` and `toJsonLd`, kept in `test/golden/` for review in the
 * diff. Regenerate with `pnpm golden` (`vitest run -u test/golden.test.ts`).
 */
import {parseArticle} from '@dateline/core'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {toJsonLd, toJsonLdScript} from '../src/index.js'
import {handBuiltArticle} from '@dateline/test-utils'
import {hasSeed, sampleArticles, seedPath} from '@dateline/test-utils'

describe('golden outputs', () => {
  it.each(sampleArticles())('%s', async (name, text) => {
    const options = {id: 'https://news.example/' + name}
    const output = JSON.stringify(toJsonLd(parseArticle(text), options), null, 2) + '\n'
    await expect(output).toMatchFileSnapshot('./golden/' + name + '.jsonld')
  })

  it('hand-built article', async () => {
    await expect(toJsonLdScript(handBuiltArticle(), {space: 2}) + '\n').toMatchFileSnapshot('./golden/hand-built.jsonld')
  })
})

// The seed is not ours to copy: it is converted, never stored.
describe.skipIf(!hasSeed)('seed article (needs ../shared/corpus/seed)', () => {
  it('converts', () => {
    const article = parseArticle(readFileSync(seedPath, 'utf8'))
    const document = toJsonLd(article) as Record<string, any>
    expect(document['@type']).toBe('NewsArticle')
    expect(document.articleBody.split('\n\n').length).toBe(article.paragraphs.length)
    expect(JSON.parse(toJsonLdScript(article))).toEqual(document)
  })
})
