/**
 * What a speaker mention is, from its words alone: a pronoun, a named
 * person (with a title or honorific to strip), a group ("Wang and Lavrov",
 * "the two ministers", "both countries", "officials"), an organisation
 * ("the ministry", "the White House"), a document ("the statement").
 */
import {startsUppercase, withoutPossessive} from '../quotes/tokens.js'
import {ARTICLES} from '../quotes/cues.js'
import {AGE_PREPOSITIONS, AUXILIARIES, ORIGIN_PREPOSITIONS, TEXT_PLURALS, TIME_PARTICIPLES, TIME_WORDS, TITLE_NOUNS} from '../quotes/phrases.js'
import {genderOfFirstName} from './first-names.js'
import {COUNTRIES, US_STATES} from './places.js'

export type MentionKind = 'pronoun' | 'person' | 'role' | 'group' | 'organization' | 'document'

export interface Mention {
  kind: MentionKind
  /** The mention as written. */
  text: string
  /** Name without honorifics, titles and articles: 'Wang Yi', 'statement', 'White House'. */
  name: string
  /** Title taken off a name, lowercase: 'foreign minister'. */
  title?: string
  /** 'male' for Mr., 'female' for Mrs./Ms. */
  gender?: 'male' | 'female'
  /** Names of the members of a coordinated group: ['Wang', 'Lavrov']. */
  members?: string[]
  /** How many members a plural mention says: 2 for "both", "the two". */
  count?: number
  /** Last word, lowercase: what refers back to this mention ("ministers", "statement"). */
  head: string
}

export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter' | 'self'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'], ['we', 'self'], ['i', 'self'], ['you', 'self']
] as const)

const HONORIFICS = new Map<string, 'male' | 'female' | undefined>([
  ['mr.', 'male'], ['mr', 'male'], ['mrs.', 'female'], ['mrs', 'female'], ['ms.', 'female'], ['ms', 'female'],
  ['dr.', undefined], ['dr', undefined], ['prof.', undefined]
])

/** The sex an honorific tells (lowercase: "mrs." → female), if it tells one ("dr." does not). */
export function sexOfHonorific(word: string): 'male' | 'female' | undefined {
  return HONORIFICS.get(word)
}

/**
 * Titles before a name, lowercase, longest first when they share words
 * ("foreign minister" before "minister"). Stripped from the name, kept as
 * the role.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'foreign', 'minister', 'secretary', 'senator', 'sen.', 'rep.', 'representative',
  'gov.', 'governor', 'mayor', 'judge', 'justice', 'chancellor', 'premier', 'general', 'gen.', 'attorney',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'chief',
  'speaker', 'leader', 'ambassador', 'commissioner', 'sheriff', 'officer', 'lt.', 'col.', 'capt.', 'sgt.', 'adm.',
  'king', 'queen', 'prince', 'princess', 'pope', 'rev.', 'reverend', 'state', 'defense', 'interior', 'finance',
  'deputy', 'assistant', 'former', 'acting', 'u.s.', 'us', 'republican', 'democratic', 'democrat', 'nominee',
  'candidate', 'presidential', 'majority', 'minority', 'house', 'senate', 'campaign', 'manager', 'adviser',
  'advisor', 'press', 'professor', 'prof.', 'detective', 'coach', 'host', 'anchor', 'economist', 'analyst',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'fire', 'police', 'inspector', 'trooper', 'alderman',
  'commander', 'captain', 'lieutenant', 'sergeant', 'bishop', 'rabbi', 'imam', 'envoy', 'delegate', 'lawmaker',
  'boss', 'member', 'front-runner', 'frontrunner', 'hopeful', 'scientist', 'ranking', 'writer', 'columnist',
  'reporter', 'editor', 'correspondent', 'researcher', 'fellow', 'lawyer', 'activist', 'organizer', 'coordinator',
  'strategist', 'aide', 'pollster', 'official', 'founder', 'co-founder', 'treasurer', 'superintendent', 'surrogate',
  'executive', 'journalist', 'singer', 'actor', 'actress', 'presenter', 'broadcaster', 'novelist', 'author', 'artist',
  'musician', 'striker', 'midfielder', 'defender', 'goalkeeper', 'producer', 'designer', 'chef', 'pilot', 'historian', 'moderator',
  // The title nouns that attribution reads in a title before a name ("former Tarn governor", "Fox News contributor"), one list.
  ...TITLE_NOUNS
])

/** Most words of what a person is "of", after its article: "of the Tarn Martin Centre for Harbour Policy Studies" (7). */
const MAX_OF_WORDS = 8
/** Small words inside a capitalised name: "the Institute for Harbour Studies". */
const NAME_SMALL_WORDS = new Set(['the', 'for', 'and', 'of', 'on', 'in', 'at', '&'])

