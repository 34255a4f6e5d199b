/**
 * Pass 5: speakers.
 *
 * Turns the mention of each quote (set by the quotes pass) into a `Speaker`
 * entity, in reading order, so that short forms and pronouns can refer back
 * (`speakers/resolve.ts`). A quote that continues another takes its
 * speaker. A mention that cannot be placed keeps its text, gets no
 * `speaker`, and raises an `unresolved-speaker` message.
 */
import type {ParseContext} from './context.js'
import type {Quote} from './model.js'
import {paragraphTokens, quoteNotes} from './quotes/state.js'
import {indexNames} from './speakers/names.js'
import {Resolver} from './speakers/resolve.js'
import {partitionPoint} from './search.js'

export function speakers(context: ParseContext): void {
  const {article, locate} = context
  if (article.quotes.length === 0) return

  // Every pair of marks in the body, quote or title, in text order: names inside them are not the narrative's subjects.
  const marks = context.shared.marks ?? []
  const inQuote = (offset: number): boolean => {
    const at = partitionPoint(marks.length / 2, (index) => marks[2 * index]! <= offset) - 1
    return at >= 0 && offset < marks[2 * at + 1]!
  }
  const resolver = new Resolver(() =>
    indexNames(
      article.paragraphs.map((paragraph) => paragraphTokens(context, paragraph.index)),
      inQuote
    )
  )
  const notes = quoteNotes(context)
  const byId = new Map<string, Quote>()

  // Mentions in reading order of the mention itself ("“…,” he said" reads the quote first).
  const ordered = [...article.quotes].sort(
    (a, b) => (a.mentionPosition?.start.offset ?? a.position.start.offset!) - (b.mentionPosition?.start.offset ?? b.position.start.offset!)
  )
  for (const quote of ordered) {
    byId.set(quote.id, quote)
    if (!quote.mention || !quote.mentionPosition) continue
    const note = notes.get(quote)
    // "leaders who say": the relative pronoun is resolved through the phrase it stands for.
    const speaker = note?.antecedent
      ? resolver.resolve(note.antecedent.text, note.antecedent.offset, note.role)
      : resolver.resolve(
          quote.mention,
          quote.mentionPosition.start.offset!,
          note?.role,
          // ("Blair's government was bossy, he added": a pronoun does not stand for a name in the clause it reports.)
          quote.kind === 'reported' && quote.position.start.offset! < quote.mentionPosition.start.offset! ? [quote.position.start.offset!, quote.position.end.offset!] : undefined
        )
    if (speaker) {
      quote.speaker = speaker.id
    } else {
      const place = quote.mentionPosition.start.line + ':' + quote.mentionPosition.start.column
      context.warn(
        'speakers',
        'unresolved-speaker',
        'Unexpected speaker `' + quote.mention + '` at ' + place + ' that refers to no one named before it, name the speaker in the text to resolve it',
        quote.mentionPosition
      )
    }
  }
  for (const quote of article.quotes) {
    const head = quote.continues ? byId.get(quote.continues) : undefined
    if (head?.speaker) quote.speaker = head.speaker
    // A fragment nested in a reported clause speaks with that clause's speaker.
    if (quote.kind === 'reported' && quote.speaker) for (const inner of quote.nested) inner.speaker = quote.speaker
  }
  article.speakers.push(...resolver.speakers)
  void locate
}
