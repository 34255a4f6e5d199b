/**
 * A tiny tokenizer for the windows the statements pass looks at: words
 * (with inner apostrophes, dots, ampersands and hyphens: “Halden's”,
 * “U.S”, “AT&T”, “strongly-worded”) and single punctuation characters.
 *
 * Offsets are absolute (into the article text). The expression has no nested
 * quantifier that can backtrack: each repetition starts with a character
 * class that the previous one cannot match.
 */
export interface Token {
  /** The token as the normalized text has it. */
  value: string
  /** Lowercase, with `’` as `'` and the HTML entity of “é” folded. */
  lower: string
  start: number
  end: number
  /** Whether the first character is an uppercase letter. */
  capital: boolean
  /** Whether it is a word (not punctuation). */
  word: boolean
}

const tokenPattern = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*(?:['’](?![\p{L}\p{N}]))?|&#233;|&eacute;|[^\s\p{L}\p{N}]/gu
const upper = /^\p{Lu}/u
const wordStart = /^[\p{L}\p{N}]/u

/** Tokens of `text.slice(from, to)`, with absolute offsets. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = []
  const slice = text.slice(from, to)
  tokenPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = tokenPattern.exec(slice))) {
    const value = match[0]
    const first = value.charAt(0)
    const word = wordStart.test(first)
    tokens.push({
      value,
      lower: value.toLowerCase().replace(/’/g, "'"),
      start: from + match.index,
      end: from + match.index + value.length,
      capital: word && upper.test(first),
      word
    })
  }
  return tokens
}

/** Whether a token is a closing (or straight) double quotation mark. */
export function isCloseQuote(token: Token | undefined): boolean {
  return token !== undefined && (token.value === '”' || token.value === '"' || token.value === '»' || token.value === "'" || token.value === '’')
}

/** Whether a token is an opening (or straight) quotation mark. */
export function isOpenQuote(token: Token | undefined): boolean {
  return token !== undefined && (token.value === '“' || token.value === '"' || token.value === '«' || token.value === "'" || token.value === '‘' || token.value === '„')
}

/** Whether a token ends a clause for subject search: `,` `;` `:` `(` dashes and quotation marks. */
export function isClauseBoundary(token: Token): boolean {
  return (!token.word && ',;:()—–-'.includes(token.value)) || isCloseQuote(token) || isOpenQuote(token)
}
