/**
 * Noun phrases around a cue: the speaker mention before a cue ("Wang said",
 * "a Harbour Transport Department official said"), after it ("said
 * Mr. Okafor"), an appositive role ("Lavrov, Russia's foreign minister,
 * said"), and the subject of a sentence for coordinated verbs ("Wang and
 * Lavrov rejected … and said …").
 *
 * Word lists, not a tagger: the cue already tells where the phrase is, so
 * only its edges need finding.
 */
import {COUNTRIES, US_STATES} from '../speakers/places.js'
import {isCapitalized, type Token} from './tokens.js'

export interface Phrase {
  /** First token index. */
  from: number
  /** One past the last token index. */
  to: number
  /** Token range of an appositive role, when there is one. */
  role?: [number, number]
}

/** Longest mention, in tokens ("the top Democrat on the Senate panel" is 7). */
const MAX_MENTION_TOKENS = 8
/** Longest appositive role, in tokens, between its commas ("Ivo Brandt, a veteran Tarnside party organiser who …, said": 30 keeps those, 14 lost them on train). */
const MAX_ROLE_TOKENS = 30

const POSSESSIVES = new Set(['his', 'her', 'their', 'its'])
/** Determiners that cannot head "X of the Y" ("some of the women" can; "the of" cannot). */
const CLOSED_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no'])

const CLOSING_MARKS = new Set(['\u201D', '"', "''", '\u2019', "'", '\u00BB'])

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])

const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'both', 'two', 'three', 'four', 'several', 'many', 'some', 'one', 'another', 'each', 'all', 'most', 'other', 'no'
])

/** Words between a subject and its cue that are not part of either: "Wang also said", "he has repeatedly said". */
const BETWEEN = new Set([
  'also', 'has', 'have', 'had', 'was', 'is', 'were', 'are', 'would', 'will', 'then', 'later', 'again', 'once',
  'previously', 'repeatedly', 'reportedly', 'recently', 'publicly', 'privately', 'simply', 'flatly', 'quickly',
  'first', 'further', 'now', 'still', 'just', 'even', 'often', 'never', 'always', 'did', 'does', 'do', 'may',
  'might', 'could', 'can', 'should', 'initially', 'earlier', 'subsequently', 'ultimately', 'finally', 'angrily',
  'sharply', 'bluntly', 'pointedly', 'openly', 'separately', 'jokingly', 'already', 'frequently', 'immediately',
  'similarly', 'likewise', 'not', "n't", 'been', 'being', 'be', 'last', 'yesterday', 'today', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'on',
  'personally', 'directly', 'explicitly', 'correctly', 'falsely', 'wrongly', 'rightly', 'privately', 'specifically', 'essentially'
])

/** Words that end a noun phrase read backwards from a cue. */
const STOPS = new Set([
  'that', 'and', 'but', 'or', 'because', 'when', 'while', 'after', 'before', 'if', 'as', 'since', 'so', 'who',
  'which', 'where', 'than', 'to', 'for', 'with', 'in', 'on', 'at', 'from', 'by', 'about', 'into', 'over',
  'under', 'against', 'him', 'them', 'me', 'us', 'what', 'whom', 'whose', 'how', 'why', 'whether', 'though',
  'although', 'unless', 'until', 'during', 'through', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'be',
  'said', 'says', 'told', 'not', 'no', 'yes', 'also', 'then', 'there', 'here', 'it', 'this', 'do', 'did', 'does'
])

/** Lowercase heads that can be a speaker without a determiner: "officials said", "experts warn". */
export const BARE_SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'experts', 'analysts', 'critics', 'aides', 'sources', 'supporters', 'advisers', 'advisors',
  'economists', 'lawyers', 'prosecutors', 'investigators', 'police', 'witnesses', 'residents', 'protesters',
  'voters', 'democrats', 'republicans', 'leaders', 'organizers', 'authorities', 'researchers', 'scientists',
  'doctors', 'diplomats', 'observers', 'strategists', 'people', 'officers', 'members', 'activists', 'polls',
  'surveys', 'studies', 'data', 'documents', 'records', 'reports', 'opponents', 'allies', 'spokesmen', 'staff',
  'others', 'many', 'some', 'americans', 'participants', 'respondents', 'historians', 'pollsters'
])

