/**
 * The Dateline document model.
 *
 * Every node is plain JSON (no classes, no cycles, no `undefined` needed to
 * round-trip): nodes point at each other through stable string ids
 * (`q1`, `s1`, `st1`), so `JSON.parse(JSON.stringify(article))` is the same
 * article.
 *
 * Every node carries a unist `Position` into the **original input** string:
 * `line`/`column` count from 1, `offset` from 0 in UTF-16 code units, and
 * `end` is one past the last character. For blocks, paragraphs and
 * sentences `input.slice(start.offset, end.offset) === node.text`.
 */
import type {Point, Position} from 'unist'

export type {Point, Position}

/** A span of the input and its text, exactly as the input has it. */
export interface Block {
  text: string
  position: Position
}

/** The standfirst / summary under the headline. */
export interface Dek extends Block {
  /**
   * Index of the body paragraph that repeats the dek (scraped pages often
   * print the standfirst again as the lead). Both are kept; adapters use
   * this to avoid printing the same text twice.
   */
  repeats?: number
}

/** A body paragraph. */
export interface Paragraph extends Block {
  /** Position in `Article.paragraphs`, from 0. */
  index: number
  /** Sentences in reading order, from retext-english. */
  sentences: Block[]
}

/** "By Jane Doe and John Roe", "By JANE DOE, Reuters", "Jane Doe | Staff Reporter". */
export interface Byline extends Block {
  /** Author names as written, in order (`['Jane Doe', 'John Roe']`). */
  authors: string[]
  /** Outlet, agency or role after the names, when the line gives one (`'Reuters'`, `'Staff Reporter'`). */
  affiliation?: string
}

/** "GUILIN, China (AP) —", "BEIJING, March 23 (Reuters) -", "LONDON —". */
export interface Dateline extends Block {
  /** Place as written (`'GUILIN, China'`). */
  place?: string
  /** Date as written (`'March 23'`). */
  date?: string
  /** News agency in parentheses (`'AP'`). */
  agency?: string
}

/** A published / updated line ("Published: 23 March 2021", "Updated 10:42 GMT"). */
export interface DateLine extends Block {
  kind: 'published' | 'updated' | 'date'
  /** ISO 8601 date (`2021-03-23`), or date-time, when the text is unambiguous. */
  date?: string
}

/** Page furniture kept for audit: why it was taken out of the body. */
export interface Boilerplate extends Block {
  /**
   * The rule that recognised it: `repeated-source` (a credit line printed
   * again), `furniture` ("Top", "Special Reports", "Advertisement", ...),
   * `copyright`, `photo-credit`, `call-to-action` ("Click here to ...",
   * "Read more", "Share this article"), `related`.
   */
  rule: string
}

export type QuoteKind = 'direct' | 'partial' | 'reported'

export interface Quote {
  /** Stable id: `q1`, `q2`, ... in reading order. */
  id: string
  /** The words inside the marks; for reported speech, the reported clause. */
  text: string
  /**
   * `direct`: a whole utterance in marks; `partial`: a quoted fragment
   * inside a sentence ("accused the West of “imposing …”"); `reported`:
   * indirect speech without marks ("Lavrov said sanctions were …").
   */
  kind: QuoteKind
  /**
   * Index into `Article.paragraphs` of the paragraph the quote starts in;
   * absent for a quote in the headline or the dek (see `block`).
   */
  paragraph?: number
  /** Set when the quote is not in the body: `'headline'` ("Holm: the bridge will open in May") or `'dek'`. */
  block?: 'headline' | 'dek'
  /** The span, including its marks when it has them. */
  position: Position
  /** `Speaker` id, when the speaker could be resolved. */
  speaker?: string
  /** How the text names the speaker here: `'Wang'`, `'the statement'`, `'they'`. */
  mention?: string
  /** Position of the mention in the input. */
  mentionPosition?: Position
  /** The attribution verb or phrase: `'said'`, `'read'`, `'accused'`, `'according to'`. */
  cue?: string
  /** Position of the cue in the input. */
  cuePosition?: Position
  /** Id of the quote whose attribution this one inherits. */
  continues?: string
  /**
   * Quotes inside this one (‘advancing democracy’). In a `reported` quote:
   * the fragments in marks inside its clause (`partial`, "said the plan was
   * “a gift”"), with the clause's speaker, mention and cue.
   */
  nested: Quote[]
  /** `Statement` id, when the quote is an excerpt of an issued document. */
  statement?: string
}

export type SpeakerKind = 'person' | 'organization' | 'group' | 'document'

export interface Speaker {
  /** Stable id: `s1`, `s2`, ... in order of first mention. */
  id: string
  /** Fullest form the text gives: `'Wang Yi'`. */
  name: string
  /** Other forms seen: `['Wang', 'Foreign Minister Wang Yi']`. */
  aliases: string[]
  kind: SpeakerKind
  /** Speaker ids of the members, for groups ("both countries" → China, Russia). */
  members?: string[]
  /** Role or title, when the text says so: `'foreign minister'`. */
  role?: string
}

/** A joint statement, communiqué, declaration or other issued document. */
export interface Statement {
  /** Stable id: `st1`, `st2`, ... */
  id: string
  /** The document's noun phrase as the text gives it: `'joint statement on global governance'`. */
  title: string
  /** Whether several parties issued it. */
  joint: boolean
  /** Speaker ids of the issuers. */
  parties: string[]
  /** Speaker id of the document itself (kind `document`), when it is quoted as a speaker. */
  speaker?: string
  /** Excerpts in reading order. */
  excerpts: Excerpt[]
  /** Where the document is first introduced. */
  position: Position
}

export interface Excerpt {
  kind: 'direct' | 'reported'
  text: string
  /** Quote id, for direct excerpts (and reported ones the quotes pass found). */
  quote?: string
  paragraph: number
  position: Position
}

/** A diagnostic: content problems are messages, misuse is an exception. */
export interface Message {
  /** What is wrong and, where there is one, the fix. */
  reason: string
  /** Stable rule id, such as `unclosed-quote` or `unresolved-speaker`. */
  ruleId: string
  /** The pass that raised it: `dateline:layout`, `dateline:quotes`, ... */
  source: string
  position?: Position
  fatal: false
}

export interface Article {
  type: 'article'
  /** First title-like line. */
  headline?: Block
  /** Standfirst / summary. */
  dek?: Dek
  /** Outlet or credit line ("Shine", "Reuters"). */
  source?: Block
  byline?: Byline
  dateline?: Dateline
  /** Published / updated lines, in input order. */
  dates: DateLine[]
  /** Body only, reading order. */
  paragraphs: Paragraph[]
  /** Every quote, reading order. */
  quotes: Quote[]
  /** Who is quoted or makes a statement. */
  speakers: Speaker[]
  /** Joint statements, communiqués, declarations. */
  statements: Statement[]
  /** Lines recognised as page furniture, kept for audit. */
  boilerplate: Boilerplate[]
  /** Diagnostics, in the order the passes raised them. */
  messages: Message[]
}

export interface ParseOptions {
  /**
   * Skip the quote, speaker and statement passes (structure only).
   * Default: `false`.
   */
  structureOnly?: boolean
}
