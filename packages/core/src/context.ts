import type {Root} from 'nlcst'
import {createLocator, type Locator} from './location.js'
import {message} from './messages.js'
import type {Article, Position} from './model.js'
import {normalize} from './normalize.js'

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
   * The nlcst tree of each body paragraph, by paragraph index, made once by
   * the prose pass and read by the later ones. Positions in a tree are
   * relative to its paragraph: add `trees[i].offset`.
   */
  trees: ProseTree[]
  /** Adds a message to `article.messages`. */
  warn(source: string, ruleId: string, reason: string, position?: Position): void
}

export interface ProseTree {
  /** Offset of the paragraph's first character in the input. */
  offset: number
  tree: Root
}

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
    trees: [],
    warn(source, ruleId, reason, position) {
      article.messages.push(message(source, ruleId, reason, position))
    }
  }
}
