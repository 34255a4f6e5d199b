/**
 * Links: excerpts to the quotes pass's `Quote`s (both ways), and the
 * document's own `Speaker`.
 *
 * The speakers pass makes a speaker of kind `document` for “the statement”
 * when a document speaks a quote. This pass adopts it for the statement the
 * quote belongs to, **renames it to the statement's title** (“joint statement
 * on global governance”) and keeps every earlier name and each speaking
 * mention (“the statement”) as an alias. When two statements share one such
 * speaker the first keeps it and the second gets a speaker of its own; when
 * the document speaks and no speaker exists, one is made.
 */
import type {ParseContext} from '../context.js'
import type {Excerpt, Quote, Speaker, Statement} from '../model.js'
import type {RawExcerpt} from './excerpts.js'
import type {Registry} from './registry.js'
import {partitionPoint} from '../search.js'

/** Most earlier quotes checked for overlap: quotes barely overlap, nested ones live inside their parent. */
const OVERLAP_LOOKBACK = 8

export interface QuoteIndex {
  /** The first quote of one of `kinds` overlapping `[start, end)`. */
  overlapping(start: number, end: number, kinds: ReadonlyArray<Quote['kind']>): Quote | undefined
}

export function createQuoteIndex(quotes: Quote[]): QuoteIndex {
  const sorted = [...quotes].sort((a, b) => a.position.start.offset! - b.position.start.offset!)
  return {
    overlapping(start, end, kinds) {
      const low = partitionPoint(sorted.length, (index) => sorted[index]!.position.start.offset! < end)
      // The best match: the overlapping quote whose ends are nearest the span's
      // (a partial quote inside a long span is not the span).
      let found: Quote | undefined
      let best = Infinity
      for (let index = low - 1; index >= 0 && low - index <= OVERLAP_LOOKBACK; index--) {
        const quote = sorted[index]!
        if (quote.position.end.offset! <= start || !kinds.includes(quote.kind)) continue
        const distance = Math.abs(quote.position.start.offset! - start) + Math.abs(quote.position.end.offset! - end)
        if (distance < best) {
          best = distance
          found = quote
        }
      }
      return found
    }
  }
}

export interface Built {
  statement: Statement
  /** Folded head noun of the introducing mention. */
  noun: string
  raw: RawExcerpt[]
}

/** How far a quote's ends may be from a direct excerpt's marks (a stray space or mark). */
const MARK_TOLERANCE = 2

function sameSpan(quote: Quote, start: number, end: number): boolean {
  return Math.abs(quote.position.start.offset! - start) <= MARK_TOLERANCE && Math.abs(quote.position.end.offset! - end) <= MARK_TOLERANCE
}

const directKinds: ReadonlyArray<Quote['kind']> = ['direct', 'partial']
const reportedKinds: ReadonlyArray<Quote['kind']> = ['reported']

/** Turns raw excerpts into `Excerpt`s linked to quotes, and settles each statement's speaker. */
export function finish(context: ParseContext, built: Built[], registry: Registry): void {
  const {input, locate, article} = context
  // Statements are read in the body: quotes of the headline and the dek are no excerpts.
  const index = createQuoteIndex(article.quotes.filter((quote) => quote.paragraph !== undefined))
  const claimed = new Map<string, Built>()
  const byQuote = new Map<string, Built>()

  for (const entry of built) {
    const {statement} = entry
    const seen = new Set<number>()
    const speaking: Quote[] = []
    const excerpts: Excerpt[] = []
    for (const raw of entry.raw.sort((a, b) => a.span.start - b.span.start)) {
      if (seen.has(raw.span.start)) continue
      seen.add(raw.span.start)
      let quote = index.overlapping(raw.span.start, raw.span.end, raw.kind === 'direct' ? directKinds : reportedKinds)
      // A direct excerpt is the quote with the same marks; a quote the quotes pass paired differently is not linked.
      if (quote && raw.kind === 'direct' && !sameSpan(quote, raw.span.start, raw.span.end)) quote = undefined
      // A quote already taken by another statement stays there.
      const usable = quote && (!quote.statement || quote.statement === statement.id) ? quote : undefined
      const excerpt: Excerpt =
        raw.kind === 'direct' && usable
          ? {kind: 'direct', text: usable.text, quote: usable.id, paragraph: usable.paragraph!, position: usable.position}
          : {
              kind: raw.kind,
              text: input.slice(raw.span.start + raw.mark, raw.span.end - raw.mark),
              paragraph: raw.paragraph,
              position: locate.position(raw.span.start, raw.span.end)
            }
      if (raw.kind === 'reported' && usable) excerpt.quote = usable.id
      if (usable) {
        usable.statement = statement.id
        byQuote.set(usable.id, entry)
        if (raw.documentSpeaks) speaking.push(usable)
      }
      excerpts.push(excerpt)
    }
    statement.excerpts = excerpts

    // The document speaker: the one the speakers pass gave the document's quotes, else a new one.
    const documentSpeaks = entry.raw.some((raw) => raw.documentSpeaks)
    let speaker: Speaker | undefined
    for (const quote of speaking) {
      const candidate = quote.speaker ? registry.byId(quote.speaker) : undefined
      if (candidate?.kind === 'document' && !claimed.has(candidate.id)) {
        speaker = candidate
        break
      }
    }
    if (!speaker && documentSpeaks) speaker = registry.create(statement.title, 'document')
    if (!speaker) continue
    claimed.set(speaker.id, entry)
    statement.speaker = speaker.id
    if (speaker.name !== statement.title) {
      const old = speaker.name
      speaker.name = statement.title
      registry.alias(speaker, old)
    }
    for (const raw of entry.raw) {
      if (!raw.documentSpeaks) continue
      const phrase = input.slice(raw.mention.phrase.start, raw.mention.phrase.end)
      if (phrase.toLowerCase() !== 'it') registry.alias(speaker, phrase)
    }
    for (const quote of speaking) {
      const current = quote.speaker ? registry.byId(quote.speaker) : undefined
      // Re-point quotes with no speaker, or with another statement's document speaker.
      if (!current || (current.kind === 'document' && current.id !== speaker.id)) quote.speaker = speaker.id
    }
  }

  // Quotes the quotes pass tied to a document speaker or to an excerpt (“continues”) that no
  // sentence rule caught: excerpts too, of the statement that claimed the speaker.
  const grown = new Set<Statement>()
  for (const quote of article.quotes) {
    if (quote.statement || quote.kind === 'reported' || quote.paragraph === undefined) continue
    const entry = (quote.continues ? byQuote.get(quote.continues) : undefined) ?? (quote.speaker ? claimed.get(quote.speaker) : undefined)
    if (!entry || quote.position.start.offset! < entry.statement.position.start.offset!) continue
    quote.statement = entry.statement.id
    byQuote.set(quote.id, entry)
    entry.statement.excerpts.push({kind: 'direct', text: quote.text, quote: quote.id, paragraph: quote.paragraph, position: quote.position})
    grown.add(entry.statement)
  }
  for (const statement of grown) statement.excerpts.sort((a, b) => a.position.start.offset! - b.position.start.offset!)
}
