/**
 * Names the text gives outside quotes, found once per article: runs of
 * capitalised words ("Michael Flynn", "Homeland Security Department") and
 * coordinations of them ("Russia and China", "Wang Yi and Sergei Lavrov").
 * The resolver reads them to expand a short form ("Flynn" → "Michael
 * Flynn"), to find the person a pronoun refers to, and the members of
 * "both countries". Only names that are in the text are ever used.
 */
import type {Token} from '../quotes/tokens.js'
import {ARTICLES, OWNERS} from '../quotes/cues.js'
import {SENTENCE_ADVERBS, TITLE_NOUNS} from '../quotes/phrases.js'
import {sexOfHonorific} from './mentions.js'
import {isCapitalized} from '../quotes/tokens.js'

export interface NameRun {
  text: string
  words: string[]
  start: number
  end: number
  /** Starts a sentence or follows its opening phrase: likely a subject (not an owner there: "John Parker's lawyer said"). */
  subject: boolean
  /** Index of its sentence in the article (as `Coordination.sentence`). */
  sentence: number
  /** Follows an owner ("his Harbour Evening Mass", "their Tarn office"): a thing of someone's, no person. */
  owned?: boolean
  /** The sex an honorific before the run tells ("Mrs. Beth Carrow": female; "Mr. Ivo Brandt": male). */
  titled?: 'male' | 'female'
  /** What the resolver read from the run, filled in the first time it asks (see `resolve.ts`): it walks the same runs back for every pronoun. */
  facts?: RunFacts
}

export interface RunFacts {
  /** Whether the run looks like a person's name. */
  person: boolean
  /** The name without titles and honorifics: "Foreign Minister Wang Lei" → "Wang Lei". */
  name: string
  /** First and last word of `name`. */
  first: string
  last: string
  /** The resolver's key for a person of that name: `person:wang lei`. */
  key: string
  /** Last word of the run, lowercase. */
  lastLower: string
}

export interface Coordination {
  members: string[]
  start: number
  /** Index of its sentence in the article: `NameIndex.isBusinessSentence` tells what the sentence is about. */
  sentence: number
  /** Named as states: "the foreign ministers of Lirania and Veldenia", "the governments of …". */
  governed?: boolean
}

export interface NameIndex {
  runs: NameRun[]
  coordinations: Coordination[]
  /** Names the text gives a state's offices: "Veldenia's foreign minister", "the president of Lirania". */
  states: Set<string>
  /**
   * Sentences that speak of firms ("Shares in Elan and Biogen plunged as the
   * firms …"): a coordination in one of them may be what "the two firms"
   * refers to; one elsewhere ("both Tysabri and Avonex") is not. Read
   * when asked: the resolver asks only of the sentences of coordinations
   * it weighs, so the words of the others are never looked up.
   */
  isBusinessSentence(sentence: number): boolean
}

/** Words that make a sentence about organisations (see `NameIndex.isBusinessSentence`). */
const BUSINESS_WORDS = new Set([
  'firm', 'firms', 'company', 'companies', 'shares', 'share', 'stake', 'merger', 'takeover', 'partner', 'partners',
  'rival', 'rivals', 'group', 'groups', 'bank', 'banks', 'subsidiary', 'corporation', 'corporations', 'business',
  'businesses', 'chains', 'carriers', 'airlines', 'makers', 'manufacturers', 'organisations', 'organizations', 'agencies'
])

/** Capitalised words that open sentences without being names. */
/** Shortest capitalised -ing word read as a gerund at a sentence start ("Bashing"; "Ewing", "Irving" are shorter or names). */
const MIN_GERUND = 7

const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'at', 'on', 'but', 'and', 'if', 'when', 'while', 'after', 'before', 'as', 'for', 'it',
  'he', 'she', 'they', 'we', 'i', 'this', 'that', 'there', 'his', 'her', 'their', 'our', 'to', 'by', 'with',
  'from', 'so', 'yet', 'still', 'also', 'however', 'meanwhile', 'speaking', 'asked', 'according', 'since',
  // A cue opening a sentence before its speaker: "Says Holm, “…”" ("Said" is a first name too, and stays one).
  'says', 'added', 'adds', 'wrote', 'told',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr.', 'mrs.', 'ms.',
  'dr.', 'what', 'who', 'why', 'how', 'where', 'no', 'yes', 'not', 'all', 'some', 'many', 'one', 'two', 'both', 'neither', 'either', 'nor',
  // "Until December Microsoft said", "Without Charles, the band …": openers before a name.
  'until', 'although', 'though', 'because', 'despite', 'without', 'within', 'under', 'over', 'through', 'across',
  'among', 'during', 'unlike', 'like', 'once', 'now', 'then', 'instead', 'inside', 'outside',
  // "Even Mr. Brandt called …", "Therefore Tarn pilots …": sentence adverbs.
  ...SENTENCE_ADVERBS
])

