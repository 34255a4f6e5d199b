/**
 * Pass 4: quotes.
 *
 * Finds every quote in the body paragraphs, in three steps:
 *
 * 1. pair quotation marks into spans (`quotes/spans.ts`), reporting
 *    unclosed and stray marks;
 * 2. decide, for each span, whether it is speech and of which kind, with
 *    its cue and speaker mention (`quotes/attribution.ts`): `direct` (a
 *    whole utterance), `partial` (a fragment inside a sentence that has a
 *    cue), or not speech at all (a scare-quoted word, a show title);
 * 3. find reported speech without marks (`quotes/reported.ts`).
 *
 * Speakers are resolved by the next pass; this one records how the text
 * names them (`mention`) and the cue.
 */
import type {ParseContext} from './context.js'
import type {Position, Quote, QuoteKind} from './model.js'
import {analyseLead, analyseTail, type Attribution, isTerminator, leadStart, tailEnd} from './quotes/attribution.js'
import {findReported} from './quotes/reported.js'
import {pairQuotes, type Span} from './quotes/spans.js'
import {paragraphTokens, quoteNotes} from './quotes/state.js'
import {type Phrase, sentenceSubject} from './quotes/phrases.js'
import {isCapitalized, type Token, tokenAt} from './quotes/tokens.js'

/** Fewest words for an unattributed span in marks to count as an utterance ("We will win." has 3). */
const MIN_UTTERANCE_WORDS = 3
/** Longest title-like span ("The Art of the Deal", "Fox and Friends") treated as a name, in words. */
const MAX_TITLE_WORDS = 10

interface Placed {
  text: string
  start: number
  end: number
}

interface Draft {
  kind: QuoteKind
  paragraph: number
  start: number
  end: number
  text: string
  cue?: Placed
  mention?: Placed
  role?: string
  continues?: Draft
  nested: Quote[]
  quote?: Quote
}

