/**
 * Optional sections after the body: quotes by speaker and statements with
 * their excerpts. Every piece of article text goes into a `text` node, so
 * the serialiser escapes it.
 */
import type {Article, Quote, Speaker, Statement} from '@dateline/core'
import type {Blockquote, Heading, List, ListItem, Paragraph, RootContent} from 'mdast'
import {collapseWhiteSpace as collapse} from '@dateline/text'

/** Attribution of quotes whose speaker the parser could not resolve. */
const UNATTRIBUTED = 'speaker not identified'

export function quotesSection(article: Article): RootContent[] {
  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
  // Group by speaker in order of first quote; reported speech is the
  // reporter's paraphrase, not quoted words, so it is not a blockquote, but
  // the words in marks inside it are ("said the deal was “the best in
  // years”"): they are shown, with the reported clause's speaker.
  const groups = new Map<string, Quote[]>()
  for (const quote of article.quotes) {
    const shown = quote.kind === 'reported' ? quote.nested.filter((nested) => nested.kind === 'partial') : [quote]
    for (const words of shown) {
      if (collapse(words.text) === '') continue
      const speaker = words.speaker ?? quote.speaker
      const key = speaker && speakers.has(speaker) ? speaker : ''
      const group = groups.get(key)
      if (group) group.push(words)
      else groups.set(key, [words])
    }
  }
  // Unattributed quotes last.
  const unattributed = groups.get('')
  if (unattributed) {
    groups.delete('')
    groups.set('', unattributed)
  }
  if (groups.size === 0) return []

  const nodes: RootContent[] = [heading(2, 'Quotes')]
  for (const [id, quotes] of groups) {
    const attribution = '\u2014 ' + (id ? describeSpeaker(speakers.get(id)!, speakers, article) : UNATTRIBUTED)
    for (const quote of quotes) {
      const node: Blockquote = {
        type: 'blockquote',
        children: [paragraph(collapse(quote.text)), paragraph(attribution)]
      }
      nodes.push(node)
    }
  }
  return nodes
}

export function statementsSection(article: Article): RootContent[] {
  if (article.statements.length === 0) return []
  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
  const nodes: RootContent[] = [heading(2, 'Statements')]
  for (const statement of article.statements) {
    nodes.push(heading(3, collapse(statement.title) || statement.id))
    const parties = names(statement.parties, speakers)
    if (parties.length > 0) {
      nodes.push(paragraph((statement.joint ? 'Issued jointly by ' : 'Issued by ') + list(parties) + '.'))
    }
    const items = excerpts(statement)
    if (items) nodes.push(items)
  }
  return nodes
}

/** Direct excerpts in curly quotation marks (they are the document's words), reported ones as given. */
function excerpts(statement: Statement): List | undefined {
  const children: ListItem[] = []
  for (const excerpt of statement.excerpts) {
    const text = collapse(excerpt.text)
    if (!text) continue
    const value = excerpt.kind === 'direct' ? '\u201C' + text + '\u201D' : text
    children.push({type: 'listItem', spread: false, children: [paragraph(value)]})
  }
  return children.length > 0 ? {type: 'list', ordered: false, spread: false, children} : undefined
}

/**
 * "Lena Voss, transport minister"; "the two ministries (Ostmark and
 * Pellin)"; "joint statement on island transport (Ostmark and Pellin)":
 * a document with the parties that issued it.
 */
function describeSpeaker(speaker: Speaker, speakers: Map<string, Speaker>, article: Article): string {
  const name = collapse(speaker.name)
  if (speaker.role) return name + ', ' + collapse(speaker.role)
  let others: string[] = []
  if (speaker.kind === 'group' && speaker.members) others = speaker.members
  if (speaker.kind === 'document') {
    others = article.statements.find((statement) => statement.speaker === speaker.id)?.parties ?? []
  }
  const members = names(others.filter((id) => id !== speaker.id), speakers)
  return members.length > 0 ? name + ' (' + list(members) + ')' : name
}

function names(ids: string[], speakers: Map<string, Speaker>): string[] {
  return ids.map((id) => speakers.get(id)).filter((speaker) => speaker !== undefined).map((speaker) => collapse(speaker.name))
}

/** "A", "A and B", "A, B and C". */
function list(items: string[]): string {
  if (items.length < 2) return items.join('')
  return items.slice(0, -1).join(', ') + ' and ' + items.at(-1)
}

export function heading(depth: 1 | 2 | 3, value: string): Heading {
  return {type: 'heading', depth, children: [{type: 'text', value}]}
}

export function paragraph(value: string): Paragraph {
  return {type: 'paragraph', children: [{type: 'text', value}]}
}