// What every business word shares, read from the list: its length range and
// the letters it starts and ends with. A word outside them is not in the
// list, which these tell without hashing the word (this runs on every word
// of each sentence asked about: “the”, “said”, “minister” fail here).
let businessMinLength = Infinity
let businessMaxLength = 0
let businessFirst = 0
let businessLast = 0
for (const word of BUSINESS_WORDS) {
  businessMinLength = Math.min(businessMinLength, word.length)
  businessMaxLength = Math.max(businessMaxLength, word.length)
  businessFirst |= letterBit(word.charCodeAt(0))
  businessLast |= letterBit(word.charCodeAt(word.length - 1))
}

/** A bit for a lowercase ASCII letter; every other code unit gets bit 31, which no business word sets (they are all a–z). */
function letterBit(code: number): number {
  return code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << 31
}

function isBusinessWord(lower: string): boolean {
  const length = lower.length
  return (
    length >= businessMinLength &&
    length <= businessMaxLength &&
    (businessFirst & letterBit(lower.charCodeAt(0))) !== 0 &&
    (businessLast & letterBit(lower.charCodeAt(length - 1))) !== 0 &&
    BUSINESS_WORDS.has(lower)
  )
}

const HONORIFIC = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'gen.'])

export function indexNames(paragraphs: Token[][], inQuote: (offset: number) => boolean): NameIndex {
  const runs: NameRun[] = []
  const coordinations: Coordination[] = []
  const states = new Set<string>()
  // Where each sentence starts (by its index, from 1): its paragraph's tokens and the first of them. It ends where the next one starts, or with its paragraph.
  const sentenceTokens: Token[][] = [[]]
  const sentenceFrom: number[] = [0]
  let sentence = 0
  for (const tokens of paragraphs) {
    sentence++
    sentenceTokens.push(tokens)
    sentenceFrom.push(0)
    let sentenceStart = true
    // Only a title's words since the sentence started (see `subject`).
    let titleOnly = true
    let pending: NameRun[] = []
    let joiner = false
    let governed = false
    // Ends the list being read: records it as a coordination (two names or more) and starts a new one.
    const flush = (): void => {
      flushCoordination(pending, coordinations, sentence, governed)
      pending = []
      governed = false
    }
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      if (!token.word) {
        if (token.value === '.' || token.value === '!' || token.value === '?') {
          sentenceStart = true
          titleOnly = true
          sentence++
          sentenceTokens.push(tokens)
          sentenceFrom.push(i)
        }
        if (token.value !== ',' && pending.length > 0) {
          flush()
        }
        continue
      }
      if (!isNameWord(token)) {
        if (token.lower === 'and' && pending.length > 0) {
          joiner = true
          continue
        }
        if (pending.length > 0 && !joiner) {
          flush()
        }
        joiner = false
        // ("Harbour chief Ivo Brandt opened …", "The party's leader Ada Holm said …": a title that opens the sentence keeps the
        // name after it the subject.)
        titleOnly &&= sentenceStart || TITLE_NOUNS.has(token.lower) || ARTICLES.has(token.lower) || isPossessive(token)
        sentenceStart = false
        continue
      }
      let end = i
      while (end < tokens.length && tokens[end]!.word && isNameWord(tokens[end]!)) {
        end++
        // "his Harbour Evening Mass. The cardinal …": a word with a period ("Mass.", also a state's abbreviation) before a
        // sentence opener ends the sentence, and the run.
        if (tokens[end - 1]!.value.endsWith('.') && NOT_NAMES.has(tokens[end]?.lower ?? '')) break
      }
      let from = i
      while (from < end && NOT_NAMES.has(tokens[from]!.lower)) from++
      // "Entrusting Donald Trump with …", "Bashing Trump is …": a gerund opening the sentence is no first name.
      if (sentenceStart && from === i && end - from >= 2 && tokens[from]!.lower.length >= MIN_GERUND && tokens[from]!.lower.endsWith('ing')) from++
      const atStart = sentenceStart
      sentenceStart = false
      i = end - 1
      if (from === end || inQuote(tokens[from]!.start)) {
        joiner = false
        continue
      }
      const words = tokens.slice(from, end).map((token) => token.value)
      const run: NameRun = {
        text: words.join(' '),
        words,
        start: tokens[from]!.start,
        end: tokens[end - 1]!.end,
        subject: (atStart || tokens[from - 1]?.value === ',' || (titleOnly && TITLE_NOUNS.has(tokens[from - 1]?.lower ?? ''))) && !isPossessive(tokens[end - 1]!) && !(end < tokens.length && isPossessive(tokens[end]!)),
        sentence
      }
      // ("his Harbour Evening Mass": a run right after an owner is something owned.)
      if (OWNERS.has(tokens[from - 1]?.lower ?? '')) run.owned = true
      // ("Mrs. Beth Carrow": an honorific before the run tells a person's sex, whatever the first name.)
      const honorific = sexOfHonorific(tokens[from - 1]?.lower ?? '')
      if (honorific) run.titled = honorific
      runs.push(run)
      // "Veldenia's foreign minister", "the prime minister of Lirania": a name with an office of state is a state.
      const ofOffice = tokens[from - 1]?.lower === 'of' && STATE_OFFICES.has(tokens[from - 2]?.lower ?? '')
      if (isPossessive(tokens[end - 1]!) && STATE_OFFICES.has(tokens[end]?.lower ?? '') && end - from === 1) states.add(run.text.replace(/['’]s$/, ''))
      if (ofOffice && end - from === 1) states.add(run.text)
      // "the foreign ministers of Lirania and Veldenia": the list that starts here is one of states.
      if (ofOffice && pending.length === 0) governed = true
      // "Brandt, Veldenia's foreign minister, said": a possessive after a
      // comma, before a lowercase word, starts the role of the name before
      // it (an appositive), not the next name of a list. The list ends there.
      if (!joiner && pending.length > 0 && tokens[from - 1]?.value === ',' && isPossessive(tokens[end - 1]!) && isLowercaseWord(tokens[end])) {
        flush()
        joiner = false
        continue
      }
      if (!joiner && pending.length > 0 && tokens[from - 1]?.value !== ',') {
        flush()
      }
      pending.push(run)
      joiner = false
    }
    flush()
  }
  const business = new Map<number, boolean>()
  const isBusinessSentence = (index: number): boolean => {
    let answer = business.get(index)
    if (answer === undefined) {
      answer = false
      const tokens = sentenceTokens[index]
      if (tokens !== undefined) {
        const to = sentenceTokens[index + 1] === tokens ? sentenceFrom[index + 1]! : tokens.length
        // The same words the walk above reads as other than names: the words of a name (“Business Secretary”) do not count.
        for (let i = sentenceFrom[index]!; i < to && !answer; i++) {
          const token = tokens[i]!
          answer = token.word && !isNameWord(token) && isBusinessWord(token.lower)
        }
      }
      business.set(index, answer)
    }
    return answer
  }
  return {runs, coordinations, states, isBusinessSentence}
}

/** A capitalised word or an honorific (“Mr.”: every honorific ends in a full stop, so others skip the lookup). */
function isNameWord(token: Token): boolean {
  return isCapitalized(token) || (token.lower.charCodeAt(token.lower.length - 1) === 46 && HONORIFIC.has(token.lower))
}

function isPossessive(token: Token): boolean {
  return token.lower.endsWith("'s") || token.lower.endsWith('’s')
}

function isLowercaseWord(token: Token | undefined): boolean {
  return token !== undefined && token.word && !isCapitalized(token)
}

/** Offices of a state, in "X's foreign minister" and "the foreign ministers of X and Y". */
const STATE_OFFICES = new Set([
  'foreign', 'prime', 'president', 'presidents', 'government', 'governments', 'ministers', 'minister', 'leaders', 'leader',
  'capitals', 'embassy', 'embassies', 'ambassador', 'ambassadors', 'parliament', 'parliaments', 'army', 'armies', 'military'
])

function flushCoordination(pending: NameRun[], coordinations: Coordination[], sentence: number, governed = false): void {
  if (pending.length >= 2) {
    coordinations.push({members: pending.map((run) => run.text), start: pending[0]!.start, sentence, ...(governed ? {governed} : {})})
  }
}
