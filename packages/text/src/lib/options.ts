/**
 * Quotation mark style: `'keep'` the marks as the article has them,
 * `'straight'` (ASCII `"` and `'`), or `'curly'` (“ ” ‘ ’).
 */
export type QuoteStyle = 'keep' | 'straight' | 'curly'

/** Configuration for `toText`. Every field is optional. */
export interface Options {
  /**
   * Wrap lines at this many characters (a word longer than that gets a
   * line of its own). `0` or `Infinity`: no wrapping, one line per block.
   * The headline is never wrapped. Default: `0`.
   */
  width?: number
  /** Quotation mark style. Default: `'keep'`. */
  quotes?: QuoteStyle
  /**
   * Print the dek (standfirst) under the headline. A dek that repeats the
   * lead paragraph (`dek.repeats`) is not printed: the lead already says
   * it. Default: `true`.
   */
  dek?: boolean
  /**
   * Print the dateline ("PORT HALCYON, Lirania (HPN) —") before the lead
   * when the parser found it outside the body paragraphs. Default: `true`.
   */
  dateline?: boolean
  /**
   * Print the page furniture the parser set aside ("Advertisement",
   * "© 2025 …") after the body, in input order. Default: `false`.
   */
  boilerplate?: boolean
}

/** Options with every default filled in, made once per call. */
export interface State {
  width: number
  quotes: QuoteStyle
  dek: boolean
  dateline: boolean
  boilerplate: boolean
}

export function normalizeOptions(options: Options | null | undefined): State {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object') {
    throw new TypeError('Expected options object, not `' + typeof options + '`')
  }
  const width = options.width ?? 0
  if (typeof width !== 'number' || Number.isNaN(width) || width < 0 || (Number.isFinite(width) && !Number.isInteger(width))) {
    throw new TypeError('Expected `width` to be a whole number of characters, `0` or `Infinity`, not `' + String(width) + '`')
  }
  const quotes = options.quotes ?? 'keep'
  if (quotes !== 'keep' && quotes !== 'straight' && quotes !== 'curly') {
    throw new TypeError("Expected `quotes` to be 'keep', 'straight' or 'curly', not `" + String(quotes) + '`')
  }
  return {
    width: width === 0 ? Infinity : width,
    quotes,
    dek: options.dek ?? true,
    dateline: options.dateline ?? true,
    boilerplate: options.boilerplate ?? false
  }
}

export function assertArticle(value: unknown): void {
  if (value === null || typeof value !== 'object' || (value as {type?: unknown}).type !== 'article') {
    throw new TypeError('Expected article (from `parseArticle`), not `' + describe(value) + '`')
  }
  if (!Array.isArray((value as {paragraphs?: unknown}).paragraphs)) {
    throw new TypeError('Expected `article.paragraphs` to be an array, not `' + describe((value as {paragraphs?: unknown}).paragraphs) + '`')
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}