/** Most words of the name that follows a title inside a run of capitals ("Work Secretary Alan Johnson"). */
const MAX_NAME_AFTER_TITLE = 3

const DOCUMENT_NOUNS = new Set([
  'statement', 'declaration', 'communiqué', 'communique', 'report', 'letter', 'memo', 'memorandum', 'study',
  'poll', 'survey', 'document', 'email', 'e-mail', 'tweet', 'post', 'filing', 'complaint', 'lawsuit', 'release',
  'transcript', 'analysis', 'audit', 'indictment', 'ruling', 'order', 'resolution', 'bill', 'proposal', 'website',
  'book', 'article', 'editorial', 'column', 'ad', 'advertisement', 'video', 'data', 'findings', 'research',
  'message', 'note', 'notice', 'agreement',
  'treaty', 'plan', 'platform', 'manifesto', 'warrant', 'affidavit', 'decision', 'opinion', 'guidance', 'paper',
  ...TEXT_PLURALS
])

const ORGANIZATION_NOUNS = new Set([
  'ministry', 'department', 'agency', 'government', 'campaign', 'committee', 'company', 'party', 'council',
  'commission', 'police', 'office', 'administration', 'court', 'house', 'kremlin', 'pentagon', 'embassy', 'union',
  'university', 'foundation', 'institute', 'association', 'bank', 'network', 'newspaper', 'organization',
  'organisation', 'firm', 'board', 'senate', 'congress', 'team', 'club', 'league', 'corporation', 'corp.', 'inc.',
  'group', 'center', 'centre', 'bureau', 'service', 'times', 'post', 'news', 'journal', 'cabinet', 'parliament',
  'assembly', 'authority', 'authorities', 'fund', 'coalition', 'movement', 'caucus', 'alliance', 'network', 'county',
  'city', 'state', 'school', 'hospital', 'army', 'navy', 'military', 'command', 'fbi', 'cia', 'nsa', 'un', 'nato',
  'eu', 'who', 'imf', 'cnn', 'nbc', 'abc', 'cbs', 'fox', 'msnbc', 'reuters', 'ap', 'afp', 'bbc', 'kremlin', 'whitehall'
])

/** Last words of an outlet's name, in capitals only ("the Tarn Star", "Harbour World"; "the star said" is a person). */
const OUTLET_HEADS = new Set(['star', 'world', 'tribune', 'herald', 'gazette', 'daily', 'weekly', 'magazine', 'radio', 'tv', 'channel', 'media', 'press', 'wire', 'dispatch', 'courier', 'observer', 'chronicle'])

/** Particles inside a person's name: "Ada van Holm", "Ivo de Brandt", "Ivo bin Tarek". */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'della', 'di', 'du', 'des', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ben', 'ter', 'ten', 'dos', 'das', 'zu', 'y'])

/** Heads of the names of laws and programmes, beyond DOCUMENT_NOUNS: "the Harbour Safety Act", "the Common Agricultural Policy". */
export const LAW_HEADS: ReadonlySet<string> = new Set(['act', 'law', 'policy', 'strategy', 'programme', 'program', 'scheme', 'convention', 'charter', 'constitution', 'directive', 'regulation', 'regulations', 'accord', 'accords', 'pact', 'doctrine', 'amendment'])

/** Plural heads that name several people or parties: "the two ministers", "both countries". */
const PLURAL_HEADS = new Set([
  'ministers', 'officials', 'leaders', 'countries', 'nations', 'sides', 'governments', 'parties', 'men', 'women',
  'presidents', 'candidates', 'experts', 'analysts', 'critics', 'aides', 'sources', 'supporters', 'advisers',
  'advisors', 'economists', 'lawyers', 'prosecutors', 'investigators', 'witnesses', 'residents', 'protesters',
  'voters', 'democrats', 'republicans', 'organizers', 'researchers', 'scientists', 'doctors', 'diplomats',
  'observers', 'strategists', 'people', 'officers', 'members', 'activists', 'opponents', 'allies', 'spokesmen',
  'others', 'americans', 'participants', 'respondents', 'historians', 'pollsters', 'states', 'groups', 'companies',
  'firms', 'lawmakers', 'senators', 'governors', 'mayors', 'executives', 'workers', 'students', 'families',
  'campaigns', 'agencies', 'neighbors', 'friends', 'colleagues', 'both', 'all', 'banks', 'businesses', 'carriers',
  'airlines', 'automakers', 'carmakers', 'retailers', 'lenders', 'insurers', 'unions', 'networks', 'newspapers',
  'broadcasters', 'manufacturers', 'publishers', 'chains', 'makers', 'clubs', 'teams', 'organizations', 'organisations',
  // The media, and parties and houses named by their members: "state media", "the Tories", "the Lib Dems", "MPs", "MEPs".
  'media', 'tories', 'dems', 'conservatives', 'liberals', 'nationalists', 'unionists', 'socialists', 'mps', 'meps', 'msps', 'peers'
])

