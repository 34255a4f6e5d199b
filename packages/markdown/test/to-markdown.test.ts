import type {Article} from '@dateline/core'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {toMarkdown, toMdast} from '../src/index.js'
import {handBuiltArticle} from '@dateline/test-utils'
import {parse, shape} from './roundtrip.js'

function empty(): Article {
  return {type: 'article', dates: [], paragraphs: [], quotes: [], speakers: [], statements: [], boilerplate: [], messages: []}
}

describe('toMarkdown', () => {
  const article = handBuiltArticle()

  it('prints the headline as `#`, the dateline before the lead, then the body', () => {
    const markdown = toMarkdown(article)
    const blocks = markdown.split('\n\n')
    expect(blocks[0]).toBe('# Ferry fares frozen after island talks')
    expect(blocks[1]).toBe('GULLWICK, Ostmark, April 3 (GNS) — Ministers from Ostmark and Pellin froze ferry fares for a year.')
    expect(blocks).toHaveLength(6)
    expect(markdown).not.toContain('Advertisement')
    expect(markdown.endsWith('\n')).toBe(true)
  })

  it('collapses hard wraps and white space runs', () => {
    expect(toMarkdown(article)).toContain('"This is a fair start."')
  })

  it('prints the dek in emphasis, but not when it repeats the lead', () => {
    expect(toMarkdown(article)).not.toContain('_Ministers')
    const distinct = handBuiltArticle()
    distinct.dek = {...distinct.dek!, text: 'Fares stay put\nfor a year.'}
    delete distinct.dek.repeats
    expect(toMarkdown(distinct).split('\n\n')[1]).toBe('_Fares stay put for a year._')
    expect(toMarkdown(distinct, {dek: false})).not.toContain('Fares stay put')
  })

  it('does not print a dek equal to the lead even without `repeats`', () => {
    const same = handBuiltArticle()
    delete same.dek!.repeats
    expect(toMarkdown(same)).not.toContain('_Ministers')
  })

  it('leaves the dateline out on request, or when it is inside the lead', () => {
    expect(toMarkdown(article, {dateline: false})).not.toContain('GULLWICK')
    const inside = handBuiltArticle()
    inside.dateline!.position = inside.paragraphs[0]!.position
    expect(toMarkdown(inside)).not.toContain('GULLWICK')
  })

  it('writes YAML front matter with every string quoted', () => {
    const markdown = toMarkdown(article, {frontmatter: true})
    const yaml = markdown.slice(4, markdown.indexOf('\n---\n'))
    expect(yaml).toBe(
      [
        'title: "Ferry fares frozen after island talks"',
        'source: "Gullwick Herald"',
        'author:',
        '  - "Rosa Fenn"',
        '  - "Idris Kale"',
        'dateline: "GULLWICK, Ostmark, April 3 (GNS) —"',
        'date: "2025-04-03"'
      ].join('\n')
    )
    expect(parseYaml(yaml)).toEqual({
      title: 'Ferry fares frozen after island talks',
      source: 'Gullwick Herald',
      author: ['Rosa Fenn', 'Idris Kale'],
      dateline: 'GULLWICK, Ostmark, April 3 (GNS) —',
      date: '2025-04-03'
    })
  })

  it.each(['---', 'no', '2024-01-01', 'key: value\n---\n# x', '"quoted" \\ back', '- item', '* &anchor !tag'])(
    'keeps a hostile front matter title as a string: %j',
    (title) => {
      const hostile = handBuiltArticle()
      hostile.headline!.text = title
      const markdown = toMarkdown(hostile, {frontmatter: true})
      const tree = parse(markdown, {gfm: true}) as {children: Array<{type: string; value?: string}>}
      expect(tree.children[0]!.type).toBe('yaml')
      expect(parseYaml(tree.children[0]!.value!).title).toBe(title.replace(/\s+/g, ' '))
      expect(tree.children[1]!.type).toBe('heading')
    }
  )

  it('leaves out front matter fields the article does not have', () => {
    const bare = empty()
    bare.headline = {text: 'Only a title', position: handBuiltArticle().headline!.position}
    expect(toMarkdown(bare, {frontmatter: true})).toBe('---\ntitle: "Only a title"\n---\n\n# Only a title\n')
    expect(toMarkdown(empty(), {frontmatter: true})).toBe('')
  })

  it('lists direct and partial quotes by speaker, with an attribution line', () => {
    const markdown = toMarkdown(article, {quotes: true})
    const section = markdown.slice(markdown.indexOf('## Quotes'))
    expect(section.split('\n\n').slice(0, 3)).toEqual([
      '## Quotes',
      '> Islanders should not pay more to reach a doctor,\n>\n> — Lena Voss, transport minister',
      '> This is a fair start.\n>\n> — Lena Voss, transport minister'
    ])
    expect(section).toContain('> — joint statement on island transport (Ostmark and Pellin)')
    expect(section).toContain('> We mean it,\n>\n> — the two ministries (Ostmark and Pellin)')
    // Reported speech is a paraphrase, not quoted words.
    expect(section).not.toContain('cost less than expected')
  })

  it('lists the words in marks inside reported speech, with its speaker', () => {
    const nested = handBuiltArticle()
    const reported = nested.quotes.find((quote) => quote.kind === 'reported')!
    const inner = {...reported, id: reported.id + '.1', kind: 'partial' as const, text: 'cheaper than a ferry', nested: []}
    delete inner.speaker
    reported.nested = [inner]
    const section = toMarkdown(nested, {quotes: true}).split('## Quotes')[1]!
    expect(section).toContain('> cheaper than a ferry\n>\n> — ' + 'Lena Voss, transport minister')
    // The reported clause itself is still not listed.
    expect(section).not.toContain(reported.text)
  })

  it('groups quotes by speaker and puts unattributed quotes last', () => {
    const mixed = handBuiltArticle()
    delete mixed.quotes[0]!.speaker
    const section = toMarkdown(mixed, {quotes: true}).split('## Quotes')[1]!
    const attributions = section.split('\n').filter((line) => line.startsWith('> —'))
    expect(attributions).toEqual([
      '> — Lena Voss, transport minister',
      '> — Lena Voss, transport minister',
      '> — joint statement on island transport (Ostmark and Pellin)',
      '> — the two ministries (Ostmark and Pellin)',
      '> — speaker not identified'
    ])
  })

  it('lists statements with parties and excerpts in reading order', () => {
    const markdown = toMarkdown(article, {statements: true})
    expect(markdown.slice(markdown.indexOf('## Statements'))).toBe(
      [
        '## Statements',
        '',
        '### joint statement on island transport',
        '',
        'Issued jointly by Ostmark and Pellin.',
        '',
        '- fares would be reviewed in spring',
        '- “No island will be left behind,”',
        ''
      ].join('\n')
    )
  })

  it('adds no empty sections', () => {
    const bare = handBuiltArticle()
    bare.quotes = []
    bare.statements = []
    expect(toMarkdown(bare, {quotes: true, statements: true})).toBe(toMarkdown(bare))
  })

  it('gives an empty string for an empty article', () => {
    expect(toMarkdown(empty())).toBe('')
    expect(toMdast(empty())).toEqual({type: 'root', children: []})
  })

  it('does not change the article', () => {
    const before = JSON.stringify(article)
    toMarkdown(article, {frontmatter: true, quotes: true, statements: true})
    expect(JSON.stringify(article)).toBe(before)
  })

  it('serialises exactly the tree toMdast makes', () => {
    const options = {frontmatter: true, quotes: true, statements: true}
    expect(shape(parse(toMarkdown(article, options), {gfm: true}))).toEqual(shape(toMdast(article, options)))
  })

  it('throws a TypeError on misuse', () => {
    expect(() => toMarkdown(null as never)).toThrow(new TypeError('Expected article (from `parseArticle`), not `null`'))
    expect(() => toMarkdown({type: 'article', paragraphs: []} as never)).toThrow('Expected `article.quotes` to be an array')
    expect(() => toMarkdown(article, 'yes' as never)).toThrow(TypeError)
  })
})