/** Words that lead into a sentence before its subject: "In a statement, …", "But …". */
const INTRO_WORDS = new Set([
  'in', 'at', 'on', 'after', 'during', 'speaking', 'asked', 'before', 'while', 'when', 'since', 'as', 'following',
  'despite', 'earlier', 'later', 'last', 'meanwhile', 'however', 'writing', 'addressing', 'noting', 'citing',
  'for', 'from', 'with', 'under', 'referring', 'responding', 'in', 'if', 'although', 'though', 'because', 'to'
])
const CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'still', 'also', 'now', 'then', 'instead', 'indeed'])

const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'prof.', 'st.', 'sgt.', 'capt.', 'adm.', 'mr', 'mrs', 'ms', 'dr'])

/** Capitalised words that are never a speaker: "Tuesday said", "According to …", "Hastily, …". */
const NOT_SPEAKERS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'according', 'ever', 'now',
  'today', 'yesterday', 'tonight', 'later', 'earlier', 'last', 'next', 'this', 'that', 'then', 'there', 'here',
  'night', 'morning', 'afternoon', 'evening', 'week', 'month', 'year', 'ago', 'days', 'weeks', 'years', 'when',
  'what', 'why', 'how', 'if', 'but', 'and', 'so', 'asked', 'speaking', 'still', 'instead', 'meanwhile'
])

function isNameToken(token: Token | undefined): boolean {
  if (!token || !token.word) return false
  if (NOT_SPEAKERS.has(token.lower) || (token.lower.endsWith('ly') && token.lower.length > 4 && !HONORIFICS.has(token.lower))) return false
  return isCapitalized(token) || HONORIFICS.has(token.lower)
}

/** A phrase is a plausible speaker: a name, a subject pronoun, a determiner phrase, or a bare plural like "officials". */
export function isSpeakerPhrase(tokens: Token[], phrase: Phrase): boolean {
  const first = tokens[phrase.from]
  if (!first) return false
  if (phrase.to - phrase.from === 1 && SUBJECT_PRONOUNS.has(first.lower)) return true
  const lastToken = tokens[phrase.to - 1]!
  if (STOPS.has(lastToken.lower) || lastToken.lower === 'of' || NOT_SPEAKERS.has(lastToken.lower)) return false
  if (NOT_SPEAKERS.has(first.lower)) return false
  for (let i = phrase.from; i < phrase.to; i++) {
    if (isCapitalized(tokens[i]) && !(i === phrase.from && DETERMINERS.has(tokens[i]!.lower))) return true
  }
  if (DETERMINERS.has(first.lower) && phrase.to - phrase.from > 1) return true
  const last = tokens[phrase.to - 1]!
  if (BARE_SPEAKER_NOUNS.has(last.lower)) return true
  // "46 percent said", "Six in 10 say": a share of those polled (a lone number is not: "in 2015 said").
  return phrase.to - phrase.from > 1 && (last.lower === 'percent' || (isNumber(last) && tokens[phrase.to - 2]!.lower === 'in'))
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'third', 'quarter'])

/** "10", "six", "4": a number of people in a poll share. */
function isNumber(token: Token | undefined): boolean {
  if (!token || !token.word) return false
  const code = token.lower.charCodeAt(0)
  return (code >= 48 && code <= 57) || NUMBER_WORDS.has(token.lower)
}

/**
 * The mention right before a cue at `cue`, not reaching before `floor`.
 * `undefined` when the word before the cue is `and` (a coordinated verb:
 * the caller takes the sentence subject) or nothing speaker-like is there.
 */
