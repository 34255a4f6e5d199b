import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'

// The CommonJS builds bundle the ESM-only unified/mdast dependencies: a
// plain `require` must load and work (it failed with unified's "empty
// preset" before they were bundled).
const require = createRequire(import.meta.url)

describe('CommonJS builds', () => {
  const text = 'Ferries return\n\n“We are back,” said Ola Brand, the harbour master.'

  it('parse and export through require()', () => {
    const {parseArticle} = require('@dateline/core')
    const {toJsonLd} = require('@dateline/jsonld')
    const {toMarkdown} = require('@dateline/markdown')
    const {toText} = require('@dateline/text')
    const article = parseArticle(text)
    expect(article.headline.text).toBe('Ferries return')
    expect(article.quotes[0].text).toBe('We are back,')
    expect(toJsonLd(article)['@type']).toBe('NewsArticle')
    expect(toMarkdown(article)).toMatch(/^# Ferries return/)
    expect(toText(article)).toMatch(/^Ferries return\n/)
  })
})
