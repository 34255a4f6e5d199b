/** Configuration for `toMarkdown` and `toMdast`. Every field is optional. */
export interface Options {
  /**
   * Start with YAML front matter: `title`, `source`, `author` (a list),
   * `dateline` and `date` (ISO, from a "Published" line), each when the
   * article has it; every string double-quoted. Default: `false`.
   */
  frontmatter?: boolean
  /**
   * Print the dek (standfirst) in emphasis under the headline. A dek that
   * repeats the lead paragraph (`dek.repeats`) is not printed: the lead
   * already says it. Default: `true`.
   */
  dek?: boolean
  /**
   * Print the dateline ("PORT HALCYON, Lirania (HPN) —") before the lead
   * when the parser found it outside the body paragraphs. Default: `true`.
   */
  dateline?: boolean
  /**
   * Add a "Quotes" section: each direct or partial quote as a blockquote
   * with an attribution line, grouped by speaker. Default: `false`.
   */
  quotes?: boolean
  /**
   * Add a "Statements" section: each statement's title, its parties and
   * its excerpts in reading order. Default: `false`.
   */
  statements?: boolean
  /**
   * Also escape `~`, so that GitHub Flavored Markdown readers show no
   * `~~strikethrough~~` in article text. (GFM readers still turn bare URLs
   * and e-mail addresses into links: GFM finds them after escapes are
   * resolved, so no escaping can prevent it. The text stays the same and
   * only `http:`, `https:`, `www.` and `mailto:` links are made.)
   * Default: `true`.
   */
  gfm?: boolean
}

/** Options with every default filled in, made once per call. */
export interface State {
  frontmatter: boolean
  dek: boolean
  dateline: boolean
  quotes: boolean
  statements: boolean
  gfm: boolean
}

export function normalizeOptions(options: Options | null | undefined): State {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object') {
    throw new TypeError('Expected options object, not `' + typeof options + '`')
  }
  return {
    frontmatter: options.frontmatter ?? false,
    dek: options.dek ?? true,
    dateline: options.dateline ?? true,
    quotes: options.quotes ?? false,
    statements: options.statements ?? false,
    gfm: options.gfm ?? true
  }
}

export function assertArticle(value: unknown): void {
  if (value === null || typeof value !== 'object' || (value as {type?: unknown}).type !== 'article') {
    throw new TypeError('Expected article (from `parseArticle`), not `' + describe(value) + '`')
  }
  const article = value as Record<string, unknown>
  for (const key of ['paragraphs', 'quotes', 'speakers', 'statements']) {
    if (!Array.isArray(article[key])) {
      throw new TypeError('Expected `article.' + key + '` to be an array, not `' + describe(article[key]) + '`')
    }
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}