export function quotes(context: ParseContext): void {
  const {article, text, input, locate} = context
  const paragraphs = article.paragraphs
  if (paragraphs.length === 0) return

  const ranges = paragraphs.map((paragraph) => [paragraph.position.start.offset!, paragraph.position.end.offset!] as const)
  const {spans, problems} = pairQuotes(text, ranges)
  for (const problem of problems) {
    const position = locate.position(problem.offset, problem.offset + problem.length)
    const place = position.start.line + ':' + position.start.column
    const reason =
      problem.ruleId === 'unclosed-quote'
        ? 'Unexpected unclosed quotation mark `' + problem.mark + '` at ' + place + ', close it or remove it (the quote it opens is left out)'
        : problem.ruleId === 'unmatched-quote'
          ? 'Unexpected closing quotation mark `' + problem.mark + '` at ' + place + ' with no opening mark, add the opening mark or remove it'
          : 'Unexpected quotes nested more than ' + 4 + ' levels deep at ' + place + ', the deeper levels are left out of `nested`'
    context.warn('quotes', problem.ruleId, reason, position)
  }

  const byParagraph: Span[][] = paragraphs.map(() => [])
  for (const span of spans) byParagraph[span.paragraph]!.push(span)

  const tokensOf = (index: number): Token[] => paragraphTokens(context, index)

  const drafts: Draft[] = []
  let lastSpeech: Draft | undefined
  // "Ruiz told the crowd:" ending a paragraph introduces the quote that opens the next one.
  let pendingIntro: {attribution: Attribution; tokens: Token[]; paragraph: number} | undefined
  // A paragraph with no quote whose last sentence has a person for subject introduces the quote paragraph after it.
  let introducer: {mention: Phrase; tokens: Token[]; paragraph: number} | undefined
  // Spans that run over paragraphs cover the start of the paragraphs after their first.
  let carriedUntil = -1
  // The quote of such a span, with the paragraph it closes in: "“…¶“… it,” Sexton said. “Q2.”" — Q2 goes on with it.
  let carried: {draft: Draft; paragraph: number} | undefined

  for (let index = 0; index < paragraphs.length; index++) {
    const tokens = tokensOf(index)
    const [paragraphStart, paragraphEnd] = ranges[index]!
    const here = byParagraph[index]!
    const inMarks = marksBuffer(tokens.length)
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k]!.start < carriedUntil) inMarks[k] = 1
    }
    // Text before a quote carried over from an earlier paragraph is not a lead.
    let floor = tokens.length > 0 && carriedUntil > paragraphStart ? tokenAt(tokens, Math.min(carriedUntil, paragraphEnd)) : 0
    for (const span of here) {
      for (let k = tokenAt(tokens, span.start); k < tokens.length && tokens[k]!.start < span.end; k++) inMarks[k] = 1
      if (span.endParagraph > index) carriedUntil = span.end
    }
    const usedCues = new Set<number>()
    let previous: Draft | undefined = carried && carried.paragraph === index ? carried.draft : undefined

    for (let s = 0; s < here.length; s++) {
      const span = here[s]!
      const open = tokenAt(tokens, span.start)
      const endTokens = span.endParagraph === index ? tokens : tokensOf(span.endParagraph)
      const close = tokenAt(endTokens, span.end)
      const following = here[s + 1]
      const ceiling = following && span.endParagraph === index ? tokenAt(tokens, following.start) : endTokens.length
      const leadFrom = leadStart(tokens, open, floor)
      const lead = analyseLead(tokens, leadFrom, open)
      // "told the crowd to “stay calm” and then to “go home”": a second fragment in the sentence of the first.
      const sameSentence = previous !== undefined && previous.kind === 'partial' && leadFrom === floor && floor > 0 && previous.paragraph === index
      const tailTo = tailEnd(endTokens, close, ceiling)
      const inner = span.pieces.map(([from, to]) => text.slice(from, to)).join('\n')
      // A nested quote may end the quote: “… said, ‘No,’” — the comma sits inside the inner mark.
      const punctuated = /[,.?!\u2026\u2014-][\u2019'\u201D"]*\s*$/.test(inner) || endTokens[close]?.value === ','
      const tail = punctuated ? analyseTail(endTokens, close, tailTo) : undefined
      if (span.endParagraph === index) floor = Math.max(floor, close)

      const titleLike = isTitleLike(inner)
      let kind: QuoteKind | undefined
      let attribution: Attribution | undefined
      let attributionTokens = tokens
      if (lead.kind === 'text') {
        if (lead.attribution && !titleLike) {
          attribution = lead.attribution
          kind = lead.attribution.cue?.[1] === open && startsUpper(inner) ? 'direct' : 'partial'
        } else if (tail && !titleLike) {
          attribution = tail
          attributionTokens = endTokens
          kind = 'partial'
        }
      } else if (lead.kind === 'intro' && lead.attribution) {
        attribution = lead.attribution
        kind = 'direct'
      } else if (tail) {
        attribution = tail
        attributionTokens = endTokens
        kind = 'direct'
      } else if (lead.kind === 'colon' && lead.attribution && !titleLike) {
        attribution = lead.attribution
        kind = 'direct'
      } else if (lead.kind === 'none' && s === 0 && pendingIntro && pendingIntro.paragraph === index - 1) {
        attribution = pendingIntro.attribution
        attributionTokens = pendingIntro.tokens
        kind = 'direct'
      } else if (!titleLike && isUtterance(inner)) {
        kind = 'direct'
      }
      if (lead.kind === 'text' && !attribution && sameSentence && !titleLike) kind = 'partial'
      if (!kind) continue

      const draft: Draft = {
        kind,
        paragraph: index,
        start: span.start,
        end: span.end,
        text: span.pieces.map(([from, to]) => input.slice(from, to)).join('\n'),
        nested: nestedQuotes(span, index, context)
      }
      if (attribution) {
        place(draft, attribution, attributionTokens, input)
        if (attribution.cue) {
          if (attributionTokens === tokens && kind === 'direct') usedCues.add(attribution.cue[0])
          // “Q1,” X said, “Q2.” and two fragments on one cue share one attribution.
          if (previous && previous.cue && draft.cue && previous.cue.start === draft.cue.start) {
            draft.continues = previous.continues ?? previous
          }
        }
      } else if (previous) {
        draft.continues = previous.continues ?? previous
      } else if (lastSpeech && lastSpeech.paragraph === index - 1 && isWholeParagraph(span, text, paragraphStart, paragraphEnd)) {
        // A paragraph that is only a quote goes on with the last speaker.
        draft.continues = lastSpeech.continues ?? lastSpeech
      } else if (introducer && introducer.paragraph === index - 1 && s === 0 && isWholeParagraph(span, text, paragraphStart, paragraphEnd)) {
        // "Valastro praised the governor's record.¶“We need someone who cuts through.”": the person the paragraph before ends on speaks.
        place(draft, {mention: introducer.mention}, introducer.tokens, input)
      } else {
        context.warn(
          'quotes',
          'unattributed-quote',
          'Unexpected quote with no speaker at ' + place2(locate.position(span.start, span.end)) + ', name the speaker with a cue ("…," she said) if it is speech',
          locate.position(span.start, span.end)
        )
      }
      drafts.push(draft)
      previous = draft
      lastSpeech = draft
      if (span.endParagraph > index) carried = {draft, paragraph: span.endParagraph}
    }

    pendingIntro = undefined
    introducer = here.length === 0 ? lastSentenceSubject(tokens, index) : undefined
    const last = tokens[tokens.length - 1]
    if (last && last.value === ':' && !inMarks[tokens.length - 1]) {
      const intro = analyseLead(tokens, leadStart(tokens, tokens.length, floor), tokens.length)
      if (intro.kind === 'intro' && intro.attribution) pendingIntro = {attribution: intro.attribution, tokens, paragraph: index}
    }

    // Reported speech, sentence by sentence, outside marks.
    let sentenceStart = 0
    for (let k = 0; k <= tokens.length; k++) {
      if (k < tokens.length && !(isTerminator(tokens[k]!) && !inMarks[k])) continue
      for (const found of findReported(tokens, sentenceStart, k, (i) => inMarks[i] === 1, (i) => usedCues.has(i))) {
        const first = tokens[found.clause[0]]!
        const last = tokens[found.clause[1] - 1]!
        const draft: Draft = {
          kind: 'reported',
          paragraph: index,
          start: first.start,
          end: last.end,
          text: input.slice(first.start, last.end),
          nested: []
        }
        place(draft, found.attribution, tokens, input)
        drafts.push(draft)
      }
      sentenceStart = k + 1
    }
  }

  drafts.sort((a, b) => a.start - b.start || kindOrder(a.kind) - kindOrder(b.kind))
  const notes = quoteNotes(context)
  let count = 0
  for (const draft of drafts) {
    const quote: Quote = {
      id: 'q' + ++count,
      text: draft.text,
      kind: draft.kind,
      paragraph: draft.paragraph,
      position: locate.position(draft.start, draft.end),
      nested: draft.nested
    }
    renumber(quote.nested, quote.id)
    if (draft.mention) {
      quote.mention = draft.mention.text
      quote.mentionPosition = locate.position(draft.mention.start, draft.mention.end)
    }
    if (draft.cue) {
      quote.cue = draft.cue.text
      quote.cuePosition = locate.position(draft.cue.start, draft.cue.end)
    }
    draft.quote = quote
    if (draft.role) notes.set(quote, {role: draft.role})
    article.quotes.push(quote)
  }
  for (const draft of drafts) {
    if (draft.continues?.quote) draft.quote!.continues = draft.continues.quote.id
  }
}

