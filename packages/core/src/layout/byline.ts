/**
 * Bylines: "By Jane Doe and John Roe", "By JANE DOE, Reuters",
 * "Jane Doe | Staff Reporter".
 *
 * A byline must name at least one person: "By the end of the day, …" starts
 * like one but "the end of the day" is no name.
 */

export interface ParsedByline {
  authors: string[]
  affiliation?: string
}

// Bylines are short; a long line starting with "By" is prose.
const MAX_BYLINE = 160
const MAX_NAME_WORDS = 5

// One word of a name: "Jane", "JANE", "O'Brien", "J.", "Jean-Luc", "McAdams".
const nameWord = /^(?:[A-Z][a-z]?\.|[A-Z][A-Za-z'’-]*[a-z'’A-Z])$/
// Lower-case particles inside names: "Ursula von der Leyen", "Luis de Guindos".
const particles = new Set(['de', 'da', 'del', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'al', 'ibn', 'dos', 'das'])
// "By Jane Doe", "BYLINE: Jane Doe."
const byPrefix = /^(?:by|byline:)\s+/i
// Names are split here and trimmed after: `\s*,\s*` would retry its
// leading `\s*` from every space of a long run (quadratic).
const separators = /,|&|\sand\s/

const conjunctions = /&|\sand\s/
// Words that make a comma segment an outlet or a role, not a person:
// "By Jane Doe, Harbour Post", "By Jane Doe, Staff Reporter".
const affiliationWords =
  /\b(?:News|Press|Post|Times|Wire|Agency|Herald|Journal|Gazette|Courier|Tribune|Daily|Weekly|Service|Reporter|Reporters|Correspondent|Editor|Writer|Staff|Bureau|Media|Network|Radio|TV|Television)\b/

export function parseByline(line: string): ParsedByline | undefined {
  if (line.length > MAX_BYLINE) return undefined
  if (byPrefix.test(line)) {
    const rest = line.replace(byPrefix, '')
    const bar = rest.indexOf('|')
    const names = (bar === -1 ? rest : rest.slice(0, bar)).replace(/[.;]$/, '')
    const result = splitNames(names)
    if (!result) return undefined
    const affiliation = [result.affiliation, bar === -1 ? undefined : rest.slice(bar + 1).trim()]
      .filter(Boolean)
      .join(', ')
    return affiliation ? {authors: result.authors, affiliation} : {authors: result.authors}
  }
  // "Jane Doe | Staff Reporter": a name, a bar, a short role or outlet.
  const bar = line.indexOf('|')
  if (bar === -1) return undefined
  const name = line.slice(0, bar).trim()
  const role = line.slice(bar + 1).trim()
  if (!isName(name) || role === '' || role.split(' ').length > 6) return undefined
  return {authors: [displayName(name)], affiliation: role}
}

function splitNames(text: string): ParsedByline | undefined {
  // "By Kestrel Vance and Dario Pell, Meridian Wire": once "and" has joined
  // the last two names, what follows the next comma is the affiliation,
  // even when it is shaped like a name.
  let names = text
  let tail = ''
  const conjunction = conjunctions.exec(text)
  if (conjunction) {
    const comma = text.indexOf(',', conjunction.index + conjunction[0].length)
    if (comma !== -1) {
      names = text.slice(0, comma)
      tail = text.slice(comma + 1).trim()
    }
  }
  const parts = names
    .trim()
    .split(separators)
    .map((part) => part.trim())
  const authors: string[] = []
  let index = 0
  while (index < parts.length && isName(parts[index]!) && !affiliationWords.test(parts[index]!)) {
    authors.push(displayName(parts[index]!))
    index++
  }
  if (tail) parts.push(tail)
  if (authors.length === 0) return undefined
  const rest = parts.slice(index).join(', ').trim()
  return rest ? {authors, affiliation: rest} : {authors}
}

/** Two to five name words, first and last capitalised. */
export function isName(text: string): boolean {
  const words = text.split(/\s+/)
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false
  if (!nameWord.test(words[0]!) || !nameWord.test(words[words.length - 1]!)) return false
  return words.every((word) => nameWord.test(word) || particles.has(word))
}

/** "JANE DOE" → "Jane Doe"; names in mixed case stay as written. */
function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name
  return name.toLowerCase().replace(/(^|[\s'’-])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase())
}
