/**
 * Reported speech: indirect speech with no marks.
 *
 * - `X said (that) CLAUSE` / `X told reporters (that) CLAUSE`
 * - `X urged it to CLAUSE`, `the statement called for CLAUSE`
 * - `according to X, CLAUSE` / `CLAUSE, according to X.`
 * - `CLAUSE, X said.` / `CLAUSE, said X.`
 *
 * The clause is cut before a second coordinated cue ("Brandt said the dams
 * would release more water and accused earlier governments of …"),
 * which gets its own attribution.
 */
import type {Attribution} from './attribution.js'
import {CLAUSE_ONLY_CUES, cueAt, LISTENER_CUES, NAMING_CUES, OBJECT_CLAUSE_CUES} from './cues.js'
import {type Phrase, phraseAfter, phraseBefore, sentenceSubject} from './phrases.js'
import {isCapitalized, type Token} from './tokens.js'

export interface Reported {
  /** Token range of the reported clause. */
  clause: [number, number]
  attribution: Attribution
}

/** Fewest words in a reported clause: "he said no" is not reported speech worth a quote (2 swept against 3–4 on train). */
const MIN_CLAUSE_WORDS = 3
/** How far after a cue its `that` may be: "told reporters on Tuesday night that" (7 tokens). */
const THAT_WINDOW = 9
/** How far after an object cue its `to`/`of` may be: "urged the European Union to". */
const OBJECT_WINDOW = 8
/** Tokens allowed after a closing "…, X said" before the sentence ends: "on Tuesday", "in a statement". */
const MAX_TRAILER = 6
/** How far the source of "according to" may run before its comma ("a new poll by the Delta University Centre for Civic Studies"). */
const ACCORDING_WINDOW = 14

/** Tokens before a leading "according to": "Now, according to …", "But according to …" (3 keeps "And now, …"). */
const MAX_OPENER = 3

const ADVERBIALS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'earlier', 'later', 'recently', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'flatly',
  'previously', 'once', 'simply', 'bluntly', 'morning', 'evening', 'afternoon', 'night', 'then', 'now'
])
const DETERMINER_OBJECTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])

export function findReported(
  tokens: Token[],
  from: number,
  to: number,
  inMarks: (index: number) => boolean,
  usedCue: (index: number) => boolean
): Reported[] {
  const found: Reported[] = []
  for (let k = from; k < to; k++) {
    if (inMarks(k)) continue
    // Whether the cue is used is asked only where a cue starts: it is a set lookup, and most tokens start none.
    const match = cueAt(tokens, k)
    if (!match || usedCue(k)) continue
    // "a group called Friends of the Dune": naming without marks is not speech.
    if (NAMING_CUES.has(match.cue)) {
      k += match.length - 1
      continue
    }
    const cue: [number, number] = [k, k + match.length]
    const long = (result: Reported | undefined) => (result && countWords(tokens, result.clause) >= MIN_CLAUSE_WORDS ? result : undefined)
    const result =
      match.cue === 'according to'
        ? long(accordingTo(tokens, from, to, cue))
        : long(trailing(tokens, from, to, cue, match.cue, inMarks)) ?? long(leading(tokens, from, to, cue, match.cue, inMarks))
    if (result) found.push(result)
    k += match.length - 1
  }
  return found
}

function accordingTo(tokens: Token[], from: number, to: number, cue: [number, number]): Reported | undefined {
  // "according to exit polls, …": any words up to the comma name the source when no name phrase is found.
  const mention: Phrase | undefined = phraseAfter(tokens, cue[1], to) ?? wordsUntilComma(tokens, cue[1], to)
  if (!mention) return undefined
  // "According to the coast guard, three ships …": what follows the comma is the clause, not a role.
  delete mention.role
  const attribution: Attribution = {cue, cueText: 'according to', mention}
  let after = mention.to
  // "According to a fresh survey by the Delta Centre for Civic Studies, …": the comma that ends the source.
  for (let i = after; i < to && i - after < ACCORDING_WINDOW && tokens[after]?.value !== ','; i++) {
    if (tokens[i]!.value === ',') after = i
    else if (!tokens[i]!.word) break
  }
  // "According to the report, CLAUSE." and "Now, according to the poll, CLAUSE." (a short opener before the cue).
  if (tokens[after]?.value === ',' && cue[0] - from <= MAX_OPENER) {
    return {clause: [after + 1, trimEnd(tokens, after + 1, to)], attribution}
  }
  if (cue[0] - 1 > from && tokens[cue[0] - 1]!.value === ',') {
    const end = trimEnd(tokens, after, to)
    // "Voters, according to the poll, are swinging back": the clause runs around the attribution.
    if (tokens[after]?.value === ',' && countWords(tokens, [after + 1, end]) >= MIN_CLAUSE_WORDS && !isTrailer(tokens, after + 1, end)) {
      return {clause: [from, end], attribution}
    }
    // "CLAUSE, according to X."
    return {clause: [from, cue[0] - 1], attribution}
  }
  return undefined
}

