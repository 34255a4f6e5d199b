import type {Article} from '@dateline/core'
import {describe, expect, it} from 'vitest'
import {toJsonLd} from '../src/index.js'
import {handBuiltArticle} from '@dateline/test-utils'

function empty(): Article {
  return {type: 'article', dates: [], paragraphs: [], quotes: [], speakers: [], statements: [], boilerplate: [], messages: []}
}

describe('toJsonLd', () => {
  const article = handBuiltArticle()
  const node = toJsonLd(article) as Record<string, any>

  it('makes a schema.org NewsArticle', () => {
    expect(node['@context']).toBe('https://schema.org')
    expect(node['@type']).toBe('NewsArticle')
    expect(node.inLanguage).toBe('en')
  })

  it('collapses white space runs and hard wraps in reading text', () => {
    expect(node.headline).toBe('Ferry fares frozen after island talks')
    expect(node.hasPart[1].text).toBe('This is a fair start.')
  })

  it('puts the dek in description by default, alternativeHeadline on request', () => {
    expect(node.description).toBe('Ministers from Ostmark and Pellin froze ferry fares for a year.')
    expect(node.alternativeHeadline).toBeUndefined()
    const other = toJsonLd(article, {dek: 'alternativeHeadline'}) as Record<string, any>
    expect(other.alternativeHeadline).toBe(node.description)
    expect(other.description).toBeUndefined()
  })

  it('joins body paragraphs into articleBody, without headline, dek or furniture', () => {
    const body: string = node.articleBody
    expect(body.split('\n\n')).toHaveLength(5)
    expect(body.startsWith('Ministers from Ostmark')).toBe(true)
    expect(body).not.toContain('Advertisement')
    expect(body).not.toContain('Ferry fares frozen')
  })

  it('gives the dateline without its trailing dash', () => {
    expect(node.dateline).toBe('GULLWICK, Ostmark, April 3 (GNS)')
  })

  it('makes one Person per byline author, without the affiliation', () => {
    expect(node.author).toEqual([
      {'@type': 'Person', name: 'Rosa Fenn'},
      {'@type': 'Person', name: 'Idris Kale'}
    ])
  })

  it('puts the source line in publisher and the dateline agency in sourceOrganization', () => {
    expect(node.publisher).toEqual({'@type': 'Organization', name: 'Gullwick Herald'})
    expect(node.sourceOrganization).toEqual({'@type': 'Organization', name: 'GNS'})
    const other = toJsonLd(article, {source: 'sourceOrganization'}) as Record<string, any>
    expect(other.publisher).toBeUndefined()
    expect(other.sourceOrganization).toEqual([
      {'@type': 'Organization', name: 'Gullwick Herald'},
      {'@type': 'Organization', name: 'GNS'}
    ])
  })

  it('takes datePublished and dateModified from ISO dates only', () => {
    expect(node.datePublished).toBe('2025-04-03')
    expect(node.dateModified).toBe('2025-04-03T11:20Z')
    const noIso = handBuiltArticle()
    noIso.dates = noIso.dates.map(({date: _date, ...line}) => line)
    const other = toJsonLd(noIso) as Record<string, any>
    expect(other.datePublished).toBeUndefined()
    expect(other.dateModified).toBeUndefined()
  })

  it('makes direct and partial quotes Quotations by their speaker', () => {
    const q1 = node.hasPart.find((part: any) => part['@id'] === '_:q1')
    expect(q1).toEqual({
      '@type': 'Quotation',
      '@id': '_:q1',
      text: 'Islanders should not pay more to reach a doctor,',
      creator: {
        '@type': 'Person',
        '@id': '_:s1',
        name: 'Lena Voss',
        alternateName: ['Voss', 'Transport Minister Lena Voss'],
        jobTitle: 'transport minister'
      }
    })
    expect(node.hasPart.find((part: any) => part['@id'] === '_:q4')['@type']).toBe('Quotation')
  })

  it('gives a group quote all its members as creators, and nests inner quotes', () => {
    const q7 = node.hasPart.find((part: any) => part['@id'] === '_:q7')
    expect(q7.creator.map((agent: any) => [agent['@type'], agent.name])).toEqual([
      ['Organization', 'Ostmark'],
      ['Organization', 'Pellin']
    ])
    expect(q7.hasPart).toEqual([{'@type': 'Quotation', '@id': '_:q8', text: 'no island left behind'}])
  })

  it('attributes a quote of a document speaker to the statement parties', () => {
    const q6 = node.hasPart.find((part: any) => part['@id'] === '_:q6')
    expect(q6.creator.map((agent: any) => agent.name)).toEqual(['Ostmark', 'Pellin'])
  })

  it('makes reported speech a CreativeWork with abstract, or leaves it out', () => {
    const q3 = node.hasPart.find((part: any) => part['@id'] === '_:q3')
    expect(q3['@type']).toBe('CreativeWork')
    expect(q3.abstract).toBe('the freeze would cost less than expected')
    expect(q3.text).toBeUndefined()
    const other = toJsonLd(article, {reported: false}) as Record<string, any>
    expect(other.hasPart.some((part: any) => part.abstract)).toBe(false)
    const statement = other.hasPart.find((part: any) => part['@id'] === '_:st1')
    expect(statement.hasPart).toEqual([{'@id': '_:q6'}])
  })

  it('gives the fragments in marks nested in reported speech as quotations, in it or on their own', () => {
    const article = handBuiltArticle()
    const reported = article.quotes.find((quote) => quote.id === 'q3')!
    reported.text = 'the freeze would cost “less than a coffee”'
    reported.nested = [{id: 'q3.1', text: 'less than a coffee', kind: 'partial', paragraph: 2, position: reported.position, speaker: 's1', nested: []}]
    const withReported = toJsonLd(article) as Record<string, any>
    const q3 = withReported.hasPart.find((part: any) => part['@id'] === '_:q3')
    expect(q3.hasPart).toMatchObject([{'@type': 'Quotation', '@id': '_:q3.1', text: 'less than a coffee', creator: {name: 'Lena Voss'}}])
    const without = toJsonLd(article, {reported: false}) as Record<string, any>
    expect(without.hasPart.find((part: any) => part['@id'] === '_:q3')).toBeUndefined()
    expect(without.hasPart.find((part: any) => part['@id'] === '_:q3.1')).toMatchObject({'@type': 'Quotation', text: 'less than a coffee'})
  })

  it('makes a statement a CreativeWork with every party as creator and its excerpts in order', () => {
    const statement = node.hasPart.find((part: any) => part['@id'] === '_:st1')
    expect(statement['@type']).toBe('CreativeWork')
    expect(statement.name).toBe('joint statement on island transport')
    expect(statement.creator.map((agent: any) => agent.name)).toEqual(['Ostmark', 'Pellin'])
    expect(statement.hasPart).toEqual([{'@id': '_:q5'}, {'@id': '_:q6'}])
  })

  it('inlines statement excerpts when quotes are not emitted on their own', () => {
    const article = handBuiltArticle()
    article.quotes = []
    const statement = (toJsonLd(article) as Record<string, any>).hasPart[0]
    expect(statement.hasPart.map((part: any) => [part['@type'], part.text ?? part.abstract])).toEqual([
      ['CreativeWork', 'fares would be reviewed in spring'],
      ['Quotation', 'No island will be left behind,']
    ])
    expect(statement.hasPart[1].creator).toHaveLength(2)
  })

  it('uses the article IRI as @id, url and the base of node ids', () => {
    const other = toJsonLd(article, {id: 'https://news.example/ferry'}) as Record<string, any>
    expect(other['@id']).toBe('https://news.example/ferry')
    expect(other.url).toBe('https://news.example/ferry')
    expect(other.hasPart[0]['@id']).toBe('https://news.example/ferry#q1')
  })

  it('leaves out inLanguage and hasPart on request', () => {
    const other = toJsonLd(article, {language: null, quotes: false}) as Record<string, any>
    expect(other.inLanguage).toBeUndefined()
    expect(other.hasPart).toBeUndefined()
    expect(toJsonLd(article, {language: 'en-GB'}).inLanguage).toBe('en-GB')
  })

  it('does not loop on a group that lists itself', () => {
    const article = handBuiltArticle()
    article.speakers[3]!.members = ['s4', 's2']
    const q7 = (toJsonLd(article) as Record<string, any>).hasPart.find((part: any) => part['@id'] === '_:q7')
    expect(q7.creator.name).toBe('Ostmark')
  })

  it('gives a group without members as one Organization', () => {
    const article = handBuiltArticle()
    delete article.speakers[3]!.members
    const q7 = (toJsonLd(article) as Record<string, any>).hasPart.find((part: any) => part['@id'] === '_:q7')
    expect(q7.creator).toEqual({'@type': 'Organization', '@id': '_:s4', name: 'the two ministries', alternateName: ['they']})
  })

  it('gives an empty article as a bare NewsArticle', () => {
    expect(toJsonLd(empty())).toEqual({'@context': 'https://schema.org', '@type': 'NewsArticle', inLanguage: 'en'})
  })

  it('is plain JSON and does not change the article', () => {
    const before = JSON.stringify(article)
    const result = toJsonLd(article)
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
    expect(JSON.stringify(article)).toBe(before)
  })

  it('throws a TypeError on misuse', () => {
    expect(() => toJsonLd(undefined as never)).toThrow(new TypeError('Expected article (from `parseArticle`), not `undefined`'))
    expect(() => toJsonLd('text' as never)).toThrow(TypeError)
    expect(() => toJsonLd({type: 'article'} as never)).toThrow('Expected `article.paragraphs` to be an array')
    expect(() => toJsonLd(article, {dek: 'title' as never})).toThrow(TypeError)
    expect(() => toJsonLd(article, 5 as never)).toThrow(TypeError)
  })
})
