import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import {repoRoot} from './helpers.js'

// The README's "Use" example, run as written, so the README cannot drift.
describe('README example', () => {
  const readme = readFileSync(resolve(repoRoot, 'packages/core/README.md'), 'utf8')
  const text = /parseArticle\(`([^`]*)`\)/.exec(readme)![1]!
  const article = parseArticle(text)

  it('gives what the README says', () => {
    expect(article.headline?.text).toBe('Ferries return to Dunmore')
    expect(article.source?.text).toBe('Coast Courier')
    expect(article.dek?.repeats).toBe(0)
    expect(article.byline?.authors).toEqual(['Lena Marsh'])
    expect(article.dateline).toMatchObject({text: 'DUNMORE (CC) —', place: 'DUNMORE', agency: 'CC'})
    expect(article.paragraphs).toHaveLength(2)
    expect(article.boilerplate.map((block) => block.rule)).toEqual(['repeated-source', 'furniture'])
  })
})