/** The words from `start` to the next comma, when they are all words and not too many: "exit polls". */
function wordsUntilComma(tokens: Token[], start: number, to: number): {from: number; to: number} | undefined {
  let i = start
  while (i < to && i - start < ACCORDING_WINDOW && tokens[i]!.word) i++
  // "…, according to ballot survey figures.": the source may end the sentence too.
  if (i === start || (tokens[i]?.value !== ',' && trimEnd(tokens, i, to) !== i)) return undefined
  return {from: start, to: i}
}

/** "CLAUSE, X said." and "CLAUSE, said X." */
function trailing(
  tokens: Token[],
  from: number,
  to: number,
  cue: [number, number],
  cueText: string,
  inMarks: (index: number) => boolean
): Reported | undefined {
  // "…, Okafor said Friday in Tarn, noting that …": a participle clause after the trailer is the speaker's, not the clause.
  const end = trailerEnd(tokens, cue[1], trimEnd(tokens, cue[1], to))
  let mention
  let comma: number
  if (cue[0] - 1 > from && tokens[cue[0] - 1]!.value === ',') {
    mention = phraseAfter(tokens, cue[1], to)
    if (!mention) return undefined
    comma = cue[0] - 1
    const after = mention.role ? mention.role[1] : mention.to
    // "…, said Lena Orr, the head of the archive, who …": a relative clause after the role is the speaker's too.
    const relative = tokens[after]?.value === ',' && RELATIVES.has(tokens[after + 1]?.lower ?? '')
    if (!relative && (end - after > MAX_TRAILER || !isTrailer(tokens, after, end))) return undefined
  } else {
    const before = phraseBefore(tokens, cue[0], from)
    if (!before || before === 'coordinated') return undefined
    comma = before.from - 1
    if (comma <= from || tokens[comma]!.value !== ',') return undefined
    // "…, a spokeswoman, Ada Krall, said": the role stands first, so the clause ends at the comma before it.
    if (before.role && before.role[0] < before.from) {
      comma = before.role[0] - 1
      if (comma <= from || tokens[comma]!.value !== ',') return undefined
    }
    mention = before
    // "Tarnside, Brandt said, had made her doubt …": the clause goes on after the attribution.
    // "…, a spokeswoman said on Saturday, and it …" and "…, economists say, slowed the recovery" (a short rest that is no trailer).
    const next = skipAdverbials(tokens, cue[1], end)
    if (!OBJECT_CLAUSE_CUES.has(cueText) && tokens[next]?.value === ',' && next + 1 < end && (end - next > MAX_TRAILER || !isTrailer(tokens, next + 1, end))) {
      return {clause: [from, end], attribution: {cue, cueText, mention}}
    }
    if (end - cue[1] > MAX_TRAILER || !isTrailer(tokens, cue[1], end)) return undefined
  }
  if (inMarks(from)) return undefined
  return {clause: [from, comma], attribution: {cue, cueText, mention}}
}

const RELATIVES = new Set(['who', 'whose', 'which'])

/**
 * Where the trailer after a closing "…, X said" ends: at a comma before a
 * participle ("…, Okafor said Friday, noting that …", "…, she said,
 * adding …"), else at `end`.
 */
function trailerEnd(tokens: Token[], from: number, end: number): number {
  for (let i = from; i < end && i - from <= MAX_TRAILER + 2; i++) {
    const token = tokens[i]!
    if (token.value === ',') {
      const next = tokens[i + 1]
      return next && next.word && next.lower.length > 4 && next.lower.endsWith('ing') ? i : end
    }
    if (!token.word) return end
  }
  return end
}

