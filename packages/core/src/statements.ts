/**
 * Pass 6: statements.
 *
 * Joint statements, communiqués, declarations and single-party statements,
 * each with its parties and its excerpts in reading order:
 *
 * 1. `statements/detect.ts` finds the document mentions of each sentence and
 *    reads their title, role, cue, issuers and reported content;
 * 2. a new document starts at an indefinite mention (“a statement”,
 *    “another statement”); a definite one (“the statement”, “the
 *    communiqué”, “its statement”) refers to the nearest earlier document
 *    with the same noun; `it` stands for a document only right after a
 *    sentence whose subject was that document;
 * 3. `statements/parties.ts` resolves the issuers to speakers;
 * 4. `statements/excerpts.ts` collects direct and reported excerpts;
 * 5. `statements/link.ts` links them to quotes both ways and settles the
 *    document's own speaker.
 *
 * Works with or without the quotes and speakers passes: without them it
 * reads quote marks and names itself, and excerpts carry no `quote`.
 */
import type {ParseContext} from './context.js'
import type {Statement} from './model.js'
import {detectMentions, detectPronoun, type Mention} from './statements/detect.js'
import {excerptsOf} from './statements/excerpts.js'
import {findDocumentNouns} from './statements/lexicon.js'
import {finish, type Built} from './statements/link.js'
import {collectNames, type NameOccurrence} from './statements/names.js'
import {createPartyResolver} from './statements/parties.js'
import {createRegistry} from './statements/registry.js'
import {collectSentences, quoteSpans, sentenceAt, type QuoteSpan} from './statements/sentences.js'
import {tokenize} from './statements/tokens.js'

const whiteSpace = /\s+/g
const communique = /^communiqu/
// Scraped archives keep the entity: “the G7 communiqu&#233;”.
const eacute = /&#233;|&eacute;/g

export function statements(context: ParseContext): void {
  const {article, text, input, locate} = context
  if (article.paragraphs.length === 0) return
  const sentences = collectSentences(context)
  const registry = createRegistry(article.speakers)
  let names: NameOccurrence[] | undefined
  const parties = createPartyResolver({
    input,
    registry,
    quotes: [...article.quotes].sort((a, b) => a.position.start.offset! - b.position.start.offset!),
    names: () => (names ??= collectNames(context))
  })
  const built: Built[] = []
  /** The latest document with each title, for definite mentions that repeat it. */
  const titles = new Map<string, Built>()

  // Document nouns, bucketed by sentence, in one scan of the text (furniture outside body sentences is skipped).
  const nouns = new Map<number, Array<{start: number; end: number; noun: string}>>()
  for (const match of findDocumentNouns(text)) {
    const sentence = sentenceAt(sentences, match.index)
    if (!sentence || match.index + match.value.length > sentence.end) continue
    const list = nouns.get(sentence.index) ?? []
    list.push({start: match.index, end: match.index + match.value.length, noun: fold(match.value)})
    nouns.set(sentence.index, list)
  }

  const spans = new Map<number, QuoteSpan[]>()
  const spansOf = (paragraph: number): QuoteSpan[] => {
    let list = spans.get(paragraph)
    if (!list) {
      const node = article.paragraphs[paragraph]!
      list = quoteSpans(text, node.position.start.offset!, node.position.end.offset!, paragraph)
      spans.set(paragraph, list)
    }
    return list
  }

  // The document that was the subject of the previous sentence, for “It said …”.
  let subject: {entry: Built; sentence: number} | undefined

  for (const sentence of sentences) {
    const found = nouns.get(sentence.index)
    const follows = subject !== undefined && subject.sentence === sentence.index - 1
    if (!found && !follows) continue
    const tokens = tokenize(text, sentence.start, sentence.end)
    let mentions: Mention[] = found ? detectMentions(tokens, sentence, found) : []
    if (mentions.length === 0 && follows) {
      const pronoun = detectPronoun(tokens, sentence)
      mentions = pronoun ? [pronoun] : []
    }
    const paragraph = article.paragraphs[sentence.paragraph]!
    for (const mention of mentions) {
      const raw = excerptsOf(text, mention, spansOf(sentence.paragraph), paragraph.position.end.offset!)
      // A new document needs something to show for it: issuers, an excerpt, or “joint”.
      // (“Dale's wording in the statement shows …” introduces nothing.)
      const existing = mention.pronoun ? subject!.entry : referExisting(mention)
      if (!existing && !mention.joint && !mention.issuers && raw.length === 0 && mention.noun === 'statement') continue
      const entry = existing ?? create(mention)
      const {statement} = entry
      if (mention.joint) statement.joint = true
      if (statement.parties.length === 0 && mention.issuers) {
        // Names before the introducing sentence: “the companies” is not the “US and Europe” of its own quote.
        statement.parties = parties.resolve(mention.issuers, sentence.start)
        if (statement.parties.length > 1) statement.joint = true
      }
      entry.raw.push(...raw)
      if (mention.role === 'subject' || mention.role === 'inverted') subject = {entry, sentence: sentence.index}
    }
  }

  finish(context, built, registry)
  article.statements.push(...built.map((entry) => entry.statement))

  /** A definite mention's document: “the declaration” is the nearest earlier declaration, “the statement” the nearest document. */
  function referExisting(mention: Mention): Built | undefined {
    if (mention.indefinite) return undefined
    // “his formal statement” is the earlier “formal statement”, even with another statement in between.
    const title = input.slice(mention.title.start, mention.title.end).replace(whiteSpace, ' ').toLowerCase()
    if (title !== mention.noun) {
      const same = titles.get(title)
      if (same) return same
    }
    for (let index = built.length - 1; index >= 0; index--) {
      const entry = built[index]!
      if (entry.noun === mention.noun || mention.noun === 'statement') return entry
    }
    return undefined
  }

  function create(mention: Mention): Built {
    const title = input
      .slice(mention.title.start, mention.title.end)
      .replace(whiteSpace, ' ')
      .replace(eacute, 'é')
    const statement: Statement = {
      id: 'st' + (built.length + 1),
      title,
      joint: mention.joint,
      parties: [],
      excerpts: [],
      position: locate.position(mention.title.start, mention.title.end)
    }
    const entry: Built = {statement, noun: mention.noun, raw: []}
    built.push(entry)
    titles.set(title.toLowerCase(), entry)
    return entry
  }
}

/** `Joint Communiqu&#233;` → `communique`, `press  release` → `press release`. */
function fold(noun: string): string {
  const lower = noun.toLowerCase().replace(whiteSpace, ' ')
  return communique.test(lower) ? 'communique' : lower
}
