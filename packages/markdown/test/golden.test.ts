/**
 * Golden outputs: each sample article in `fixtures/articles/` through
 * `parseArticle` and `toMarkdown` (every section on), kept in
 * `test/golden/` for review in the diff. Regenerate with `pnpm golden`
 * (`vitest run -u test/golden.test.ts`).
 */
import {parseArticle} from '@dateline/core'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {toMarkdown, toMdast} from '../src/index.js'
import {handBuiltArticle} from '@dateline/test-utils'
import {hasSeed, sampleArticles, seedPath} from '@dateline/test-utils'
import {parse, shape, unlinkLiterals} from './roundtrip.js'

const options = {frontmatter: true, quotes: true, statements: true}

describe('golden outputs', () => {
  it.each(sampleArticles())('%s', async (name, text) => {
    await expect(toMarkdown(parseArticle(text), options)).toMatchFileSnapshot('./golden/' + name + '.md')
  })

  it('hand-built article', async () => {
    await expect(toMarkdown(handBuiltArticle(), options)).toMatchFileSnapshot('./golden/hand-built.md')
  })
})

// The seed is not ours to copy: it is converted, never stored.
describe.skipIf(!hasSeed)('seed article (needs ../shared/corpus/seed)', () => {
  it('converts, and reads back as the tree the adapter made', () => {
    const article = parseArticle(readFileSync(seedPath, 'utf8'))
    const markdown = toMarkdown(article, options)
    expect(markdown.startsWith('---\n')).toBe(true)
    expect(unlinkLiterals(shape(parse(markdown, {gfm: true})))).toEqual(shape(toMdast(article, options)))
  })
})
