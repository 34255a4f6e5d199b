import {readdirSync, readFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import type {Article, Statement} from '../src/model.js'
import {slice} from './helpers.js'

const here = dirname(fileURLToPath(import.meta.url))
const folder = resolve(here, 'fixtures', 'statements')
const cases = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()

interface Expected {
  note: string
  statements: Array<{
    title: string
    joint: boolean
    parties: string[]
    speaker?: string
    excerpts: Array<{kind: 'direct' | 'reported'; text: string}>
  }>
}

/** The statements of an article in the fixtures' compact form: speaker names instead of ids. */
function compact(article: Article): Expected['statements'] {
  const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
  return article.statements.map((statement) => {
    const result: Expected['statements'][number] = {
      title: statement.title,
      joint: statement.joint,
      parties: statement.parties.map((id) => names.get(id) ?? '?' + id),
      excerpts: statement.excerpts.map((excerpt) => ({kind: excerpt.kind, text: excerpt.text}))
    }
    if (statement.speaker) result.speaker = names.get(statement.speaker) ?? '?' + statement.speaker
    return result
  })
}

describe('statements: fixtures', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
  })

  for (const name of cases) {
    const expected = JSON.parse(readFileSync(resolve(folder, name.replace(/\.txt$/, '.json')), 'utf8')) as Expected
    it(name.replace(/\.txt$/, '') + ': ' + expected.note, () => {
      const input = readFileSync(resolve(folder, name), 'utf8')
      const article = parseArticle(input)
      expect(compact(article)).toEqual(expected.statements)
      checkInvariants(article, input)
    })
  }
})

describe('statements: model invariants', () => {
  it('keeps positions, ids and links consistent, and the article plain JSON', () => {
    for (const name of cases) {
      const input = readFileSync(resolve(folder, name), 'utf8')
      const article = parseArticle(input)
      checkInvariants(article, input)
      expect(JSON.parse(JSON.stringify(article))).toEqual(article)
    }
  })

  it('skips the pass with `structureOnly`', () => {
    const input = readFileSync(resolve(folder, '01-joint-statement.txt'), 'utf8')
    expect(parseArticle(input, {structureOnly: true}).statements).toEqual([])
  })

  it('finds nothing, and does not throw, in text without paragraphs or documents', () => {
    expect(parseArticle('   \n\n').statements).toEqual([])
    expect(parseArticle('statement').statements).toEqual([])
    expect(parseArticle('In a statement,').statements.length).toBeLessThanOrEqual(1)
  })

  it('reads CRLF input at the same offsets', () => {
    const input = readFileSync(resolve(folder, '07-ministry-statement.txt'), 'utf8').replace(/\n/g, '\r\n')
    const article = parseArticle(input)
    expect(article.statements).toHaveLength(1)
    checkInvariants(article, input)
  })

  it('stays linear on a long article full of statements', () => {
    const paragraph = 'In a statement, the Harbour Ministry said the port would reopen on Monday. The statement added that ships would be inspected.'
    const input = 'Harbour news\n\nShips waited outside the port for a week, and the crews were tired and angry.\n\n' + Array.from({length: 400}, () => paragraph).join('\n\n') + '\n'
    const started = performance.now()
    const article = parseArticle(input)
    const elapsed = performance.now() - started
    expect(article.statements).toHaveLength(400)
    expect(article.statements.every((statement) => statement.excerpts.length === 2)).toBe(true)
    // Generous: the whole parse of 400 paragraphs takes well under a second here.
    expect(elapsed).toBeLessThan(10_000)
  })
})

/** Ids unique and continuing, positions slicing to texts, links both ways. */
function checkInvariants(article: Article, input: string): void {
  const speakerIds = new Set(article.speakers.map((speaker) => speaker.id))
  expect(speakerIds.size).toBe(article.speakers.length)
  for (const speaker of article.speakers) expect(speaker.id).toMatch(/^s\d+$/)
  const statementIds = article.statements.map((statement) => statement.id)
  expect(statementIds).toEqual(article.statements.map((_, index) => 'st' + (index + 1)))
  const quotes = new Map(article.quotes.map((quote) => [quote.id, quote]))
  for (const statement of article.statements) {
    expect(slice(input, statement.position).replace(/\s+/g, ' ')).toBe(statement.title)
    for (const party of statement.parties) expect(speakerIds.has(party)).toBe(true)
    if (statement.speaker) {
      const speaker = article.speakers.find((candidate) => candidate.id === statement.speaker)
      expect(speaker?.kind).toBe('document')
    }
    let previous = -1
    for (const excerpt of statement.excerpts) {
      const start = excerpt.position.start.offset!
      expect(start).toBeGreaterThan(previous)
      previous = start
      const source = slice(input, excerpt.position)
      expect(source).toContain(excerpt.text)
      expect(article.paragraphs[excerpt.paragraph]!.text).toContain(excerpt.text)
      if (excerpt.quote) {
        const quote = quotes.get(excerpt.quote)
        expect(quote).toBeDefined()
        expect(quote!.statement).toBe(statement.id)
      }
    }
  }
  for (const quote of article.quotes) {
    if (!quote.statement) continue
    const statement = article.statements.find((candidate: Statement) => candidate.id === quote.statement)
    expect(statement).toBeDefined()
    expect(statement!.excerpts.some((excerpt) => excerpt.quote === quote.id)).toBe(true)
  }
}
