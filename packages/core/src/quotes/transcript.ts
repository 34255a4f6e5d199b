/**
 * Transcripts: paragraphs that open with a speaker's label and a colon
 * ("VARGA: Do you think …", "Lena Ortiz: We never …"). The words after the
 * colon are the speaker's, though they stand in no marks.
 *
 * A label alone proves little ("Update: the pier reopened", "Scotland: two
 * seats"), so labels count only in an article that has a transcript: a
 * label used in two paragraphs or more (a conversation goes back and forth),
 * each label a name (every word capitalised, no determiner, no place, no
 * label word such as "Note" or "Update"). An interview is one too: "Q: …"
 * and "A: …" paragraphs, when both kinds occur; the answers are the
 * interviewee's (`interviewee`).
 */
import {COUNTRIES, US_STATES} from '../speakers/places.js'
import {countWords, isCapitalized, startsUppercase, type Token} from './tokens.js'

/** Most words in a speaker label: "Foreign Minister Ada Holm" has 4. */
const MAX_LABEL_WORDS = 4
/** Fewest words after the colon for the paragraph to be an utterance. */
const MIN_UTTERANCE_WORDS = 3

/** Words of labels that head a paragraph without naming a speaker. */
const NOT_LABELS = new Set([
  'note', 'notes', 'update', 'updated', 'updates', 'correction', 'corrections', 'related', 'photo', 'photos', 'video', 'watch',
  'read', 'source', 'sources', 'credit', 'credits', 'editor', "editor's", 'editor’s', 'q', 'a', 'breaking', 'exclusive',
  'advertisement', 'top', 'stories', 'more', 'also', 'the', 'an', 'bottom', 'line', 'background', 'analysis', 'opinion',
  'warning', 'disclaimer', 'caption', 'transcript', 'partial', 'full', 'text', 'abstract', 'listen', 'subscribe', 'follow',
  'sign', 'see', 'contact', 'email', 'phone', 'fax', 'web', 'website', 'twitter', 'facebook', 'poll', 'polls', 'result',
  'results', 'summary', 'key', 'points', 'timeline', 'what', 'why', 'how', 'when', 'where', 'who', 'which', 'live',
  'latest', 'news', 'report', 'question', 'answer', 'step', 'part', 'chapter', 'section', 'figure', 'table', 'map', 'image',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'yesterday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // Match reports and forms: "Subs Not Used: …", "Replacements: …", "Name: …".
  'subs', 'sub', 'replacements', 'referee', 'attendance', 'scorers', 'scorer', 'goals', 'booked', 'venue', 'team', 'teams',
  'squad', 'starting', 'name', 'age', 'location', 'occupation', 'date', 'time', 'place', 'score', 'final', 'half-time'
])

/** Words that do not make a run of names an utterance: "Everitt for Mapletoft, Hodgson for Edwards". */
const LIST_WORDS = new Set(['for', 'and', 'the', 'of', 'not', 'used'])
/** Fewest lowercase words of other kinds in an utterance (a line-up is all names). */
const MIN_LOWERCASE_WORDS = 2

/** Token index of the colon after a speaker label that opens the paragraph, if one does. */
function labelEnd(tokens: Token[]): number | undefined {
  let words = 0
  let k = 0
  for (; k < tokens.length && words <= MAX_LABEL_WORDS; k++) {
    const token = tokens[k]!
    if (token.value === ':') break
    // "Holm-Ortiz", "O'Malley" are one word in nlcst; a bare `'s` is not part of a name label.
    if (!token.word || !isCapitalized(token) || NOT_LABELS.has(token.lower)) return undefined
    words++
  }
  if (words === 0 || words > MAX_LABEL_WORDS || tokens[k]?.value !== ':') return undefined
  const label = tokens.slice(0, k).map((token) => token.value).join(' ')
  if (COUNTRIES.has(label) || US_STATES.has(label)) return undefined
  let after = 0
  let lowercase = 0
  for (let i = k + 1; i < tokens.length && (after < MIN_UTTERANCE_WORDS || lowercase < MIN_LOWERCASE_WORDS); i++) {
    const token = tokens[i]!
    if (!token.word) continue
    after++
    if (!isCapitalized(token) && !LIST_WORDS.has(token.lower) && !/^\d/.test(token.value)) lowercase++
  }
  return after >= MIN_UTTERANCE_WORDS && lowercase >= MIN_LOWERCASE_WORDS ? k : undefined
}

