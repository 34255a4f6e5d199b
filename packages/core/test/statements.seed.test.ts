import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import type {Article} from '../src/model.js'
import {hasSeed, readSeed, sample, slice} from './helpers.js'

const name = (article: Article, id: string | undefined) => article.speakers.find((speaker) => speaker.id === id)

describe.skipIf(!hasSeed)('the seed article (statements)', () => {
  const input = hasSeed ? readSeed() : ''
  const article = parseArticle(input)
  const [statement] = article.statements

  it('finds one joint statement, with its title', () => {
    expect(article.statements).toHaveLength(1)
    expect(statement).toMatchObject({id: 'st1', title: 'joint statement on global governance', joint: true})
    expect(slice(input, statement!.position)).toBe('joint statement on global governance')
  })

  it('resolves “the two ministers” to the two people named before', () => {
    const parties = statement!.parties.map((id) => name(article, id))
    expect(parties.map((party) => party?.name)).toEqual(['Wang Yi', 'Sergei Lavrov'])
    expect(parties.every((party) => party?.kind === 'person')).toBe(true)
  })

  it('gives four excerpts in reading order: reported, direct, direct, reported', () => {
    const excerpts = statement!.excerpts
    expect(excerpts.map((excerpt) => excerpt.kind)).toEqual(['reported', 'direct', 'direct', 'reported'])
    expect(excerpts[0]!.text).toMatch(/^no country should seek to impose its form of democracy on any other$/)
    // The direct excerpts are the words inside the marks, read from the input itself.
    for (const excerpt of [excerpts[1]!, excerpts[2]!]) {
      const at = input.indexOf(excerpt.text, excerpt.position.start.offset)
      expect(at).toBeGreaterThanOrEqual(0)
      expect(input.charAt(at - 1)).toMatch(/^[“"]$/)
      expect(input.charAt(at + excerpt.text.length)).toMatch(/^[”"]$/)
    }
    // The action-verb sentence is reported whole (DESIGN: “Noting that …, the statement called for …”).
    expect(excerpts[3]!.text).toMatch(/^Noting that /)
    expect(excerpts[3]!.text).toContain('the statement called for')
    expect(excerpts.map((excerpt) => excerpt.paragraph)).toEqual([6, 6, 7, 8])
    for (const excerpt of excerpts) expect(slice(input, excerpt.position)).toContain(excerpt.text)
  })

  it('makes the statement a speaker of kind document, named by its title', () => {
    const speaker = name(article, statement!.speaker)
    expect(speaker).toMatchObject({kind: 'document', name: 'joint statement on global governance'})
    expect(speaker!.aliases).toContain('the statement')
  })

  // Needs the quotes pass (direct quotes and their cues).
  it('links the direct excerpts to the fourth and fifth quotes, both ways [quotes pass]', () => {
    const marked = article.quotes.filter((quote) => quote.kind !== 'reported')
    expect(marked.length).toBeGreaterThanOrEqual(6)
    const [fourth, fifth] = [marked[3]!, marked[4]!]
    expect(statement!.excerpts[1]!.quote).toBe(fourth.id)
    expect(statement!.excerpts[2]!.quote).toBe(fifth.id)
    expect([statement!.excerpts[1]!.text, statement!.excerpts[2]!.text]).toEqual([fourth.text, fifth.text])
    for (const quote of [fourth, fifth]) {
      expect(quote.statement).toBe('st1')
      expect(quote.speaker).toBe(statement!.speaker)
    }
    expect([fourth.cue, fifth.cue]).toEqual(['said', 'read'])
    // No other quote in marks belongs to the statement.
    expect(marked.filter((quote) => quote.statement).map((quote) => quote.id)).toEqual([fourth.id, fifth.id])
  })

  // Needs the quotes pass (reported speech).
  it('links the reported excerpts to reported quotes when the quotes pass found them [quotes pass]', () => {
    const reported = statement!.excerpts.filter((excerpt) => excerpt.kind === 'reported')
    const linked = reported.filter((excerpt) => excerpt.quote)
    expect(linked.length).toBeGreaterThanOrEqual(1)
    for (const excerpt of linked) {
      const quote = article.quotes.find((candidate) => candidate.id === excerpt.quote)
      expect(quote?.kind).toBe('reported')
      expect(quote?.statement).toBe('st1')
    }
  })
})

describe('the bundled sample article (statements)', () => {
  const input = sample('harbour-accord.txt')
  const article = parseArticle(input)

  // Needs the speakers pass to resolve “the two ministers” (its group wins over this pass's own reading):
  // “Brandt, Veldenia's foreign minister,” is one person and his role, not a list of two names.
  it('resolves “the two ministers” to its two signatories [speakers pass]', () => {
    const [statement] = article.statements
    expect(statement!.parties.map((id) => name(article, id)?.name)).toEqual(['Amara Okafor', 'Tomas Brandt'])
  })

  it('finds the joint declaration and its excerpts', () => {
    expect(article.statements).toHaveLength(1)
    const [statement] = article.statements
    expect(statement).toMatchObject({title: 'joint declaration on river sharing', joint: true})
    expect(statement!.parties).toHaveLength(2)
    expect(statement!.excerpts.map((excerpt) => [excerpt.kind, excerpt.text])).toEqual([
      ['reported', "neither country would build a new dam without the other's consent"],
      ['direct', 'Water that crosses a border is a shared trust, not a bargaining chip,'],
      ['direct', "We commit to publishing every measurement of the river's flow, so that no farmer has to guess,"]
    ])
  })

  it('does not take “Top officials”, “Both countries said” or the ads for documents', () => {
    expect(article.statements.flatMap((statement) => statement.excerpts).some((excerpt) => /commission would become/.test(excerpt.text))).toBe(false)
  })
})
