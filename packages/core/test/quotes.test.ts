import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import type {Article, Quote} from '../src/index.js'

interface Expected {
  kind?: string
  text?: string
  textIncludes?: string
  /** `null`: the quote names no speaker (a question put by no one named). */
  mention?: string | null
  cue?: string
  speaker?: string | null
  speakerKind?: string
  members?: string[]
  role?: string | null
  continues?: number
  /** Text of the quote (of any kind) this one continues. */
  continuesText?: string
  nested?: string[]
  /** `'headline'` or `'dek'` for a quote outside the body. */
  block?: string
}

interface Case {
  name: string
  /** The article's headline (a neutral one when absent). */
  headline?: string
  body: string
  quotes: Expected[]
  reported?: Expected[]
  messages?: string[]
  speakerCount?: number
  /** How many reported quotes the body holds, when the listed ones must be all of them. */
  reportedCount?: number
  speakerRole?: Record<string, string>
}

const cases: Case[] = JSON.parse(readFileSync(new URL('fixtures/quotes/cases.json', import.meta.url), 'utf8'))

// Each case is the body of an article under a headline, so the layout pass sees a normal article.
const HEADLINE = 'Dateline test headline'

function parse(body: string, headline = HEADLINE): Article {
  return parseArticle(headline + '\n\n' + body)
}

function check(article: Article, quote: Quote, expected: Expected, all: Quote[]): void {
  if (expected.kind) expect(quote.kind).toBe(expected.kind)
  if (expected.text !== undefined) expect(quote.text).toBe(expected.text)
  if (expected.textIncludes) expect(quote.text).toContain(expected.textIncludes)
  if (expected.mention === null) expect(quote.mention).toBeUndefined()
  else if (expected.mention !== undefined) expect(quote.mention).toBe(expected.mention)
  if (expected.cue !== undefined) expect(quote.cue).toBe(expected.cue)
  const speaker = article.speakers.find((candidate) => candidate.id === quote.speaker)
  if (expected.speaker === null) expect(quote.speaker).toBeUndefined()
  else if (expected.speaker !== undefined) expect(speaker?.name).toBe(expected.speaker)
  if (expected.speakerKind) expect(speaker?.kind).toBe(expected.speakerKind)
  if (expected.members) {
    const names = (speaker?.members ?? []).map((id) => article.speakers.find((candidate) => candidate.id === id)?.name)
    expect(names.sort()).toEqual([...expected.members].sort())
  }
  if (expected.role === null) expect(speaker?.role).toBeUndefined()
  else if (expected.role) expect(speaker?.role).toBe(expected.role)
  if (expected.continuesText !== undefined) expect(article.quotes.find((other) => other.id === quote.continues)?.text).toBe(expected.continuesText)
  else if (expected.continues !== undefined) expect(quote.continues).toBe(all[expected.continues]!.id)
  else if (expected.kind !== 'reported') expect(quote.continues).toBeUndefined()
  if (expected.nested) expect(quote.nested.map((nested) => nested.text)).toEqual(expected.nested)
  if (expected.block) {
    expect(quote.block).toBe(expected.block)
    expect(quote.paragraph).toBeUndefined()
  } else {
    expect(quote.block).toBeUndefined()
    expect(article.paragraphs[quote.paragraph!]).toBeDefined()
  }
  const [start, end] = [quote.position.start.offset!, quote.position.end.offset!]
  expect(end).toBeGreaterThan(start)
}

describe('quotes and speakers: fixtures', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
  })

  for (const testCase of cases) {
    it(testCase.name, () => {
      const article = parse(testCase.body, testCase.headline)
      const marked = article.quotes.filter((quote) => quote.kind !== 'reported')
      expect(marked.map((quote) => quote.text)).toHaveLength(testCase.quotes.length)
      testCase.quotes.forEach((expected, index) => check(article, marked[index]!, expected, marked))

      const reported = article.quotes.filter((quote) => quote.kind === 'reported')
      if (testCase.reported && testCase.reported.length === 0) expect(reported.map((quote) => quote.text)).toEqual([])
      for (const expected of testCase.reported ?? []) {
        const found = reported.find((quote) => quote.text === expected.text)
        expect(found, 'reported «' + expected.text + '» in ' + JSON.stringify(reported.map((quote) => quote.text))).toBeDefined()
        check(article, found!, {...expected, kind: 'reported', text: undefined}, reported)
      }

      const rules = article.messages.map((message) => message.ruleId)
      for (const rule of testCase.messages ?? []) expect(rules).toContain(rule)
      if (testCase.speakerCount !== undefined) expect(article.speakers).toHaveLength(testCase.speakerCount)
      if (testCase.reportedCount !== undefined) expect(reported.map((quote) => quote.text)).toHaveLength(testCase.reportedCount)
      for (const [name, role] of Object.entries(testCase.speakerRole ?? {})) {
        expect(article.speakers.find((speaker) => speaker.name === name)?.role).toBe(role)
      }
      // Every quote text is what its position covers, for one-paragraph quotes.
      for (const quote of article.quotes) {
        if (quote.kind !== 'reported' || quote.text.includes('\n')) continue
        const source = (testCase.headline ?? HEADLINE) + '\n\n' + testCase.body
        expect(source.slice(quote.position.start.offset, quote.position.end.offset)).toBe(quote.text)
      }
      expect(JSON.parse(JSON.stringify(article))).toEqual(article)
    })
  }
})

describe('speakers: pronouns', () => {
  it('keeps pronouns out of aliases', () => {
    const article = parse('Ada Holm runs the ferry line. “We will sail all winter,” she said. She said the crews were ready.')
    const holm = article.speakers.find((speaker) => speaker.name === 'Ada Holm')!
    expect(article.quotes.filter((quote) => quote.speaker === holm.id)).toHaveLength(2)
    expect(holm.aliases).not.toContain('she')
    expect(holm.aliases).not.toContain('She')
  })

  it('never takes a role that names no kind of person for “he” or “she”', () => {
    // "the new timetable" is a speaker of its own, but no "he"; Ivo Brandt is.
    const article = parse(
      'Ivo Brandt opened the hearing. The new timetable says the fares would rise in May. He predicted the cards would cut queues at the quay by half.'
    )
    const predicted = article.quotes.find((quote) => quote.cue === 'predicted')!
    expect(article.speakers.find((speaker) => speaker.id === predicted.speaker)?.name).toBe('Ivo Brandt')
  })
})
