/**
 * Source / credit lines: a short outlet or agency name on a line of its
 * own ("Shine", "Reuters", "Harbour Post").
 *
 * A short capitalised line is not enough on its own (it could be a one-line
 * paragraph or a subheading), so a line counts as the source only when it
 * is a known agency, or it repeats in the text, or a dek or byline follows
 * it (see `layout/index.ts`).
 */

const MAX_SOURCE_WORDS = 4
const MAX_SOURCE_CHARS = 40

const agencies = new Set([
  'reuters',
  'ap',
  'the associated press',
  'associated press',
  'afp',
  'agence france-presse',
  'xinhua',
  'bloomberg',
  'dpa',
  'efe',
  'ansa',
  'kyodo',
  'yonhap',
  'tass',
  'pa',
  'pa media',
  'press association',
  'upi',
  'cnn',
  'bbc',
  'bbc news'
])

const outletWord = /^(?:[A-Z0-9][\p{L}0-9&'’.-]*|of|the|and|&)$/u

/** The line's shape allows it to be an outlet name. */
export function isSourceShaped(line: string): boolean {
  if (line.length > MAX_SOURCE_CHARS) return false
  if (/[.!?,;:"“”]$/.test(line)) return false
  const words = line.split(' ')
  if (words.length > MAX_SOURCE_WORDS) return false
  return words.every((word) => outletWord.test(word))
}

export function isKnownAgency(line: string): boolean {
  return agencies.has(line.toLowerCase())
}