export function phraseBefore(tokens: Token[], cue: number, floor: number): Phrase | 'coordinated' | undefined {
  let end = cue
  while (end - 1 >= floor && tokens[end - 1]!.word && !isCapitalized(tokens[end - 1]) && (BETWEEN.has(tokens[end - 1]!.lower) || isAdverb(tokens[end - 1]!))) end--
  // "he has, in the past, said": give up on commas inside the verb group.
  // "Wang and Lavrov met … and said", "The mayor's aide would not comment but said": a coordinated verb.
  if (end - 1 >= floor && (tokens[end - 1]!.lower === 'and' || tokens[end - 1]!.lower === 'but')) return 'coordinated'
  // "Trump hit back, saying …": a participle after a comma has the sentence's subject.
  if (end - 1 >= floor && tokens[end - 1]!.value === ',' && tokens[cue]!.lower.endsWith('ing')) return 'coordinated'
  // "… called it “a gift,” adding that …": the comma sits inside the closing mark.
  if (end - 2 >= floor && CLOSING_MARKS.has(tokens[end - 1]!.value) && tokens[end - 2]!.value === ',' && tokens[cue]!.lower.endsWith('ing')) return 'coordinated'
  // "Rep. Ada Holm (D-Tarn) said", "Gov. Ivo Brandt (R-OH), said"
  let comma = end - 1 >= floor && tokens[end - 1]!.value === ','
  const parenthesis = skipParenthesis(tokens, comma ? end - 1 : end, floor)
  if (parenthesis !== undefined) {
    end = parenthesis
    comma = false
  }
  if (comma) return appositive(tokens, end - 1, floor)
  const phrase = collectBackward(tokens, end, floor)
  if (!phrase) return undefined
  return closeHead(tokens, phrase, floor) ?? (isSpeakerPhrase(tokens, phrase) ? phrase : undefined)
}

/**
 * "People familiar with the talks said", "A source close to the campaign
 * said": read backwards, the phrase stops at the preposition; when an
 * adjective of CLOSE_ADJECTIVES stands before it, the mention is the noun
 * phrase before the adjective with its complement. Only those adjectives:
 * "a spokesman for the council said" keeps "the council", the words before a
 * plain preposition may be a clause ("sanctions on Tarn, the council said").
 */
function closeHead(tokens: Token[], phrase: Phrase, floor: number): Phrase | undefined {
  const adjective = phrase.from - 2
  if (adjective - 1 < floor || !CLOSE_PREPOSITIONS.has(tokens[phrase.from - 1]!.lower) || !CLOSE_ADJECTIVES.has(tokens[adjective]!.lower)) return undefined
  const head = collectBackward(tokens, adjective, floor)
  if (!head || !isSpeakerPhrase(tokens, head) || SUBJECT_PRONOUNS.has(tokens[head.from]!.lower)) return undefined
  return {from: head.from, to: phrase.to}
}

/** Start of a parenthesis that ends right before `end` ("(D-Ore.)"), if any, within 8 tokens. */
function skipParenthesis(tokens: Token[], end: number, floor: number): number | undefined {
  if (end - 1 < floor || tokens[end - 1]!.value !== ')') return undefined
  for (let i = end - 2; i >= floor && end - i <= 8; i--) {
    if (tokens[i]!.value === '(') return i
  }
  return undefined
}

