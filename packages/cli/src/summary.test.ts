import {describe, expect, it} from 'vitest'
import type {Article, Quote} from '@dateline/core'
import {renderSummary, summarize} from './summary.js'

const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}

function quote(id: string, text: string, speaker?: string): Quote {
  const result: Quote = {id, text, kind: 'direct', paragraph: 0, position, nested: []}
  if (speaker) result.speaker = speaker
  return result
}

function article(overrides: Partial<Article>): Article {
  return {
    type: 'article',
    dates: [],
    paragraphs: [],
    quotes: [],
    speakers: [],
    statements: [],
    boilerplate: [],
    messages: [],
    ...overrides
  }
}

describe('summarize', () => {
  const sample = article({
    headline: {text: 'Ferry crews walk out', position},
    speakers: [
      {id: 's1', name: 'Petra Vollan', aliases: ['Vollan'], kind: 'person', role: 'union leader'},
      {id: 's2', name: 'Ansel Crowe', aliases: ['Crowe'], kind: 'person'},
      {id: 's3', name: 'Brunmark', aliases: [], kind: 'organization'},
      {id: 's4', name: 'Tessaly', aliases: [], kind: 'organization'},
      {id: 's5', name: 'the declaration', aliases: [], kind: 'document'}
    ],
    quotes: [
      quote('q1', 'We asked for two more people', 's1'),
      quote('q2', 'Nobody wants empty decks', 's2'),
      quote('q3', 'The port will run a reduced timetable', 's2'),
      quote('q4', 'a shared trust'),
      {...quote('q6', 'the ferries would run at half strength', 's3'), kind: 'reported'},
      quote('q5', 'Crossings resume on Friday', 's9')
    ],
    statements: [
      {id: 'st1', title: 'joint declaration on ferries', joint: true, parties: ['s3', 's4'], speaker: 's5', excerpts: [], position}
    ]
  })

  it('counts quotes per speaker, most quoted first, unattributed last', () => {
    const summary = summarize(sample)
    expect(summary.speakers.map((row) => [row.name, row.quotes, row.firstQuote])).toEqual([
      ['Ansel Crowe', 2, 'Nobody wants empty decks'],
      ['Petra Vollan', 1, 'We asked for two more people'],
      ['Brunmark', 1, 'the ferries would run at half strength'],
      // q4 has no speaker and q5 points at an unknown id: both unattributed.
      ['(unattributed)', 2, 'a shared trust']
    ])
    expect(summary.speakers[1]!.role).toBe('union leader')
  })

  it('names statement parties', () => {
    expect(summarize(sample).statements).toEqual([
      {id: 'st1', title: 'joint declaration on ferries', joint: true, parties: ['Brunmark', 'Tessaly'], excerpts: 0}
    ])
  })

  it('renders an aligned table and the statements', () => {
    expect(renderSummary(summarize(sample))).toBe(
      [
        'Ferry crews walk out',
        '',
        'Speaker                      Kind          Quotes  First quote',
        'Ansel Crowe                  person        2       “Nobody wants empty decks”',
        'Petra Vollan (union leader)  person        1       “We asked for two more people”',
        'Brunmark                     organization  1       (reported) the ferries would run at half strength',
        '(unattributed)                             2       “a shared trust”',
        '',
        'Statements:',
        '  joint declaration on ferries (joint) — Brunmark, Tessaly; 0 excerpts',
        ''
      ].join('\n')
    )
  })

  it('says when there is nothing to list, and cuts long quotes', () => {
    expect(renderSummary(summarize(article({})))).toBe('No quotes found.\n\nNo statements found.\n')
    const long = 'word '.repeat(40).trim()
    const rendered = renderSummary(summarize(article({quotes: [quote('q1', long)]})))
    expect(rendered).toContain('“' + long.slice(0, 59) + '…”')
  })
})
