/**
 * White space that is not already a single space: a run of two or more
 * white space characters, or one that is not U+0020 (a newline, a tab, a
 * no-break space). Replacing these with a space is the same as replacing
 * every run of `\s+`, but most paragraphs have no match, so `replace`
 * returns the string as it is instead of rebuilding it at every space
 * (`/\s+/g` matched, and replaced, each of the ~150 spaces of a typical
 * paragraph: half the time of `toJsonLd` on the BBC corpus). Linear: a
 * failed match at a single space looks at two characters.
 */
const LOOSE_WHITE_SPACE = /\s{2,}|[^\S ]/g

/**
 * Node texts are exact input slices: they may hold hard-wrap newlines and
 * runs of spaces ("faint\nradio pulse that repeats every   19 minutes").
 * Structured data wants reading text, so runs of white space become one
 * space. One pass, linear.
 */
export function collapse(value: string): string {
  return value.replace(LOOSE_WHITE_SPACE, ' ').trim()
}

/**
 * A dateline as printed ends with the dash or colon that joins it to the
 * lead ("TIDEWATER, Marrowland (TG) —"); schema.org's examples have none
 * ("BEIRUT, Lebanon, June 2."), so trailing dashes and colons go.
 */
export function trimDateline(value: string): string {
  const text = collapse(value)
  let end = text.length
  // A loop from the end, not `/[…]+$/`: that regex retries at every start
  // position of a long run of dashes and is quadratic on it.
  while (end > 0 && DATELINE_TAIL.has(text.charAt(end - 1))) end--
  return text.slice(0, end)
}

const DATELINE_TAIL = new Set([' ', ':', '-', '\u2013', '\u2014'])