function collectBackward(tokens: Token[], end: number, floor: number): Phrase | undefined {
  let from = end
  while (from - 1 >= floor && end - from < MAX_MENTION_TOKENS) {
    const token = tokens[from - 1]!
    if (!token.word) {
      // Hyphens and periods are inside words in nlcst; a bare `'s` or `&` joins.
      if (token.value === '&' || token.value === "'s" || token.value === '’s') {
        from--
        continue
      }
      break
    }
    if (token.lower === 'and') {
      // "Wang and Lavrov said": between two names only; "Ruiz and his lawyers said": a name and its people.
      if ((isNameToken(tokens[from]) || POSSESSIVES.has(tokens[from]?.lower ?? '')) && isNameToken(tokens[from - 2]) && from - 2 >= floor) {
        from--
        continue
      }
      break
    }
    // "Six in 10 say", "one in four voters said": a share of those polled.
    if (token.lower === 'in' && isNumber(tokens[from]) && isNumber(tokens[from - 2]) && from - 2 >= floor) {
      from--
      continue
    }
    if (token.lower === 'for' && isNameToken(tokens[from]) && isNameToken(tokens[from - 2]) && from - 2 >= floor) {
      // "the Center for Coastal Politics said"
      from--
      continue
    }
    if (token.lower === 'of' && from < end && from - 2 >= floor && tokens[from - 2]!.word && !STOPS.has(tokens[from - 2]!.lower)) {
      // "the foreign ministers of China and Russia said"
      from--
      continue
    }
    if (STOPS.has(token.lower) && !(SUBJECT_PRONOUNS.has(token.lower) && from === end)) break
    from--
    // "Ruiz and his lawyers said": a name and its people.
    if (POSSESSIVES.has(token.lower) && tokens[from - 1]?.lower === 'and' && isNameToken(tokens[from - 2]) && from - 2 >= floor) {
      from -= 2
      continue
    }
    if (DETERMINERS.has(token.lower) || SUBJECT_PRONOUNS.has(token.lower)) {
      // "the two ministers", "all the officials"
      const before = tokens[from - 1]
      if (from - 1 >= floor && before && before.word && DETERMINERS.has(before.lower) && !SUBJECT_PRONOUNS.has(token.lower)) from--
      // "Members of the city council said", "some of the women say": the head before "of the".
      const head = tokens[from - 2]
      if (!SUBJECT_PRONOUNS.has(token.lower) && tokens[from - 1]?.lower === 'of' && from - 2 >= floor && head?.word && !STOPS.has(head.lower) && !CLOSED_DETERMINERS.has(head.lower)) {
        from -= 2
        if (from - 1 >= floor && tokens[from - 1]!.word && DETERMINERS.has(tokens[from - 1]!.lower)) from--
      }
      break
    }
  }
  if (from === end) return undefined
  // Too long to be one phrase: keep its last run of names ("… Trump said").
  if (end - from >= MAX_MENTION_TOKENS && !DETERMINERS.has(tokens[from]!.lower)) {
    let start = end
    while (start - 1 >= from && isNameToken(tokens[start - 1])) start--
    if (start === end) return undefined
    from = start
  }
  // A lowercase run before a name is a clause, not a title: "sanctions Wang said".
  let start = from
  if (!DETERMINERS.has(tokens[from]!.lower)) {
    let firstName = -1
    for (let i = from; i < end; i++) {
      if (isNameToken(tokens[i])) {
        firstName = i
        break
      }
    }
    if (firstName > from) start = firstName
  }
  return {from: start, to: end}
}

/** Tokens other than words that may stand inside an appositive role: "Moss' campaign manager", "Sen. Ivo Brandt (R-Tex.)", "AT&T", "$15". */
const ROLE_PUNCTUATION = new Set(['-', '’s', "'s", "'", '’', '(', ')', '&', '/', '$', '%'])

/**
 * "Lavrov, Russia's foreign minister, said": the phrase before the comma
 * that opens the role, and the role. A place or an age standing between
 * commas is stepped over to the name before it: "Paul Okafor, a driver
 * from Ava, Mo., who …, said", "Ada Holm, 30, of Tarn, said".
 */
function appositive(tokens: Token[], comma: number, floor: number): Phrase | undefined {
  let open = comma - 1
  let first = true
  for (;;) {
    while (open >= floor && comma - open <= MAX_ROLE_TOKENS && tokens[open]!.value !== ',') {
      if (!tokens[open]!.word && !ROLE_PUNCTUATION.has(tokens[open]!.value)) return undefined
      open--
    }
    if (open < floor || tokens[open]!.value !== ',' || comma - open < 2) return undefined
    // "Sen. Ivo Brandt (R-Tex.), a candidate, said"
    const end = skipParenthesis(tokens, open, floor) ?? open
    const phrase = collectBackward(tokens, end, floor)
    const place = phrase !== undefined && isPlaceOrAge(tokens, phrase, end)
    // "Kolb's press secretary, Mira Stone, said", "two members of Congress from Tarn, Ada Holm and Ivo Brandt, said": the names are between the commas.
    if (phrase && first && (place || !isCapitalized(tokens[phrase.to - 1])) && !isPlaceOrAge(tokens, {from: open + 1, to: comma}, comma)) {
      let names = true
      for (let i = open + 1; i < comma && names; i++) if (!isNameToken(tokens[i]) && !(tokens[i]!.lower === 'and' && i > open + 1)) names = false
      if (names) return {from: open + 1, to: comma, role: [phrase.from, phrase.to]}
    }
    if (phrase && !place && isSpeakerPhrase(tokens, phrase)) return {from: phrase.from, to: phrase.to, role: [open + 1, comma]}
    if (!place) return undefined
    first = false
    open--
  }
}

