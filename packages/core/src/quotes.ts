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
import {analyseBareTail, analyseLead, analyseTail, type Attribution, isTerminator, leadStart, tailEnd} from './quotes/attribution.js'
import {findReported, holdsFiniteVerb, type ReportedAttribution} from './quotes/reported.js'
import {pairQuotes, type Span} from './quotes/spans.js'
import {paragraphTokens, quoteNotes} from './quotes/state.js'
import {actAside, opensSubject, type Phrase, phraseAfter, sentenceSubject} from './quotes/phrases.js'
import {CLOSING_MARKS, countWords, isCapitalized, isDash, isPossessive, materialize, OPENING_MARKS, startsUppercase, TITLE_SMALL_WORDS, type Token, tokenAt} from './quotes/tokens.js'
import {dekQuotes, headlineQuotes} from './quotes/headline.js'
import {ARTICLES_AND_OWNERS, cueAt, LISTENER_CUES, PERSONAL_PRONOUNS, startsCue} from './quotes/cues.js'
import {interviewee, transcriptLabels} from './quotes/transcript.js'
import {introducesBlock, isBlockQuote} from './quotes/block-quote.js'
import {embeddedPost} from './quotes/embed.js'
import {tokenizeBlock} from './prose.js'
import {partitionPoint} from './search.js'

/** Words between a cue and a title in marks that hands the cue on: "said on", "told Tarn Radio's". */
const MAX_BEFORE_TITLE = 3

/** A paragraph that may open with a speaker label: a capital, then a colon within 60 characters. */
const LABEL_SHAPE = /^[A-Z][^:\n]{0,60}:/

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
  /** Absent for a quote in the headline or the dek. */
  paragraph?: number
  block?: 'headline' | 'dek'
  start: number
  end: number
  text: string
  cue?: Placed
  mention?: Placed
  role?: string
  antecedent?: {text: string; offset: number}
  continues?: Draft
  nested: Quote[]
  quote?: Quote
  /** The reported quote this partial was nested in, or `this`'s place taken by the partial (see `nestPartials`). */
  merged?: Draft
  /** Words in marks that a cue stands by, whose speaker no rule reads: they lend no earlier speaker ("kept, unattributed"). */
  unread?: boolean
}

