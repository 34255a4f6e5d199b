/**
 * Excerpts: what a sentence gives of a document.
 *
 * - Direct: a quoted span next to the attribution (“‘…,’ the statement
 *   said”, “the statement read: ‘…’”, “‘…,’ the company said in a
 *   statement”), and the quotes that run on from it with no attribution of
 *   their own (“‘…,’ the statement said. ‘…’”).
 * - Reported: the clause after a verb of saying (“the two ministers said no
 *   country should …”), or the whole sentence when an action verb carries the
 *   content (“Noting that …, the statement called for …”).
 *
 * Quote spans are read here from the marks (see `sentences.ts`) so the pass
 * works without the quotes pass; `link.ts` ties them to its `Quote`s.
 */
import type {Mention, Span} from './detect.js'
import {sayingForms} from './lexicon.js'
import type {QuoteSpan, SentenceRange} from './sentences.js'
import {partitionPoint} from '../search.js'

export interface RawExcerpt {
  kind: 'direct' | 'reported'
  /** For direct excerpts: the span with its marks. For reported: the clause. */
  span: Span
  /** Length of the marks at each end (1, or 2 for `''`), for direct excerpts. */
  mark: number
  paragraph: number
  /** Whether the document itself is the speaker (“the statement said”), not its issuers. */
  documentSpeaks: boolean
  mention: Mention
}

/** Most words between an attribution and the colon before its quote (“said in a statement on Tuesday: “…””). */
const GAP_MAX_WORDS = 5

const sentenceEnd = new Set(['.', '!', '?'])
const trailingComma = /,$/

/** Fewest words in a reported excerpt (“said in part” is none). */
const MIN_REPORTED_WORDS = 3

/** The excerpts one mention gives, in reading order. */
export function excerptsOf(
  text: string,
  mention: Mention,
  spans: QuoteSpan[],
  paragraphEnd: number
): RawExcerpt[] {
  const result: RawExcerpt[] = []
  const documentSpeaks = mention.role === 'subject' || mention.role === 'inverted'
  const sentence = mention.sentence
  const direct = (span: QuoteSpan): RawExcerpt => ({
    kind: 'direct',
    span: {start: span.start, end: span.end},
    mark: text.startsWith("''", span.start) ? 2 : 1,
    paragraph: sentence.paragraph,
    documentSpeaks,
    mention
  })

  // A quote that ends right before the attribution: “‘…,’ the statement said”.
  let last = -1
  const beforeIndex = lastEndingBefore(spans, mention.attribution.start)
  const before = spans[beforeIndex]
  if (before && isPunctuationGap(text, before.end, mention.attribution.start) && runsIntoAttribution(text, before, mention.attribution.start)) {
    result.push(direct(before))
    last = beforeIndex
  }

  // A quote that opens right after it: “the statement read: ‘…’”.
  const afterIndex = firstStartingAfter(spans, Math.max(mention.attribution.end, mention.title.end))
  const after = spans[afterIndex]
  if (after && afterIndex !== last && isLeadGap(text, Math.max(mention.attribution.end, mention.title.end), after.start)) {
    result.push(direct(after))
    last = afterIndex
  }

  // Quotes that run on with no attribution of their own: “‘…,’ it said. ‘…’”
  if (last !== -1) {
    let index = last + 1
    let from = Math.max(spans[last]!.end, sentence.end)
    while (index < spans.length) {
      const next = spans[index]!
      if (!isPunctuationGap(text, from, next.start, true)) break
      if (!runsOn(text, spans, index, paragraphEnd)) break
      result.push(direct(next))
      from = next.end
      index++
    }
  }

  const reported = result.length > 0 && mention.leadingClause ? undefined : reportedSpan(text, mention, sentence)
  if (reported) {
    result.push({kind: 'reported', span: reported, mark: 0, paragraph: sentence.paragraph, documentSpeaks, mention})
  }
  return result.sort((a, b) => a.span.start - b.span.start)
}

function reportedSpan(text: string, mention: Mention, sentence: SentenceRange): Span | undefined {
  if (mention.leadingClause) return mention.leadingClause
  const start = mention.sentenceContent ? sentence.start : mention.clauseStart
  if (start === undefined) return undefined
  let end = mention.clauseEnd ?? sentence.end
  while (end > start && (sentenceEnd.has(text.charAt(end - 1)) || text.charAt(end - 1) === ' ')) end--
  // A clause too short to be content: “said on Tuesday”.
  let words = 1
  for (let index = start; index < end && words < MIN_REPORTED_WORDS; index++) if (text.charAt(index) === ' ') words++
  if (words < MIN_REPORTED_WORDS) return undefined
  return {start, end}
}

/**
 * Whether the quote at `index` stands alone: it closes its paragraph, or it
 * ends a sentence and the next thing is another quote (checked in turn).
 * “‘…’ he added” after it means the quote has an attribution of its own.
 */
function runsOn(text: string, spans: QuoteSpan[], index: number, paragraphEnd: number): boolean {
  const span = spans[index]!
  let next = span.end
  while (next < paragraphEnd && text.charAt(next) === ' ') next++
  if (next >= paragraphEnd) return true
  const lastInside = text.charAt(span.end - (text.startsWith("''", span.start) ? 3 : 2))
  return sentenceEnd.has(lastInside) && spans[index + 1]?.start === next
}

/**
 * “‘…,’ the statement said” / “‘…?’ said the statement”: the quote hands
 * over to the attribution with a comma (inside or outside the marks), a
 * question or exclamation mark, or a dash. A quote that ends its sentence
 * with a full stop (“insisting: ‘He didn't say it.’ The statement added: …”)
 * is not the statement's.
 */
function runsIntoAttribution(text: string, span: QuoteSpan, attribution: number): boolean {
  if (text.slice(span.end, attribution).includes(',')) return true
  let index = span.end - 1
  while (index > span.start && (text.charAt(index) === '”' || text.charAt(index) === '"' || text.charAt(index) === "'" || text.charAt(index) === '»')) index--
  const last = text.charAt(index)
  return last === ',' || last === '!' || last === '?' || last === '—' || last === '–' || last === '-' || last === '…'
}

/** Only spaces and commas between `from` and `to` (and sentence ends when `period`). */
function isPunctuationGap(text: string, from: number, to: number, period = false): boolean {
  if (to < from) return false
  for (let index = from; index < to; index++) {
    const character = text.charAt(index)
    if (character === ' ' || character === ',' || character === '\n') continue
    if (period && sentenceEnd.has(character)) continue
    return false
  }
  return true
}

/** Between an attribution and its quote: nothing, a colon, or a few words then a colon. */
function isLeadGap(text: string, from: number, to: number): boolean {
  if (to < from) return false
  const gap = text.slice(from, to).trim()
  if (gap === '' || gap === ':' || gap === ',' || gap === 'that') return true
  if (gap.includes('.')) return false
  const words = gap.split(' ')
  if (words.length > GAP_MAX_WORDS) return false
  if (gap.endsWith(':')) return true
  // “issued a statement Sunday saying, ‘…’”
  const last = words[words.length - 1]!.replace(trailingComma, '').toLowerCase()
  return sayingForms.has(last)
}

function lastEndingBefore(spans: QuoteSpan[], offset: number): number {
  return partitionPoint(spans.length, (index) => spans[index]!.end <= offset) - 1
}

function firstStartingAfter(spans: QuoteSpan[], offset: number): number {
  return partitionPoint(spans.length, (index) => spans[index]!.start < offset)
}