const PLACE_PREPOSITIONS = new Set(['of', 'from', 'in', 'near', 'outside', 'to', 'at'])

/** "Mo.", "Ohio", "of Raleigh", "from Ava", "30": a segment of an appositive that names no one. */
function isPlaceOrAge(tokens: Token[], phrase: Phrase, end: number): boolean {
  if (phrase.to !== end) return false
  const before = tokens[phrase.from - 1]
  if (before && before.word && PLACE_PREPOSITIONS.has(before.lower)) return true
  let text = tokens[phrase.from]!.value
  for (let i = phrase.from + 1; i < phrase.to; i++) text += ' ' + tokens[i]!.value
  if (US_STATES.has(text) || COUNTRIES.has(text)) return true
  return phrase.to - phrase.from === 1 && /^\d{1,3}$/.test(text)
}

/** The mention after a cue: "said Mr. Okafor", "said the statement", "said Vell-Orr, an economist". */
export function phraseAfter(tokens: Token[], start: number, ceiling: number): Phrase | undefined {
  const first = tokens[start]
  if (!first || start >= ceiling || !first.word) return undefined
  if (SUBJECT_PRONOUNS.has(first.lower)) return {from: start, to: start + 1}
  let to = start
  let from = start
  if (!isNameToken(first) && !DETERMINERS.has(first.lower)) {
    // "said master of ceremonies Tomas Vell", "said campaign manager Lena Orr"
    let name = start
    while (name < ceiling && name - start < 5) {
      const token = tokens[name]!
      if (!token.word || isNameToken(token) || (STOPS.has(token.lower) && token.lower !== 'of')) break
      name++
    }
    if (name === start || !isNameToken(tokens[name])) return undefined
    start = name
    to = name
  }
  if (DETERMINERS.has(tokens[start]!.lower)) {
    to++
    while (to < ceiling && to - start < MAX_MENTION_TOKENS && tokens[to]!.word && !STOPS.has(tokens[to]!.lower)) {
      to++
      // "according to a Harbour Post/Tarn Radio poll": a slash joins two outlets.
      if (tokens[to]?.value === '/' && tokens[to + 1]?.word) to++
    }
    to = postModifier(tokens, start, to, ceiling)
  } else {
    to = nameRunForward(tokens, start, ceiling)
  }
  if (to === start) return undefined
  if (!isSpeakerPhrase(tokens, {from: start, to})) return undefined
  const phrase: Phrase = {from, to}
  if (tokens[to]?.value === ',' && tokens[to + 1]?.word) {
    let end = to + 1
    while (end < ceiling && end - to <= MAX_ROLE_TOKENS && tokens[end]!.value !== ',' && tokens[end]!.word) end++
    const role = tokens[to + 1]!
    // "said one harbour candidate, Ada Holm": the role comes first, the name after its comma.
    let names = end > to + 1
    for (let i = to + 1; i < end; i++) if (!isNameToken(tokens[i])) names = false
    let described = false
    for (let i = start; i < to; i++) if (isNameToken(tokens[i]) && !DETERMINERS.has(tokens[i]!.lower)) described = true
    if (names && !described && end - to - 1 <= 4) return {from: to + 1, to: end, role: [from, to]}
    if (DETERMINERS.has(role.lower) || !isCapitalized(role) || end < ceiling) {
      phrase.role = [to + 1, end]
    }
  }
  return phrase
}

/** Adjectives that take a complement naming whom a source is near: "a source close to the mayor", "a person familiar with the talks". */
const CLOSE_ADJECTIVES = new Set(['close', 'familiar', 'involved', 'knowledgeable', 'briefed', 'connected', 'loyal'])
/** Prepositions that join such an adjective to its complement. */
const CLOSE_PREPOSITIONS = new Set(['to', 'with', 'in', 'about', 'on'])
/** Prepositions that attach a named owner to a common noun: "a spokesman for the Tarn council", "a report from the Delta Institute", "an aide to Ada Holm". */
const OWNER_PREPOSITIONS = new Set(['for', 'from', 'to', 'by', 'at'])
/** Heads that take "in" + an outlet: "a new article in the Harbour Post" (a person "in Tarn" is a place, not an owner). */
const PUBLISHED_HEADS = new Set(['article', 'editorial', 'report', 'story', 'column', 'op-ed', 'piece', 'essay', 'interview'])
/** Longest complement after the head, in tokens ("to the Tarn Harbour Works Committee" is 6; 8 kept the train sources whole). */
const MAX_POSTMODIFIER_TOKENS = 8