/**
 * The label's colon for each paragraph of a transcript (`undefined` for
 * paragraphs without a label, and for every paragraph when the labels do not
 * make a transcript).
 */
export function transcriptLabels(paragraphs: readonly Token[][]): Array<number | undefined> {
  const colons = paragraphs.map(labelEnd)
  const labels = new Map<string, number>()
  colons.forEach((colon, index) => {
    if (colon === undefined) return
    // "INES VARGA: …" and later "VARGA: …" are one speaker: the last word is the key.
    const key = paragraphs[index]![colon - 1]!.lower
    labels.set(key, (labels.get(key) ?? 0) + 1)
  })
  let repeated = false
  for (const uses of labels.values()) if (uses > 1) repeated = true
  const named = repeated ? colons : colons.map(() => undefined)
  // An interview: "Q: …" and "A: …" paragraphs, both kinds present.
  const interview = paragraphs.map(interviewLabel)
  const kinds = new Set(interview.map((label, index) => (label === undefined ? '' : paragraphs[index]![0]!.value)))
  if (!kinds.has('Q') || !kinds.has('A')) return named
  return named.map((colon, index) => colon ?? interview[index])
}

/** Words after an interview label for the paragraph to be a question or an answer: "A: No." is too short to tell. */
const MIN_INTERVIEW_WORDS = 2

/** The colon (token 1) of a paragraph that opens with "Q:" or "A:" and says something after it. */
function interviewLabel(tokens: Token[]): number | undefined {
  const label = tokens[0]
  if (!label || (label.value !== 'Q' && label.value !== 'A') || tokens[1]?.value !== ':') return undefined
  return countWords(tokens, 2, tokens.length, MIN_INTERVIEW_WORDS) >= MIN_INTERVIEW_WORDS ? 1 : undefined
}

/** Most words of the name that follows "interview with": "Vice President Ada Holm of Tarn" is cut to its capitals. */
const MAX_INTERVIEWEE_WORDS = 6
const INTERVIEW_WITH = /\b(?:interview|interviews|Q ?& ?A|conversation|chat|sat down)\s+with\s+/i

/**
 * Who answers in an interview: the name after "interview with", "Q&A
 * with", "a conversation with" in the text before its first question
 * ("Q&A with Vice President Ada Holm"), as written. `undefined` when the
 * text names no one so: the answers then keep their label and no speaker.
 */
export function interviewee(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const match = INTERVIEW_WITH.exec(text)
    if (!match) continue
    const words: string[] = []
    for (const word of text.slice(match.index + match[0].length, match.index + match[0].length + 200).split(/\s+/)) {
      const clean = trimPunctuation(word)
      if (!startsUppercase(clean) || words.length >= MAX_INTERVIEWEE_WORDS) break
      words.push(clean)
      if (clean !== word) break
    }
    if (words.length > 0) return words.join(' ')
  }
  return undefined
}

/** Punctuation that may close a name in running text: "Varga.", "Varga,", "Varga’s”". */
const CLOSING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', '\u201D', '"', '\u2019', "'"])

/** `word` without the punctuation that closes it (a loop: a regex anchored at the end scans again from each start). */
function trimPunctuation(word: string): string {
  let end = word.length
  while (end > 0 && CLOSING_PUNCTUATION.has(word[end - 1]!)) end--
  return word.slice(0, end)
}
