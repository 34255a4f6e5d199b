/**
 * Published / updated lines: "Published: March 4, 2025", "Updated 10:42
 * GMT, 23 March 2021", "2021-03-23", "Tuesday, 23 March 2021".
 */
import type {DateLine} from '../model.js'

export interface ParsedDate {
  kind: DateLine['kind']
  date?: string
}

const MAX_DATE_LINE = 80

const label = /^(?<label>published|first published|posted|updated|last updated|last modified|modified|date)\b\s*(?:on|at)?\s*:?\s*/i
const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const monthPattern = '(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?'
const monthDayYear = new RegExp('\\b' + monthPattern + ' (?<day>\\d{1,2})(?:st|nd|rd|th)?,? (?<year>\\d{4})\\b', 'i')
const dayMonthYear = new RegExp('\\b(?<day>\\d{1,2})(?:st|nd|rd|th)? ' + monthPattern + ',? (?<year>\\d{4})\\b', 'i')
const isoDate = /\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b/
// What may stand around the date on a line that is only a date: a weekday,
// "at", a time, a zone ("Tuesday, 23 March 2021 at 10:42 GMT"), matched
// once the separators at both ends are trimmed off. Each separator run sits
// inside the group that follows it, so no two `*` can share a run: with
// `[\s,]*(?:at)?[\s,|-]*$` a backtracking engine would try every split of
// a long run of spaces (polynomial).
const dateOnlyRest =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?)?(?:[\s,]*at)?(?:[\s,]*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}))?)?$/i

// "18:05 GMT", "6.05 pm", "10:42 +01:00".
const timeOnly = /^\d{1,2}[:.]\d{2}(?: ?(?:am|pm|a\.m\.|p\.m\.))?(?: ?(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}))?\.?$/i

export function parseDateLine(line: string): ParsedDate | undefined {
  if (line.length > MAX_DATE_LINE) return undefined
  const labelled = label.exec(line)
  const rest = labelled ? line.slice(labelled[0].length) : line
  const found = findDate(rest)
  if (!found) {
    // "Updated 18:05 GMT": a label and a time, no date.
    if (labelled && timeOnly.test(rest)) return {kind: kindOf(labelled.groups?.label)}
    return undefined
  }
  if (!labelled) {
    // Without a label the line must be only a date (and a weekday or time).
    const remainder = rest.slice(0, found.index) + ' ' + rest.slice(found.index + found.length)
    if (!dateOnlyRest.test(trimSeparators(remainder))) return undefined
  }
  const kind = kindOf(labelled?.groups?.label)
  return found.iso ? {kind, date: found.iso} : {kind}
}

function kindOf(label: string | undefined): DateLine['kind'] {
  const name = label?.toLowerCase() ?? ''
  return name.includes('updated') || name.includes('modified') ? 'updated' : name ? 'published' : 'date'
}

function findDate(text: string): {index: number; length: number; iso?: string} | undefined {
  for (const pattern of [monthDayYear, dayMonthYear, isoDate]) {
    const match = pattern.exec(text)
    if (!match?.groups) continue
    const {year, month, day} = match.groups
    const monthNumber = /^\d+$/.test(month!) ? Number(month) : monthNames.indexOf(month!.slice(0, 3).toLowerCase()) + 1
    const dayNumber = Number(day)
    const result: {index: number; length: number; iso?: string} = {index: match.index, length: match[0].length}
    if (monthNumber >= 1 && monthNumber <= 12 && dayNumber >= 1 && dayNumber <= daysIn(Number(year), monthNumber)) {
      result.iso = year + '-' + pad(monthNumber) + '-' + pad(dayNumber)
    }
    return result
  }
  return undefined
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function pad(value: number): string {
  return value < 10 ? '0' + value : String(value)
}

/** `text` without separators before (`, `) and after (`, | -`) its words. */
function trimSeparators(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && ' \n,'.includes(text.charAt(start))) start++
  while (end > start && ' \n,|-'.includes(text.charAt(end - 1))) end--
  return text.slice(start, end)
}
