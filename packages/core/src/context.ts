import {createLocator, type Locator} from './location.js'
import {message} from './messages.js'
import type {Article, Position, Quote} from './model.js'
import {normalize} from './normalize.js'
import type {QuoteNotes} from './quotes/state.js'
import type {Token} from './quotes/tokens.js'

/**
 * What the passes share while one article is parsed. Internal: users only
 * ever see the `Article`.
 */
export interface ParseContext {
  /** The input, as given. Node texts are sliced from it. */
  input: string
  /** The normalized copy: same length as `input` (see `normalize.ts`). */
  text: string
  locate: Locator
  article: Article
  /**
   * The words and punctuation of each body paragraph, by paragraph index,
   * read once from its nlcst tree by the prose pass (which then lets the
   * tree go) and turned into tokens by the later passes (see
   * `quotes/state.ts`).
   */
  tokens: ProseTokens[]
  /**
   * State the later passes share beyond the `Article`, made on first use
   * (see `quotes/state.ts`). Fields on the context rather than `WeakMap`s
   * keyed by it: weak tables cost the garbage collector extra work on
   * every parse.
   */
  shared: {
    /** Each paragraph's tokens as objects, made once from `tokens`. */
    tokens?: Array<Token[] | undefined>
    /** What the quotes pass tells the speakers pass about a quote. */
    notes?: Map<Quote, QuoteNotes>
    /**
     * Start and end offsets of every pair of marks in the body, quote or
     * not (a show title in marks is no quote, and no person either), in
     * text order: the speakers pass takes no name inside them for a subject.
     */
    marks?: number[]
  }
  /** Adds a message to `article.messages`. */
  warn(source: string, ruleId: string, reason: string, position?: Position): void
}

/**
 * The tokens of one paragraph as offsets, three numbers each: token `i` is
 * `text.slice(tokens[3 * i], tokens[3 * i + 1])`, a word when
 * `tokens[3 * i + 2]` is 1 (else punctuation or a symbol). Offsets are into
 * the whole input.
 *
 * Why not the trees: keeping every paragraph's nlcst tree alive until the
 * end of the parse (about 40 objects a word) made garbage collection a
 * fifth of the parse time and grew superlinearly with the article's length
 * (a 100× article took 146× the time of one). One array of small integers
 * per paragraph dies with the parse.
 */
export type ProseTokens = readonly number[]

export function createContext(input: string): ParseContext {
  const text = normalize(input)
  const article: Article = {
    type: 'article',
    dates: [],
    paragraphs: [],
    quotes: [],
    speakers: [],
    statements: [],
    boilerplate: [],
    messages: []
  }
  return {
    input,
    text,
    locate: createLocator(text),
    article,
    tokens: [],
    shared: {},
    warn(source, ruleId, reason, position) {
      article.messages.push(message(source, ruleId, reason, position))
    }
  }
}
