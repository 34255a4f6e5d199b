/**
 * What every article must satisfy, whatever the input: used by the
 * adversarial tests here and by the property tests of
 * `@dateline/integration`.
 *
 * Throws an `Error` naming the first broken rule (with the input's length
 * and the node), so that a fast-check counterexample says what broke.
 */
import type {Article, Position, Quote} from '../src/model.js'

/** Characters that may be left out of every layout part: white space, controls, zero-width marks. */
const droppable = /[\s\u0000-\u001F\u007F\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/

export function checkArticle(input: string, article: Article): void {
  const fail = (rule: string, detail: unknown) => {
    throw new Error(`${rule} (input of ${input.length} characters): ${JSON.stringify(detail).slice(0, 300)}`)
  }
  const inBounds = (position: Position | undefined, what: string) => {
    if (!position) return fail('missing position', what)
    const {start, end} = position
    if (!(start.offset! >= 0 && start.offset! <= end.offset! && end.offset! <= input.length)) fail('position out of bounds', {what, position})
  }
  const slice = (position: Position) => input.slice(position.start.offset, position.end.offset)
  const exact = (node: {text: string; position: Position} | undefined, what: string) => {
    if (!node) return
    inBounds(node.position, what)
    if (slice(node.position) !== node.text) fail('position does not slice to the text', {what, text: node.text, slice: slice(node.position)})
  }

  // Layout parts: each slices to its text, none overlaps another, and
  // together they hold every non-white-space character.
  const parts: Array<{text: string; position: Position; what: string}> = []
  const add = (node: {text: string; position: Position} | undefined, what: string) => {
    if (node) parts.push({text: node.text, position: node.position, what})
  }
  add(article.headline, 'headline')
  add(article.dek, 'dek')
  add(article.source, 'source')
  add(article.byline, 'byline')
  add(article.dateline, 'dateline')
  for (const date of article.dates) add(date, 'date')
  for (const paragraph of article.paragraphs) add(paragraph, 'paragraph ' + paragraph.index)
  for (const block of article.boilerplate) add(block, 'boilerplate')
  for (const part of parts) exact(part, part.what)
  parts.sort((a, b) => a.position.start.offset! - b.position.start.offset!)
  for (let index = 1; index < parts.length; index++) {
    if (parts[index]!.position.start.offset! < parts[index - 1]!.position.end.offset!) {
      fail('layout parts overlap', [parts[index - 1]!.what, parts[index]!.what])
    }
  }
  const covered = new Uint8Array(input.length)
  for (const part of parts) covered.fill(1, part.position.start.offset!, part.position.end.offset!)
  for (let index = 0; index < input.length; index++) {
    if (!covered[index] && !droppable.test(input[index]!)) fail('lost a character', {index, character: input[index]})
  }

  // Paragraphs in order, sentences inside their paragraph.
  let previousEnd = -1
  for (const [index, paragraph] of article.paragraphs.entries()) {
    if (paragraph.index !== index) fail('paragraph index out of order', {index, paragraph: paragraph.index})
    if (paragraph.position.start.offset! < previousEnd) fail('paragraphs out of order', index)
    previousEnd = paragraph.position.end.offset!
    for (const sentence of paragraph.sentences) {
      exact(sentence, 'sentence in paragraph ' + index)
      if (sentence.position.start.offset! < paragraph.position.start.offset! || sentence.position.end.offset! > paragraph.position.end.offset!) {
        fail('sentence outside its paragraph', {index, sentence: sentence.text})
      }
    }
  }

  // Ids: unique, and every reference resolves.
  const quoteIds = new Set<string>()
  const allQuotes: Quote[] = []
  const collect = (quote: Quote) => {
    if (quoteIds.has(quote.id)) fail('duplicate quote id', quote.id)
    quoteIds.add(quote.id)
    allQuotes.push(quote)
    for (const nested of quote.nested) collect(nested)
  }
  for (const quote of article.quotes) collect(quote)
  const speakerIds = new Set(article.speakers.map((speaker) => speaker.id))
  const statementIds = new Set(article.statements.map((statement) => statement.id))
  if (speakerIds.size !== article.speakers.length) fail('duplicate speaker id', article.speakers.map((speaker) => speaker.id))
  if (statementIds.size !== article.statements.length) fail('duplicate statement id', article.statements.map((statement) => statement.id))
  const paragraphCount = article.paragraphs.length

  for (const quote of allQuotes) {
    inBounds(quote.position, 'quote ' + quote.id)
    // A quote is in a body paragraph, or in the headline or the dek (`block`), never both.
    if (quote.block === undefined) {
      if (!(quote.paragraph !== undefined && quote.paragraph >= 0 && quote.paragraph < paragraphCount)) fail('quote paragraph does not resolve', quote.id)
    } else {
      const block = quote.block === 'headline' ? article.headline : quote.block === 'dek' ? article.dek : undefined
      if (!block || quote.paragraph !== undefined) fail('quote block does not resolve', {id: quote.id, block: quote.block})
      else if (quote.position.start.offset! < block.position.start.offset! || quote.position.end.offset! > block.position.end.offset!) fail('quote outside its block', quote.id)
    }
    const span = slice(quote.position)
    if (quote.kind === 'reported') {
      if (span !== quote.text) fail('reported quote position does not slice to its text', {id: quote.id, text: quote.text, span})
    } else {
      // The text is what lies inside the marks (pieces joined by a line
      // break when the quote runs over paragraphs): each piece is in the span.
      let from = 0
      for (const piece of quote.text.split('\n')) {
        const at = span.indexOf(piece, from)
        if (at === -1) fail('quote text is not inside its span', {id: quote.id, text: quote.text, span})
        from = at + piece.length
      }
    }
    if (quote.mention !== undefined) exact({text: quote.mention, position: quote.mentionPosition!}, 'mention of ' + quote.id)
    if (quote.cue !== undefined) exact({text: quote.cue, position: quote.cuePosition!}, 'cue of ' + quote.id)
    if (quote.speaker !== undefined && !speakerIds.has(quote.speaker)) fail('quote speaker does not resolve', {id: quote.id, speaker: quote.speaker})
    if (quote.continues !== undefined && !quoteIds.has(quote.continues)) fail('quote continues does not resolve', {id: quote.id, continues: quote.continues})
    if (quote.statement !== undefined && !statementIds.has(quote.statement)) fail('quote statement does not resolve', {id: quote.id, statement: quote.statement})
  }
  for (const speaker of article.speakers) {
    if (typeof speaker.name !== 'string' || speaker.name === '') fail('speaker without a name', speaker)
    for (const member of speaker.members ?? []) if (!speakerIds.has(member)) fail('group member does not resolve', {id: speaker.id, member})
  }
  for (const statement of article.statements) {
    inBounds(statement.position, 'statement ' + statement.id)
    for (const party of statement.parties) if (!speakerIds.has(party)) fail('statement party does not resolve', {id: statement.id, party})
    if (statement.speaker !== undefined && !speakerIds.has(statement.speaker)) fail('statement speaker does not resolve', statement.id)
    for (const excerpt of statement.excerpts) {
      inBounds(excerpt.position, 'excerpt of ' + statement.id)
      if (!(excerpt.paragraph >= 0 && excerpt.paragraph < paragraphCount)) fail('excerpt paragraph does not resolve', statement.id)
      if (excerpt.quote !== undefined && !quoteIds.has(excerpt.quote)) fail('excerpt quote does not resolve', {id: statement.id, quote: excerpt.quote})
    }
  }
  for (const message of article.messages) {
    if (typeof message.reason !== 'string' || message.reason === '' || message.fatal !== false) fail('malformed message', message)
    if (message.position) inBounds(message.position, 'message ' + message.ruleId)
  }

  // Plain JSON: no cycles, no classes, nothing lost in a round trip.
  const json = JSON.stringify(article)
  if (json !== JSON.stringify(JSON.parse(json))) fail('article does not round-trip through JSON', '')
}
