import {parseArticle} from '@dateline/core'
import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {toJsonLd} from '../src/index.js'
import {handBuiltArticle} from '@dateline/test-utils'
import {hasSeed, sampleArticles, seedPath} from '@dateline/test-utils'
import {danglingReferences, hasVocabulary, loadVocabulary, type Vocabulary} from './vocab.js'

describe.skipIf(!hasVocabulary)('schema.org vocabulary (needs ../shared/vocab)', () => {
  let vocabulary: Vocabulary
  beforeAll(() => {
    vocabulary = loadVocabulary()
  })

  describe('the checker', () => {
    const base = {'@context': 'https://schema.org', '@type': 'NewsArticle'}

    it('accepts a valid document', () => {
      expect(vocabulary.check({...base, headline: 'x', author: [{'@type': 'Person', name: 'A', jobTitle: 'b'}]})).toEqual([])
      expect(vocabulary.isA('schema:NewsArticle', 'schema:CreativeWork')).toBe(true)
    })

    it('flags an unknown type and an unknown property', () => {
      expect(vocabulary.check({...base, '@type': 'NewsStory'})).toEqual(['$: `NewsStory` is not a schema.org class'])
      expect(vocabulary.check({...base, kicker: 'x'})).toEqual(['$.kicker: `kicker` is not a schema.org property'])
    })

    it('flags a property outside its domain', () => {
      expect(vocabulary.check({...base, publisher: {'@type': 'Organization', name: 'A', jobTitle: 'b'}})).toEqual([
        '$.publisher.jobTitle: `jobTitle` is not a property of `Organization`'
      ])
    })

    it('flags a value outside the range', () => {
      expect(vocabulary.check({...base, author: 'A'})).toHaveLength(1)
      expect(vocabulary.check({...base, hasPart: [{'@type': 'Person', name: 'A'}]})).toHaveLength(1)
    })

    it('flags superseded terms', () => {
      // `episodes` was superseded by `episode`; `DataFeed`-style classes
      // with supersededBy work the same way.
      const problems = vocabulary.check({'@context': 'https://schema.org', '@type': 'TVSeries', episodes: {'@type': 'Episode', name: 'x'}})
      expect(problems).toEqual(['$.episodes: `episodes` is superseded by `schema:episode`'])
    })

    it('flags a wrong @context', () => {
      expect(vocabulary.check({...base, '@context': 'http://schema.org/'})).toHaveLength(1)
    })
  })

  describe('toJsonLd output', () => {
    it('uses only defined terms for the hand-built article, with every option', () => {
      const article = handBuiltArticle()
      for (const options of [{}, {dek: 'alternativeHeadline', source: 'sourceOrganization'} as const, {id: 'https://news.example/a', reported: false}]) {
        const document = toJsonLd(article, options)
        expect(vocabulary.check(document)).toEqual([])
        expect(danglingReferences(document)).toEqual([])
      }
    })

    it.each(sampleArticles())('uses only defined terms for %s', (_name, text) => {
      const document = toJsonLd(parseArticle(text))
      expect(vocabulary.check(document)).toEqual([])
      expect(danglingReferences(document)).toEqual([])
    })

    it.skipIf(!hasSeed)('uses only defined terms for the seed article', () => {
      const document = toJsonLd(parseArticle(readFileSync(seedPath, 'utf8')))
      expect(vocabulary.check(document)).toEqual([])
    })
  })
})