let buffer = new Uint8Array(1024)

/**
 * Flags with the first `length` zeroed (only those are read), reused from
 * paragraph to paragraph: allocating a typed array per paragraph cost more
 * than the scan that fills it. Valid until the next call.
 */
function marksBuffer(length: number): Uint8Array {
  if (buffer.length < length) buffer = new Uint8Array(Math.max(length, buffer.length * 2))
  buffer.fill(0, 0, length)
  return buffer
}

function place(draft: Draft, attribution: Attribution, tokens: Token[], input: string): void {
  const mention = attribution.mention
  const from = tokens[mention.from]!
  const to = tokens[mention.to - 1]!
  draft.mention = {text: input.slice(from.start, to.end), start: from.start, end: to.end}
  if (attribution.cue) {
    const first = tokens[attribution.cue[0]]!
    const last = tokens[attribution.cue[1] - 1]!
    draft.cue = {text: input.slice(first.start, last.end), start: first.start, end: last.end}
  }
  if (mention.role) {
    const first = tokens[mention.role[0]]
    const last = tokens[mention.role[1] - 1]
    if (first && last && last.end > first.start) draft.role = input.slice(first.start, last.end)
  }
}

function nestedQuotes(span: Span, paragraph: number, context: ParseContext): Quote[] {
  return span.children.map((child) => {
    const inner = child.pieces.map(([from, to]) => context.input.slice(from, to)).join('\n')
    return {
      id: '',
      text: inner,
      kind: 'partial' as const,
      paragraph,
      position: context.locate.position(child.start, child.end),
      nested: nestedQuotes(child, paragraph, context)
    }
  })
}