/** What may follow "…, X said" at a sentence end: nothing, a time ("on Tuesday"), a setting ("in a statement"). */
const TRAILER_STARTS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'of', 'from', 'to', 'late', 'early', 'last', 'this', 'via', 'through'])

function isTrailer(tokens: Token[], from: number, to: number): boolean {
  if (from >= to) return true
  const first = tokens[from]!
  return first.word && (TRAILER_STARTS.has(first.lower) || ADVERBIALS.has(first.lower))
}

/** "X said (that) CLAUSE", "X told reporters CLAUSE", "X urged it to CLAUSE". */
function leading(
  tokens: Token[],
  from: number,
  to: number,
  cue: [number, number],
  cueText: string,
  inMarks: (index: number) => boolean
): Reported | undefined {
  let mention = phraseBefore(tokens, cue[0], from)
  if (mention === 'coordinated') mention = sentenceSubject(tokens, from, cue[0])
  if (!mention) return undefined
  if (inMarks(mention.from)) return undefined

  let start: number | undefined = cue[1]
  const object = OBJECT_CLAUSE_CUES.get(cueText)
  const that = findWord(tokens, cue[1], Math.min(to, cue[1] + THAT_WINDOW), 'that')
  if (object !== undefined) {
    if (object !== '' && findWord(tokens, cue[1], Math.min(to, cue[1] + OBJECT_WINDOW), object) === undefined) return undefined
  } else if (that !== undefined) {
    start = that + 1
  } else if (CLAUSE_ONLY_CUES.has(cueText)) {
    return undefined
  } else {
    start = skipAdverbials(tokens, cue[1], to)
    if (LISTENER_CUES.has(cueText)) start = skipObject(tokens, start, to)
  }
  if (start === undefined || start >= to) return undefined
  const first = tokens[start]!
  if (!first.word && !inMarks(start)) return undefined
  const end = cutClause(tokens, start, to)
  return {clause: [start, end], attribution: {cue, cueText, mention}}
}

/** Index of `word` between `from` and `to`, crossing words only (no comma, no mark). */
function findWord(tokens: Token[], from: number, to: number, word: string): number | undefined {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (token.lower === word) return i
    if (!token.word) return undefined
  }
  return undefined
}

function skipAdverbials(tokens: Token[], from: number, to: number): number {
  let i = from
  while (i < to && tokens[i]!.word && (ADVERBIALS.has(tokens[i]!.lower) || tokens[i]!.lower === 'on' && ADVERBIALS.has(tokens[i + 1]?.lower ?? ''))) i++
  return i
}

/** The listener of "told reporters", "told CNN", "told the crowd". */
function skipObject(tokens: Token[], from: number, to: number): number | undefined {
  const first = tokens[from]
  if (!first || !first.word) return undefined
  let i = from
  if (isCapitalized(first)) {
    while (i < to && isCapitalized(tokens[i])) i++
  } else if (DETERMINER_OBJECTS.has(first.lower)) {
    i += 2
  } else {
    i += 1
  }
  return skipAdverbials(tokens, i, to)
}

/** End of the clause: before "and <cue>", ", according to", ", X said" or the sentence end. */
function cutClause(tokens: Token[], from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    const token = tokens[i]!
    if (token.lower === 'and' || token.lower === 'but') {
      let next = i + 1
      while (next < to && ADVERBIALS.has(tokens[next]!.lower)) next++
      if (cueAt(tokens, next)) return trimEnd(tokens, from, i)
    }
    if (token.value === ',' && tokens[i + 1]?.lower === 'according') return i
  }
  return trimEnd(tokens, from, to)
}

function trimEnd(tokens: Token[], from: number, to: number): number {
  let end = to
  while (end > from && !tokens[end - 1]!.word && /^[.,;:!?\u2014\u2013-]$/.test(tokens[end - 1]!.value)) end--
  return end
}

/** Words in `range`, counted up to MIN_CLAUSE_WORDS only (callers ask "at least 3?"), so each call is constant time. */
function countWords(tokens: Token[], range: [number, number]): number {
  let count = 0
  for (let i = range[0]; i < range[1] && count < MIN_CLAUSE_WORDS; i++) if (tokens[i]!.word) count++
  return count
}
