/**
 * Quotes and statements as `hasPart` of the article.
 *
 * - A direct or partial quote → `Quotation` with `text` (the words inside
 *   the marks) and `creator`; quotes nested in it → its own `hasPart`.
 * - Reported speech → `CreativeWork` with `abstract`: the reporter's
 *   paraphrase, not the speaker's words, so not a `Quotation`; the
 *   fragments in marks nested in it → `Quotation`s in its `hasPart` (top
 *   level when reported speech is left out).
 * - A statement → `CreativeWork` named by its title, every party a
 *   `creator`, its excerpts as `hasPart` in reading order: a direct excerpt
 *   that is also an article quote is a reference (`{"@id": …}`) to that
 *   `Quotation`, so the same words are not given twice.
 */
import type {Article, Excerpt, Quote, Statement} from '@dateline/core'
import type {CreativeWork, Quotation} from 'schema-dts'
import {nodeId} from './ids.js'
import type {State} from './options.js'
import {creatorValue, type People} from './people.js'
import {collapse} from './text.js'

type Part = Quotation | CreativeWork | {'@id': string}

export function parts(article: Article, state: State, people: People): Part[] {
  const result: Part[] = []
  const emitted = new Set<string>()

  for (const quote of article.quotes) {
    if (quote.kind === 'reported' && !state.reported) {
      // The speaker's own words inside a reported clause stay, as quotations of their own.
      for (const inner of quote.nested) result.push(quotePart(inner))
      continue
    }
    result.push(quotePart(quote))
    emitted.add(quote.id)
  }

  for (const statement of article.statements) {
    result.push(statementPart(statement))
  }

  return result

  function quotePart(quote: Quote): Quotation | CreativeWork {
    // An excerpt of a statement is issued by its parties even when the
    // text names the document ("the statement said") as the speaker.
    let agents = people.agents(quote.speaker)
    if (agents.length === 0 && quote.statement) agents = people.parties(quote.statement)
    const creator = creatorValue(agents)
    const text = collapse(quote.text)

    if (quote.kind === 'reported') {
      const node: CreativeWork = {'@type': 'CreativeWork', '@id': nodeId(state.id, quote.id), abstract: text}
      if (creator) node.creator = creator
      // "said the plan was “a gift”": the fragment in marks is the speaker's words, a `Quotation` part of the paraphrase.
      if (quote.nested.length > 0) node.hasPart = quote.nested.map(quotePart)
      return node
    }

    const node: Quotation = {'@type': 'Quotation', '@id': nodeId(state.id, quote.id), text}
    if (creator) node.creator = creator
    if (quote.nested.length > 0) node.hasPart = quote.nested.map(quotePart)
    return node
  }

  function statementPart(statement: Statement): CreativeWork {
    const node: CreativeWork = {
      '@type': 'CreativeWork',
      '@id': nodeId(state.id, statement.id),
      name: collapse(statement.title)
    }
    const creator = creatorValue(people.parties(statement.id))
    if (creator) node.creator = creator
    const excerpts: Part[] = []
    for (const excerpt of statement.excerpts) {
      if (excerpt.kind === 'direct' || state.reported) excerpts.push(excerptPart(statement, excerpt))
    }
    if (excerpts.length > 0) node.hasPart = excerpts
    return node
  }

  function excerptPart(statement: Statement, excerpt: Excerpt): Part {
    if (excerpt.quote && emitted.has(excerpt.quote)) return {'@id': nodeId(state.id, excerpt.quote)}
    const creator = creatorValue(people.parties(statement.id))
    const text = collapse(excerpt.text)
    const node: Quotation | CreativeWork =
      excerpt.kind === 'direct' ? {'@type': 'Quotation', text} : {'@type': 'CreativeWork', abstract: text}
    if (excerpt.quote) node['@id'] = nodeId(state.id, excerpt.quote)
    if (creator) node.creator = creator
    return node
  }
}