/**
 * One past a post-modifier that belongs to a common-noun mention after a
 * cue, or `to` when there is none. Two shapes: an adjective and its
 * complement ("said a source close to the mayor", "according to people
 * familiar with the matter"), and a preposition that names whom the noun
 * belongs to ("said a spokesman for the Tarn council", "according to a
 * report from the Delta Institute"). The second needs a capitalised word in
 * its phrase, so "said a spokesman in a statement" and "said one aide with a
 * laugh" stop at the noun, and never follows a name (names are not stretched:
 * "said Ada Holm of Tarn").
 */
function postModifier(tokens: Token[], start: number, to: number, ceiling: number): number {
  const head = tokens[to - 1]
  const preposition = tokens[to]
  if (!head || !head.word || !preposition || !preposition.word || to + 1 >= ceiling || isCapitalized(head)) return to
  const close = CLOSE_ADJECTIVES.has(head.lower) && to - 1 > start && CLOSE_PREPOSITIONS.has(preposition.lower)
  const owner = OWNER_PREPOSITIONS.has(preposition.lower) || (preposition.lower === 'in' && PUBLISHED_HEADS.has(head.lower))
  if (!close && !owner) return to
  let end = to + 1
  let named = false
  while (end < ceiling && end - to <= MAX_POSTMODIFIER_TOKENS) {
    const token = tokens[end]!
    if (token.word) {
      // "a source close to the mayor who …", "a spokesman for the council on Tuesday": a new clause or phrase ends it.
      if (STOPS.has(token.lower) && !DETERMINERS.has(token.lower)) break
      if (NOT_SPEAKERS.has(token.lower)) break
      if (isCapitalized(token)) named = true
    } else if (!(token.value === "'s" || token.value === '’s' || token.value === '&' || (token.value === '/' && tokens[end + 1]?.word))) break
    end++
  }
  // Trailing determiners and possessive marks are no part of the phrase.
  while (end > to + 1 && (!tokens[end - 1]!.word || DETERMINERS.has(tokens[end - 1]!.lower))) end--
  if (end === to + 1 || (!close && !named)) return to
  return end
}

/** Lowercase title words inside a name: "former Tarn governor Ed Kolb", "Ruiz campaign manager Ada Holm". */
const TITLE_NOUNS = new Set([
  'governor', 'senator', 'secretary', 'minister', 'president', 'chairman', 'chairwoman', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'mayor', 'representative', 'leader', 'adviser', 'advisor', 'strategist', 'manager',
  'candidate', 'nominee', 'official', 'professor', 'attorney', 'general', 'commissioner', 'chief', 'executive',
  'analyst', 'economist', 'pollster', 'ambassador', 'judge', 'campaign', 'press', 'deputy', 'state', 'senior',
  'congressman', 'congresswoman', 'lawmaker', 'founder', 'co-founder', 'chair', 'head', 'aide', 'treasurer',
  'boss', 'member', 'front-runner', 'frontrunner', 'hopeful', 'scientist', 'ranking', 'writer', 'columnist', 'host',
  'anchor', 'reporter', 'editor', 'correspondent', 'researcher', 'fellow', 'lawyer', 'activist', 'organizer', 'coordinator',
  'partner', 'president-elect', 'superintendent', 'sheriff', 'chancellor', 'representative', 'delegate', 'surrogate'
])

/** Longest run of lowercase words between two parts of a name ("Holm's top foreign policy aide Ivo Brandt": 4). */
const MAX_TITLE_RUN = 4

/**
 * One past a run of up to MAX_TITLE_RUN lowercase words that a name follows
 * and that holds a title noun ("former Tarn governor Ed Kolb", "Tarnside
 * party boss Ed Kolb", "Delta State University political
 * scientist Lena Orr"), or `from` when there is none.
 */
