/**
 * Datelines at the start of the first paragraph: "GUILIN, China (AP) —",
 * "BEIJING, March 23 (Reuters) -", "TRENTON, N.J. (AP) —", "LONDON —".
 *
 * The place must start in capitals ("LONDON", "PORT HALCYON") and a dash
 * (or a colon after an agency) must follow: "US-China talks …" and
 * "London is …" are prose.
 */

export interface ParsedDateline {
  /** Length of the dateline, up to and including its dash. */
  length: number
  place?: string
  date?: string
  agency?: string
}

const months = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
// Bounded repetitions only: the match is linear in the line's length.
const dateline = new RegExp(
  '^(?<place>[A-Z][A-Z.\'’-]{1,30}(?: [A-Z][A-Z.\'’-]{0,30}){0,3}(?:, (?:[A-Z][A-Za-z.\'’-]{0,30})(?: [A-Z][A-Za-z.\'’-]{0,30}){0,3})?)' +
    '(?:, (?<date>' + months + ' \\d{1,2}(?:, \\d{4})?))?' +
    '(?: ?\\((?<agency>[A-Za-z][A-Za-z0-9 .&/\'-]{0,40})\\))?' +
    ' ?(?:—|–|--| - |-(?= )|:(?= ))'
)
// An agency alone: "(Reuters) - …".
const agencyOnly = /^\((?<agency>[A-Za-z][A-Za-z0-9 .&/'-]{0,40})\) ?(?:—|–|--|-)/

/** Kickers that open a headline before a dash or a colon: "EXCLUSIVE –", "BREAKING —", "The Latest:" (shared with the headline's quote rules). */
export const KICKERS: ReadonlySet<string> = new Set([
  'q&a', 'faq', 'latest', 'breaking', 'breaking news', 'exclusive', 'update', 'updated', 'updates', 'watch', 'video', 'videos', 'photos',
  'analysis', 'opinion', 'editorial', 'commentary', 'live', 'explainer', 'factbox', 'factcheck', 'fact check', 'bombshell', 'revealed',
  'recap', 'timeline', 'review', 'listen', 'podcast', 'boom', 'look', 'wow', 'alert'
])

export function parseDateline(text: string): ParsedDateline | undefined {
  const match = dateline.exec(text) ?? agencyOnly.exec(text)
  if (!match) return undefined
  const groups = match.groups ?? {}
  const place = groups.place
  // The first word of the place must be all capitals of two letters or more
  // ("LONDON", "N.J." is fine later), which rules out "A —".
  if (place !== undefined) {
    const first = place.split(/[ ,]/)[0]!
    if (first.replace(/[^A-Z]/g, '').length < 2) return undefined
    // "EXCLUSIVE – Ivo Brandt: …", "BREAKING — …": a headline's kicker in capitals, no place.
    if (KICKERS.has(place.toLowerCase())) return undefined
  }
  // A colon only ends a dateline that has an agency: "WASHINGTON (AP):".
  if (match[0].trimEnd().endsWith(':') && !groups.agency) return undefined
  const result: ParsedDateline = {length: match[0].trimEnd().length}
  if (place) result.place = place
  if (groups.date) result.date = groups.date
  if (groups.agency) result.agency = groups.agency
  return result
}