/** Plural heads whose members are organisations: "the two firms", "both companies". */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'firms', 'companies', 'banks', 'groups', 'agencies', 'campaigns', 'networks', 'organizations', 'organisations',
  'businesses', 'carriers', 'airlines', 'automakers', 'carmakers', 'retailers', 'lenders', 'insurers', 'unions',
  'newspapers', 'broadcasters', 'manufacturers', 'publishers', 'chains', 'makers', 'groups', 'clubs', 'teams'
])

/** Plural heads whose members are countries, not people. */
export const COUNTRY_HEADS: ReadonlySet<string> = new Set(['countries', 'nations', 'sides', 'governments', 'states', 'parties'])

/** Quantifiers before a plural that make the phrase a group of no set size: "several pilots", "many deckhands". */
const QUANTIFIERS = new Set(['several', 'many', 'numerous', 'some', 'most', 'few', 'various', 'multiple'])
const COUNTS = new Map([['both', 2], ['two', 2], ['three', 3], ['four', 4], ['five', 5]])
// Not "those", a pronoun as often as not ("those behind the talks").
const DEMONSTRATIVES = new Set(['this', 'that', 'these'])

const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'still'])

/**
 * Mentions classified so far, by text. The resolver asks again and again
 * about the same few texts (every name run it walks past for a pronoun), and
 * the answer depends on the text alone. Cleared when full, so memory stays
 * bounded over a long run of articles; the size is far above the distinct
 * mentions and runs of one article.
 */
const classified = new Map<string, Readonly<Mention>>()
const MAX_CLASSIFIED = 4096

/** What a mention is (see `Mention`). The result is shared between calls: read it, never change it. */
export function classifyMention(text: string): Readonly<Mention> {
  let mention = classified.get(text)
  if (mention === undefined) {
    if (classified.size >= MAX_CLASSIFIED) classified.clear()
    mention = classify(text)
    classified.set(text, mention)
  }
  return mention
}

/** Plurals in "-officials" that name people though isPersonHead does not know them: "townofficials" as scraped text runs it together. */
const PEOPLE_COMPOUNDS = /^[a-z]{3,}officials$/

/** Words that open a post-modifier after a common noun: "a source close to the mayor", "a spokesman for the Tarn council". */
const POST_MODIFIERS = new Set(['close', 'familiar', 'involved', 'knowledgeable', 'briefed', 'connected', 'loyal', 'for', 'from', 'to', 'by', 'at', 'in', 'with'])