function titleRun(tokens: Token[], from: number, ceiling: number): number {
  let i = from
  let title = false
  while (i < ceiling && i - from < MAX_TITLE_RUN && tokens[i]!.word && !isCapitalized(tokens[i]) && !STOPS.has(tokens[i]!.lower) && tokens[i]!.lower !== 'of') {
    if (TITLE_NOUNS.has(tokens[i]!.lower)) title = true
    i++
  }
  return title && i > from && isNameToken(tokens[i]) ? i : from
}

/**
 * One past a name read forwards from `start` (a name token): capitalised
 * words, joined by "and", "of", "for" ("Secretary of State Ada Holm",
 * "the Center for Coastal Politics"), a slash ("New York Times/CBS News")
 * and lowercase titles before the next name ("former Tarn governor Ed Kolb").
 */
function nameRunForward(tokens: Token[], start: number, ceiling: number): number {
  let to = start
  while (to < ceiling && to - start < MAX_MENTION_TOKENS && isNameToken(tokens[to])) {
    to++
    const next = tokens[to]
    if (next && (next.lower === 'and' || next.lower === 'of' || next.lower === 'for' || next.value === '/') && isNameToken(tokens[to + 1])) to++
    const title = titleRun(tokens, to, ceiling)
    if (title > to && to - start + (title - to) < MAX_MENTION_TOKENS) to = title
  }
  return to
}

/** The subject of the sentence that starts at `from`: "In Guilin, Wang and Lavrov accused …" → Wang and Lavrov. */
export function sentenceSubject(tokens: Token[], from: number, to: number): Phrase | undefined {
  let start = from
  while (start < to && !tokens[start]!.word) start++
  while (start < to && CONJUNCTIONS.has(tokens[start]!.lower)) start++
  if (start < to && (INTRO_WORDS.has(tokens[start]!.lower) || isOpeningParticiple(tokens, start))) {
    let comma = start
    while (comma < to && comma - start < 30 && tokens[comma]!.value !== ',') comma++
    if (comma < to && tokens[comma]!.value === ',') start = comma + 1
  }
  const first = tokens[start]
  if (!first || !first.word) return undefined
  if (SUBJECT_PRONOUNS.has(first.lower)) return {from: start, to: start + 1}
  let end = start
  if (DETERMINERS.has(first.lower)) {
    end++
    while (end < to && end - start < 5 && tokens[end]!.word && !STOPS.has(tokens[end]!.lower) && !isVerbLike(tokens[end]!)) end++
    if (tokens[end]?.lower === 'of' && isNameToken(tokens[end + 1])) {
      end++
      while (end < to && (isNameToken(tokens[end]) || (tokens[end]!.lower === 'and' && isNameToken(tokens[end + 1])))) end++
    }
  } else if (isNameToken(first)) {
    // "Former Secretary of State Ada Holm urged …", "Tarnside mayoral candidate Sen. Ivo Brandt criticized …"
    end = nameRunForward(tokens, start, to)
  }
  if (end === start) return undefined
  const phrase = {from: start, to: end}
  return isSpeakerPhrase(tokens, phrase) ? phrase : undefined
}

/** Shortest participle read as one ("Walking" is 7; "Ewing", "Going" are short enough to be names or not matter). */
const MIN_PARTICIPLE_LENGTH = 6

/**
 * "Walking to the next house, Ebeling said …", "Holding signs, the
 * protesters chanted …": a participle clause opens the sentence and its
 * subject comes after the comma. Only a capitalised -ing word followed by a
 * lowercase word that is no verb: "Manning said", "Fleming has said",
 * "Browning, the coach, said" stay names.
 */
function isOpeningParticiple(tokens: Token[], start: number): boolean {
  const first = tokens[start]!
  const next = tokens[start + 1]
  if (!first.lower.endsWith('ing') || first.lower.length < MIN_PARTICIPLE_LENGTH || !next || !next.word || isCapitalized(next)) return false
  return next.lower !== 'said' && next.lower !== 'says' && next.lower !== 'told' && !isVerbLike(next) && !next.lower.endsWith('s')
}

/** "Moscow strongly denied": a lowercase -ly word between subject and cue. */
function isAdverb(token: Token): boolean {
  return token.lower.length > 4 && token.lower.endsWith('ly') && token.lower !== 'only'
}

function isVerbLike(token: Token): boolean {
  return token.lower.endsWith('ed') || BETWEEN.has(token.lower)
}
