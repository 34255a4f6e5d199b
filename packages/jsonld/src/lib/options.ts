/** Configuration for `toJsonLd`. Every field is optional. */
export interface Options {
  /**
   * IRI of the article, usually its URL. Becomes the article's `@id` and
   * `url`, and the base of the ids of its quotes, speakers and statements
   * (`https://example.com/story#q1`).
   * Default: none: those nodes get blank-node ids (`_:q1`) and the article
   * no `@id`.
   */
  id?: string | null
  /**
   * BCP 47 language tag for `inLanguage`, or `null` to leave it out.
   * Default: `'en'` (the parser reads English).
   */
  language?: string | null
  /**
   * Property that carries the dek (standfirst): `'description'`, a summary
   * (what search engines show), or `'alternativeHeadline'`, a secondary
   * title. Default: `'description'`.
   */
  dek?: 'description' | 'alternativeHeadline'
  /**
   * Property that carries the source (credit) line as an `Organization`:
   * `'publisher'`, the outlet that published the page, or
   * `'sourceOrganization'`, the organization the writers worked for (a
   * wire agency). Default: `'publisher'`: in scraped pages the line under
   * the headline names the site the text came from ("Harbour Post"). The
   * agency of a dateline ("(AP)") always goes to `sourceOrganization`.
   */
  source?: 'publisher' | 'sourceOrganization'
  /**
   * Put quotes (`Quotation`) and statements (`CreativeWork`) in `hasPart`.
   * Default: `true`.
   */
  quotes?: boolean
  /**
   * Include reported speech ("Venn said the deal was …") as `CreativeWork`
   * parts whose `abstract` is the paraphrase (it is not the speaker's own
   * words, so it is not a `Quotation`). Default: `true`.
   */
  reported?: boolean
}

/** Configuration for `toJsonLdScript`: `Options` plus layout. */
export interface ScriptOptions extends Options {
  /**
   * Indentation passed to `JSON.stringify` (number of spaces or a string).
   * Default: none (one line).
   */
  space?: number | string
}

/** Options with every default filled in, made once per call. */
export interface State {
  id: string | undefined
  language: string | undefined
  dek: 'description' | 'alternativeHeadline'
  source: 'publisher' | 'sourceOrganization'
  quotes: boolean
  reported: boolean
}

export function normalizeOptions(options: Options | null | undefined): State {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object') {
    throw new TypeError('Expected options object, not `' + typeof options + '`')
  }
  const dek = options.dek ?? 'description'
  if (dek !== 'description' && dek !== 'alternativeHeadline') {
    throw new TypeError("Expected `dek` to be 'description' or 'alternativeHeadline', not `" + String(dek) + '`')
  }
  const source = options.source ?? 'publisher'
  if (source !== 'publisher' && source !== 'sourceOrganization') {
    throw new TypeError("Expected `source` to be 'publisher' or 'sourceOrganization', not `" + String(source) + '`')
  }
  return {
    id: options.id || undefined,
    language: options.language === null ? undefined : (options.language ?? 'en'),
    dek,
    source,
    quotes: options.quotes ?? true,
    reported: options.reported ?? true
  }
}