export function quotes(context: ParseContext): void {
  const {article, text, input, locate} = context
  const paragraphs = article.paragraphs
  const drafts: Draft[] = blockDrafts(context)
  if (paragraphs.length === 0) {
    emit(context, drafts)
    return
  }

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
  const marks: number[] = (context.shared.marks = [])
  for (const span of spans) {
    byParagraph[span.paragraph]!.push(span)
    marks.push(span.start, span.end)
  }

  const tokensOf = (index: number): Token[] => paragraphTokens(context, index)
  // "VARGA: Do you think …": transcript lines (only paragraphs shaped like one are tokenized ahead).
  const labels = transcriptLabels(paragraphs.map((paragraph, index) => (LABEL_SHAPE.test(paragraph.text) ? tokensOf(index) : [])))

  let lastSpeech: Draft | undefined
  // Reported speech that ends a paragraph after its last quote in marks: "…, Holm said.¶“Q.”" — Q goes on with it.
  let endingReport: {draft: Draft; paragraph: number} | undefined
  // Who answers an interview's "A:" lines, looked for once, at the first such line.
  let answerer: {name: string | undefined} | undefined
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
    const colon = labels[index]
    // The marks of a transcript line are inside its speaker's words ("A: I told them, ‘Go home.’"): nested in the line's quote,
    // not quotes of their own.
    const inLine = colon !== undefined && here.every((span) => span.start >= tokens[colon]!.end && span.endParagraph === index)
    // "<tweet author="@AdaHolm">…</tweet>", "… — Ada Holm (@AdaHolm) June 29, 2016": a post embedded in the article is its
    // author's words; marks in it are nested in it (and the marks of the markup's attributes are no quotes).
    const embed = colon === undefined && here.every((span) => span.endParagraph === index) ? embeddedPost(text, paragraphStart, paragraphEnd) : undefined
    const spans = inLine || embed ? [] : here
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
    // "told “Harbour Hour.” “We will …”": a title in marks right after a cue is the listener; the quote after it is the speech.
    let afterTitle: {attribution: Attribution; end: number} | undefined
    const firstDraft = drafts.length
    let previous: Draft | undefined = carried && carried.paragraph === index ? carried.draft : undefined
    const floor0 = floor
    const unattributed: Draft[] = []
    // Those of them that open a paragraph of their own.
    const paragraphOnly = new Set<Draft>()
    let subject: ReturnType<typeof lastSentenceSubject>

    for (let s = 0; s < spans.length; s++) {
      const span = spans[s]!
      const open = tokenAt(tokens, span.start)
      const endTokens = span.endParagraph === index ? tokens : tokensOf(span.endParagraph)
      const close = tokenAt(endTokens, span.end)
      const following = spans[s + 1]
      const ceiling = following && span.endParagraph === index ? tokenAt(tokens, following.start) : endTokens.length
      const leadFrom = leadStart(tokens, open, floor)
      let lead = analyseLead(tokens, leadFrom, open)
      // "… how many boats the storm – armed with “gale winds” – could sink: “…”": words in marks earlier in the sentence
      // cut the lead short; the subject of a colon's sentence is read from the sentence's start.
      // ("As Ada Holm, author of “The Quiet Quay,” put it, “…”": so do a title's marks before an introducing cue.)
      if ((lead.kind === 'colon' || lead.kind === 'text') && !lead.attribution && leadFrom === floor && floor > 0) {
        // (Read back at most MAX_COLON_LEAD tokens: one long sentence of many such quotes stays linear.)
        const sentenceFrom = leadStart(tokens, open, Math.max(0, open - MAX_COLON_LEAD))
        if (sentenceFrom < leadFrom && (sentenceFrom === 0 || isTerminator(tokens[sentenceFrom - 1]!))) {
          const whole = analyseLead(tokens, sentenceFrom, open)
          if ((whole.kind === 'colon' || (lead.kind === 'text' && whole.kind === 'intro')) && whole.attribution) lead = whole
        }
      }
      // "told the crowd to “stay calm” and then to “go home”": a second fragment in the sentence of the first.
      const sameSentence = previous !== undefined && previous.kind === 'partial' && leadFrom === floor && floor > 0 && previous.paragraph === index
      const tailTo = tailEnd(endTokens, close, ceiling)
      const inner = span.pieces.map(([from, to]) => text.slice(from, to)).join('\n')
      // A nested quote may end the quote: “… said, ‘No,’” — the comma sits inside the inner mark.
      const punctuated = /[,.?!\u2026\u2014-][\u2019'\u201D"]*\s*$/.test(inner) || endTokens[close]?.value === ','
      let tail = punctuated ? analyseTail(endTokens, close, tailTo) : analyseBareTail(endTokens, close, tailTo)
      // "“Nobody owns the tide.” Officials said the pier was safe.": after a whole sentence in marks, a cue with a clause
      // of its own starts new reported speech; it does not attribute the quote.
      if (tail && /[.!?\u2026][\u2019'\u201D"]*\s*$/.test(inner) && clauseAfter(endTokens, tail)) tail = undefined
      if (span.endParagraph === index) floor = Math.max(floor, close)
      // "“Q1.” ― Ada Holm¶“Q2.”" on lines of one paragraph: the credit is Q1's tail, no lead of Q2.
      if (tail && !tail.cue && span.endParagraph === index) floor = Math.max(floor, tailTo)

      // "“Morning Tide,” Holm admitted the fees were high": a title with its comma inside the marks, before a cue that
      // has a clause of its own, is no utterance.
      // "said on “Harbour Hour Today.”", "told “Harbour Hour,” a radio show": inside a sentence, the comma or period within the
      // closing mark is the sentence's, and the title is still a title.
      // "on Tarn Radio's “Harbour Hour,” Holm said": capitalised words in marks right after a possessive name a show or a work.
      // ("host of radio’s “Harbour Nights,”", "told Tarn Radio’s “Dawn”": whoever owns it.)
      const owned = open > 0 && isPossessive(tokens[open - 1]!.value) && isTitleWords(inner)
      // "said in her 2012 book, “A Harbour Daughter.”": capitalised words after a work and its comma are its title.
      const titled = tokens[open - 1]?.value === ',' && TITLE_HOLDERS.has(tokens[open - 2]?.lower ?? '') && isTitleWords(inner)
      const titleLike =
        owned ||
        titled ||
        isTitleLike(inner) ||
        (lead.kind === 'text' && isTitleLike(inner.replace(/[.,]\s*$/, ''))) ||
        (tail !== undefined && isTitleLike(inner.replace(/,\s*$/, '')) && clauseAfter(endTokens, tail))
      let kind: QuoteKind | undefined
      // Set when the text attributes the words (a cue stands by them) but no rule reads who: no earlier speaker is lent to them.
      let unread = false
      let attribution: Attribution | undefined
      let attributionTokens = tokens
      // "The pier, which Brandt called safe, is “a disgrace,” Holm said.": a fragment whose comma sits inside its closing mark,
      // before a tail that names a speaker, is the tail's; a cue earlier in its sentence is another attribution.
      const tailFirst = lead.kind === 'text' && tail?.cue !== undefined && tail.mention !== undefined && /,\s*$/.test(inner) && !titleLike
      if (lead.kind === 'text' && tailFirst) {
        attribution = tail
        attributionTokens = endTokens
        kind = 'partial'
      } else if (lead.kind === 'text') {
        if (lead.attribution && !titleLike) {
          attribution = lead.attribution
          kind = lead.attribution.cue?.[1] === open && startsUpper(inner) ? 'direct' : 'partial'
        } else if (tail && !titleLike) {
          attribution = tail
          attributionTokens = endTokens
          kind = 'partial'
        } else if (!titleLike && isUtterance(inner) && INTRODUCING.has(tokens[open - 1]?.value ?? '')) {
          // "When she came back she began by saying, “I see no need …”": a whole sentence in marks after a comma, a colon or a dash
          // is an utterance even when no speaker is found for it; it is kept, unattributed when a cue of its sentence stands before
          // it (else it may go on with the speaker before: "Her answer was, “We will not pay.”").
          kind = 'direct'
          unread = cueWithin(tokens, leadFrom - 1, open)
        }
      } else if (lead.kind === 'intro' && lead.attribution && !titled && !(tail && isDash(tokens[open - 1])) && !(tail?.cue && reportsClauseBefore(tokens, lead.attribution, open))) {
        // "… but the engineers deny it — “why lie?” asked Holm": a dash before the mark introduces less surely than the tail attributes.
        attribution = lead.attribution
        // "The board's spending, Varga said, “is a perfect example of waste” …": an attribution between commas inside a sentence
        // that the words in marks go on with: a fragment of reported speech that runs around the attribution, not an utterance.
        kind = parenthetical(tokens, leadFrom, lead.attribution, open) && LOWERCASE_START.test(inner) ? 'partial' : 'direct'
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
      } else if (!titleLike && isUtterance(inner, text.slice(span.end, span.end + 1))) {
        kind = 'direct'
      } else if (!titleLike && lead.kind === 'none' && s === 0 && span.endParagraph === index && startsUpper(inner) && countWords(endTokens, tokenAt(tokens, span.start), close, MIN_UTTERANCE_WORDS + 1) > MIN_UTTERANCE_WORDS && opensParagraph(span, text, paragraphStart, paragraphEnd)) {
        // "“The idea is absurd. No, Brandt. -H”": a paragraph that is all words in marks is an utterance, however it ends.
        kind = 'direct'
      } else if (!titleLike && lead.kind === 'none' && isOpenUtterance(inner)) {
        // "“We have had better summers,” the pilots on the morning ferry all said": words in marks that open a sentence and end
        // in its comma are still said; kept. Before a cue of their own sentence that the tail rules do not read, unattributed
        // (they lend no earlier speaker); with no cue there ("“…,” which votes in June."), they go on with the speaker before.
        kind = 'direct'
        unread = cueWithin(endTokens, close, tailTo)
      }
      if (lead.kind === 'text' && !attribution && sameSentence && !titleLike) kind = 'partial'
      if (!attribution && afterTitle && /^[\s.,:;\u2014\u2013-]*$/.test(text.slice(afterTitle.end, span.start)) && startsUpper(inner)) {
        attribution = afterTitle.attribution
        attributionTokens = tokens
        kind = 'direct'
        // The cue is this quote's now: no reported clause starts at the title.
        usedCues.add(attribution.cue![0])
      }
      // ("said on “Harbour Hour”: “…”" too: a few words may stand between the cue and the title.)
      afterTitle =
        titleLike && lead.kind === 'text' && lead.attribution?.cue && open - lead.attribution.cue[1] <= MAX_BEFORE_TITLE ? {attribution: lead.attribution, end: span.end} : undefined
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
      } else if (unread) {
        draft.unread = true
        unattributed.push(draft)
      } else if (previous) {
        draft.continues = previous.continues ?? previous
      } else if (lastSpeech && lastSpeech.paragraph === index - 1 && opensParagraph(span, text, paragraphStart, paragraphEnd)) {
        // A paragraph that is only a quote goes on with the last speaker.
        draft.continues = lastSpeech.continues ?? lastSpeech
      } else if (introducer && introducer.paragraph === index - 1 && s === 0 && opensParagraph(span, text, paragraphStart, paragraphEnd)) {
        // "Valastro praised the governor's record.¶“We need someone who cuts through.”": the person the paragraph before ends on speaks.
        place(draft, {mention: introducer.mention}, introducer.tokens, input)
      } else if (leadFrom === open && open > floor0 && (subject = lastSentenceSubject(tokens, index, open, floor0))) {
        // "Hannity is unapologetic. “I'm not hiding it.”": a quote that opens a sentence, after one whose subject is a person.
        place(draft, {mention: subject.mention}, tokens, input)
      } else {
        // Settled after the paragraph's reported speech is known (it may be the speaker's: "She said X. “Y.”").
        unattributed.push(draft)
        if (s === 0 && opensParagraph(span, text, paragraphStart, paragraphEnd)) paragraphOnly.add(draft)
      }
      drafts.push(draft)
      previous = draft
      lastSpeech = draft
      if (span.endParagraph > index) carried = {draft, paragraph: span.endParagraph}
    }

    // A transcript line ("VARGA: …"), or a block quote that lost its marks after "Holm said:": words without marks that are
    // a speaker's, a direct quote with no marks (and, for a label, no cue).
    const unmarked =
      spans.length > 0
        ? undefined
        : colon !== undefined
          ? {from: colon + 1, attribution: {mention: {from: 0, to: colon}}, tokens}
          : pendingIntro && pendingIntro.paragraph === index - 1 && introducesBlock(pendingIntro.attribution, pendingIntro.tokens) && isBlockQuote(tokens)
            ? {from: 0, attribution: pendingIntro.attribution, tokens: pendingIntro.tokens}
            : undefined
    if (embed) {
      const nested = here.filter((span) => span.start >= embed.text[0] && span.end <= embed.text[1]).map((span) => spanQuote(span, index, context))
      const draft: Draft = {kind: 'direct', paragraph: index, start: embed.text[0], end: embed.text[1], text: input.slice(embed.text[0], embed.text[1]), nested}
      draft.mention = {text: input.slice(embed.mention[0], embed.mention[1]), start: embed.mention[0], end: embed.mention[1]}
      drafts.push(draft)
      lastSpeech = draft
      previous = draft
      for (let k = 0; k < tokens.length; k++) inMarks[k] = 1
    } else if (unmarked) {
      const first = tokens[unmarked.from]!
      const last = tokens[tokens.length - 1]!
      // (The marks inside a transcript line are quotes nested in it.)
      const nested = here.map((span) => spanQuote(span, index, context))
      const draft: Draft = {kind: 'direct', paragraph: index, start: first.start, end: last.end, text: input.slice(first.start, last.end), nested}
      place(draft, unmarked.attribution, unmarked.tokens, input)
      const label = colon === 1 ? tokens[0]!.value : ''
      if (draft.mention && (label === 'Q' || label === 'A')) {
        // An interview: "A" is the one the text says was interviewed, "Q" the interviewer; unnamed, they stay unresolved.
        answerer ??= {name: interviewee([article.headline?.text ?? '', article.dek?.text ?? '', ...paragraphs.slice(0, index).map((paragraph) => paragraph.text)])}
        draft.antecedent = {text: label === 'A' ? answerer.name ?? '' : '', offset: draft.mention.start}
      } else if (colon !== undefined && draft.mention && !/\p{Ll}/u.test(draft.mention.text)) {
        // "INES VARGA:" names Ines Varga: an all-capitals label is resolved in title case (the mention stays as written).
        draft.antecedent = {text: titleCase(draft.mention.text), offset: draft.mention.start}
      }
      drafts.push(draft)
      lastSpeech = draft
      previous = draft
      // Reported speech inside the words is the speaker's own account, part of the quote.
      for (let k = unmarked.from; k < tokens.length; k++) inMarks[k] = 1
    }

    pendingIntro = undefined
    introducer = here.length === 0 && colon === undefined ? lastSentenceSubject(tokens, index) : undefined
    const last = tokens[tokens.length - 1]
    if (last && last.value === ':' && !inMarks[tokens.length - 1]) {
      // Any cue of that last sentence counts, however far from the colon ("X said that, given the field:"):
      // a paragraph that ends in a colon hands its sentence to the next one.
      const intro = analyseLead(tokens, leadStart(tokens, tokens.length, floor), tokens.length)
      if (intro.attribution?.cue) pendingIntro = {attribution: intro.attribution, tokens, paragraph: index}
    }

    // Reported speech, sentence by sentence, outside marks.
    const reportedHere: Draft[] = []
    // The paragraph's quotes in marks, in text order (pushed in order by the span loop above): a binary search finds the one at an offset.
    const quotedHere = drafts.slice(firstDraft)
    const isQuoted = (offset: number): boolean => {
      if (offset < carriedUntil) return true
      const draft = quotedHere[partitionPoint(quotedHere.length, (at) => quotedHere[at]!.start <= offset) - 1]
      return draft !== undefined && offset < draft.end
    }
    let sentenceStart = 0
    for (let k = 0; k <= tokens.length; k++) {
      let end = k
      if (k < tokens.length) {
        if (!isTerminator(tokens[k]!)) continue
        // "Holm said she was “refining the timetable.” She added …": a period just inside a closing mark, before a
        // capitalised word, ends the sentence after the mark. (Not "?" or "!", which end titles as often: "the film
        // “Who Owns Tarn?” Brandt made".)
        if (inMarks[k]) {
          if (tokens[k]!.value !== '.' && titleCaseBefore(tokens, k)) continue
          // (Only marks that touch the terminator close: in `"fair." "Now …` the second straight mark opens the next quote.)
          end = k + 1
          while (end < tokens.length && CLOSING_MARKS.has(tokens[end]!.value) && tokens[end]!.start === tokens[end - 1]!.end) end++
          // (The next sentence may open with a mark of its own: `"fair." "Now …`.)
          let next = end
          while (next < tokens.length && (OPENING_MARKS.has(tokens[next]!.value) || CLOSING_MARKS.has(tokens[next]!.value))) next++
          if (end === k + 1 || !tokens[next]?.word || !isCapitalized(tokens[next])) continue
        }
      }
      for (const found of findReported(tokens, sentenceStart, end, (i) => inMarks[i] === 1, (i) => usedCues.has(i), (i) => isQuoted(tokens[i]!.start))) {
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
        reportedHere.push(draft)
      }
      sentenceStart = end === k ? k + 1 : end
      k = Math.max(k, end - 1)
    }

    // "She said the plan had worked. “We kept our word.”": a quote with no speaker of its own goes on with the reported speech before it.
    // "“We kept our word.”¶- Ada Holm.": a credit line under a quote paragraph names its speaker.
    const credit = unattributed.length > 0 && index + 1 < paragraphs.length ? creditLine(tokensOf(index + 1)) : undefined
    const warnUnattributed = (draft: Draft): void => {
      const position = locate.position(draft.start, draft.end)
      context.warn(
        'quotes',
        'unattributed-quote',
        'Unexpected quote with no speaker at ' + place2(position) + ', name the speaker with a cue ("…," she said) if it is speech',
        position
      )
    }
    // Fragments in marks inside a reported clause are nested in it (or stand for it) before unattributed quotes are settled:
    // a fragment that stands for its clause speaks with the clause's speaker.
    nestPartials(quotedHere, reportedHere, tokens, context)
    // Both lists in text order: one walk pairs each quote with the last reported speech that ends before it.
    reportedHere.sort((a, b) => a.end - b.end)
    let next = 0
    let before: Draft | undefined
    for (const draft of unattributed) {
      // (Nested in a reported clause, or attributed by the clause it stands for: settled.)
      if (draft.merged || draft.mention || draft.cue) continue
      if (draft.unread) {
        warnUnattributed(draft)
        continue
      }
      while (next < reportedHere.length && reportedHere[next]!.end <= draft.start) {
        if (reportedHere[next]!.mention) before = reportedHere[next]
        next++
      }
      if (before) {
        draft.continues = before
        continue
      }
      // Only the quote that ends the paragraph sits right above the credit line.
      if (credit && draft === unattributed[unattributed.length - 1] && /^[\s.,;:!?\u2026]*$/.test(text.slice(draft.end, paragraphEnd))) {
        place(draft, {mention: credit}, tokensOf(index + 1), input)
        continue
      }
      // "“…” and against the toll, Holm said.¶“He voted to let boats in.”": a quote paragraph after one that ends on reported
      // speech (unless a credit line under it names someone else).
      if (paragraphOnly.has(draft) && endingReport && endingReport.paragraph === index - 1) {
        draft.continues = endingReport.draft.continues ?? endingReport.draft
        continue
      }
      warnUnattributed(draft)
    }
    const lastReport = reportedHere[reportedHere.length - 1]
    let lastQuote = -1
    for (let k = firstDraft; k < drafts.length; k++) if (drafts[k]!.kind !== 'reported') lastQuote = Math.max(lastQuote, drafts[k]!.end)
    endingReport = lastReport?.mention && lastReport.end > lastQuote ? {draft: lastReport, paragraph: index} : undefined
  }

  emit(context, drafts)
}

/** Most words (tokens: "buy-back" is one) a reported clause may hold outside its quoted fragments and still be that fragment said again ("the West of “…”"); one fewer when a verb is among them. */
const MAX_WORDS_AROUND_PARTIAL = 3

/**
 * "Holm said the plan was “a gift” to the port": the fragment in marks is
 * part of the reported clause, one thing said, not two. The partial goes
 * into the reported quote's `nested`; when the clause is little more than
 * the fragment ("accused the West of “imposing …”"), the partial is the
 * quote and the reported clause, its copy, is dropped. Both lists are in
 * text order: one walk.
 */
function nestPartials(quoted: Draft[], reported: Draft[], tokens: Token[], context: ParseContext): void {
  if (reported.length === 0 || quoted.length === 0) return
  const byStart = reported.slice().sort((a, b) => a.start - b.start)
  let next = 0
  for (const clause of byStart) {
    while (next < quoted.length && quoted[next]!.start < clause.start) next++
    const inside: Draft[] = []
    for (let k = next; k < quoted.length && quoted[k]!.end <= clause.end; k++) {
      // (Not a fragment with a tail of its own after the clause: "The report shows the pier is “a disgrace,” Holm said." is Holm's.)
      const ownTail = quoted[k]!.cue !== undefined && quoted[k]!.cue!.start >= clause.end && quoted[k]!.cue!.start !== clause.cue?.start
      if (quoted[k]!.kind === 'partial' && !quoted[k]!.merged && !ownTail) inside.push(quoted[k]!)
    }
    // ("… but added, “I back Ryan,” Pence said.": a clause that is only a direct quote's words in marks is that quote's copy.)
    if (inside.length === 0) {
      let direct: Draft | undefined
      for (let k = next; k < quoted.length && quoted[k]!.start < clause.end && !direct; k++) if (quoted[k]!.kind === 'direct' && quoted[k]!.end <= clause.end) direct = quoted[k]
      if (direct && countWords(tokens, tokenAt(tokens, clause.start), tokenAt(tokens, direct.start)) === 0 && countWords(tokens, tokenAt(tokens, direct.end), tokenAt(tokens, clause.end)) === 0) clause.merged = direct
      continue
    }
    // The words of the clause outside its fragments: three words with no verb ("the West of"), or two ("cats are"), say
    // nothing of their own; "January's figures were" does (tokens: "January's" is one word).
    let around = 0
    let verb = false
    let from = clause.start
    for (const partial of [...inside, undefined]) {
      const [first, last] = [tokenAt(tokens, from), tokenAt(tokens, partial ? partial.start : clause.end)]
      around += countWords(tokens, first, last)
      verb ||= holdsFiniteVerb(tokens, first, last)
      if (partial) from = partial.end
    }
    if (around <= (verb ? MAX_WORDS_AROUND_PARTIAL - 1 : MAX_WORDS_AROUND_PARTIAL)) {
      clause.merged = inside[0]
      // "…, adding that the port “has not seen an increase like this”": the fragment takes the clause's attribution when it had none.
      const partial = inside[0]!
      // (Its own cue outweighs a chain it was only linked to: "said the rise was “uncharted”, adding that the port “has not …”".)
      if (!partial.mention && !partial.cue && clause.cue) {
        partial.cue = clause.cue
        partial.mention = clause.mention
        partial.role = clause.role
        partial.antecedent = clause.antecedent
        partial.continues = undefined
      }
      continue
    }
    for (const partial of inside) {
      partial.merged = clause
      clause.nested.push({
        id: '',
        text: partial.text,
        kind: 'partial',
        paragraph: partial.paragraph,
        position: context.locate.position(partial.start, partial.end),
        nested: partial.nested
      })
    }
  }
}

/** Turns the drafts into the article's quotes, in reading order, with their ids and links. */
function emit(context: ParseContext, drafts: Draft[]): void {
  const {article, locate} = context
  drafts.sort((a, b) => a.start - b.start || kindOrder(a.kind) - kindOrder(b.kind))
  const notes = quoteNotes(context)
  let count = 0
  for (const draft of drafts) {
    if (draft.merged) continue
    const id = 'q' + ++count
    const position = locate.position(draft.start, draft.end)
    // Two literals rather than a spread: one object shape per place in the text, made without a copy.
    const quote: Quote =
      draft.paragraph === undefined
        ? {id, text: draft.text, kind: draft.kind, block: draft.block, position, nested: draft.nested}
        : {id, text: draft.text, kind: draft.kind, paragraph: draft.paragraph, position, nested: draft.nested}
    renumber(quote.nested, quote.id)
    if (draft.mention) {
      quote.mention = draft.mention.text
      quote.mentionPosition = locate.position(draft.mention.start, draft.mention.end)
    }
    if (draft.cue) {
      quote.cue = draft.cue.text
      quote.cuePosition = locate.position(draft.cue.start, draft.cue.end)
    }
    // The fragments nested in a reported clause are the same speaker's words, attributed by the same cue.
    if (draft.kind === 'reported') {
      for (const inner of quote.nested) {
        if (quote.mention) [inner.mention, inner.mentionPosition] = [quote.mention, quote.mentionPosition]
        if (quote.cue) [inner.cue, inner.cuePosition] = [quote.cue, quote.cuePosition]
      }
    }
    draft.quote = quote
    if (draft.role || draft.antecedent) notes.set(quote, {role: draft.role, antecedent: draft.antecedent})
    article.quotes.push(quote)
  }
  for (const draft of drafts) {
    // A quote that went on from a merged draft goes on from the one that took its place.
    const from = draft.continues?.merged ?? draft.continues
    if (draft.quote && from?.quote && from !== draft) draft.quote.continues = from.quote.id
  }
}

/**
 * Quotes of the headline ("Holm: Bridge will open in May", "Holm says …")
 * and of a dek that does not repeat the lead (see `quotes/headline.ts`).
 */
function blockDrafts(context: ParseContext): Draft[] {
  const {article, text, input} = context
  const drafts: Draft[] = []
  const blocks: Array<['headline' | 'dek', Position]> = []
  if (article.headline) blocks.push(['headline', article.headline.position])
  if (article.dek && article.dek.repeats === undefined) blocks.push(['dek', article.dek.position])
  for (const [block, position] of blocks) {
    const value = text.slice(position.start.offset!, position.end.offset!)
    // Most headlines and deks hold no colon and no cue word: they are not tokenized at all.
    if (!(block === 'headline' && value.includes(':')) && !value.toLowerCase().split(WORD_SEPARATORS).some(startsCue)) continue
    const tokens = materialize(text, tokenizeBlock(text, position.start.offset!, position.end.offset!))
    for (const found of block === 'headline' ? headlineQuotes(tokens) : dekQuotes(tokens)) {
      const first = tokens[found.clause[0]]!
      const last = tokens[found.clause[1] - 1]!
      // A claim all in marks is the speaker's words: direct, its text inside the marks.
      const inner = found.marked ? [first.end, last.start] : [first.start, last.end]
      const draft: Draft = {
        kind: found.marked ? 'direct' : 'reported',
        block,
        start: first.start,
        end: last.end,
        text: input.slice(inner[0], inner[1]),
        nested: []
      }
      place(draft, found.attribution, tokens, input)
      drafts.push(draft)
    }
  }
  return drafts
}

/** What separates words for the cheap cue test of a headline or dek (not a tokenizer: a word it splits wrongly only costs a tokenization). */
const WORD_SEPARATORS = /[^a-z]+/

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

function place(draft: Draft, attribution: Attribution | ReportedAttribution, tokens: Token[], input: string): void {
  const mention = attribution.mention
  if (attribution.cue) {
    const first = tokens[attribution.cue[0]]!
    const last = tokens[attribution.cue[1] - 1]!
    draft.cue = {text: input.slice(first.start, last.end), start: first.start, end: last.end}
  }
  // A question put by no one named ("when asked whether …") has a cue and no speaker.
  if (!mention) return
  const from = tokens[mention.from]!
  const to = tokens[mention.to - 1]!
  draft.mention = {text: input.slice(from.start, to.end), start: from.start, end: to.end}
  if (mention.antecedent) {
    const first = tokens[mention.antecedent[0]]!
    const last = tokens[mention.antecedent[1] - 1]!
    draft.antecedent = {text: input.slice(first.start, last.end), offset: first.start}
  }
  if (mention.role) {
    const first = tokens[mention.role[0]]
    const last = tokens[mention.role[1] - 1]
    // (A role that ends in words in marks keeps its closing mark but not the sentence's comma inside it: "the pilot known as “Gull”".)
    // (A thing's relative clause is no role: "The Ledger, which first said it would …, said".)
    // (Nor is the speaker's act: "Brandt, reached by phone, said".)
    if (first && last && last.end > first.start && !THING_RELATIVES.has(first.lower) && !actAside(tokens, mention.role[0])) draft.role = input.slice(first.start, last.end).replace(/,(?=[\u201D\u2019"']$)/, '')
  }
}

/** Whether the words right before `index` are all capitalised, as in a title ("Who Owns Tarn?", "Good Morning Tarn!"). */
function titleCaseBefore(tokens: Token[], index: number): boolean {
  let words = 0
  for (let i = index - 1; i >= 0 && words < TITLE_CHECK_WORDS && tokens[i]!.word; i--, words++) if (!isCapitalized(tokens[i])) return false
  return words > 0
}

/** How many words before a "?" or "!" in marks are read to tell a title from a question. */
const TITLE_CHECK_WORDS = 3

/** The relative pronoun of things, which opens no role ("that" opens one as often: "Ivo Brandt, that most careful of pilots"). */
const THING_RELATIVES = new Set(['which'])

function nestedQuotes(span: Span, paragraph: number, context: ParseContext): Quote[] {
  return span.children.map((child) => spanQuote(child, paragraph, context))
}

/** A span in marks as a `partial` quote nested in another (its inner marks nested in it in turn); the id is set by `renumber`. */
function spanQuote(span: Span, paragraph: number, context: ParseContext): Quote {
  return {
    id: '',
    text: span.pieces.map(([from, to]) => context.input.slice(from, to)).join('\n'),
    kind: 'partial',
    paragraph,
    position: context.locate.position(span.start, span.end),
    nested: nestedQuotes(span, paragraph, context)
  }
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
  return startsUppercase(text.trimStart())
}

/** "- Ada Holm.", "—Mayor Ines Varga, after the vote.": a paragraph that credits the quote above it. */
function creditLine(tokens: Token[]): Phrase | undefined {
  const dash = tokens[0]
  if (!isDash(dash) || !isCapitalized(tokens[1])) return undefined
  return phraseAfter(tokens, 1, tokens.length)
}

/**
 * "Holm asserted that Tarn had lost its way: “Tarn is no longer Tarn,” she said.": a lead cue that reports a clause of its
 * own with "that" before the colon; the words in marks after it are attributed by their own tail.
 */
function reportsClauseBefore(tokens: Token[], lead: Attribution, open: number): boolean {
  const cueEnd = lead.cue?.[1]
  if (cueEnd === undefined || tokens[open - 1]?.value !== ':') return false
  for (let i = cueEnd; i < open - 1 && i - cueEnd < MAX_BEFORE_THAT; i++) {
    if (tokens[i]!.lower === 'that') return countWords(tokens, i + 1, open - 1, MIN_CLAUSE_BEFORE_COLON) >= MIN_CLAUSE_BEFORE_COLON
  }
  return false
}

/** How far after a lead's cue its "that" may stand ("told reporters on Monday that"), and the fewest words of its clause. */
const MAX_BEFORE_THAT = 6
const MIN_CLAUSE_BEFORE_COLON = 3

/** Most tokens a colon's sentence is read back over, past earlier words in marks, for its subject. */
const MAX_COLON_LEAD = 60

/** Words in marks that open with a lowercase letter (not a digit, an ellipsis or an inner mark): "is a perfect example …". */
const LOWERCASE_START = /^\s*\p{Ll}/u

/** Whether an attribution stands between commas after words of its sentence, right before the mark at `open` ("The board's spending, Varga said, “…"). */
function parenthetical(tokens: Token[], from: number, attribution: Attribution, open: number): boolean {
  const start = Math.min(attribution.mention.from, attribution.cue?.[0] ?? attribution.mention.from)
  // ("On Monday, Holm said, “…”", "Asked whether …, Holm said, “…”": an opening phrase is no subject the quote goes on with.)
  return start - 1 > from && tokens[start - 1]!.value === ',' && tokens[open - 1]?.value === ',' && opensSubject(tokens, from)
}

/** "Fox and Friends", "The Art of the Deal": every content word capitalised, no sentence punctuation. */
function isTitleLike(text: string): boolean {
  const trimmed = text.trim()
  if (/[.?!,;:]$/.test(trimmed)) return false
  const words = trimmed.split(/\s+/)
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false
  if (words.length === 1) return false
  return capitalisedWords(words)
}

/** Whether every word but the small ones ("of", "the") starts with a capital: "The Art of the Deal". */
function capitalisedWords(words: string[]): boolean {
  for (const word of words) if (!TITLE_SMALL_WORDS.has(word) && word.charAt(0) === word.charAt(0).toLowerCase()) return false
  return true
}

/** Capitalised words only (small words aside), at most MAX_TITLE_WORDS, with at most a comma or period after: "Hannity,", "Harbour Hour". */
function isTitleWords(text: string): boolean {
  const trimmed = text.trim().replace(/[.,]$/, '')
  if (trimmed === '' || /[.?!,;:]/.test(trimmed)) return false
  const words = trimmed.split(/\s+/)
  return words.length <= MAX_TITLE_WORDS && capitalisedWords(words)
}

/** Words in marks that open a sentence and end in a comma, several words long: "We've had better summers than this one,". */
function isOpenUtterance(text: string): boolean {
  const trimmed = text.trim()
  return startsUpper(trimmed) && trimmed.endsWith(',') && countSpaced(trimmed) > MIN_UTTERANCE_WORDS
}

/** Whether a cue starts between `from` and `to` before the sentence ends. */
function cueWithin(tokens: Token[], from: number, to: number): boolean {
  // (Bounded: a tail's cue stands near its quote, and a long sentence of quotes stays linear.)
  for (let i = from + 1; i < to && i < tokens.length && i - from <= MAX_TAIL_REACH; i++) {
    // (A period the tokenizer kept inside a number ends a sentence too: "which votes June 7. Still, …".)
    if (isTerminator(tokens[i]!) || (tokens[i]!.word && /^\d[\d,.]*\.$/.test(tokens[i]!.value) && isCapitalized(tokens[i + 1]))) return false
    if (cueAt(tokens, i)) return true
  }
  return false
}

/** Most tokens from a closing mark to the cue of its tail: "harbour pilot Ivo Brandt, wearing a yellow coat, said" (10). */
const MAX_TAIL_REACH = 30

/** Works whose title may follow them after a comma: "her book, “A Harbour Daughter.”". */
const TITLE_HOLDERS: ReadonlySet<string> = new Set(['book', 'memoir', 'novel', 'show', 'program', 'programme', 'column', 'essay', 'film', 'movie', 'documentary', 'song', 'album', 'podcast', 'play', 'series', 'speech', 'article', 'report', 'op-ed', 'ad', 'video'])

/** Marks that hand a sentence over to words in marks after them: "saying, “…”", "wrote: “…”". */
const INTRODUCING: ReadonlySet<string> = new Set([',', ':', '\u2014', '\u2013', '--', '-'])

/** A whole sentence in marks: starts with a capital and ends with sentence punctuation. */
function isUtterance(text: string, after = ''): boolean {
  const trimmed = text.trim()
  if (!startsUpper(trimmed)) return false
  // ("She told me ‘no.’": a nested quote may close after the sentence's end; "… of politicians".": or the sentence's end may
  // stand after the closing mark, as British usage puts it.)
  if (!/[.?!\u2026][\u2019'\u201D"\u00BB)]*$/.test(trimmed) && !/^[.?!\u2026]/.test(after)) return false
  return countSpaced(trimmed) >= MIN_UTTERANCE_WORDS
}

/** How many runs of characters white space separates in `text`: the words of words in marks, punctuation and all. */
function countSpaced(text: string): number {
  let words = 0
  for (const part of text.split(/\s+/)) if (part !== '') words++
  return words
}

/**
 * The subject of a paragraph's last sentence when it is a name or he/she
 * ("Valastro praised the governor's record."): the likely speaker of a
 * quote paragraph right after it. Not a role or a group ("The crowd
 * cheered."), which rarely goes on to speak a whole paragraph.
 */
function lastSentenceSubject(tokens: Token[], paragraph: number, end = tokens.length, floor = 0): {mention: Phrase; tokens: Token[]; paragraph: number} | undefined {
  if (end <= floor) return undefined
  const from = leadStart(tokens, end - 1, floor)
  const subject = sentenceSubject(tokens, from, end)
  if (!subject) return undefined
  const first = tokens[subject.from]!
  const pronoun = subject.to - subject.from === 1 && (first.lower === 'he' || first.lower === 'she')
  if (!pronoun && !isCapitalized(tokens[subject.to - 1])) return undefined
  return {mention: subject, tokens, paragraph}
}

/**
 * A paragraph that is only quotes, this one first: “Q1.” or “Q1.” “Q2.”
 * (words outside the marks would have given an attribution or made it
 * narrative).
 */
function opensParagraph(span: Span, text: string, from: number, to: number): boolean {
  if (span.start !== from) return false
  return /^[\s.,;:!?\u2026]*(?:[\u201C"\u2018'\u00AB][^]*)?$/.test(text.slice(span.end, to))
}

/** "INES VARGA" → "Ines Varga", "O'MALLEY" → "O'Malley", "HOLM-ORTIZ" → "Holm-Ortiz". */
function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

function place2(position: Position): string {
  return position.start.line + ':' + position.start.column
}

/** Words that open a setting after a listener: "told the crowd on Monday", "asking the mayor after an event", "told them last week". */
const SETTING_OPENERS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'outside', 'via', 'from', 'last', 'this', 'earlier', 'later'])
/** Most tokens from a listener's determiner to the end of its settings: "the mayor after an event in Tarn" (7). */
const MAX_LISTENER_SPAN = 12
/** Most words of a listener after its determiner, up to where the sentence or a setting begins: "the large waiting crowd" (3). */
const MAX_LISTENER_WORDS = 5

/** Words that open a clause of its own after a cue: "admitted the fees were high", "said they would". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...ARTICLES_AND_OWNERS, ...PERSONAL_PRONOUNS, 'it', 'that', 'there'])

function clauseAfter(tokens: Token[], attribution: Attribution): boolean {
  if (!attribution.cue) return false
  const after = Math.max(attribution.cue[1], attribution.mention.from < attribution.cue[0] ? 0 : attribution.mention.to)
  const next = tokens[after]
  if (next === undefined || !next.word) return false
  // "“Get ready!” he told the crowd on the quay.": after "told" a determiner opens the listener; a clause only follows it.
  if (LISTENER_CUES.has(attribution.cueText ?? '') && ARTICLES_AND_OWNERS.has(next.lower) && attribution.cue[1] === after) {
    // The words of a noun after its determiner, up to a clause, a setting or `limit` tokens after the cue.
    const nounEnd = (start: number, limit: number): number => {
      let end = start
      while (end < tokens.length && end - after <= limit && tokens[end]!.word && !CLAUSE_OPENERS.has(tokens[end]!.lower) && !SETTING_OPENERS.has(tokens[end]!.lower)) end++
      return end
    }
    let end = nounEnd(after + 1, MAX_LISTENER_WORDS)
    // ("… asking the mayor after an event in Tarn.": settings may follow the listener, each a word, maybe an article, and its
    // noun; "told the crowd on Monday the toll would rise" still has its clause after them.)
    while (end < tokens.length && end - after <= MAX_LISTENER_SPAN && tokens[end]!.word && SETTING_OPENERS.has(tokens[end]!.lower)) {
      end++
      if (end < tokens.length && tokens[end]!.word && ARTICLES_AND_OWNERS.has(tokens[end]!.lower)) end++
      end = nounEnd(end, MAX_LISTENER_SPAN)
    }
    const stop = tokens[end]
    if (stop === undefined || isTerminator(stop) || stop.value === ',') return false
  }
  if (CLAUSE_OPENERS.has(next.lower)) return true
  // "He said Holm would not …": a name after "said" followed by a verb is a clause's subject ("said Tuesday.", "told CNN on
  // Monday" are not; after "told" a name is the listener).
  const verb = tokens[after + 1]
  return (
    isCapitalized(next) &&
    attribution.cue[1] === after &&
    !LISTENER_CUES.has(attribution.cueText ?? '') &&
    verb !== undefined &&
    verb.word &&
    verb.lower === verb.value &&
    !NOT_VERBS_AFTER_NAME.has(verb.lower)
  )
}

/** Lowercase words after a name that make no clause of it: "said Tuesday in a statement", "said Holm, who …". */
const NOT_VERBS_AFTER_NAME = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'from', 'for', 'by', 'with', 'via', 'earlier', 'later', 'and', 'or', 'of', 'who', 'which', 'morning', 'afternoon', 'evening', 'night'])
