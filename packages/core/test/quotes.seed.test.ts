import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import type {Article, Quote} from '../src/model.js'
import {hasSeed, readSeed, slice} from './helpers.js'

const speakerOf = (article: Article, quote: Quote | undefined) => article.speakers.find((speaker) => speaker.id === quote?.speaker)

describe.skipIf(!hasSeed)('the seed article (quotes and speakers)', () => {
  const input = hasSeed ? readSeed() : ''
  const article = parseArticle(input)
  const marked = article.quotes.filter((quote) => quote.kind !== 'reported')
  const reported = article.quotes.filter((quote) => quote.kind === 'reported')

  it('finds six quotes in marks, each positioned on its marks', () => {
    expect(marked.map((quote) => quote.kind)).toEqual(['direct', 'direct', 'partial', 'direct', 'direct', 'direct'])
    for (const quote of marked) {
      const source = slice(input, quote.position)
      expect(source.slice(1, -1)).toBe(quote.text)
    }
  })

  it('takes no apostrophe for a quote', () => {
    const all = [...marked, ...marked.flatMap((quote) => quote.nested)]
    for (const quote of all) expect(quote.text).not.toMatch(/^(s|countries|nation|humankind)$/)
    expect(article.messages.filter((message) => message.source === 'dateline:quotes')).toEqual([])
  })

  it('nests ‘advancing democracy’ in the fourth quote', () => {
    expect(marked[3]!.nested.map((quote) => quote.text)).toEqual(['advancing democracy'])
    expect(marked.filter((quote, index) => index !== 3).every((quote) => quote.nested.length === 0)).toBe(true)
  })

  it('gives the first two to Wang Yi, the second continuing the first', () => {
    expect(speakerOf(article, marked[0])).toMatchObject({name: 'Wang Yi', kind: 'person'})
    expect(marked[0]).toMatchObject({mention: 'Wang', cue: 'said'})
    expect(marked[1]!.continues).toBe(marked[0]!.id)
    expect(marked[1]!.speaker).toBe(marked[0]!.speaker)
    expect(speakerOf(article, marked[0])!.aliases).toContain('Wang')
  })

  it('gives the partial third to Sergei Lavrov with the cue “accused”', () => {
    expect(marked[2]).toMatchObject({kind: 'partial', cue: 'accused', mention: 'Lavrov'})
    expect(speakerOf(article, marked[2])?.name).toBe('Sergei Lavrov')
  })

  it('gives the fourth and fifth to the joint statement, a document', () => {
    expect(marked[3]).toMatchObject({mention: 'the statement', cue: 'said'})
    expect(marked[4]).toMatchObject({mention: 'the statement', cue: 'read'})
    expect(speakerOf(article, marked[3])?.kind).toBe('document')
    expect(marked[4]!.speaker).toBe(marked[3]!.speaker)
  })

  it('gives the sixth to “they”: both countries, a group of China and Russia', () => {
    expect(marked[5]).toMatchObject({mention: 'they', cue: 'said'})
    const group = speakerOf(article, marked[5])!
    expect(group.kind).toBe('group')
    const members = (group.members ?? []).map((id) => article.speakers.find((speaker) => speaker.id === id)?.name)
    expect(members.sort()).toEqual(['China', 'Russia'])
  })

  it('finds the reported speech DESIGN.md lists, with its speakers', () => {
    const find = (start: string) => reported.find((quote) => quote.text.startsWith(start))
    const lavrov = find('sanctions were drawing Russia and China closer together')
    expect(lavrov?.text).toBe('sanctions were drawing Russia and China closer together')
    expect(speakerOf(article, lavrov)?.name).toBe('Sergei Lavrov')

    const both = find('they were working to further global progress')
    const bothMembers = (speakerOf(article, both)?.members ?? []).map((id) => article.speakers.find((speaker) => speaker.id === id)?.name)
    expect(bothMembers.sort()).toEqual(['Sergei Lavrov', 'Wang Yi'])

    const ministers = find('no country should seek to impose its form of democracy on any other')
    expect(ministers?.mention).toBe('the two ministers')
    expect(ministers?.speaker).toBe(both?.speaker)

    const summit = find('they wanted a summit')
    expect(summit?.speaker).toBe(marked[5]!.speaker)
  })

  it('keeps quotes in reading order with stable ids', () => {
    const offsets = article.quotes.map((quote) => quote.position.start.offset!)
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets)
    expect(article.quotes.map((quote) => quote.id)).toEqual(article.quotes.map((_, index) => 'q' + (index + 1)))
  })
})
