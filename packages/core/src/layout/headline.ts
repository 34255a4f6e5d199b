/**
 * Whether a line reads like a headline rather than a body paragraph.
 *
 * Headlines are short and usually one sentence; they may end with a period
 * ("Survey: Rural Voters Desert Harbour Party for Ada Holm.").
 * A body paragraph that happens to be the first line ("The council met on
 * Tuesday. It voted to close the library.") has several sentences or runs
 * long.
 */
import {wordCount} from './lines.js'

// Longest headline seen in the BBC and PolNeAR sets is under 30 words; a
// lead paragraph is rarely under 20. 30 keeps every headline there.
const MAX_HEADLINE_WORDS = 30
const MAX_HEADLINE_CHARS = 250
// A second sentence is tolerated in short headlines ("Markets fall. Oil rises.").
const MAX_WORDS_WITH_TWO_SENTENCES = 12

// "done. The" — a sentence break; an abbreviation ("Mr. Flynn", "U.S. Senate")
// is told apart below. The look-behind starts a match only at the start of
// a run of letters: without it a search retries from every letter of a long
// run, which is quadratic in the run's length.
const sentenceBreak = /(?<![A-Za-z])([A-Za-z]+)[.!?]["”’]? +["“‘]?[A-Z]/g
const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'gov', 'sen', 'rep', 'gen', 'jr', 'sr', 'inc', 'co', 'corp', 'lt', 'col', 'sgt', 'prof', 'no', 'mt', 'ft', 'rev', 'hon', 'pres'])

export function isTitleLike(line: string): boolean {
  if (line.length > MAX_HEADLINE_CHARS) return false
  // "eTarn now selling Harbour choir album" is a headline (a lowercase brand); "and then …" is not.
  if (/^\p{Ll}+(?:[\s,;:]|$)/u.test(line)) return false
  const words = wordCount(line)
  if (words > MAX_HEADLINE_WORDS) return false
  if (words > MAX_WORDS_WITH_TWO_SENTENCES && hasSentenceBreak(line)) return false
  return true
}

function hasSentenceBreak(line: string): boolean {
  sentenceBreak.lastIndex = 0
  let match = sentenceBreak.exec(line)
  while (match) {
    const word = match[1]!
    // "U.S. Drops" has a capital before the period: an initialism.
    if (!abbreviations.has(word.toLowerCase()) && /[a-z]$/.test(word) && word.length > 1) return true
    match = sentenceBreak.exec(line)
  }
  return false
}