/** Nested quotes: `q4.1`, `q4.1.1`, ...; paragraph is the parent's. */
function renumber(nested: Quote[], parent: string): void {
  for (let i = 0; i < nested.length; i++) {
    const quote = nested[i]!
    quote.id = parent + '.' + (i + 1)
    renumber(quote.nested, quote.id)
  }
}

function kindOrder(kind: QuoteKind): number {
  return kind === 'reported' ? 1 : 0
}

function startsUpper(text: string): boolean {
  const first = text.trimStart().charAt(0)
  return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase()
}

/** "Fox and Friends", "The Art of the Deal": every content word capitalised, no sentence punctuation. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from', 'vs', 'vs.'])

function isTitleLike(text: string): boolean {
  const trimmed = text.trim()
  if (/[.?!,;:]$/.test(trimmed)) return false
  const words = trimmed.split(/\s+/)
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false
  if (words.length === 1) return false
  for (const word of words) {
    if (SMALL_WORDS.has(word)) continue
    const first = word.charAt(0)
    if (first === first.toLowerCase()) return false
  }
  return true
}

/** A whole sentence in marks: starts with a capital and ends with sentence punctuation. */
function isUtterance(text: string): boolean {
  const trimmed = text.trim()
  if (!startsUpper(trimmed)) return false
  if (!/[.?!\u2026]$/.test(trimmed)) return false
  let words = 0
  for (const part of trimmed.split(/\s+/)) if (part !== '') words++
  return words >= MIN_UTTERANCE_WORDS
}

/**
 * The subject of a paragraph's last sentence when it is a name or he/she
 * ("Valastro praised the governor's record."): the likely speaker of a
 * quote paragraph right after it. Not a role or a group ("The crowd
 * cheered."), which rarely goes on to speak a whole paragraph.
 */
function lastSentenceSubject(tokens: Token[], paragraph: number): {mention: Phrase; tokens: Token[]; paragraph: number} | undefined {
  if (tokens.length === 0) return undefined
  const from = leadStart(tokens, tokens.length - 1, 0)
  const subject = sentenceSubject(tokens, from, tokens.length)
  if (!subject) return undefined
  const first = tokens[subject.from]!
  const pronoun = subject.to - subject.from === 1 && (first.lower === 'he' || first.lower === 'she')
  if (!pronoun && !isCapitalized(tokens[subject.to - 1])) return undefined
  return {mention: subject, tokens, paragraph}
}

function isWholeParagraph(span: Span, text: string, from: number, to: number): boolean {
  return span.start === from && text.slice(span.end, to).trim().length <= 1
}

function place2(position: Position): string {
  return position.start.line + ':' + position.start.column
}