function classify(text: string): Mention {
  let words = text.trim().split(/\s+/)
  while (words.length > 1 && LEADING_CONJUNCTIONS.has(words[0]!.toLowerCase())) words = words.slice(1)
  // "Tarnside’s claim that …", "Mr. Holm’s remarks": the owner is the one named, without the possessive ending; only
  // for a name ("the paper published portions of Holm’s" is a clause, and no alias of Holm).
  const owner = withoutPossessive(words[words.length - 1]!)
  if (owner !== words[words.length - 1] && words.slice(0, -1).every(isOwnerWord)) words = [...words.slice(0, -1), owner]
  const lower = words.map((word) => word.toLowerCase())
  // The words without their article: a phrase's name ("the spokesman for the council" is "spokesman for the council").
  const unarticled = ARTICLES.has(lower[0]!) ? words.slice(1) : words
  // "a poll released Monday", "the survey published in May": a participle and a time after the head say when; they name
  // no one ("Monday" is no speaker).
  // (Only a time after it: "figures released by the board" and "an audit carried out by Tarn Data" name who wrote them.)
  const participle = lower.findIndex((word, index) => index > 0 && index < words.length - 1 && TIME_PARTICIPLES.has(word))
  if (participle > 0 && lower.slice(participle + 1).every((word) => TIME_WORDS.has(word) || /^\d/.test(word)) && !/ly$/.test(lower[participle - 1]!) && lower[participle - 1] !== 'also') {
    return {...classify(words.slice(0, participle).join(' ')), text: words.join(' ')}
  }
  // "a spokesman for the Tarn council" is a spokesman, not the council nor a person named Tarn: classify the
  // words before the post-modifier, and keep the whole phrase as the name ("spokesman for the Tarn council").
  // "Three mayors in the Alder valley" too: a count opens the phrase like an article.
  // So do "Harbour officials familiar with the inquiry" and "pilots interviewed at the quay": a plural of people, then a
  // modifier or a participle, need no article.
  // (And an owner: "Tarn’s ambassador to Veld".)
  const opened = words.length > 2 && (ARTICLES.has(words[0]!.toLowerCase()) || COUNTS.has(words[0]!.toLowerCase()) || QUANTIFIERS.has(words[0]!.toLowerCase()) || /['’]s$/.test(words[0]!))
  if (words.length > 2) {
    for (let i = opened ? 2 : 1; i < words.length - 1; i++) {
      // (A capital only as the phrase's first word: "Pilots interviewed at the quay"; "Tarn Partners in Veld" is a name.)
      const people = isCapital(words[i - 1]!) ? i === 1 && isListedPeoplePlural(words[0]!.toLowerCase()) : isPeoplePlural(words[i - 1]!.toLowerCase())
      // ("Several deckhands named on the roster": after a quantifier or an article, any plural.)
      const plural = people || (opened && /[^s]s$/.test(words[i - 1]!))
      const modifier = POST_MODIFIERS.has(words[i]!.toLowerCase()) || (plural && PEOPLE_PARTICIPLE.test(words[i]!))
      // ("Harbour records from the 2008 election": a plural of texts too.)
      // (Not texts from a name, which is who made them: "data from Tarn Data" is Tarn Data's.)
      const texts = !isCapital(words[i - 1]!) && TEXT_PLURALS.has(words[i - 1]!.toLowerCase()) && !words.slice(i + 1).every((word) => isCapital(word) || NAME_SMALL_WORDS.has(word))
      if (modifier && (people || !isCapital(words[i - 1]!)) && (opened || people || texts)) {
        // "a statement issued by the ministry": the participle before the preposition belongs to the modifier.
        const end = i > 2 && /ed$/.test(words[i - 1]!) ? i - 1 : i
        const head = classify(words.slice(0, end).join(' '))
        const written = words.join(' ')
        return {...head, text: written, name: head.kind === 'person' ? head.name : unarticled.join(' ')}
      }
    }
  }
  // "a Tarn Ledger poll of the harbour", "the report of the inquiry": a text of something is the text.
  const ofText = lower.indexOf('of')
  if (ofText > 0 && DOCUMENT_NOUNS.has(lower[ofText - 1]!) && !isCapital(words[ofText - 1]!)) {
    const head = classify(words.slice(0, ofText).join(' '))
    if (head.kind === 'document') return {...head, text: words.join(' '), name: unarticled.join(' ')}
  }
  // "Members of the city council", "leaders of both parties": people of something are a group, not the thing.
  // (Not a name in capitals: "Friends of the Earth", where all words after "of" are capitalised too.)
  const nameAfterOf = words.slice(ofText + 1).every((word) => isCapital(word) || NAME_SMALL_WORDS.has(word))
  if (ofText > 0 && !nameAfterOf && isPeoplePlural(lower[ofText - 1]!) && (ofText === 1 || !isCapital(words[ofText - 1]!)) && lower.slice(0, ofText - 1).every((word, index) => ARTICLES.has(word) || QUANTIFIERS.has(word) || COUNTS.has(word) || !isCapital(words[index]!))) {
    return {kind: 'group', text: words.join(' '), name: unarticled.join(' '), head: lower[ofText - 1]!}
  }
  // "Those over 60", "voters under 30": people of an age.
  const age = lower.findIndex((word, index) => index > 0 && AGE_PREPOSITIONS.has(word) && /^\d/.test(lower[index + 1] ?? '') && (lower[index - 1] === 'those' || isPeoplePlural(lower[index - 1]!)))
  if (age > 0) return {kind: 'group', text: words.join(' '), name: words.join(' '), head: lower[age - 1]!}
  // "42% of pilots", "Only 42 percent of the crews", "About 40 percent of them": a share of people is a group.
  const shareAt = /^\d/.test(lower[0]!) ? 0 : 1
  // (Of people: a lowercase plural or "them"; "5% of GDP" is a share of a thing.)
  const tail = words[words.length - 1]!
  const peopleAfter = (!isCapital(tail) && /[^s]s$/.test(tail) && !DOCUMENT_NOUNS.has(tail.slice(0, -1))) || tail === 'them' || tail === 'us'
  if (peopleAfter && ((/^\d[\d.,]*%$/.test(lower[shareAt] ?? '') && lower[shareAt + 1] === 'of') || (/^\d/.test(lower[shareAt] ?? '') && lower[shareAt + 1] === 'percent' && lower[shareAt + 2] === 'of'))) {
    return {kind: 'group', text: words.join(' '), name: words.join(' '), head: lower[lower.length - 1]!}
  }
  // "Three-fourths of them", "most of us": a share of people the text named before.
  const last = lower[words.length - 1]!
  if (words.length > 2 && lower[words.length - 2] === 'of' && (last === 'them' || last === 'us')) return {kind: 'group', text: words.join(' '), name: words.join(' '), head: last}
  // "All but two", "all but one of the pilots": a group.
  if (lower[0] === 'all' && lower[1] === 'but') return {kind: 'group', text: words.join(' '), name: words.join(' '), head: lower[lower.length - 1]!}
  // "Harbour leaders in Tarn", "officials from the port": people named by where they are from are a group, not the place.
  const origin = lower.findIndex((word, index) => index > 0 && index < words.length - 1 && ORIGIN_PREPOSITIONS.has(word) && /^[a-z]+s$/.test(lower[index - 1]!) && !/ss$/.test(lower[index - 1]!))
  if (origin > 0 && !DOCUMENT_NOUNS.has(lower[origin - 1]!) && (isPersonHead(lower[origin - 1]!.slice(0, -1)) || PEOPLE_COMPOUNDS.test(lower[origin - 1]!))) {
    return {kind: 'group', text: words.join(' '), name: unarticled.join(' '), head: lower[origin - 1]!}
  }
  // "Pilots who spoke with the Tarn Ledger": the relative clause says which pilots; its words name no one else.
  // ("Pilot groups that have endorsed Holm": a "that" before an auxiliary opens one too.)
  let relative = lower.findIndex((word) => word === 'who' || word === 'whose')
  // ("The guild that runs the pier", "groups that backed Holm": or before a verb.)
  if (relative <= 0) relative = lower.findIndex((word, index) => word === 'that' && index > 0 && (AUXILIARIES.has(lower[index + 1] ?? '') || RELATIVE_VERB.test(lower[index + 1] ?? '')))
  if (relative > 0) return {...classify(words.slice(0, relative).join(' ')), text: words.join(' ')}
  const head = withoutPossessive(lower[lower.length - 1]!)
  const written = words.join(' ')

  // "Gov. Ada Holm of Ohio", "Sen. Ivo Brandt of Texas": the place a person represents is part of the title, not the name.
  // ("Ada Holm from the Tarn Harbour Association", "Ivo Brandt at the Tarn Institute": a full name, then where the person works.)
  let of = lower.lastIndexOf('of')
  if (of <= 0) of = lower.findIndex((word, index) => index > 1 && (word === 'from' || word === 'at'))
  // (An article after the preposition is no part of the name it opens: "of the Tarn Harbour Association".)
  const ofFrom = ARTICLES.has(lower[of + 1] ?? '') && of + 2 < words.length && isCapital(words[of + 2]!) ? of + 2 : of + 1
  if (of > 0 && ofFrom < words.length && isCapital(words[ofFrom]!)) {
    const before = classify(words.slice(0, of).join(' '))
    // (And "Jamie Okafor of Tarn Radio", "Ada Holm of the Institute for Harbour Studies": a full name, then what the person is of.)
    const ofWhat = words.slice(ofFrom)
    const ofName = ofWhat.every((word) => isCapital(word) || NAME_SMALL_WORDS.has(word))
    // Only a name known to be a person's: a title, an honorific or a common first name ("the British Chambers of
    // Commerce" is no person "British Chambers").
    // (After "from" or "at" any two names will do: no body's name is "X at Y" or "X from Y" the way "Chambers of Commerce" is.)
    const fullName =
      // (Nor after "of the": "Ivo Brandt of the Tarn Harbour Board"; a body's name runs on without an article, "Chambers of Commerce".)
      before.kind === 'person' && before.name.split(' ').length >= 2 && (lower[of] !== 'of' || ofFrom === of + 2 || before.title !== undefined || before.gender !== undefined || genderOfFirstName(before.name) !== undefined) &&
      ofWhat.length <= MAX_OF_WORDS && isCapital(ofWhat[ofWhat.length - 1]!) && ofName
    if (before.kind === 'person' && of > 1 && (isPlace(ofWhat.join(' ')) || fullName)) {
      const place = words.slice(of).join(' ')
      return {...before, text: written, title: before.title ? before.title + ' ' + place : place}
    }
    // "the Bank of England", "the University of Tarn": an organisation named with what it is of.
    if (lower[of] === 'of' && before.kind === 'organization' && isCapital(words[of - 1]!) && ofName) {
      return {kind: 'organization', text: written, name: unarticled.join(' '), head: before.head}
    }
  }

  if (words.length === 1 && PRONOUNS.has(lower[0]!)) {
    return {kind: 'pronoun', text: written, name: lower[0]!, head}
  }

  // "Wang and Lavrov", "Wang Yi and Sergei Lavrov", "China, Russia and Iran".
  const andIndex = lower.indexOf('and')
  if (andIndex > 0 && andIndex < words.length - 1 && isCapital(words[andIndex - 1]!) && isCapital(words[andIndex + 1]!)) {
    const members = written
      // Split on the bare separators and trim: `\s*,\s*|\s+and\s+` backtracks in quadratic time on long runs of spaces.
      .split(/,|\sand\s/)
      .map((part) => part.trim())
      .filter((part) => part !== '')
    return {kind: 'group', text: written, name: written, members, count: members.length, head}
  }

  // "the favourite and former harbour master": two titles of one person, lowercase, the second with a title word.
  if (andIndex > 0 && andIndex < words.length - 1 && !/s$/.test(head) && lower.slice(andIndex + 1).some((word) => TITLE_WORDS.has(word)) && words.slice(andIndex + 1).every((word) => !isCapital(word))) {
    // ("The mayor and deputy mayor", "The pilots and former mayor": the same title twice, or people before "and", are two.)
    const two = lower[andIndex - 1] === head || /s$/.test(lower[andIndex - 1]!)
    return {kind: two ? 'group' : 'person', text: written, name: unarticled.join(' '), head}
  }
  // "Pilots and clerks", "Pilots, clerks and former rivals": a list of plurals is a group of no one named.
  if (andIndex > 0 && !isCapital(words[words.length - 1]!) && /[^s]s$/.test(head)) {
    return {kind: 'group', text: written, name: written, head}
  }

  const first = lower[0]!
  const count = COUNTS.get(first) ?? (ARTICLES.has(first) ? COUNTS.get(lower[1] ?? '') : undefined)
  // "this source", "that person": a demonstrative, like an article, is no part of the name.
  const bare = ARTICLES.has(first) || (DEMONSTRATIVES.has(first) && words.length > 1) ? words.slice(1) : words
  const bareName = bare.join(' ')

  // ("Polls show": a plural of texts in capitals only as the sentence's first word.)
  if (DOCUMENT_NOUNS.has(head) && (!isCapital(words[words.length - 1]!) || (words.length === 1 && TEXT_PLURALS.has(head)))) {
    return {kind: 'document', text: written, name: bareName, head}
  }
  const isAcronym = words.length === 1 && /^[A-Z][A-Z.&]+$/.test(words[0]!) && words[0]!.length <= 6
  // "the Office for Harbour Statistics", "the Centre for Harbour Studies": a body's name whose head stands before its "for".
  const forAt = lower.indexOf('for')
  if (forAt > 0 && forAt < words.length - 1 && ORGANIZATION_NOUNS.has(lower[forAt - 1]!) && isCapital(words[forAt - 1]!) && isCapital(words[words.length - 1]!)) {
    return {kind: 'organization', text: written, name: bareName, head: lower[forAt - 1]!}
  }
  if (ORGANIZATION_NOUNS.has(head) || isAcronym || (OUTLET_HEADS.has(head) && words.length > 1 && isCapital(words[words.length - 1]!))) {
    return {kind: 'organization', text: written, name: bareName, head}
  }
  // "the Common Harbour Policy", "the Harbour Safety Act", "the Brandt Report": a name whose head is a kind of text is
  // a document, never a person ("he" cannot stand for it).
  // Only a name in capitals after an article: "Referee Ivo Poll" and "the veteran pilot Ada Law" are people.
  if (ARTICLES.has(first) && bare.length > 1 && bare.every(isCapital) && (DOCUMENT_NOUNS.has(head) || LAW_HEADS.has(head))) {
    return {kind: 'document', text: written, name: bareName, head}
  }
  // ("Several deckhands", "Many dockhands": a quantifier before a plural.)
  const quantified = words.length > 1 && QUANTIFIERS.has(first) && /[^s]s$/.test(head) && !isCapital(words[words.length - 1]!)
  if (PLURAL_HEADS.has(head) || (isCapital(words[words.length - 1]!) ? words.length === 1 && isListedPeoplePlural(head) : isPeoplePlural(head)) || quantified || count !== undefined) {
    const mention: Mention = {kind: 'group', text: written, name: bareName, head}
    if (count !== undefined) mention.count = count
    return mention
  }

  // A name: the last run of capitalised words, after honorifics and titles.
  let gender: 'male' | 'female' | undefined
  let start = 0
  const titleWords: string[] = []
  while (start < words.length - 1) {
    const word = lower[start]!
    if (HONORIFICS.has(word)) {
      gender = HONORIFICS.get(word) ?? gender
      start++
    } else if (TITLE_WORDS.has(word) || (word === 'of' && titleWords.length > 0) || word.endsWith("'s") || word.endsWith('’s') || ARTICLES.has(word)) {
      if (!ARTICLES.has(word)) titleWords.push(word)
      start++
    } else if (!isCapital(words[start]!)) {
      titleWords.push(word)
      start++
    } else if (start + 1 < words.length - 1 && !isCapital(words[start + 1]!) && !NAME_SMALL_WORDS.has(lower[start + 1]!) && !NAME_PARTICLES.has(lower[start + 1]!)) {
      // "Olympic sculling champion Ines Varga", "Harbour leader Ed Reid": a capitalised word before a lowercase title.
      titleWords.push(words[start]!)
      start++
    } else break
  }
  let nameWords = words.slice(start)
  if (nameWords.length > 0 && nameWords.every(isCapital)) {
    // "Work Secretary Alan Johnson", "Harbour Board Chief Executive Ada Holm": a title word inside the run of capitals
    // ends the title; the name is what follows ("General Motors" stays whole: one word after a title that opens it).
    for (let j = nameWords.length - 2; j >= 0; j--) {
      const rest = nameWords.length - j - 1
      // ("Tarn Radio's Mr Okafor": a possessive ends the affiliation, and an honorific after it opens the name.)
      const possessive = /['’]s$/.test(nameWords[j]!) && rest >= 1
      if ((possessive || (TITLE_WORDS.has(nameWords[j]!.toLowerCase()) && (rest >= 2 || j >= 1))) && rest <= MAX_NAME_AFTER_TITLE) {
        if (possessive) {
          let first = j + 1
          while (first < nameWords.length - 1 && HONORIFICS.has(nameWords[first]!.toLowerCase())) {
            gender = HONORIFICS.get(nameWords[first]!.toLowerCase()) ?? gender
            first++
          }
          titleWords.push(nameWords.slice(0, j + 1).join(' '))
          nameWords = nameWords.slice(first)
          break
        }
        titleWords.push(...nameWords.slice(0, j + 1).map((word) => (TITLE_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word)))
        nameWords = nameWords.slice(j + 1)
        break
      }
    }
    // "Shipping firm Varga Lines", "showbusiness newspaper Variety", "watchdog Ofcom": a kind of body before the name names a
    // body, not a person.
    // (Not before a name a first name tells is a person's: "Tour operator Ada Holm".)
    const kindOfBody = ORGANIZATION_ROLE_HEADS.has(titleWords[titleWords.length - 1] ?? '') && genderOfFirstName(nameWords.join(' ')) === undefined && !gender
    const mention: Mention = {kind: kindOfBody ? 'organization' : 'person', text: written, name: nameWords.join(' '), head: nameWords[nameWords.length - 1]!.toLowerCase()}
    const title = titleWords.filter((word) => !word.endsWith("'s") && !word.endsWith('’s')).join(' ')
    if (title) mention.title = title
    if (gender) mention.gender = gender
    return mention
  }
  // "former Tarn governor Ed Kolb": a title with a place in it, the name after its last lowercase title word.
  let lastLower = -1
  for (let i = words.length - 1; i >= 0; i--) {
    if (!isCapital(words[i]!)) {
      lastLower = i
      break
    }
  }
  if (lastLower > 0 && lastLower < words.length - 1 && TITLE_WORDS.has(lower[lastLower]!) && words.length - lastLower - 1 <= 4) {
    const mention: Mention = {kind: 'person', text: written, name: words.slice(lastLower + 1).join(' '), head: lower[lower.length - 1]!}
    mention.title = words
      .slice(0, lastLower + 1)
      .filter((word) => !ARTICLES.has(word.toLowerCase()))
      .map((word) => (TITLE_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word))
      .join(' ')
    if (gender) mention.gender = gender
    return mention
  }
  // "the mayor", "a Harbour Transport Department official".
  return {kind: 'role', text: written, name: bareName, head}
}

/** Lowercase words before a name that say it names a body: "shipping firm Varga Lines", "newspaper Variety", "watchdog Ofcom". */
const ORGANIZATION_ROLE_HEADS: ReadonlySet<string> = new Set([
  'firm', 'company', 'newspaper', 'tabloid', 'magazine', 'broadcaster', 'network', 'channel', 'website', 'agency', 'watchdog',
  'regulator', 'bank', 'lender', 'insurer', 'carmaker', 'automaker', 'airline', 'retailer', 'supermarket', 'chain', 'giant',
  'studio', 'label', 'charity', 'organisation', 'organization', 'consultancy', 'group', 'conglomerate'
])

/** Heads of a role that name a kind of person, beyond the title words and the endings of `isPersonHead`: "a source", "the witness". */
const PERSON_NOUNS = new Set([
  'source', 'wife', 'husband', 'son', 'boy', 'girl', 'friend', 'neighbour', 'veteran', 'victim', 'witness', 'expert',
  'critic', 'ally', 'rival', 'guest', 'nurse', 'clerk', 'cop', 'guard', 'head', 'colleague', 'child', 'kid', 'teen',
  'adult', 'individual', 'native', 'citizen', 'refugee', 'widow', 'relative', 'cousin'
])

/** Prepositions that make a mention a clause or a phrase of something else ("portions of Holm’s"), no owner's name. */
const OWNER_BREAKS = new Set(['of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from'])

/** A word that may stand in an owner's name before its possessive: "the harbour master’s", "Mr. Holm’s"; not a verb ("published") or a preposition. */
function isOwnerWord(word: string): boolean {
  const lower = word.toLowerCase()
  return isCapital(word) || ARTICLES.has(lower) || (!lower.endsWith('ed') && !OWNER_BREAKS.has(lower))
}

/** A plural that names people: "officials", "pilots", "veterans" (not "Partners" in a firm's name: lowercase only). */
function isPeoplePlural(head: string): boolean {
  return PLURAL_HEADS.has(head) || PEOPLE_COMPOUNDS.test(head) || (/[^s]s$/.test(head) && !DOCUMENT_NOUNS.has(head.slice(0, -1)) && isPersonHead(head.slice(0, -1)))
}

/** The same from the listed nouns only, for a word in capitals: "Pilots", not "Sanders" (a name the suffix rule would take). */
function isListedPeoplePlural(head: string): boolean {
  return PLURAL_HEADS.has(head) || (/[^s]s$/.test(head) && (TITLE_WORDS.has(head.slice(0, -1)) || PERSON_NOUNS.has(head.slice(0, -1))))
}

/** A verb in -s or -ed after "that": "runs", "backed" (not "access": a noun in -ss). */
const RELATIVE_VERB = /^[a-z]{2,}(?:[^s]s|ed)$/

/** A past participle that says which people: "pilots interviewed at the quay", "voters polled in May". */
const PEOPLE_PARTICIPLE = /^[a-z]{3,}ed$/

/**
 * Whether the head of a role names a kind of person ("the spokeswoman", "a
 * harbour worker", "the historian"), which "he" or "she" may stand for;
 * "plans for new cards" or "the incident in May" do not.
 */
export function isPersonHead(head: string): boolean {
  return TITLE_WORDS.has(head) || PERSON_NOUNS.has(head) || /(?:man|woman|person|er|or|ist|ian|ant|ent)$/.test(head)
}

/** A US state (full or abbreviated) or a country: "Ohio", "Tex.", "France". */
function isPlace(text: string): boolean {
  return US_STATES.has(text) || COUNTRIES.has(text)
}

export function isCapital(word: string): boolean {
  return startsUppercase(word)
}
