/**
 * The article as reading text: headline, dek, body paragraphs, each with
 * white space collapsed.
 */
import type {Article} from '@dateline/core'

/**
 * White space that is not already a single space: a run of two or more
 * white space characters, or one that is not U+0020 (a newline, a tab, a
 * no-break space). Replacing these with a space is the same as replacing
 * every run of `\s+`, but most paragraphs have no match, so `replace`
 * returns the string as it is instead of rebuilding it at every space
 * (`/\s+/g` matched, and replaced, each of the ~150 spaces of a typical
 * paragraph). Linear: a failed match at a single space looks at two
 * characters.
 */
const LOOSE_WHITE_SPACE = /\s{2,}|[^\S ]/g

/**
 * Node texts are exact input slices: they may hold hard-wrap newlines and
 * runs of spaces ("a faint\nradio pulse that repeats every   19 minutes").
 * Reading text collapses each run of white space into one space. Linear.
 */
export function collapse(value: string): string {
  return value.replace(LOOSE_WHITE_SPACE, ' ').trim()
}

export interface Reading {
  headline: string | undefined
  /** `undefined` when there is none, it is switched off, or it repeats the lead. */
  dek: string | undefined
  paragraphs: string[]
}

export interface ReadingOptions {
  /** Include the dek (never when it repeats the lead). Default: `true`. */
  dek?: boolean
  /** Put the dateline back in front of the lead. Default: `true`. */
  dateline?: boolean
}

/**
 * The article as a reader sees it, shared by `toText` and
 * `@dateline/markdown`: headline, dek unless it repeats the lead, and body
 * paragraphs with the dateline back in front of the lead, white space
 * collapsed.
 */
export function reading(article: Article, options: ReadingOptions = {}): Reading {
  const withDek = options.dek ?? true
  const withDateline = options.dateline ?? true
  const paragraphs = article.paragraphs.map((paragraph) => collapse(paragraph.text))
  const first = article.paragraphs[0]

  // Scraped pages print the standfirst twice: once as the dek, once as the
  // lead. The lead is kept, so the body never loses a paragraph.
  let dek = article.dek && withDek ? collapse(article.dek.text) : undefined
  if (article.dek?.repeats !== undefined || (dek !== undefined && dek === paragraphs[0])) dek = undefined

  // "PORT HALCYON, Lirania (HPN) — The foreign ministers …": the parser
  // takes the dateline out of the lead; it goes back in front of it so the
  // reader sees where the story was filed. A dateline inside a paragraph
  // is already in its text.
  const dateline = article.dateline && withDateline ? collapse(article.dateline.text) : ''
  if (dateline && first && paragraphs[0] !== undefined && isBefore(article.dateline!.position, first.position)) {
    paragraphs[0] = dateline + ' ' + paragraphs[0]
  }

  return {
    headline: article.headline ? collapse(article.headline.text) || undefined : undefined,
    dek: dek || undefined,
    paragraphs: paragraphs.filter(Boolean)
  }
}

function isBefore(a: Position, b: Position): boolean {
  const end = a.end.offset
  const start = b.start.offset
  return end !== undefined && start !== undefined && end <= start
}

type Position = Article['paragraphs'][number]['position']
