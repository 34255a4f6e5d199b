/**
 * Node texts are exact input slices: they may hold hard-wrap newlines and
 * runs of spaces ("faint\nradio pulse that repeats every   19 minutes").
 * Structured data wants reading text, so runs of white space become one
 * space. One pass, linear.
 */
export function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
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
