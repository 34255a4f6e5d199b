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
import {ARTICLES, ARTICLES_AND_OWNERS, cueAt, DEGREE_WORDS, PERSONAL_PRONOUNS, startsCue} from './cues.js'
import {CLOSING_MARKS, isCapitalized, isDash, isParticipleWord, isPossessive, OPENING_MARKS, type Token} from './tokens.js'

export interface Phrase {
  /** First token index. */
  from: number
  /** One past the last token index. */
  to: number
  /** Token range of an appositive role, when there is one. */
  role?: [number, number]
  /** For a relative pronoun ("leaders who say"), the token range of the phrase it stands for. */
  antecedent?: [number, number]
}

/** Longest mention, in tokens ("the top Democrat on the Senate panel" is 7, "Ada Holm of the Institute for Harbour Studies" 8; 10 kept more whole on train). */
const MAX_MENTION_TOKENS = 10
/** Longest appositive role, in tokens, between its commas ("Ivo Brandt, a veteran Tarnside party organiser who …, said": 30 keeps those, 14 lost them on train). */
const MAX_ROLE_TOKENS = 30

const POSSESSIVES = new Set(['his', 'her', 'their', 'its'])
/** Determiners that cannot head "X of the Y" ("some of the women" can; "the of" cannot). */
const CLOSED_DETERMINERS = new Set([...ARTICLES_AND_OWNERS, 'this', 'these', 'those', 'no'])

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])

const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'both', 'two', 'three', 'four', 'several', 'many', 'some', 'one', 'another', 'each', 'all', 'most', 'other', 'no'
])

/** Determiners that open a noun phrase of their own: inside a subject read forwards, the object's ("the crews fear the pier"). */
const OBJECT_ARTICLES = new Set([...ARTICLES_AND_OWNERS, 'these', 'those'])

/** Words that follow a verb, never a plural noun that ends a subject: "The Tarn Ledger counts how …" (not "that" or an article: "The Tarn pilots that the board hired"). */
const AFTER_PRESENT_VERB = new Set(['how', 'what', 'why', 'whether', 'where', 'it', 'he', 'she', 'they'])

/** Whether the lowercase -s word at `index`, right after a capitalised word, is a verb by what follows it ("The Tarn Ledger counts how"; not "the Tarn pilots said"). */
function isPresentVerbAfterName(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  if (token.lower.length <= 3 || !token.lower.endsWith('s') || token.lower.endsWith('ss') || isCapitalized(token) || !isCapitalized(tokens[index - 1])) return false
  const next = tokens[index + 1]?.lower ?? ''
  // ("The Tarn Foundation claims that …": a cue before "that" is the verb.)
  return AFTER_PRESENT_VERB.has(next) || (next === 'that' && cueAt(tokens, index) !== undefined)
}

/** Heads of a subject that name a thing to do, after which "is" and an -ing word are a gerund: "The real test is asking …". */
const GERUND_SUBJECT_HEADS = new Set(['test', 'step', 'task', 'goal', 'aim', 'idea', 'plan', 'point', 'question', 'problem', 'issue', 'challenge', 'key', 'job', 'answer', 'solution', 'trick', 'strategy', 'approach', 'priority', 'focus', 'option', 'hope', 'danger', 'risk', 'mistake', 'way', 'worry', 'concern', 'fear', 'trouble', 'aim'])

/**
 * Whether the -ing cue at `cue`, after "is" or "was", is progressive ("Holm is asking whether …", "The pilots are urging
 * …"), so that the auxiliary before it makes no passive; not a gerund after a thing to do ("The next step is urging …").
 */
export function isProgressive(tokens: Token[], cue: number): boolean {
  if (!isParticipleWord(tokens[cue]?.lower ?? '')) return false
  const head = tokens[cue - 2]
  return !(head?.word && GERUND_SUBJECT_HEADS.has(head.lower))
}

/** Whether a lowercase title word (TITLE_NOUNS) stands between `from` and `to`: "Former harbour master Ada Holm". */
export function holdsTitleWord(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.value === tokens[i]!.lower && TITLE_NOUNS.has(tokens[i]!.lower)) return true
  return false
}

/** Whether a title noun stands between `from` and `to`, in capitals or not: "TPU General Secretary", "chief executive". */
function holdsTitleNoun(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (TITLE_NOUNS.has(tokens[i]!.lower)) return true
  return false
}

/**
 * A lowercase -s form of a verb that takes a person as object ("Holm praises harbour master Ivo Brandt", "Tarn hires
 * veteran pilot …"), read as a verb after a name; other -s words there are plurals of a title ("trades union official",
 * "reviews editor", "communications director").
 */
function isPresentVerbForm(token: Token): boolean {
  return token.value === token.lower && PERSON_OBJECT_VERBS.has(token.lower)
}

/** Present forms of verbs whose object is often a person with a title before the name. */
const PERSON_OBJECT_VERBS = new Set([
  'praises', 'hires', 'sacks', 'fires', 'appoints', 'names', 'thanks', 'backs', 'blames', 'attacks', 'accuses', 'meets', 'calls',
  'says', 'tells', 'asks', 'urges', 'joins', 'replaces', 'nominates', 'picks', 'taps', 'endorses', 'criticizes', 'criticises',
  'slams', 'welcomes', 'defends', 'invites', 'cites', 'sues', 'promotes', 'hails', 'congratulates'
])

/** Prepositions after which an article opens their own object, inside the subject: "One of the men", "the head of the board". */
const SUBJECT_PREPOSITIONS = new Set(['of', 'for', 'to', 'in', 'at', 'on', 'with', 'from', 'between', 'among', 'behind', 'inside', 'near', 'about'])

/** Whether an article at `index`, inside a subject read forwards, opens a verb's object ("the crews fear the pier"), not a preposition's. */
function opensObject(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]?.lower ?? ''
  // ("All the pilots", "Both the mayor and the pilots": after a quantifier or "and" the article is the subject's own.)
  return OBJECT_ARTICLES.has(tokens[index]?.lower ?? '') && !SUBJECT_PREPOSITIONS.has(before) && !DETERMINERS.has(before) && before !== 'and' && before !== 'or'
}

/** Words between a subject and its cue that are not part of either: "Wang also said", "he has repeatedly said". */
const BETWEEN = new Set([
  'also', 'has', 'have', 'had', 'was', 'is', 'were', 'are', 'would', 'will', 'then', 'later', 'again', 'once',
  'previously', 'repeatedly', 'reportedly', 'recently', 'publicly', 'privately', 'simply', 'flatly', 'quickly',
  'first', 'further', 'now', 'still', 'just', 'even', 'often', 'never', 'always', 'did', 'does', 'do', 'may',
  'might', 'could', 'can', 'should', 'initially', 'earlier', 'subsequently', 'ultimately', 'finally', 'angrily',
  'sharply', 'bluntly', 'pointedly', 'openly', 'separately', 'jokingly', 'already', 'frequently', 'immediately',
  'similarly', 'likewise', 'not', "n't", 'cannot', 'been', 'being', 'be', 'last', 'yesterday', 'today', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'on',
  'personally', 'directly', 'explicitly', 'correctly', 'falsely', 'wrongly', 'rightly', 'privately', 'specifically', 'essentially',
  // "Holm last week said", "the council this morning said"
  'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'this',
  // "The deck crews here said"
  'here',
  // "Okafor however said", "Holm meanwhile said"
  'however', 'meanwhile', 'too', 'though', 'nonetheless', 'nevertheless',
  // "Holm's aides have long argued", "Tarn voters overall said"
  'long', 'overall'
])

/** Words after which "who" asks rather than relates: "nobody knows who said it", "she asked who wrote it". */
const QUESTION_VERBS = new Set([
  'know', 'knows', 'knew', 'known', 'ask', 'asks', 'asked', 'wonder', 'wonders', 'wondered', 'tell', 'tells', 'told', 'said', 'say',
  'says', 'explain', 'explained', 'decide', 'decided', 'see', 'saw', 'show', 'showed', 'clear', 'unclear', 'sure', 'determine',
  'determined', 'learn', 'learned', 'find', 'found', 'reveal', 'revealed', 'question', 'matter', 'matters', 'care', 'cares', 'about', 'of', 'to'
])

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/**
 * Prepositions that take a participle whose subject is the sentence's: "upon saying", "after telling", "by claiming".
 * Not "for" ("criticised the board for claiming …": the board claimed) and not "without" (nothing was said).
 */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['upon', 'after', 'before', 'by', 'while', 'when', 'since', 'despite', 'in', 'on'])

/**
 * Words after which "this" opening a sentence is the pronoun or a time, not a
 * determiner of a speaker: "This perhaps says …", "This alone shows …",
 * "This time Holm said …" (times of BETWEEN, like "week", count too).
 */
const PRONOUN_FOLLOWERS = new Set(['perhaps', 'maybe', 'probably', 'possibly', 'also', 'alone', 'too', 'itself', 'again', 'time', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter', 'cycle'])

/** Particles of phrasal verbs: "hit back", "lashed out", "stepped up". */
const PHRASAL_PARTICLES = new Set(['back', 'out', 'up', 'off', 'down'])

/** Words that join clauses, after which "all" or "both" opens a new subject: "… and all said", "… once both agreed". */
const CLAUSE_JOINERS = new Set(['or', 'once', 'while', 'when', 'as', 'because', 'since', 'until', 'after', 'before', 'though', 'although', 'if'])

/** Quantifiers that may float after their subject: "Holm and Brandt have both argued", "They all said". */
const FLOATING = new Set(['both', 'all', 'each'])

/**
 * Whether a floating quantifier stands at `index`, after its subject (a word
 * that is no determiner or preposition, or a closing dash): "have both
 * argued", "— both suggested"; not "Both said", "of all said".
 */
function isFloating(tokens: Token[], index: number, floor: number): boolean {
  if (!FLOATING.has(tokens[index]!.lower) || index - 1 < floor) return false
  const before = tokens[index - 1]!
  if (!before.word) return isDash(before)
  // ("… met the pilots, and all said": after a conjunction the quantifier is the subject of its own clause.)
  if (CONJUNCTIONS.has(before.lower) || CLAUSE_JOINERS.has(before.lower)) return false
  return BETWEEN.has(before.lower) || SUBJECT_PRONOUNS.has(before.lower) || isCapitalized(before) || (before.lower.endsWith('s') && !before.lower.endsWith('ss'))
}

/** Most words of a lowercase owner before its possessive, after the determiner: "the harbour master’s" (1), "the Tarn port master’s" (2). */
const MAX_OWNER_WORDS = 3

/** Most tokens of a time ago: "nearly three full weeks ago" (5). */
const MAX_AGO_WORDS = 5
/** Words of a time ago: "two weeks", "a few days", "less than a year", "18 months". */
const AGO_WORDS = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|of|less|more|than|about|nearly|just|only|some|(?:second|minute|hour|day|week|month|year|decade)s?)$/

/** Shapes of adjectives that stand before a noun with a comma after them: "bespectacled", "famous", "longtime", "veteran" aside. */
const ADJECTIVE_FORM = /(?:ed|ous|ful|ive|ic|al|ish|less|able|ible)$/

/** Things that bear words, which a relative "which said" may hang on after a comma: "the minutes, which said …". */
const WORD_BEARERS = new Set([
  'statement', 'statements', 'report', 'reports', 'letter', 'letters', 'memo', 'note', 'sign', 'signs', 'message', 'messages', 'poll', 'polls',
  'survey', 'surveys', 'study', 'studies', 'email', 'emails', 'tweet', 'tweets', 'post', 'posts', 'website', 'ad', 'ads', 'advert', 'bill',
  'order', 'ruling', 'document', 'documents', 'filing', 'filings', 'minutes', 'records', 'release', 'notice', 'banner', 'banners', 'poster',
  'posters', 'placard', 'placards', 'leaflet', 'leaflets', 'video', 'book', 'column', 'editorial', 'article', 'page', 'screen', 'shirt', 'shirts',
  'bottles', 'hat', 'hats', 'card', 'cards', 'data', 'figures', 'analysis', 'review', 'audit', 'judgment', 'decision', 'complaint', 'lawsuit'
])

const ORG_HEADS = new Set(['ministry', 'department', 'agency', 'council', 'committee', 'commission', 'company', 'firm', 'union', 'authority', 'board', 'office', 'court', 'party', 'campaign', 'government', 'guild', 'association', 'group'])

/** Relatives that hang a cue on a thing: "a sign that read", "a statement which said". */
const RELATIVE_THINGS = new Set(['that', 'which'])
/** Verbs and adjectives that take "to" and an infinitive cue: "continued to say", "was quick to say", "used to say". */
const TO_CATENATIVES = new Set(['continued', 'continues', 'continue', 'continuing', 'quick', 'careful', 'eager', 'likely', 'hastened', 'rushed', 'proceeded', 'taken', 'took', 'used'])
/** Forms of "go" in "went on to say". */
const GO_FORMS = new Set(['went', 'goes', 'go', 'going', 'gone'])
/** Verbs that take a participle after them: "Holm kept telling reporters …", "Brandt began saying …" (not "avoided saying", "stopped saying": nothing was said). */
const CATENATIVES = new Set([
  'kept', 'keep', 'keeps', 'began', 'begin', 'begins', 'started', 'start', 'starts', 'stopped', 'continued', 'continue', 'continues',
  'finished',
  // "a pilot can be heard asking …", "Holm was seen telling …".
  'heard', 'seen'
])

/** Object pronouns that end a subject's complement: "a source close to him", "most of them". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you'])
/** Quantifiers of "of them": "most of them said", "some of us say". */
const QUANTIFIERS = new Set(['most', 'many', 'some', 'all', 'none', 'few', 'several', 'both', 'each', 'half', 'one', 'two', 'three', 'four', 'five', 'neither', 'either', 'any', 'majority', 'minority', 'rest'])

/**
 * A subject that ends in an object pronoun, which the backward reader stops
 * at: a quantifier of it ("Most of them said", "a majority of us say") or a
 * source close to it ("a source close to him said").
 */
function afterObjectPronoun(tokens: Token[], end: number, floor: number): Phrase | undefined {
  const pronoun = end - 1
  if (pronoun - 2 < floor || !OBJECT_PRONOUNS.has(tokens[pronoun]!.lower)) return undefined
  const preposition = tokens[pronoun - 1]!.lower
  const before = tokens[pronoun - 2]!
  // ("three-fourths of them tell …", "as many as 40 of them said": a share or a count too, with its approximation.)
  // ("Only 42% of them say": a share written with the sign.)
  const percent = before.value === '%' && pronoun - 3 >= floor && isNumber(tokens[pronoun - 3])
  if (preposition === 'of' && (QUANTIFIERS.has(before.lower) || FRACTION.test(before.lower) || isNumber(before) || percent)) {
    let from = percent ? pronoun - 3 : pronoun - 2
    if (from - 1 >= floor && DETERMINERS.has(tokens[from - 1]!.lower)) from--
    if (from - 3 >= floor && tokens[from - 1]!.lower === 'as' && tokens[from - 2]!.lower === 'many' && tokens[from - 3]!.lower === 'as') from -= 3
    else if (from - 1 >= floor && APPROXIMATORS.has(tokens[from - 1]!.lower)) from--
    return {from, to: end}
  }
  if (CLOSE_PREPOSITIONS.has(preposition) && CLOSE_ADJECTIVES.has(before.lower)) {
    const head = collectBackward(tokens, pronoun - 2, floor)
    if (head && isSpeakerPhrase(tokens, head) && !SUBJECT_PRONOUNS.has(tokens[head.from]!.lower)) return {from: head.from, to: end}
  }
  return undefined
}

/** Words that end a noun phrase read backwards from a cue. */
const STOPS = new Set([
  'that', 'and', 'but', 'or', 'because', 'when', 'while', 'after', 'before', 'if', 'as', 'since', 'so', 'who',
  'which', 'where', 'than', 'to', 'for', 'with', 'in', 'on', 'at', 'from', 'by', 'about', 'into', 'over',
  'under', 'against', 'him', 'them', 'me', 'us', 'what', 'whom', 'whose', 'how', 'why', 'whether', 'though',
  'although', 'unless', 'until', 'during', 'through', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'be',
  'amid', 'amidst', 'despite', 'upon', 'without', 'via', 'toward', 'towards', 'throughout', 'following',
  // A verb of saying ends the phrase before it: "Harbour sources say senior figures had argued …" names "senior figures".
  'say', 'tell', 'tells',
  'said', 'says', 'told', 'not', 'no', 'yes', 'also', 'then', 'there', 'here', 'it', 'this', 'do', 'did', 'does'
])

/** Lowercase heads that can be a speaker without a determiner: "officials said", "experts warn". */
export const BARE_SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'experts', 'analysts', 'critics', 'aides', 'sources', 'supporters', 'advisers', 'advisors',
  'economists', 'lawyers', 'prosecutors', 'investigators', 'police', 'witnesses', 'residents', 'protesters',
  'voters', 'democrats', 'republicans', 'leaders', 'organizers', 'authorities', 'researchers', 'scientists',
  'doctors', 'diplomats', 'observers', 'strategists', 'people', 'officers', 'members', 'activists', 'polls',
  'surveys', 'studies', 'data', 'documents', 'records', 'reports', 'opponents', 'allies', 'spokesmen', 'staff',
  'others', 'many', 'some', 'americans', 'participants', 'respondents', 'historians', 'pollsters',
  'forecasters', 'insiders', 'lawmakers', 'senators', 'legislators', 'executives', 'investors', 'traders', 'teachers',
  'parents', 'students', 'workers', 'farmers', 'scholars', 'academics', 'pundits', 'commentators', 'operatives',
  'donors', 'delegates', 'superdelegates', 'agents', 'regulators', 'judges', 'conservatives', 'liberals', 'progressives',
  'evangelicals', 'advocates', 'speakers', 'fans', 'viewers', 'readers', 'users', 'employees', 'owners', 'customers',
  'several', 'most', 'few', 'media',
  // Texts and figures that show or find (with CLAUSE_ONLY_CUES: "new filings show it holds …").
  'filings', 'figures', 'results', 'statistics', 'estimates', 'projections', 'findings', 'tallies', 'forecasts'
])

/**
 * Modal verbs, lowercase only ("Will" and "May" are names too): a phrase
 * read forwards from a cue ends before one ("…, said the chamber will vote"
 * is no inverted attribution: "the chamber" is the subject of a clause).
 */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall'])

/** Forms of "be" and "have" that, after a noun phrase, make it a clause's subject: "the mayor was", "the board has". */
export const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had'])
/** Words that may follow a pronoun after a cue in an inverted attribution ("…,” said she on Tuesday). */
const AFTER_INVERTED_PRONOUN = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'later', 'then', 'again', 'today', 'yesterday', 'tonight'])

/**
 * Whether the phrase after a cue opens a clause rather than naming the
 * speaker of an inverted attribution: "…, said the mayor could win",
 * "…, said she also may campaign" (the cue reports that clause; its
 * subject is no speaker).
 */
export function opensClause(tokens: Token[], mention: Phrase): boolean {
  const end = mention.role ? Math.max(mention.role[1], mention.to) : mention.to
  const next = tokens[end]
  if (!next || !next.word) return false
  if (MODALS.has(next.value) || AUXILIARIES.has(next.value)) return true
  return mention.to - mention.from === 1 && SUBJECT_PRONOUNS.has(tokens[mention.from]!.lower) && !AFTER_INVERTED_PRONOUN.has(next.lower)
}

/** Prepositions before a number with the sign that make it a rate, not a share of people: "lifted to 3.5%", "by 3%". */
const RATE_PREPOSITIONS = new Set(['to', 'by', 'from', 'at', 'of', 'in', 'on', 'with', 'over', 'under', 'about', 'into', 'for', 'than', 'around'])

/** Pronouns that may be coordinated with a name as one subject: "he and Mr. Pell said", "she and her husband say". */

/** Naming cues in their bare form, which are nouns far more often than verbs ("the long term", "a call", "the brand"). */
const BARE_NAMING = new Set(['call', 'dub', 'label', 'brand', 'term', 'describe', 'refer to'])
/** Subjects a bare verb form agrees with: "they call it", "officials describe". */
const PLURAL_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'who'])

/**
 * Whether a naming cue at `cue` is a noun: a bare form ("in the long term",
 * "the Durex brand") not right after a subject it agrees with ("they call
 * it …", "critics describe …").
 */
export function isNamingNoun(tokens: Token[], cue: number, cueText: string): boolean {
  if (!BARE_NAMING.has(cueText)) return false
  const before = tokens[cue - 1]
  return !(before?.word && (PLURAL_SUBJECTS.has(before.lower) || BARE_SPEAKER_NOUNS.has(before.lower)))
}

/** Words that lead into a sentence before its subject: "In a statement, …", "But …". */
const INTRO_WORDS = new Set([
  'by', 'within', 'throughout', 'among', 'amid', 'across', 'like', 'unlike', 'beyond', 'without', 'upon', 'given', 'once',
  'in', 'at', 'on', 'after', 'during', 'speaking', 'asked', 'before', 'while', 'when', 'since', 'as', 'following',
  'despite', 'earlier', 'later', 'last', 'meanwhile', 'however', 'writing', 'addressing', 'noting', 'citing',
  'for', 'from', 'with', 'under', 'referring', 'responding', 'in', 'if', 'although', 'though', 'because', 'to'
])
const CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'still', 'also', 'now', 'then', 'instead', 'indeed'])

const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'prof.', 'st.', 'sgt.', 'capt.', 'adm.', 'mr', 'mrs', 'ms', 'dr'])

/**
 * Sentence adverbs and connectives that may stand before a subject, with or
 * without a comma ("Therefore, …", "Perhaps the crews …", "Even Mr. Brandt
 * …", "However, …"): never a speaker, nor a first name.
 */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'however', 'moreover', 'nevertheless', 'nonetheless', 'furthermore', 'indeed', 'overall', 'otherwise', 'thus', 'hence',
  'therefore', 'perhaps', 'maybe', 'even', 'accordingly', 'consequently', 'likewise', 'similarly', 'besides', 'separately',
  'additionally', 'again', 'already', 'instead', 'meanwhile'
])

/**
 * Subordinators that open a clause before its subject ("When he returned he …", "Though executives who …"): never a
 * speaker nor a first name, and not part of the subject read back from a cue.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'whenever', 'after', 'before', 'while', 'whereas', 'as', 'once', 'if', 'although', 'though', 'because', 'since', 'until', 'unless'])

/** Capitalised words that are never a speaker: "Tuesday said", "According to …", "Hastily, …". */
const NOT_SPEAKERS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'according', 'ever', 'now',
  'today', 'yesterday', 'tonight', 'later', 'earlier', 'last', 'next', 'this', 'that', 'then', 'there', 'here',
  'night', 'morning', 'afternoon', 'evening', 'week', 'month', 'year', 'ago', 'days', 'weeks', 'years', 'when',
  'what', 'why', 'how', 'if', 'but', 'and', 'so', 'asked', 'speaking', 'still', 'instead', 'meanwhile',
  // Subordinators that open a sentence: "While Mr. Ryan is …" names "Mr. Ryan".
  ...SUBORDINATORS,
  // Connectives that open a sentence: "However, both unions …, said …" names no one "However".
  'yet', ...SENTENCE_ADVERBS
])

/**
 * Whether a role holds a verb of its own, so that it is a clause ("Holm went on to praise “…,”"): a past form, an
 * auxiliary, a modal or "to"; an -ed form only when no name follows it ("the pilot named “Gull,”", "known as").
 */
function holdsVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (!token.word || token.value !== token.lower) continue
    if (token.lower === 'to' || IRREGULAR_PAST.has(token.lower) || AUXILIARIES.has(token.lower) || MODALS.has(token.value)) return true
    if (token.lower.endsWith('ed') && !OPENING_MARKS.has(tokens[i + 1]?.value ?? '') && tokens[i + 1]?.lower !== 'as') return true
  }
  return false
}

/** Nouns in -ly that head a subject: "The Holm family met …", "The harbour assembly said …". */
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'rally', 'ally', 'monopoly', 'anomaly', 'bully', 'folly', 'tally', 'panoply', 'homily', 'melancholy', 'lily', 'jelly', 'belly', 'gully', 'sully'])

/** Lowercase heads of a phrase that name an event or a thing, never a speaker. */
const SILENT_HEADS = new Set(['moment', 'event', 'fracas', 'incident', 'episode', 'row', 'economy', 'item', 'cover', 'trigger', 'concern', 'weather', 'storm', 'crash', 'fire', 'flood'])

function isNameToken(token: Token | undefined): boolean {
  if (!token || !token.word) return false
  if (NOT_SPEAKERS.has(token.lower) || isAdverbForm(token.lower)) return false
  return isCapitalized(token) || HONORIFICS.has(token.lower)
}

/** A phrase is a plausible speaker: a name, a subject pronoun, a determiner phrase, or a bare plural like "officials". */
export function isSpeakerPhrase(tokens: Token[], phrase: Phrase): boolean {
  const first = tokens[phrase.from]
  if (!first) return false
  if (phrase.to - phrase.from === 1 && SUBJECT_PRONOUNS.has(first.lower)) return true
  const lastToken = tokens[phrase.to - 1]!
  if (STOPS.has(lastToken.lower) || lastToken.lower === 'of' || NOT_SPEAKERS.has(lastToken.lower)) return false
  // "The fracas erupted …, calling them …", "The moment she …": an event or a thing, lowercase, says nothing.
  if (SILENT_HEADS.has(lastToken.value)) return false
  // "That person", "This official": a demonstrative before a noun is a determiner.
  if ((first.lower === 'that' || first.lower === 'this') && phrase.to - phrase.from > 1) return true
  if (NOT_SPEAKERS.has(first.lower)) return false
  // ("… that carried 300 pilots shows": a verb and its object are no phrase of a speaker.)
  if (phrase.to - phrase.from > 1 && first.value === first.lower && isPastForm(first.lower)) return false
  // "Mr Holm mocked Harbour claims …", "Holm rubbished Varga's claim": a past tense between a name and a name or a
  // determiner is the first name's verb with its object; the phrase is a clause ("Republicans polled", "a poll by Tarn
  // College released" end in a participle, and "Democratic registered voters" has a noun after it).
  for (let i = phrase.from + 1; i < phrase.to - 1; i++) {
    const token = tokens[i]!
    const before = tokens[i - 1]!
    const after = tokens[i + 1]!
    // ("One clerk who overheard the row": the verb of a relative clause is the phrase's own.)
    if (RELATIVE_WORDS.has(token.lower)) break
    if (
      token.word && !isCapitalized(token) && isPastForm(token.lower) &&
      isCapitalized(before) && !DETERMINERS.has(before.lower) && !/['’]s$/.test(before.value) && !HONORIFICS.has(before.lower) &&
      after.word && (isCapitalized(after) || DETERMINERS.has(after.lower))
    ) {
      return false
    }
  }
  for (let i = phrase.from; i < phrase.to; i++) {
    if (isCapitalized(tokens[i]) && !(i === phrase.from && DETERMINERS.has(tokens[i]!.lower))) return true
    // ("half of voters in each ward": people from a place.)
    if (i + 1 < phrase.to && ORIGIN_PREPOSITIONS.has(tokens[i + 1]!.lower) && tokens[i]!.word && isPeoplePlural(tokens[i]!.lower)) return true
  }
  if (DETERMINERS.has(first.lower) && phrase.to - phrase.from > 1) return true
  // "42% of pilots say", "Only 42 percent of the crews said": a share of people, written as a number.
  const number = APPROXIMATORS.has(first.lower) ? phrase.from + 1 : phrase.from
  if (isNumber(tokens[number]) && (tokens[number + 1]?.value === '%' || tokens[number + 1]?.lower === 'percent') && tokens[number + 2]?.lower === 'of' && number + 3 < phrase.to && isPluralOfSome(tokens[phrase.to - 1]!)) return true
  // "Another said …", "Many say …": a quantifier standing alone as the subject.
  if (phrase.to - phrase.from === 1 && LONE_SUBJECTS.has(first.lower)) return true
  const last = tokens[phrase.to - 1]!
  if (BARE_SPEAKER_NOUNS.has(last.lower) || TEXT_PLURALS.has(last.lower) || BODY_PLURALS.has(last.lower)) return true
  // "radar technicians say", "local physicians said": a plural that names people by their trade.
  if (phrase.to - phrase.from <= 3 && isPeoplePlural(last.lower)) return true
  // "three-fourths say", "Two-thirds said": a share of those polled.
  if (phrase.to - phrase.from === 1 && FRACTION.test(last.lower)) return true
  // "46 percent said", "Six in 10 say": a share of those polled (a lone number is not: "in 2015 said").
  return phrase.to - phrase.from > 1 && (last.lower === 'percent' || last.value === '%' || (isNumber(last) && tokens[phrase.to - 2]!.lower === 'in'))
}

/** A lowercase plural, of people or anything counted ("pilots", "crews"), not a name ("GDP"): what a share of people is of. */
function isPluralOfSome(token: Token): boolean {
  return token.word && token.value === token.lower && /[^s]s$/.test(token.lower)
}

/** Quantifiers that may stand alone as a subject of people: "Another said", "Many believe", "Some say". */
const LONE_SUBJECTS = new Set(['another', 'many', 'some', 'several', 'most', 'few', 'both', 'others'])

/** Plurals that name people by what they do: "specialists", "physicians", "economists". */
const PEOPLE_PLURAL = /^[a-z-]{3,}(?:ists|ians)$/

/** Prepositions that say where people are from: "leaders in Tarn", "officials from the port", "workers at the quay". */
export const ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'at'])

/** People named by what they run for: "her rivals for the nomination". */
const RUNNING_PLURALS = new Set(['rivals', 'challengers', 'contenders', 'candidates'])

/** A plural that names people: "leaders", "officials", "economists". */
export function isPeoplePlural(lower: string): boolean {
  return (BARE_SPEAKER_NOUNS.has(lower) && !TEXT_PLURALS.has(lower)) || RUNNING_PLURALS.has(lower) || PEOPLE_PLURAL.test(lower) || (/[^s]s$/.test(lower) && TITLE_NOUNS.has(lower.slice(0, -1)) && !NOT_PEOPLE_TITLES.has(lower))
}

/** Plurals of title words that name no people: "five states", "the press" ("state senator", "press secretary" are titles). */
const NOT_PEOPLE_TITLES = new Set(['states', 'presses', 'rankings', 'campaigns'])

/** Plurals of texts and figures among the bare speakers: "data from Tarn" is no people from Tarn (speakers' DOCUMENT_NOUNS hold them too). */
export const TEXT_PLURALS: ReadonlySet<string> = new Set(['polls', 'surveys', 'studies', 'data', 'documents', 'records', 'reports', 'figures', 'statistics', 'filings', 'results', 'estimates', 'projections', 'findings', 'tallies', 'forecasts', 'disclosures', 'memos', 'emails', 'ledgers', 'transcripts', 'audits', 'analyses', 'papers', 'letters'])

/** "two-thirds", "three-fourths", "one-half": a fraction written as one word. */
const FRACTION = /^(?:one|two|three|four|five|six|seven|eight|nine)-(?:half|halves|thirds?|fourths?|quarters?|fifths?|tenths?)$/

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'third', 'quarter'])

/** Number words that open a count, alone or hyphenated: "Thirty-one percent", "Forty percent", "12 percent". */
const COUNT_START = /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)/

/** Whether `token` is a count before "percent of" or the like ("Thirty-one", "40"). */
function isCount(token: Token): boolean {
  return COUNT_START.test(token.lower) && (token.lower.length <= 3 || !/^\d/.test(token.lower) || /^\d[\d,.]*$/.test(token.lower))
}

/** "10", "six", "4": a number of people in a poll share. */
export function isNumber(token: Token | undefined): boolean {
  if (!token || !token.word) return false
  const code = token.lower.charCodeAt(0)
  return (code >= 48 && code <= 57) || NUMBER_WORDS.has(token.lower)
}

/**
 * The mention right before a cue at `cue`, not reaching before `floor`.
 * `undefined` when the word before the cue is `and` (a coordinated verb:
 * the caller takes the sentence subject) or nothing speaker-like is there.
 */
export function phraseBefore(tokens: Token[], cue: number, floor: number, nested = false): Phrase | 'coordinated' | undefined {
  // A participle cue ("saying", "adding") often has the sentence's subject, not the phrase before it.
  const participle = tokens[cue]!.lower.endsWith('ing')
  // "The Ledger quoted Ada Holm as saying …", "a tweet quoted the mayor as saying": the one quoted says it, not who quoted.
  if (participle && cue - 3 >= floor && tokens[cue - 1]!.lower === 'as') {
    for (let q = cue - 3; q >= floor && cue - q <= MAX_MENTION_TOKENS + 2; q--) {
      if (!tokens[q]!.word) break
      if (!QUOTING.has(tokens[q]!.lower)) continue
      const quoted = {from: q + 1, to: cue - 1}
      if (isSpeakerPhrase(tokens, quoted) && !STOPS.has(tokens[q + 1]!.lower)) return quoted
      break
    }
  }
  let end = cue
  // "Holm continued to say …", "went on to say", "was quick to say", "has taken to saying": a verb that takes an
  // infinitive stands between the subject and its cue. (Not "declined to say", "refused to say": they say nothing.)
  if (end - 2 >= floor && tokens[end - 1]!.lower === 'to') {
    const verb = tokens[end - 2]!.lower
    if (TO_CATENATIVES.has(verb)) {
      end -= 2
      // ("were more likely to say", "are less likely to say")
      if (verb === 'likely' && end - 1 >= floor && (COMPARATIVES.has(tokens[end - 1]!.lower) || tokens[end - 1]!.lower === 'most')) end--
    }
    else if (verb === 'on' && end - 3 >= floor && GO_FORMS.has(tokens[end - 3]!.lower)) end -= 3
  }
  // "The board nearly three weeks ago said …": a time ago between the subject and its cue.
  if (end - 2 >= floor && tokens[end - 1]!.lower === 'ago') {
    let start = end - 1
    while (start - 1 >= floor && end - start <= MAX_AGO_WORDS && tokens[start - 1]!.word && AGO_WORDS.test(tokens[start - 1]!.lower)) start--
    if (start < end - 2) end = start
  }
  // "Holm would only say …", "Holm has since said …": "only" or "since" after a modal or an auxiliary.
  if (end - 2 >= floor && (tokens[end - 1]!.lower === 'only' || tokens[end - 1]!.lower === 'since') && BETWEEN.has(tokens[end - 2]!.lower)) end--
  // ("Holm kept telling reporters …": a verb that takes a participle stands between the subject and it.)
  while (
    end - 1 >= floor && tokens[end - 1]!.word && (!isCapitalized(tokens[end - 1]) || WEEKDAYS.has(tokens[end - 1]!.lower)) &&
    (BETWEEN.has(tokens[end - 1]!.lower) || isAdverb(tokens[end - 1]!) || (participle && CATENATIVES.has(tokens[end - 1]!.lower)) || isFloating(tokens, end - 1, floor))
  ) {
    end--
  }
  // "Polls there show …", "officials here say …": a place adverb after a plural between the subject and its cue.
  if (end - 2 >= floor && PLACE_ADVERBS.has(tokens[end - 1]!.lower) && tokens[end - 2]!.word && /[^s]s$/.test(tokens[end - 2]!.lower)) end--
  // "Critics doubted Brandt’s claim that …": a cue after a possessive is a noun, and its owner is the speaker.
  if (end === cue && end - 1 >= floor && isPossessive(tokens[end - 1]!.value)) {
    let from = end - 1
    if (isNameToken(tokens[from])) {
      while (from - 1 >= floor && end - from < MAX_MENTION_TOKENS && isNameToken(tokens[from - 1])) from--
    } else {
      // "the harbour master’s claim", "the Tarn mayor’s claim": back over the owner's words to its determiner.
      let start = from
      while (start - 1 >= floor && from - start < MAX_OWNER_WORDS && tokens[start - 1]!.word && !DETERMINERS.has(tokens[start - 1]!.lower) && !STOPS.has(tokens[start - 1]!.lower) && !isVerbLike(tokens[start - 1]!)) start--
      if (start - 1 >= floor && DETERMINERS.has(tokens[start - 1]!.lower)) from = start - 1
    }
    return {from, to: end}
  }
  // "… offered him a job, then says …": a verb coordinated after a comma.
  if (end < cue && tokens[end]!.lower === 'then' && end - 1 >= floor && tokens[end - 1]!.value === ',') return 'coordinated'
  // "Many speakers — Muslims, Christians, Jews — said": a parenthesis between dashes stands between the subject and its cue.
  const dashed = skipDashes(tokens, end, floor)
  if (dashed !== undefined) end = dashed
  // "business leaders who say …", "Holm, who said …": the subject of a relative clause is the phrase it hangs on.
  if (end - 1 > floor && tokens[end - 1]!.lower === 'who' && !QUESTION_VERBS.has(tokens[end - 2]!.lower)) {
    const comma = tokens[end - 2]!.value === ','
    let head = comma ? appositiveOrPhrase(tokens, end - 2, floor) : collectBackward(tokens, end - 1, floor)
    // ("Tom Vell met Ana Ruiz, who …": a clause before the name; "who" hangs on the last run of names.)
    if (head && !head.role && !isSpeakerPhrase(tokens, head)) {
      let start = head.to
      while (start - 1 >= head.from && isNameToken(tokens[start - 1])) start--
      if (start < head.to && start > head.from) head = {from: start, to: head.to}
    }
    // "who" names people: any noun phrase it hangs on will do ("harbour pilots who say").
    const last = head ? tokens[head.to - 1]! : undefined
    if (!head || !last || STOPS.has(last.lower) || isAdverb(last) || SUBJECT_PRONOUNS.has(tokens[head.from]!.lower)) return undefined
    // The mention is the word that names the speaker here, "who", like a pronoun; the phrase it hangs on resolves it.
    return {from: end - 1, to: end, antecedent: [head.from, head.to], role: head.role}
  }
  // "a statement that said …", "a banner which read …", "T-shirts that said “We won.”": the thing that bears the words
  // is the phrase the relative hangs on (not "so much that said", "said that said": it must be a noun phrase).
  // ("her medical records, which showed she was fit": "which" after a comma too.)
  const commaWhich = end - 2 > floor && tokens[end - 1]!.lower === 'which' && tokens[end - 2]!.value === ','
  if (end - 1 > floor && RELATIVE_THINGS.has(tokens[end - 1]!.lower) && (tokens[end - 2]!.word || commaWhich)) {
    const head = collectBackward(tokens, commaWhich ? end - 2 : end - 1, floor)
    // ("Volunteers handed out paper cups that said": the noun phrase starts after the verb and its particle.)
    if (head) for (let i = head.to - 2; i >= head.from; i--) if (isVerbLike(tokens[i]!) || PHRASAL_PARTICLES.has(tokens[i]!.lower)) {
      head.from = i + 1
      break
    }
    const last = head ? tokens[head.to - 1]! : undefined
    if (!head || !last || STOPS.has(last.lower) || isAdverb(last) || isVerbLike(last) || startsCue(last.lower) || SUBJECT_PRONOUNS.has(tokens[head.from]!.lower)) return undefined
    // ("paper cups that said …": a bare plural will do.)
    if (!DETERMINERS.has(tokens[head.from]!.lower) && !isCapitalized(tokens[head.from]) && !isPluralWord(last)) return undefined
    // ("published her tax papers in August, which showed …": a time after a preposition is a setting, not what bears the words; the
    // text before it does.)
    if (commaWhich && NOT_SPEAKERS.has(last.lower) && SETTING_PREPOSITIONS.has(tokens[head.from - 1]?.lower ?? '')) {
      // (Only the noun right before the setting: "ignored the report for months before resigning in June, which suggested …" is
      // the resigning.)
      const bearer = head.from - 2
      if (bearer >= floor && tokens[bearer]!.word && WORD_BEARERS.has(tokens[bearer]!.lower)) {
        const text = collectBackward(tokens, bearer + 1, floor)
        if (text && text.to === bearer + 1 && text.to - text.from > 1) return {from: Math.max(text.from, bearer - MAX_OWNER_WORDS), to: bearer + 1}
      }
    }
    // (After a comma only a text or a finding bears words: "met the pilots, which said a lot" is no attribution.)
    if (commaWhich && !WORD_BEARERS.has(last.lower) && !ORG_HEADS.has(last.lower) && !(isCapitalized(last) && !NOT_SPEAKERS.has(last.lower) && !isNumber(last))) return undefined
    // ("wrote a letter to the board that said …": the noun phrase a preposition's object hangs on.)
    const preposition = tokens[head.from - 1]
    if (preposition?.word && OWNER_BEFORE.has(preposition.lower) && !WORD_BEARERS.has(last.lower)) {
      const owner = collectBackward(tokens, head.from - 1, floor)
      if (owner && DETERMINERS.has(tokens[owner.from]!.lower) && WORD_BEARERS.has(tokens[owner.to - 1]!.lower)) return owner
    }
    return head
  }
  // "he has, in the past, said": give up on commas inside the verb group.
  // "Wang and Lavrov met … and said", "The mayor's aide would not comment but said": a coordinated verb.
  if (end - 1 >= floor && (tokens[end - 1]!.lower === 'and' || tokens[end - 1]!.lower === 'but')) return 'coordinated'
  // "Varga drew boos upon saying …", "Holm left after telling …": a participle after a preposition has the sentence's subject.
  if (end - 1 >= floor && GERUND_PREPOSITIONS.has(tokens[end - 1]!.lower) && participle) return 'coordinated'
  // "… without asking islanders to pay": nothing was said.
  if (end - 1 >= floor && tokens[end - 1]!.lower === 'without' && participle) return undefined
  // "Trump hit back, saying …": a participle after a comma has the sentence's subject.
  // ("Brandt flipped his choice – saying …": after a dash too.)
  if (end - 1 >= floor && (tokens[end - 1]!.value === ',' || isDash(tokens[end - 1])) && participle) return 'coordinated'
  // "… called it “a gift,” adding that …": the comma sits inside the closing mark.
  if (end - 2 >= floor && CLOSING_MARKS.has(tokens[end - 1]!.value) && tokens[end - 2]!.value === ',' && participle) return 'coordinated'
  // "Ivo Brandt, the pilot known as “Gull,” stated …": an appositive that ends in words in marks, its comma inside the mark.
  if (end - 2 >= floor && CLOSING_MARKS.has(tokens[end - 1]!.value) && tokens[end - 2]!.value === ',') {
    // (Words of the role must come before its opening mark: in "the tone, “I think so,” said Holm" the marks are the quote.)
    const named = appositive(tokens, end - 2, floor, true)
    // (Nor a clause: "Holm went on to praise “Morning Tide,” note that …".)
    if (named && named.role && tokens[named.role[0]]!.word && !holdsVerb(tokens, named.role[0], named.role[1])) {
      // ("Ivo Brandt, praising “the port,” said …": a participle phrase is an aside of the speaker's, no role.)
      const first = tokens[named.role[0]]!
      if (opensAct(tokens, named.role[0])) return {from: named.from, to: named.to}
      // (The role keeps its closing mark: "the pilot known as “Gull,”".)
      return {...named, role: [named.role[0], end]}
    }
  }
  // "Dock leaders in Tarn, for instance, argued": a connective between commas stands between the subject and its cue.
  if (end - 1 > floor && tokens[end - 1]!.value === ',') {
    const aside = connectiveAside(tokens, end - 1, floor)
    if (aside !== undefined) end = aside
  }
  // "Rep. Ada Holm (D-Tarn) said", "Gov. Ivo Brandt (R-OH), said"
  let comma = end - 1 >= floor && tokens[end - 1]!.value === ','
  const parenthesis = skipParenthesis(tokens, comma ? end - 1 : end, floor)
  if (parenthesis !== undefined) {
    end = parenthesis
    comma = false
  }
  if (comma) return appositive(tokens, end - 1, floor, false, nested)
  // "wrote to all of them saying …", "stood close to him saying …": a participle after an object has the sentence's subject.
  if (participle && end - 1 > floor && OBJECT_PRONOUNS.has(tokens[end - 1]!.lower)) return 'coordinated'
  const pronounEnded = afterObjectPronoun(tokens, end, floor)
  if (pronounEnded) return pronounEnded
  // "Pilot groups who have endorsed him say": an object pronoun ends a relative clause before the cue.
  if (end - 1 > floor && OBJECT_PRONOUNS.has(tokens[end - 1]!.lower)) {
    const relative = relativeSubject(tokens, {from: end - 1, to: end}, floor)
    if (relative && relative !== 'object') return relative
  }
  // "the pilots I spoke with say": a relative clause without "who" that ends in its preposition.
  // ("Several people I have spoken with this month said": its verb may have an auxiliary, a time may follow it.)
  const stranded = strandedEnd(tokens, end, floor)
  if (stranded !== undefined) {
    const verb = isPastVerb(tokens[stranded - 2]!) || (tokens[stranded - 2]!.lower.endsWith('en') && (BETWEEN.has(tokens[stranded - 3]?.lower ?? '') || CONTRACTED_AUXILIARY.test(tokens[stranded - 3]?.lower ?? '')))
    // ("I've spoken with": a pronoun and its auxiliary in one token.)
    const pronoun = PERSONAL_PRONOUNS.has(tokens[stranded - 3]!.lower) || CONTRACTED_AUXILIARY.test(tokens[stranded - 3]!.lower) ? stranded - 3 : BETWEEN.has(tokens[stranded - 3]?.lower ?? '') && PERSONAL_PRONOUNS.has(tokens[stranded - 4]?.lower ?? '') ? stranded - 4 : undefined
    if (verb && pronoun !== undefined && pronoun > floor) {
      const head = collectBackward(tokens, pronoun, floor)
      if (head && !SUBJECT_PRONOUNS.has(tokens[head.from]!.lower) && isSpeakerPhrase(tokens, head)) return {from: head.from, to: end}
    }
  }
  // "Those over 60 say", "voters under 30 said": people of an age.
  if (end - 3 >= floor && isNumber(tokens[end - 1]) && AGE_PREPOSITIONS.has(tokens[end - 2]!.lower) && tokens[end - 3]!.word && (tokens[end - 3]!.lower === 'those' || isPeoplePlural(tokens[end - 3]!.lower))) {
    const people = tokens[end - 3]!.lower === 'those' ? {from: end - 3, to: end - 2} : collectBackward(tokens, end - 2, floor)
    if (people && people.to === end - 2) return {from: people.from, to: end}
  }
  let phrase = collectBackward(tokens, end, floor)
  if (!phrase) return undefined
  // "Pilots and clerks say", "Pilots, clerks and former rivals say": plurals in a list that opens the sentence.
  const list = pluralList(tokens, phrase, floor)
  if (list) return list
  // "the pilots I asked said": a pronoun and its verb are a relative clause without "who"; the subject is before them.
  if (phrase.to - phrase.from === 2 && PERSONAL_PRONOUNS.has(tokens[phrase.from]!.lower) && tokens[phrase.from + 1]!.lower.endsWith('ed')) {
    const head = collectBackward(tokens, phrase.from, floor)
    if (head && !SUBJECT_PRONOUNS.has(tokens[head.from]!.lower) && isSpeakerPhrase(tokens, head)) return {from: head.from, to: phrase.to}
  }
  // "A survey released Friday said": the participle after the noun is no part of the mention.
  const tail = tokens[phrase.to - 1]!
  // ("Most of those surveyed said": after "those" the participle is the phrase's head.)
  // ("Figures released on Monday show": a bare plural too.)
  const bare = phrase.to - phrase.from === 2 && (BARE_SPEAKER_NOUNS.has(tokens[phrase.from]!.lower) || TEXT_PLURALS.has(tokens[phrase.from]!.lower))
  if ((bare || (phrase.to - phrase.from >= 3 && DETERMINERS.has(tokens[phrase.from]!.lower))) && !isCapitalized(tail) && tail.lower.endsWith('ed') && tokens[phrase.to - 2]!.lower !== 'those') phrase = {from: phrase.from, to: phrase.to - 1}
  // "Having announced that …": a participle opening the sentence is no subject; the subject follows its clause.
  if (phrase.from === floor && phrase.to - phrase.from === 1 && isOpeningParticiple(tokens, phrase.from)) return 'coordinated'
  // "Holm at the time said", "Brandt in an interview said": a setting between the subject and its cue.
  const relative = relativeSubject(tokens, phrase, floor)
  // (The subject that "who" hangs on, then, is read from the sentence's start: "31 percent of those who picked a pilot said".)
  if (relative === 'object') return 'coordinated'
  // (relativeSubject checked the phrase "who" hangs on: "31 percent of those who picked a pilot said".)
  if (relative) return relative
  phrase = beforeSetting(tokens, phrase, floor) ?? ownedPhrase(tokens, phrase, floor) ?? phrase
  const preceding = tokens[phrase.from - 1]
  // "…, with Ivo Brandt telling reporters the pier was unsafe": after "with" the phrase is the participle's own subject.
  // ("… the fare is fair — with 40 percent saying it is not": after a dash too.)
  if (participle && phrase.from > floor && preceding?.lower === 'with' && (tokens[phrase.from - 2]?.value === ',' || isDash(tokens[phrase.from - 2]))) {
    return isSpeakerPhrase(tokens, phrase) ? phrase : undefined
  }
  // "Cruz is making a pitch to Tarn voters saying …", "Holm wrote an op-ed urging …", "Holm opened the debate saying …",
  // "Brandt started out the meeting saying …": a participle's subject is the sentence's, not its object's.
  if (
    participle && phrase.from > floor && preceding?.word &&
    (OBJECT_MARKERS.has(preceding.lower) || (!isCapitalized(preceding) && (preceding.lower.endsWith('ed') || PHRASAL_PARTICLES.has(preceding.lower))))
  ) {
    return 'coordinated'
  }
  return closeHead(tokens, phrase, floor) ?? titleHead(tokens, phrase, floor) ?? (isSpeakerPhrase(tokens, phrase) ? phrase : undefined)
}

/**
 * "Tarn's ambassador to Veld confirmed", "a spokesman for the council said": read backwards, the phrase stops at the
 * preposition; when a title noun stands before it, the mention is the title's phrase with its complement (the ambassador
 * spoke, not Veld). Only a title: "sanctions on Tarn, the council said" keeps "the council".
 */
function titleHead(tokens: Token[], phrase: Phrase, floor: number): Phrase | undefined {
  const title = tokens[phrase.from - 2]
  if (phrase.from - 2 < floor || !title?.word || title.value !== title.lower) return undefined
  // ("Harbour records from the 2008 election show": a text and where it comes from, too.)
  const preposition = tokens[phrase.from - 1]!.lower
  // ("Holm and her rivals for the harbour seat have said": people and what they run for, too.)
  if (!(TITLE_PREPOSITIONS.has(preposition) && TITLE_NOUNS.has(title.lower)) && !(TEXT_PREPOSITIONS.has(preposition) && TEXT_PLURALS.has(title.lower)) && !(preposition === 'for' && isPeoplePlural(title.lower))) return undefined
  const head = collectBackward(tokens, phrase.from - 1, floor)
  if (!head || head.to !== phrase.from - 1 || phrase.to - head.from > MAX_MENTION_TOKENS || SUBJECT_PRONOUNS.has(tokens[head.from]!.lower)) return undefined
  return {from: head.from, to: phrase.to}
}

/** Prepositions that join a title to whom it serves: "ambassador to Veld", "spokesman for the council", "aide to Holm". */
const TITLE_PREPOSITIONS = new Set(['to', 'for'])
/** Prepositions that join texts to where they come from: "records from the 2008 election", "filings by the board". */
const TEXT_PREPOSITIONS = new Set(['from', 'by', 'of'])

/** Connectives that stand between commas inside a clause: "for instance", "in turn", "however". */
const CONNECTIVE_ASIDES = new Set(['for instance', 'for example', 'in turn', 'however', 'meanwhile', 'though', 'too', 'in fact', 'of course', 'in particular', 'for their part', 'for his part', 'for her part', 'for its part', 'at least', 'likewise', 'similarly', 'instead', 'nonetheless', 'nevertheless', 'moreover', 'also', 'in contrast', 'by contrast'])
/** Most words of such a connective: "for their part" (3). */
const MAX_CONNECTIVE_WORDS = 3

/** One past the subject before a connective aside that ends at the comma at `comma` ("leaders in Tarn, for instance,"), if it is one. */
export function connectiveAside(tokens: Token[], comma: number, floor: number): number | undefined {
  let start = comma
  while (start - 1 > floor && comma - start < MAX_CONNECTIVE_WORDS && tokens[start - 1]!.word) start--
  for (let from = start; from < comma; from++) {
    if (tokens[from - 1]?.value !== ',' || from - 1 <= floor) continue
    let words = ''
    for (let i = from; i < comma; i++) words += (i > from ? ' ' : '') + tokens[i]!.lower
    if (CONNECTIVE_ASIDES.has(words)) return from - 1
  }
  return undefined
}

/** Plurals of things that say nothing, which a list of plural subjects must not be made of only: "Ferries and buses". */
const THING_PLURALS = new Set([
  'ferries', 'buses', 'boats', 'ships', 'cars', 'trains', 'planes', 'trucks', 'prices', 'wages', 'costs', 'rates', 'taxes', 'fees',
  'fares', 'sales', 'profits', 'shares', 'stocks', 'bonds', 'goods', 'jobs', 'roads', 'bridges', 'piers', 'buildings', 'houses', 'homes'
])

/** Most words of one item in a list of plural subjects: "former rivals" (2), "retired harbour pilots" (3). */
const MAX_LIST_ITEM = 3

/** Whether `token` is a lowercase plural noun at a glance: "clerks", "rivals" (not "glass", "this", "his"). */
function isPluralWord(token: Token | undefined): boolean {
  if (!token?.word || isCapitalized(token) || STOPS.has(token.lower) || NOT_SPEAKERS.has(token.lower)) return false
  return token.lower.length > 3 && token.lower.endsWith('s') && !token.lower.endsWith('ss') && !token.lower.endsWith('ous') && !token.lower.endsWith('ics')
}

/**
 * "Pilots and clerks say …", "Pilots, clerks and former rivals say …": the phrase before a cue ends a list of
 * plurals joined by commas and one "and" that opens the sentence; the list is the subject. Each item is a
 * plural of one to three words (the first word may be capitalised as the sentence's first); a list that does
 * not reach the sentence's start is no subject ("… met the pilots, and clerks say").
 */
function pluralList(tokens: Token[], phrase: Phrase, floor: number): Phrase | undefined {
  if (!isPluralWord(tokens[phrase.to - 1]) || phrase.to - phrase.from > MAX_LIST_ITEM) return undefined
  // (Speakers, by one of the plurals at least: "Pilots and clerks say", "Schools and hospitals say"; not "Ferries and buses say
  // nothing", "Prices and wages show".)
  let people = !THING_PLURALS.has(tokens[phrase.to - 1]!.lower)
  let at = phrase.from - 1
  if (tokens[at]?.lower !== 'and') return undefined
  at--
  // Back over items "X" and ", X" to the sentence's start.
  for (let items = 0; items < 8; items++) {
    let start = at
    while (start - 1 >= floor && at - start + 1 < MAX_LIST_ITEM && tokens[start - 1]!.word && !STOPS.has(tokens[start - 1]!.lower)) start--
    const head = tokens[at]
    const plural = isPluralWord(head) || (at === floor && head?.word === true && isCapitalized(head) && head.lower.endsWith('s') && !head.lower.endsWith('ss'))
    if (!plural) return undefined
    people ||= !THING_PLURALS.has(head!.lower)
    for (let i = start; i < at; i++) if (!tokens[i]!.word || (i > floor && isCapitalized(tokens[i])) || DETERMINERS.has(tokens[i]!.lower)) return undefined
    if (start === floor) return people ? {from: floor, to: phrase.to} : undefined
    if (tokens[start - 1]?.value !== ',') return undefined
    at = start - 2
    if (at < floor) return undefined
  }
  return undefined
}

/** Words before a noun phrase that make it an object: a preposition or a verb's determiner. */
const OBJECT_MARKERS = new Set(['to', 'on', 'at', 'in', 'with', 'for', 'from', 'by', 'into', 'onto', 'about', 'over', 'wrote', 'made', 'gave', 'sent', 'released', 'issued', 'posted', 'published'])
/** Prepositions of a setting that may stand between a subject and its cue. */
const SETTING_PREPOSITIONS = new Set(['at', 'in', 'during', 'on', 'after', 'before'])
/** Heads of such a setting: "at the time", "in an interview", "during the debate". */
export const SETTING_NOUNS: ReadonlySet<string> = new Set([
  'time', 'moment', 'interview', 'interviews', 'statement', 'rally', 'event', 'meeting', 'hearing', 'speech', 'conference',
  'debate', 'briefing', 'call', 'appearance', 'remarks', 'town', 'hall', 'session', 'forum', 'email', 'letter', 'tweet',
  'post', 'video', 'podcast', 'broadcast', 'show', 'program', 'programme', 'press', 'release', 'morning', 'afternoon',
  'evening', 'night', 'week', 'weekend', 'past', 'end', 'response', 'reply', 'book', 'memoir', 'column', 'essay', 'article', 'op-ed',
  'tour', 'visit', 'trip', 'stop', 'address', 'lecture', 'panel', 'sermon', 'testimony'
])

/** Prepositions that tie a phrase before a cue to the noun phrase that is the subject: "a statement issued by the ministry said". */
const OWNER_BEFORE = new Set(['by', 'for', 'from', 'to', 'at', 'with', 'in', 'on', 'among', 'inside', 'within', 'across', 'into'])

/**
 * "A statement issued by the fisheries ministry said", "a spokesman for
 * Ada Holm said", "the head of the agency in Tarn said": read backwards
 * from a cue, the phrase stops at a preposition, but the subject is the
 * determiner phrase the preposition hangs on. Only when that phrase starts
 * with a determiner, so a clause before the preposition is never taken in.
 */
function ownedPhrase(tokens: Token[], phrase: Phrase, floor: number): Phrase | undefined {
  // "with direct knowledge of the talks": a phrase that names no speaker may have up to two lowercase words (adjectives)
  // between it and the preposition (not a name: "from ferry chief Ada Holm" is Ada Holm's title).
  const speakerLike = isSpeakerPhrase(tokens, phrase)
  let at = phrase.from - 1
  while (!speakerLike && at > floor && phrase.from - 1 - at < 2 && tokens[at]?.word && !isCapitalized(tokens[at]) && !STOPS.has(tokens[at]!.lower) && !OWNER_BEFORE.has(tokens[at]!.lower)) at--
  const preposition = tokens[at]
  if (!preposition || at <= floor || !OWNER_BEFORE.has(preposition.lower) || !(at < phrase.from - 1 || speakerLike)) return undefined
  const head = collectBackward(tokens, at, floor)
  if (!head) return undefined
  // "People with close knowledge of the ferry talks said": a bare plural of people opening the sentence owns the phrase too.
  const bare = head.from === floor && head.to - head.from === 1 && BARE_SPEAKER_NOUNS.has(tokens[head.from]!.lower)
  if (!bare && (!DETERMINERS.has(tokens[head.from]!.lower) || SUBJECT_PRONOUNS.has(tokens[head.from]!.lower) || head.to - head.from < 2)) return undefined
  return {from: head.from, to: phrase.to}
}

/** Whether `token` may end a noun phrase that a relative hangs on: a word that is no small word, verb form or cue ("groups", "Party"). */
function isHeadNoun(token: Token | undefined): boolean {
  return token !== undefined && token.word && !STOPS.has(token.lower) && !isVerbLike(token) && !BETWEEN.has(token.lower) && !startsCue(token.lower)
}

/** Pronouns of people that a relative "who" hangs on: "those who …", "others who …". */
const PEOPLE_PRONOUNS = new Set(['those', 'others', 'many', 'some', 'all', 'anyone', 'everyone', 'few'])

/** Words that open or join clauses, which a relative clause between a subject and its cue never holds. */
/** Start of the count and adjectives that open the sentence before `from` ("Three senior" before "pilots"), else `from`. */
function premodifiersFrom(tokens: Token[], from: number, floor: number): number {
  if (from - floor > MAX_PREMODIFIERS) return from
  for (let i = floor; i < from; i++) {
    const token = tokens[i]!
    if (!token.word || STOPS.has(token.lower) || isVerbLike(token) || (isCapitalized(token) && i > floor)) return from
    if (i === floor && isCapitalized(token) && !isCount(token) && !DETERMINERS.has(token.lower)) return from
  }
  return floor
}

/** Most words of a count and adjectives before a subject's head: "Three senior" (2), "Two former harbour" (3). */
const MAX_PREMODIFIERS = 3

/** A plural of people, texts or bodies, which may speak: "pilots", "polls", "firms" (every plain plural speaker noun is one). */
function isSpeakingPlural(lower: string): boolean {
  return isPeoplePlural(lower) || TEXT_PLURALS.has(lower) || BODY_PLURALS.has(lower)
}

/** Plurals of bodies that speak: "European firms", "Tarn unions". */
const BODY_PLURALS = new Set(['firms', 'companies', 'banks', 'groups', 'unions', 'businesses', 'agencies', 'newspapers', 'networks', 'parties', 'campaigns', 'organizations', 'organisations', 'lenders', 'retailers', 'carriers'])

/** Prepositions of an age after people: "those over 60", "voters under 30", "pilots aged 40". */
export const AGE_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'under', 'aged'])

/** Adverbs of place that may stand between a plural subject and its cue: "polls there show". */
const PLACE_ADVERBS = new Set(['there', 'here'])

/** Whether a verb with its object opens at `index`: "runs the pier", "backed Holm" (a present in -s or a past, then a determiner or a name). */
function verbWithObject(tokens: Token[], index: number): boolean {
  const verb = tokens[index]
  const object = tokens[index + 1]
  if (!verb?.word || !object?.word || verb.value !== verb.lower || verb.lower.length < 4) return false
  if (!(verb.lower.endsWith('ed') || IRREGULAR_PAST.has(verb.lower) || (verb.lower.endsWith('s') && !verb.lower.endsWith('ss')))) return false
  return (DETERMINERS.has(object.lower) && object.lower !== 'that') || isNameToken(object) || OBJECT_PRONOUNS.has(object.lower)
}

/** Prepositions after a past participle that says which people: "interviewed at", "polled in", "elected by". */
const PARTICIPLE_PREPOSITIONS = new Set(['at', 'in', 'on', 'by', 'during', 'outside', 'near', 'across', 'from'])

const RELATIVE_BREAKS = new Set(['that', 'which', 'so', 'because', 'when', 'while', 'if', 'although', 'though', 'but', 'as', 'than'])

/** Most words of a relative clause or a participle between a subject and its cue: "who have seen him on the quay recently" (7). */
const MAX_RELATIVE_WORDS = 8

/**
 * "One clerk who overheard the row said", "pilots who attended the
 * meetings said", "Harbour pilots supporting the bill said": read backwards,
 * the phrase before the cue is the object of a relative clause or a
 * participle, and the subject is the phrase that clause hangs on, which
 * opens the sentence (or follows its comma). Not "the official who Holm said
 * …": a verb must stand between "who" and the phrase.
 */
function relativeSubject(tokens: Token[], phrase: Phrase, floor: number): Phrase | 'object' | undefined {
  // Returns the subject phrase, `'object'` when a relative "who" stands between (the phrase is the relative clause's object,
  // never the subject, but the subject it hangs on was not found), or `undefined` when no relative clause is there.
  for (let i = phrase.from - 1; i > floor && phrase.from - i <= MAX_RELATIVE_WORDS; i--) {
    const token = tokens[i]!
    // "Pilot groups that have endorsed him say": "that" before an auxiliary, after a noun, opens a relative clause too.
    // ("the guild that runs the pier", "groups that backed Holm": or before a verb and its object.)
    // (Only after people, texts, bodies or a name: "The pier that survived the storm shows" is no speaker's relative.)
    const speakingHead = isSpeakingPlural(tokens[i - 1]?.lower ?? '') || ORG_HEADS.has(tokens[i - 1]?.lower ?? '') || isCapitalized(tokens[i - 1])
    const relativeThat = token.lower === 'that' && i < phrase.from - 1 && (AUXILIARIES.has(tokens[i + 1]!.lower) || (verbWithObject(tokens, i + 1) && speakingHead)) && isHeadNoun(tokens[i - 1])
    // (A clause's own opener ends the walk: "… grew so heated that Ada Holm said" has no relative clause before Ada Holm.)
    if (!token.word || (RELATIVE_BREAKS.has(token.lower) && !relativeThat)) return undefined
    // ("The officials whose laws were struck down say": "whose" too.)
    const relative = ((token.lower === 'who' || token.lower === 'whose') && i < phrase.from - 1) || relativeThat
    // ("Pilots interviewed at the quay said", "voters polled in Tarn say": a past participle and its preposition too.)
    const past = token.lower.length > 4 && token.lower.endsWith('ed') && i < phrase.from - 1 && PARTICIPLE_PREPOSITIONS.has(tokens[i + 1]!.lower)
    const participle = !relative && ((token.lower.length > 4 && token.lower.endsWith('ing')) || past) && !isCapitalized(token)
    if (!relative && !participle) continue
    let head = collectBackward(tokens, i, floor)
    // ("Three pilots of the guild that runs the pier told": the phrase "of" joins to the one before it.)
    if (head && tokens[head.from - 1]?.lower === 'of') {
      const owner = collectBackward(tokens, head.from - 1, floor)
      if (owner && owner.to === head.from - 1) head = {from: owner.from, to: head.to}
    }
    // ("Three senior pilots of the guild …": a count and adjectives before the head that "of" hangs on.)
    if (head) head.from = premodifiersFrom(tokens, head.from, floor)
    // (After "who", the phrase before the cue is the relative clause's object, never the subject: "Holm and allies who want
    // to close the pier said" names no pier, whether or not the phrase "who" hangs on is found.)
    // ("27 percent of those who …", "others who …": a pronoun of people that "who" hangs on.)
    const speaker = head !== undefined && (isSpeakerPhrase(tokens, head) || (relative && PEOPLE_PRONOUNS.has(tokens[head.to - 1]!.lower)))
    if (!head || head.to !== i || !speaker || SUBJECT_PRONOUNS.has(tokens[head.from]!.lower)) return relative ? 'object' : undefined
    // ("Even pilots who backed the plan warned …": a sentence adverb may stand before it.)
    // ("Though executives who …": or a subordinator.)
    if (head.from !== floor && tokens[head.from - 1]?.value !== ',' && !(head.from - 1 === floor && (SENTENCE_ADVERBS.has(tokens[floor]!.lower) || CONJUNCTIONS.has(tokens[floor]!.lower) || SUBORDINATORS.has(tokens[floor]!.lower)))) return relative ? 'object' : undefined
    // A participle hangs on people only: "Harbour pilots supporting the bill", not "The plan allowing the sale".
    const last = tokens[head.to - 1]!
    // ("Disclosures filed on Sunday revealed": or texts, after a past participle.)
    if (participle && !(BARE_SPEAKER_NOUNS.has(last.lower) || isPeoplePlural(last.lower) || (past && TEXT_PLURALS.has(last.lower)) || (!past && isNameToken(last)))) return undefined
    return {from: head.from, to: phrase.to}
  }
  return undefined
}

/**
 * "Holm at the time said", "Brandt, in an interview, said" without its
 * commas: when the phrase before a cue is a lowercase setting ("the time",
 * "an interview") after a setting preposition, the subject is the phrase
 * before the preposition. `undefined` when that is not the shape.
 */
function beforeSetting(tokens: Token[], phrase: Phrase, floor: number): Phrase | undefined {
  const preposition = tokens[phrase.from - 1]
  const head = tokens[phrase.to - 1]!
  if (!preposition || phrase.from - 1 <= floor || !SETTING_PREPOSITIONS.has(preposition.lower) || !SETTING_NOUNS.has(head.lower)) return undefined
  // ("Bush in a Medium post said": a name inside the setting, after its article.)
  const article = DETERMINERS.has(tokens[phrase.from]!.lower) && !isCapitalized(head)
  for (let i = phrase.from; i < phrase.to; i++) if (isCapitalized(tokens[i]) && !(i === phrase.from && DETERMINERS.has(tokens[i]!.lower)) && !article) return undefined
  // "Holm's allies have in the past said": the auxiliary stands between the subject and the setting.
  let end = phrase.from - 1
  while (end - 1 > floor && tokens[end - 1]!.word && !isCapitalized(tokens[end - 1]) && BETWEEN.has(tokens[end - 1]!.lower)) end--
  const subject = collectBackward(tokens, end, floor)
  return subject && isSpeakerPhrase(tokens, subject) ? subject : undefined
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

/** Most tokens between two dashes that a subject and its cue may stand around. */
const MAX_DASHED = 20

/** Start of a "— … —" parenthesis that ends right before `end`, if any. */
function skipDashes(tokens: Token[], end: number, floor: number): number | undefined {
  const last = tokens[end - 1]
  if (!last || end - 1 < floor || !isDash(last)) return undefined
  for (let i = end - 2; i >= floor && end - i <= MAX_DASHED; i--) {
    const token = tokens[i]!
    if (isDash(token)) return i > floor ? i : undefined
    if (!token.word && token.value !== ',' && token.value !== "'s" && token.value !== '’s') return undefined
  }
  return undefined
}

/** Start of a parenthesis that ends right before `end` ("(D-Ore.)"), if any, within 8 tokens. */
function skipParenthesis(tokens: Token[], end: number, floor: number): number | undefined {
  if (end - 1 < floor || tokens[end - 1]!.value !== ')') return undefined
  for (let i = end - 2; i >= floor && end - i <= 8; i--) {
    if (tokens[i]!.value === '(') return i
  }
  return undefined
}

/** Where a share written with the sign starts before the "of" at `of` ("42% of", "Only 42% of"), or undefined. */
function shareBefore(tokens: Token[], of: number, floor: number): number | undefined {
  if (of - 2 < floor || tokens[of - 1]?.value !== '%' || !isNumber(tokens[of - 2])) return undefined
  return of - 3 >= floor && APPROXIMATORS.has(tokens[of - 3]!.lower) ? of - 3 : of - 2
}

/** Verbs that quote someone as saying something: "quoted Ada Holm as saying". */
const QUOTING = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing'])

const COORDINATING = new Set(['and', 'but', 'or', 'yet'])

/** Most tokens read back from an inverted attribution to its sentence's start. */
const MAX_OPENER_BACK = 40

/** Whether a finite "be", "have" or a modal stands in the sentence before the cue that precedes `from`. */
function finiteBefore(tokens: Token[], from: number): boolean {
  for (let i = from - 2; i >= 0 && from - i <= MAX_OPENER_BACK; i--) {
    const token = tokens[i]!
    if (!token.word && (token.value === '.' || token.value === '!' || token.value === '?' || token.value === ';')) return false
    if (isFiniteAuxiliary(token)) return true
  }
  return false
}

/** A lowercase finite "be", "have" or modal: "was", "had", "would" (not "Will", a name). */
export function isFiniteAuxiliary(token: Token): boolean {
  return token.word && token.value === token.lower && (AUXILIARIES.has(token.lower) || MODALS.has(token.lower))
}

/** Words that open a setting after a name and its comma, no role: "said Ivo Brandt, with new crews on every pier". */
const SETTING_OPENERS = new Set(['with', 'after', 'before', 'during', 'while', 'when', 'as', 'despite', 'because', 'although', 'though', 'amid', 'since'])

/** Whether a finite "be", "have" or a modal stands between `from` and `to` (lowercase), before any relative word: "pilots were able". */
function holdsFinite(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    // (A verb after a relative word is the relative clause's: "a pilot who has sailed for 20 years" is a role.)
    if (RELATIVE_WORDS.has(token.lower)) return false
    if (isFiniteAuxiliary(token)) return true
  }
  return false
}

/** Prepositions that make a name the object of a head before it: "the wife of Ivo Brandt", "a friend to Ada Holm". */
const HEAD_PREPOSITIONS = new Set(['of', 'for', 'to', 'with', 'by', 'about', 'from', 'at', 'in', 'on', 'against', 'between', 'among'])

/** Most tokens of a name before the body a person is of: "Rep. Ada van Holm of the …" (4). */
const MAX_NAME_BEFORE_BODY = 5

function collectBackward(tokens: Token[], end: number, floor: number, nested = false): Phrase | undefined {
  let from = end
  // Whether a full name was taken in before the body the person is of: the phrase may then be longer than MAX_MENTION_TOKENS.
  let affiliated = false
  while (from - 1 >= floor && end - from < MAX_MENTION_TOKENS) {
    const token = tokens[from - 1]!
    if (!token.word) {
      // Hyphens and periods are inside words in nlcst; a bare `'s` or `&` joins.
      // ("The latest Tarn/Delta poll": a slash joins two names.)
      if (token.value === '&' || token.value === "'s" || token.value === '’s' || (token.value === '/' && isNameToken(tokens[from - 2]) && isNameToken(tokens[from]))) {
        from--
        continue
      }
      // "the bearded, 64-year-old envoy said": a comma between two adjectives after an article.
      // (An adjective and a noun after the comma, no preposition before the article: not "At the hospital, doctors said".)
      if (
        token.value === ',' && end - from >= 2 && from - 3 >= floor && ARTICLES.has(tokens[from - 3]!.lower) && tokens[from - 2]!.word && !isCapitalized(tokens[from - 2]) &&
        !isCapitalized(tokens[from]) && !STOPS.has(tokens[from - 2]!.lower) && ADJECTIVE_FORM.test(tokens[from - 2]!.lower) &&
        !(from - 4 >= floor && STOPS.has(tokens[from - 4]!.lower))
      ) {
        from--
        continue
      }
      // "57% say": a share of those polled, written with the sign (not a rate after a preposition: "lifted the levy to 3.5% showed").
      if (token.value === '%' && from === end && isNumber(tokens[from - 2]) && from - 2 >= floor && !(tokens[from - 3]?.word && RATE_PREPOSITIONS.has(tokens[from - 3]!.lower))) {
        from -= 2
        break
      }
      // "the engineers’ report said": a plural possessive.
      if ((token.value === '’' || token.value === "'") && from - 2 >= floor && tokens[from - 2]!.word && tokens[from - 2]!.lower.endsWith('s') && from < end) {
        from--
        continue
      }
      break
    }
    if (token.lower === 'and') {
      // "he and Mr. Pell said": a pronoun and a name.
      if (isNameToken(tokens[from]) && from - 2 >= floor && PERSONAL_PRONOUNS.has(tokens[from - 2]!.lower) && (from - 3 < floor || !tokens[from - 3]!.word)) {
        from -= 2
        break
      }
      // "Wang and Lavrov said": between two names only; "Ruiz and his lawyers said": a name and its people.
      // ("Holm and others said": a name and the people with it.)
      if ((isNameToken(tokens[from]) || POSSESSIVES.has(tokens[from]?.lower ?? '') || (tokens[from]?.lower === 'others' && from === end - 1)) && isNameToken(tokens[from - 2]) && from - 2 >= floor) {
        from--
        continue
      }
      // "Her advisers and allies say": two plurals of people.
      if (from - 2 >= floor && from === end - 1 && BARE_SPEAKER_NOUNS.has(tokens[from]!.lower) && BARE_SPEAKER_NOUNS.has(tokens[from - 2]!.lower)) {
        from--
        continue
      }
      // "The favourite and former harbour master said": two titles of one person after an article.
      const titles = coordinatedTitles(tokens, from - 1, end, floor)
      if (titles !== undefined) {
        from = titles
        break
      }
      // "past and present members said": two words that qualify one plural of people.
      const before = tokens[from - 2]
      // ("Serving and retired officials said": capitalised only as the sentence's first word.)
      if (
        from - 2 >= floor && from === end - 2 && BARE_SPEAKER_NOUNS.has(tokens[end - 1]!.lower) && before?.word &&
        (!isCapitalized(before) || from - 2 === floor) && !STOPS.has(before.lower) && !DETERMINERS.has(before.lower) && !NOT_SPEAKERS.has(before.lower)
      ) {
        from--
        continue
      }
      break
    }
    // "About 4 in 10 say", "More than six in 10 said": an approximation before a share of those polled.
    if (APPROXIMATORS.has(token.lower) && from < end && tokens[from + 1]?.lower === 'in' && isNumber(tokens[from])) {
      from--
      if (token.lower === 'than' && from - 1 >= floor && COMPARATIVES.has(tokens[from - 1]!.lower)) from--
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
    // "42% of pilots say", "Only 42% of the crews said": a share of the people after "of", written with the sign.
    if (token.lower === 'of' && from < end && isPluralOfSome(tokens[end - 1]!)) {
      const share = shareBefore(tokens, from - 1, floor)
      if (share !== undefined) {
        from = share
        break
      }
    }
    if (token.lower === 'of' && from < end && from - 2 >= floor && tokens[from - 2]!.word && !STOPS.has(tokens[from - 2]!.lower)) {
      // "the foreign ministers of China and Russia said"
      from--
      continue
    }
    // "That person said", "“…,” this source told …": a demonstrative opening the sentence or the tail is the phrase's determiner.
    if ((token.lower === 'that' || token.lower === 'this') && from - 1 === floor && from < end && !isAdverb(tokens[from]!) && !PRONOUN_FOLLOWERS.has(tokens[from]!.lower) && !BETWEEN.has(tokens[from]!.lower)) {
      from--
      break
    }
    // "Harbour leaders in Tarn said", "Officials from the port said": where people are from belongs to the phrase.
    if (ORIGIN_PREPOSITIONS.has(token.lower) && from < end && from - 2 >= floor && tokens[from - 2]!.word && isPeoplePlural(tokens[from - 2]!.lower)) {
      from--
      continue
    }
    // ("Ada Holm from Tarn Radio said": a full name before a body named without an article; see the determiner's case below.)
    if ((token.lower === 'from' || token.lower === 'at' || token.lower === 'of') && from < end && isNameToken(tokens[from]) && from - 2 >= floor && isNameToken(tokens[from - 2]) && isNameToken(tokens[from - 3])) {
      let start = from - 2
      while (start - 1 >= floor && from - start < MAX_NAME_BEFORE_BODY && isNameToken(tokens[start - 1])) start--
      // (Not a name that is itself the object of a head before it: "The wife of Ivo Brandt from Veld said".)
      if (!(start - 1 >= floor && HEAD_PREPOSITIONS.has(tokens[start - 1]!.lower))) {
        from = start
        affiliated = true
        break
      }
    }
    if (STOPS.has(token.lower) && !(SUBJECT_PRONOUNS.has(token.lower) && from === end)) break
    // ("asked if Krall would start Holm replied": a modal is no word of a subject; the subject is after its verb.)
    if (token.value === token.lower && MODALS.has(token.lower)) break
    // "something she said was …": a pronoun right before the cue is the whole subject.
    if (from === end && PERSONAL_PRONOUNS.has(token.lower)) {
      from--
      break
    }
    from--
    // "Ruiz and his lawyers said", "Mr. Xi and other leaders said": a name and its people.
    if ((POSSESSIVES.has(token.lower) || token.lower === 'other') && tokens[from - 1]?.lower === 'and' && isNameToken(tokens[from - 2]) && from - 2 >= floor) {
      from -= 2
      continue
    }
    if (DETERMINERS.has(token.lower) || SUBJECT_PRONOUNS.has(token.lower)) {
      // "Two in three said": a number word that is a determiner still ends a share of those polled.
      if (isNumber(token) && tokens[from - 1]?.lower === 'in' && isNumber(tokens[from - 2]) && from - 2 >= floor) {
        from -= 2
        // "About two in three said", "Nearly one in five say": the approximation belongs to the share.
        if (from - 1 >= floor && APPROXIMATORS.has(tokens[from - 1]!.lower)) from--
        if (tokens[from]!.lower === 'than' && from - 1 >= floor && COMPARATIVES.has(tokens[from - 1]!.lower)) from--
        break
      }
      // "Fewer than two in 10 said", "About one in five say": the approximation of a share whose first number is a determiner.
      if (isNumber(token) && tokens[from + 1]?.lower === 'in' && from - 1 >= floor && APPROXIMATORS.has(tokens[from - 1]!.lower)) {
        from--
        if (tokens[from]!.lower === 'than' && from - 1 >= floor && COMPARATIVES.has(tokens[from - 1]!.lower)) from--
        break
      }
      // "the two ministers", "all the officials"
      const before = tokens[from - 1]
      if (from - 1 >= floor && before && before.word && DETERMINERS.has(before.lower) && !SUBJECT_PRONOUNS.has(token.lower)) from--
      // ("At least half of the pilots in each ward said": people from a place, the place after its determiner.)
      if (!nested && !SUBJECT_PRONOUNS.has(token.lower) && ORIGIN_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') && from - 2 >= floor && tokens[from - 2]!.word && isPeoplePlural(tokens[from - 2]!.lower)) {
        const people = collectBackward(tokens, from - 1, floor, true)
        if (people && people.to === from - 1 && end - people.from <= MAX_MENTION_TOKENS) from = people.from
        // ("At least half of …": the approximation belongs to the share.)
        if ((tokens[from]?.lower === 'least' || tokens[from]?.lower === 'most') && tokens[from - 1]?.lower === 'at' && from - 1 >= floor) from--
        else if ((tokens[from - 1]?.lower === 'least' || tokens[from - 1]?.lower === 'most') && tokens[from - 2]?.lower === 'at' && from - 2 >= floor) from -= 2
        break
      }
      // "Ada Holm of the Tarn Harbour Association said", "Ivo Brandt at the Tarn Institute said": a full name before the
      // body the person is of, at or from (not only the body, nor the surname alone).
      const affiliation = tokens[from - 1]?.lower
      if (ARTICLES.has(token.lower) && (affiliation === 'of' || affiliation === 'from' || affiliation === 'at') && isCapitalized(tokens[from + 1]) && from - 2 >= floor && isNameToken(tokens[from - 2])) {
        let start = from - 2
        while (start - 1 >= floor && from - start < MAX_NAME_BEFORE_BODY && isNameToken(tokens[start - 1])) start--
        if (from - 1 - start >= 2 && !(start - 1 >= floor && HEAD_PREPOSITIONS.has(tokens[start - 1]!.lower))) {
          from = start
          affiliated = true
          break
        }
      }
      // ("Only 42% of the crews said": a share of them, written with the sign.)
      const share = tokens[from - 1]?.lower === 'of' ? shareBefore(tokens, from - 1, floor) : undefined
      if (share !== undefined) {
        from = share
        break
      }
      // "Members of the city council said", "some of the women say": the head before "of the".
      const head = tokens[from - 2]
      if (!SUBJECT_PRONOUNS.has(token.lower) && tokens[from - 1]?.lower === 'of' && from - 2 >= floor && head?.word && !STOPS.has(head.lower) && !CLOSED_DETERMINERS.has(head.lower)) {
        from -= 2
        if (from - 1 >= floor && tokens[from - 1]!.word && (DETERMINERS.has(tokens[from - 1]!.lower) || isCount(tokens[from - 1]!))) from--
        // ("A Tarn Ledger poll of the harbour said": the words before the head, back to their determiner.)
        // (Read once: a chain of "poll of the …" is not read back further, so that it stays linear.)
        else if (!nested && isCapitalized(tokens[from - 1]) && !isCapitalized(tokens[from])) {
          const owner = collectBackward(tokens, from, floor, true)
          if (owner && owner.to === from && DETERMINERS.has(tokens[owner.from]!.lower) && end - owner.from <= MAX_MENTION_TOKENS) from = owner.from
        }
      }
      if (!SUBJECT_PRONOUNS.has(token.lower)) from = widenDeterminer(tokens, from, floor)
      break
    }
  }
  // "All but two said", "all but one of the pilots said": all of a group but a few.
  if (from < end && isNumber(tokens[from]) && tokens[from - 1]?.lower === 'but' && tokens[from - 2]?.lower === 'all' && from - 2 >= floor) from -= 2
  // ("Though executives who …", "While Mr. Brandt …": the subordinator opens the clause, the phrase follows it.)
  // ("But pilot groups say …": so does a conjunction.)
  if (end - from > 1 && (SUBORDINATORS.has(tokens[from]!.lower) || (CONJUNCTIONS.has(tokens[from]!.lower) && isCapitalized(tokens[from])))) from++
  if (from === end) return undefined
  // Too long to be one phrase: keep its last run of names ("… Trump said").
  if (end - from >= MAX_MENTION_TOKENS && !DETERMINERS.has(tokens[from]!.lower) && !affiliated) {
    let start = end
    while (start - 1 >= from && isNameToken(tokens[start - 1])) start--
    if (start === end) return undefined
    from = start
  }
  // A lowercase run before a name is a clause, not a title: "sanctions Wang said".
  let start = from
  // ("he and Mr. Pell said" is one subject.)
  if (!DETERMINERS.has(tokens[from]!.lower) && !(PERSONAL_PRONOUNS.has(tokens[from]!.lower) && tokens[from + 1]?.lower === 'and')) {
    let firstName = -1
    // ("Nearly eight in 10 Tarn voters said": a share before the name qualifies it, no clause.)
    let share = false
    for (let i = from; i < end; i++) {
      // (Only a share that opens the phrase, with nothing but "of" and a determiner after it: not "40 percent of the vote counted".)
      if (isNumber(tokens[i]) && SHARE_WORDS.has(tokens[i + 1]?.lower ?? '') && i - from <= 2) share = true
      if (share && tokens[i]!.word && !isNumber(tokens[i]) && !SHARE_WORDS.has(tokens[i]!.lower) && !DETERMINERS.has(tokens[i]!.lower) && !APPROXIMATORS.has(tokens[i]!.lower) && !isNameToken(tokens[i])) share = false
      if (isNameToken(tokens[i])) {
        firstName = i
        break
      }
    }
    if (firstName > from && !share) start = firstName
  }
  return {from: start, to: end}
}

/** Adverbs that qualify a quantifier: "virtually all analysts", "almost all of them". */
const QUANTIFIER_ADVERBS = new Set(['virtually', 'nearly', 'almost', 'practically', 'roughly', 'about', 'only', 'just'])

/**
 * The start of a subject whose determiner `from` opens it, widened to what
 * stands before that determiner and belongs to it: an adverb ("virtually all
 * analysts"), an owner ("Holm's most loyal supporters"), or a first conjunct
 * that opens the sentence ("Pilots and even some engineers", "The
 * Harbour Board and some engineers", "Her directors and some advisers").
 */
function widenDeterminer(tokens: Token[], from: number, floor: number): number {
  let start = from
  if (start - 1 >= floor && QUANTIFIER_ADVERBS.has(tokens[start - 1]!.lower)) start--
  // "Holm's most loyal supporters": a name and its possessive before the determiner ("Holm's" is one word, or two).
  const owner = tokens[start - 1]
  const name =
    owner && isCapitalized(owner) && /['’]s$/.test(owner.value) ? start - 1 : owner && (owner.value === "'s" || owner.value === '’s') && isNameToken(tokens[start - 2]) ? start - 2 : -1
  if (name >= floor) {
    start = name
    while (start - 1 >= floor && isNameToken(tokens[start - 1])) start--
  }
  // "… and (even) some engineers": the first conjunct, when it opens the sentence and is a noun phrase.
  let and = start - 1
  if (and >= floor && tokens[and]!.lower === 'even') and--
  if (and - 1 >= floor && tokens[and]!.lower === 'and' && and - floor <= MAX_CONJUNCT && isConjunct(tokens, floor, and)) return floor
  return start
}

/**
 * Whether `from`–`to` is a noun phrase that may be coordinated with a
 * subject: names after an optional determiner ("The Harbour Board",
 * "Politicians"), or a determiner and people ("Her directors").
 */
function isConjunct(tokens: Token[], from: number, to: number): boolean {
  let i = from
  if (DETERMINERS.has(tokens[i]!.lower) || POSSESSIVES.has(tokens[i]!.lower)) i++
  if (i >= to) return false
  let names = true
  for (let k = i; k < to; k++) if (!isNameToken(tokens[k])) names = false
  if (names) return true
  return i > from && to - i === 1 && BARE_SPEAKER_NOUNS.has(tokens[i]!.lower)
}

/** Most tokens of a first conjunct taken into a subject ("The Harbour Board's ferry crews" is 4). */
const MAX_CONJUNCT = 4

/** Tokens other than words that may stand inside an appositive role: "Moss' campaign manager", "Sen. Ivo Brandt (R-Tex.)", "AT&T", "$15". */
/** Participles that give a thing its name in marks: "titled “Unifier?”", "called “Gull”". */
const NAMING_PARTICIPLES = new Set(['titled', 'entitled', 'called', 'named', 'dubbed', 'headlined'])
/** Marks that may end a title in marks: "“Unifier?”". */
const TITLE_ENDS = new Set(['?', '!'])

const ROLE_PUNCTUATION = new Set(['-', '’s', "'s", "'", '’', '(', ')', '&', '/', '$', '%'])

/**
 * "Lavrov, Russia's foreign minister, said": the phrase before the comma
 * that opens the role, and the role. A place or an age standing between
 * commas is stepped over to the name before it: "Paul Okafor, a driver
 * from Ava, Mo., who …, said", "Ada Holm, 30, of Tarn, said".
 */
function appositive(tokens: Token[], comma: number, floor: number, marksInRole = false, nested = false): Phrase | undefined {
  let open = comma - 1
  let first = true
  for (;;) {
    // ("The ad, titled “Unifier?”, concludes": a title in marks after a naming participle, the comma outside its mark.)
    let titled = false
    while (open >= floor && comma - open <= MAX_ROLE_TOKENS && tokens[open]!.value !== ',') {
      // ("the pilot known as “Gull,” stated": a nickname in marks may end the role, when the comma sits inside its mark.)
      const mark = OPENING_MARKS.has(tokens[open]!.value) || CLOSING_MARKS.has(tokens[open]!.value)
      if (!tokens[open]!.word && !ROLE_PUNCTUATION.has(tokens[open]!.value) && !(marksInRole && mark)) {
        if (!first || !(mark || TITLE_ENDS.has(tokens[open]!.value))) return undefined
        titled = true
      }
      open--
    }
    if (open < floor || tokens[open]!.value !== ',' || comma - open < 2) return undefined
    if (titled && !NAMING_PARTICIPLES.has(tokens[open + 1]!.lower)) return undefined
    // "Pilots interviewed at the rallies this week, including Mr. Brandt, said": the members named after "including"; the
    // subject is the whole phrase before them, back to the sentence's start or a comma.
    // (Not before "who", which hangs on the members: "residents, including Ada Holm, who said …".)
    if (first && INCLUDING.has(tokens[open + 1]!.lower) && tokens[comma + 1]?.lower !== 'who') {
      const whole = phraseToComma(tokens, open, floor)
      if (whole) return {...whole, role: [open + 1, comma]}
    }
    // "Officials familiar with the inquiry, speaking to the Ledger, said", "Brandt, reached by phone, said": the
    // subject is the phrase before the speaker's act between commas, read as before a cue. (The act keeps the place of a
    // role, so that the clause around it is read the same; it names no role: see `actAside`.)
    // (Once: an act before an act is read no further, so that a run of them stays linear.)
    if (first && actAside(tokens, open + 1)) {
      if (nested) return undefined
      // ("Ada Holm, a pilot from Tarn, speaking to reporters, said", "Ada Holm, 45, speaking …": a role or an age before the act.)
      const role = appositive(tokens, open, floor, false, true)
      if (role) return {...role, role: role.role ?? [open + 1, comma]}
      const before = phraseBefore(tokens, open, floor, true)
      // (Not a place that ends a longer phrase: "officials familiar with the yard in Veld, Ohio, speaking …".)
      if (before === undefined || before === 'coordinated' || isPlaceOrAge(tokens, before, open)) return undefined
      return {...before, role: [open + 1, comma]}
    }
    // "Sen. Ivo Brandt (R-Tex.), a candidate, said"
    const end = skipParenthesis(tokens, open, floor) ?? open
    let phrase = collectBackward(tokens, end, floor)
    // ("Holm’s aide to the board, Ivo Brandt, said": a title's complement belongs to it.)
    if (phrase) phrase = titleHead(tokens, phrase, floor) ?? phrase
    // "Brandt, meanwhile, said", "Brandt, meanwhile, who …, said": a sentence adverb between commas is no role; the subject is before it.
    if (first && open + 2 === comma && isLoneAdverb(tokens[open + 1]!)) return phrase && isSpeakerPhrase(tokens, phrase) ? phrase : undefined
    if (phrase && phrase.to - phrase.from === 1 && phrase.to === end && isLoneAdverb(tokens[phrase.from]!) && tokens[phrase.from - 1]?.value === ',') {
      phrase = collectBackward(tokens, phrase.from - 1, floor)
    }
    // ("China, Delta's only ally, said": a country opening the sentence is the subject, not the end of a town's place.)
    const place = phrase !== undefined && isPlaceOrAge(tokens, phrase, end) && !(opensSentence(tokens, phrase.from, floor) && isPlaceName(tokens, phrase.from, phrase.to))
    // "Kolb's press secretary, Mira Stone, said", "two members of Congress from Tarn, Ada Holm and Ivo Brandt, said": the names are between the commas.
    if (phrase && first && (place || !isCapitalized(tokens[phrase.to - 1])) && !isPlaceOrAge(tokens, {from: open + 1, to: comma}, comma)) {
      let names = true
      for (let i = open + 1; i < comma && names; i++) if (!isNameToken(tokens[i]) && !(tokens[i]!.lower === 'and' && i > open + 1)) names = false
      if (names) return {from: open + 1, to: comma, role: [phrase.from, phrase.to]}
    }
    if (phrase && !place && isSpeakerPhrase(tokens, phrase) && !hasPredicate(tokens, open + 1, comma)) {
      return {from: phrase.from, to: phrase.to, role: [open + 1, comma]}
    }
    // "Ada Holm, whose hometown, Veld, is expected to flood, argues": a relative clause with commas of its own.
    if (!place) return first ? relativeAppositive(tokens, comma, floor) : undefined
    first = false
    open--
  }
}

/** Words after a number that make it a share of people: "eight in 10", "16 percent of", "40% of". */
const SHARE_WORDS = new Set(['in', 'percent', '%', 'of', 'per'])

/** Words that open a list of members after a group: "Six newspapers, including the Tarn Ledger, said". */
const INCLUDING = new Set(['including', 'among'])
/** Most words of a group read back to its comma before "including". */
const MAX_GROUP_WORDS = 12

/**
 * The words from the sentence's start (or a comma) to the comma at `comma`, as one phrase of people or a group: a
 * determiner, a number, a capitalised word or a plural of people first, and no verb of a clause among them.
 */
function phraseToComma(tokens: Token[], comma: number, floor: number): Phrase | undefined {
  let start = comma
  while (start - 1 >= floor && comma - start < MAX_GROUP_WORDS && tokens[start - 1]!.word) start--
  if (start === comma || comma - start >= MAX_GROUP_WORDS || (start > floor && tokens[start - 1]!.value !== ',')) return undefined
  while (start < comma && (CONJUNCTIONS.has(tokens[start]!.lower) || SENTENCE_ADVERBS.has(tokens[start]!.lower))) start++
  // (No verb of a clause: a finite form, or a past form with its object, "The council heard from residents", "Holm thanked the
  // pilots"; a participle that modifies the group may stand, "pilots interviewed at the rallies".)
  for (let i = start; i < comma; i++) {
    const token = tokens[i]!
    if (!token.word || MODALS.has(token.value) || AUXILIARIES.has(token.lower)) return undefined
    if ((IRREGULAR_PAST.has(token.lower) || (token.lower.endsWith('ed') && token.value === token.lower)) && !PARTICIPLE_AGENTS.has(tokens[i + 1]?.lower ?? '')) return undefined
  }
  const first = tokens[start]
  // (Nor an opening phrase: "On Monday the harbour pilots, including …".)
  if (!first || INTRO_PREPOSITIONS.has(first.lower) || SUBORDINATORS.has(first.lower)) return undefined
  if (!(DETERMINERS.has(first.lower) || isNumber(first) || isCapitalized(first) || PLURAL_QUANTIFIER_WORDS.has(first.lower))) return undefined
  return {from: start, to: comma}
}

/** Prepositions after a participle that modifies a group: "pilots interviewed at the rallies", "clerks hired by the port". */
const PARTICIPLE_AGENTS = new Set(['at', 'by', 'in', 'on', 'for', 'from', 'during', 'across'])

/** Quantifiers that open a group: "Numerous pilots", "Several clerks". */
const PLURAL_QUANTIFIER_WORDS = new Set(['numerous', 'several', 'many', 'some', 'most', 'few', 'dozens', 'hundreds', 'thousands'])

/** Adverbs that stand alone between commas after a subject: "Brandt, meanwhile, said". */
const LONE_ADVERBS = new Set([...SENTENCE_ADVERBS, 'too', 'though', 'also', 'then', 'now', 'later', 'earlier'])

function isLoneAdverb(token: Token): boolean {
  return token.word && (LONE_ADVERBS.has(token.lower) || (isAdverbForm(token.lower) && !isCapitalized(token)))
}

/** Whether only sentence adverbs and conjunctions stand between `floor` and `index`: "Even China, …", "But China, …". */
function opensSentence(tokens: Token[], index: number, floor: number): boolean {
  for (let i = floor; i < index; i++) if (!SENTENCE_ADVERBS.has(tokens[i]!.lower) && !CONJUNCTIONS.has(tokens[i]!.lower)) return false
  return true
}

const PLACE_PREPOSITIONS = new Set(['of', 'from', 'in', 'near', 'outside', 'to', 'at'])

/** Words that open a relative clause inside a noun phrase. */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that'])

/** Words that open a clause inside a role, after which a verb is that clause's: "a pilot who has refused …", "a pilot since he was 19". */
const ROLE_CLAUSE_OPENERS = new Set([...RELATIVE_WORDS, 'where', 'when', 'since', 'because', 'after', 'before', 'while', 'until', 'as', 'if', ...PERSONAL_PRONOUNS, 'it'])

/**
 * Whether words between two commas hold a verb of their own before any
 * word that opens a clause inside them: "fares and timetables would be
 * the key themes" is a clause, no role ("a pilot who has refused to …" and
 * "a pilot since he was 19" are roles).
 */
function hasPredicate(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (!token.word) continue
    if (ROLE_CLAUSE_OPENERS.has(token.lower)) return false
    if (MODALS.has(token.value) || AUXILIARIES.has(token.lower)) return true
  }
  return false
}

/** "Mo.", "Ohio", "of Raleigh", "from Ava", "30": a segment of an appositive that names no one. */
function isPlaceOrAge(tokens: Token[], phrase: Phrase, end: number): boolean {
  if (phrase.to !== end) return false
  const before = tokens[phrase.from - 1]
  if (before && before.word && PLACE_PREPOSITIONS.has(before.lower)) return true
  if (isPlaceName(tokens, phrase.from, phrase.to)) return true
  return phrase.to - phrase.from === 1 && /^\d{1,3}$/.test(tokens[phrase.from]!.value)
}

/** Whether the words `from`–`to` name a US state ("Ohio", "Mo.") or a country. */
function isPlaceName(tokens: Token[], from: number, to: number): boolean {
  let text = tokens[from]!.value
  for (let i = from + 1; i < to; i++) text += ' ' + tokens[i]!.value
  return US_STATES.has(text) || COUNTRIES.has(text)
}

/** Most words of a state or a country read after a town ("New Hampshire", "N.C."). */
const MAX_PLACE_WORDS = 3

/**
 * One past a run of capitalised words at `start` (at most MAX_PLACE_WORDS,
 * before `limit`) that names a state or a country, or `start` when the run
 * names none: the "Ohio" of "In Akron, Ohio," and of "a pilot from Ava, Mo.".
 */
export function placeEnd(tokens: Token[], start: number, limit: number): number {
  let end = start
  while (end < limit && end - start < MAX_PLACE_WORDS && tokens[end]!.word && isCapitalized(tokens[end])) end++
  return end > start && isPlaceName(tokens, start, end) ? end : start
}

/**
 * Whether the lowercase -ing word at `index` opens an act of the speaker's ("adding that …", "pointing to the pier",
 * "praising “the port,”"), not a title ("acting director", "building inspector"): what follows it is a determiner, a
 * pronoun, a preposition, "that", a name or words in marks, never a lowercase noun of the title.
 */
export function opensAct(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (!token?.word || token.value !== token.lower || !isParticipleWord(token.lower)) return false
  // (A participle of speech is always an act: "adding pilots should stay ashore".)
  if (cueAt(tokens, index)) return true
  const next = tokens[index + 1]
  if (!next) return true
  if (!next.word) return OPENING_MARKS.has(next.value) || next.value === ',' || next.value === ':'
  return DETERMINERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower) || ACT_OPENERS.has(next.lower) || isCapitalized(next) || isAdverb(next)
}

/** Most tokens of a relative clause with commas of its own between a subject and its cue (22). */
const MAX_RELATIVE_APPOSITIVE = 22

/** The phrase before ", who …, …," or ", whose …, …," that ends at `comma`, with the clause as its role; else undefined. */
function relativeAppositive(tokens: Token[], comma: number, floor: number): Phrase | undefined {
  for (let i = comma - 1; i > floor && comma - i <= MAX_RELATIVE_APPOSITIVE; i--) {
    const token = tokens[i]!
    if (!token.word && token.value !== ',' && token.value !== "'s" && token.value !== '’s') return undefined
    if ((token.lower !== 'who' && token.lower !== 'whose') || tokens[i - 1]?.value !== ',') continue
    const phrase = collectBackward(tokens, i - 1, floor)
    return phrase && isSpeakerPhrase(tokens, phrase) && !SUBJECT_PRONOUNS.has(tokens[phrase.from]!.lower) ? {from: phrase.from, to: phrase.to, role: [i, comma]} : undefined
  }
  return undefined
}

/** An aside that is an act of the speaker's, not a role: "speaking to reporters", "reached by phone", "asked about the pier". */
export function actAside(tokens: Token[], index: number): boolean {
  if (INCLUDING.has(tokens[index]?.lower ?? '')) return false
  if (opensAct(tokens, index)) return true
  const token = tokens[index]
  return token?.word === true && token.value === token.lower && token.lower.length > 4 && token.lower.endsWith('ed') && AGENT_OPENERS.has(tokens[index + 1]?.lower ?? '')
}

/** Prepositions after a past participle that make it an act done to the speaker: "reached by phone", "asked about the pier". */
const AGENT_OPENERS = new Set(['by', 'about'])

/** Words after an -ing word that make it an act: a preposition or a clause's opener ("pointing to", "adding that"). */
const ACT_OPENERS = new Set(['that', 'to', 'at', 'for', 'with', 'about', 'on', 'in', 'from', 'out', 'up', 'back', 'how', 'why', 'what', 'whether', 'if'])

/** Prepositions a relative clause without "who" may end in: "the pilots I spoke with", "those we talked to". */
const STRANDED = new Set(['with', 'to', 'for', 'about'])
/** Most tokens of a time between a stranded preposition and the cue: "over the last couple of weeks" (6). */
const MAX_STRANDED_TIME = 6
/** Words of such a time: "this month", "over the last couple of weeks", "in recent days". */
const STRANDED_TIME = new Set(['this', 'last', 'past', 'recent', 'over', 'in', 'the', 'couple', 'of', 'few', 'several', 'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'recently', 'lately'])

/** A pronoun with its auxiliary: "I've", "we’d". */
const CONTRACTED_AUXILIARY = /^(?:i|we|they|you|he|she)['’](?:ve|d)$/

/** One past the stranded preposition of a relative clause without "who" that ends at `end`, a time allowed after it. */
function strandedEnd(tokens: Token[], end: number, floor: number): number | undefined {
  for (let i = end; i - 3 >= floor && end - i <= MAX_STRANDED_TIME; i--) {
    if (STRANDED.has(tokens[i - 1]!.lower) && i - 3 >= floor) return i
    if (!STRANDED_TIME.has(tokens[i - 1]!.lower)) return undefined
  }
  return undefined
}

/** Prepositions after a participle that follows its noun: "a document filed with the board", "a letter sent to pilots". */
const AFTER_POST_PARTICIPLE = new Set(['with', 'to', 'in', 'on', 'at', 'for', 'from', 'under', 'before'])

/**
 * Whether the token at `at` is a past participle after its noun, with a preposition after it that says where the text
 * went: "filed" in "a ferry survey filed with the board", "sent" in "charts mailed to the pier office". Not a participle
 * of making a text public ("a poll conducted for the Ledger", see TIME_PARTICIPLES) or one with its agent ("audio provided
 * by Tarn Radio" names who made it public), nor one after a pronoun or a relative ("charts she handed to the council", "crews who spoke to the Ledger"), nor a word
 * in -eed ("the speed").
 */
export function postParticiple(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1]
  if (!participleBeforePlace(tokens, at) || TIME_PARTICIPLES.has(tokens[at]!.lower)) return false
  if (!before?.word || DETERMINERS.has(before.lower) || isCapitalized(before) || PERSONAL_PRONOUNS.has(before.lower) || SUBJECT_PRONOUNS.has(before.lower) || RELATIVE_WORDS.has(before.lower)) return false
  // ("a claim lodged in Tarn by Ada Holm": an agent further on names whose text it is; see participleWithAgent.)
  return agentAt(tokens, at) === undefined
}

/** Whether the token at `at` is a lowercase past participle with one of AFTER_POST_PARTICIPLE after it: "filed with", "lodged in". */
function participleBeforePlace(tokens: Token[], at: number): boolean {
  const token = tokens[at]
  return token !== undefined && token.word && token.value === token.lower && !token.lower.endsWith('eed') && isPastForm(token.lower) && AFTER_POST_PARTICIPLE.has(tokens[at + 1]?.lower ?? '')
}

/** The "by" of an agent after the participle at `at`, within reach and before any punctuation: "filed in Veld by". */
function agentAt(tokens: Token[], at: number): number | undefined {
  for (let i = at + 2; i < tokens.length && i - at <= MAX_AGENT_REACH && tokens[i]!.word; i++) if (tokens[i]!.lower === 'by') return i
  return undefined
}

/** Whether the token at `at` is such a participle with its agent further on: "a claim lodged in Veld by Ada Holm". */
function participleWithAgent(tokens: Token[], at: number): boolean {
  if (!participleBeforePlace(tokens, at)) return false
  const by = agentAt(tokens, at)
  return by !== undefined && isNameToken(tokens[by + 1])
}

/** One past the agent's name after the "by" that follows `from` ("… by Ada Holm"), or undefined. */
function agentEnd(tokens: Token[], from: number, ceiling: number): number | undefined {
  let by = from
  while (by < ceiling && tokens[by]!.lower !== 'by') by++
  if (by >= ceiling) return undefined
  const end = nameRunForward(tokens, by + 1, ceiling)
  return end > by + 1 ? end : undefined
}
/** Most tokens from such a participle to a "by" that names its agent: "filed in the district court on Monday by" (7). */
const MAX_AGENT_REACH = 8

/** A past form: "closed", "said", "took" (a word in -ed of five letters or more, or an irregular past). */
function isPastForm(lower: string): boolean {
  return (lower.length > 4 && lower.endsWith('ed')) || IRREGULAR_PAST.has(lower)
}

function isPastVerb(token: Token): boolean {
  return token.word && token.value === token.lower && (token.lower.endsWith('ed') || IRREGULAR_PAST.has(token.lower))
}

/** Participles after a document that tell when it came out: "a poll released Monday", "a survey taken last week". */
export const TIME_PARTICIPLES: ReadonlySet<string> = new Set(['released', 'published', 'conducted', 'taken', 'issued', 'posted', 'aired', 'unveiled', 'completed', 'calculated'])
/** Words of a time after such a participle: "released on Monday", "taken last week", "published in May 2015". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tonight', 'last', 'this', 'next', 'on', 'in',
  'earlier', 'late', 'early', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'the', 'of'
])
/** Time words that cannot end a time: "released in", "taken last". */
const TIME_OPENERS = new Set(['last', 'this', 'next', 'on', 'in', 'earlier', 'late', 'early', 'the', 'of'])
/** Most words of the time after such a participle: "published on Sunday, May 8" has 4 before its comma. */
const MAX_DATED_WORDS = 4

/**
 * The span of "a poll released Sunday" and "a survey published in May 2015"
 * read from `start` to `to`: the participle's index (where the document's own
 * phrase ends) and one past its time; undefined when no participle is there
 * or a word that is no time follows it ("released by the board" names who).
 */
function datedTail(tokens: Token[], start: number, to: number, ceiling: number): {head: number; to: number} | undefined {
  for (let i = start + 1; i < to; i++) {
    if (!TIME_PARTICIPLES.has(tokens[i]!.lower)) continue
    let end = i + 1
    while (end < ceiling && end - i <= MAX_DATED_WORDS && tokens[end]!.word && (TIME_WORDS.has(tokens[end]!.lower) || /^\d/.test(tokens[end]!.value))) end++
    if (end < to || end === i + 1 || TIME_OPENERS.has(tokens[end - 1]!.lower)) return undefined
    return {head: i, to: end}
  }
  return undefined
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
    while (to < ceiling && to - start < MAX_MENTION_TOKENS && tokens[to]!.word && !STOPS.has(tokens[to]!.lower) && !MODALS.has(tokens[to]!.value)) {
      to++
      // "according to a Harbour Post/Tarn Radio poll": a slash joins two outlets.
      if (tokens[to]?.value === '/' && tokens[to + 1]?.word) to++
      // "the Delta Center for Civic Studies", "the Alliance to Save the Pier": a small word inside a name.
      if (NAME_JOINERS.has(tokens[to]?.lower ?? '') && isNameToken(tokens[to - 1]) && isNameToken(tokens[to + 1])) to++
    }
    to = postModifier(tokens, start, to, ceiling)
  } else {
    to = nameRunForward(tokens, start, ceiling)
    // "said Doyle and others", "said Holm and other pilots": a name and the people with it.
    if (tokens[to]?.lower === 'and' && to + 2 <= ceiling) {
      if (tokens[to + 1]?.lower === 'others') to += 2
      else if (tokens[to + 1]?.lower === 'other' && to + 3 <= ceiling && tokens[to + 2]?.word && isPeoplePlural(tokens[to + 2]!.lower)) to += 3
    }
  }
  // "according to a poll released Sunday", "said a survey published in May": a document and when it came out. The time
  // stays in the mention (the speaker is the poll, not Sunday); the words before the participle must name a speaker.
  const dated = datedTail(tokens, start, to, ceiling)
  if (dated) to = dated.to
  // "according to a poll last week", "said the ministry on Tuesday": a time after the phrase is no part of it.
  else while (to - start > 1 && (NOT_SPEAKERS.has(tokens[to - 1]!.lower) || TIME_TAIL.has(tokens[to - 1]!.lower)) && !isCapitalized(tokens[to - 1])) to--
  while (to - start > 1 && TIME_LEAD.has(tokens[to - 1]!.lower)) to--
  // "according to a poll released in Tarn", "according to a ferry survey filed with the board", "a letter sent to
  // pilots": the participle, left without its time, is no part of the name; what follows it says where the text went.
  if (!dated && to - start > 2 && (TIME_PARTICIPLES.has(tokens[to - 1]!.lower) || postParticiple(tokens, to - 1))) to--
  // ("according to a claim lodged in Veld by Ada Holm": with its agent further on, the phrase runs to the agent's name.)
  else if (!dated && to - start > 1 && participleWithAgent(tokens, to - 1)) to = agentEnd(tokens, to, ceiling) ?? to
  if (to === start) return undefined
  if (!isSpeakerPhrase(tokens, {from: start, to: dated?.head ?? to})) return undefined
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
    // ("said Mr. Brandt, adding that …", "said Holm, pointing to the pier": a participle opens the speaker's next act, no role;
    // "said Ada Holm, acting director of the port" is a title.)
    const participle = opensAct(tokens, to + 1)
    // ("The plan, said Ada Brandt, would cost too much": a verb after the comma goes on with the clause around the attribution.)
    const verb = isFiniteAuxiliary(role)
    // ("said the report, pilots were able to sail": a subject and its verb after the comma are a clause, no role; nor is a
    // setting, "said Ivo Brandt, with new crews on every pier". A relative clause is kept here, for where the phrase ends.)
    // (Only when the words before the attribution have no verb of their own, an opener the clause goes on from: "By contrast,
    // says Ivo Brandt, the small ferry is …"; after "That is the thing, said Ada Holm, the minister at the time the toll was
    // introduced" the words after the comma are a role. A coordinated clause, "said Ivo Brandt, but he has …", is the
    // writer's: the phrase still ends before it.)
    const clause = !RELATIVE_WORDS.has(role.lower) && !COORDINATING.has(role.lower) && holdsFinite(tokens, to + 2, end) && !finiteBefore(tokens, from)
    const setting = role.value === role.lower && SETTING_OPENERS.has(role.lower)
    // ("said Ivo Dear, TPU General Secretary.": a title in capitals ending the sentence is a role too.)
    if (!participle && !verb && !clause && !setting && (DETERMINERS.has(role.lower) || !isCapitalized(role) || end < ceiling || holdsTitleNoun(tokens, to + 1, end))) {
      phrase.role = [to + 1, end]
    }
  }
  return phrase
}

/** Words that approximate a share of those polled: "About 4 in 10", "nearly two in three". */
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'only', 'just', 'some', 'over', 'under', 'than'])
const COMPARATIVES = new Set(['more', 'less', 'fewer'])

/** Small words that stand inside a multi-word name between capitalised words. */
const NAME_JOINERS = new Set(['for', 'of', 'to', 'on', 'and'])

/** Words of a time that may trail a mention after a cue: "a poll last week", "the ministry this morning". */
const TIME_TAIL = new Set(['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night'])
/** Words that open such a time: "last", "this", "on". */
const TIME_LEAD = new Set(['last', 'this', 'next', 'on', 'late', 'early'])

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
export const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'governor', 'senator', 'secretary', 'minister', 'president', 'chairman', 'chairwoman', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'mayor', 'representative', 'leader', 'adviser', 'advisor', 'strategist', 'manager',
  'candidate', 'nominee', 'official', 'professor', 'attorney', 'general', 'commissioner', 'chief', 'executive',
  'analyst', 'economist', 'pollster', 'ambassador', 'judge', 'campaign', 'press', 'deputy', 'state', 'senior',
  'congressman', 'congresswoman', 'lawmaker', 'founder', 'co-founder', 'chair', 'head', 'aide', 'treasurer',
  'boss', 'member', 'front-runner', 'frontrunner', 'hopeful', 'scientist', 'ranking', 'writer', 'columnist', 'host',
  'anchor', 'reporter', 'editor', 'correspondent', 'researcher', 'fellow', 'lawyer', 'activist', 'organizer', 'coordinator',
  'partner', 'president-elect', 'superintendent', 'sheriff', 'chancellor', 'representative', 'delegate', 'surrogate',
  'constituent', 'supporter', 'backer', 'donor', 'volunteer', 'owner', 'resident', 'voter', 'organiser', 'spokesperson',
  'prosecutor', 'officer', 'veteran', 'captain', 'coach', 'author', 'businessman', 'businesswoman', 'master', 'pilot',
  'contributor', 'commentator'
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
  while (i < ceiling && i - from < MAX_TITLE_RUN && tokens[i]!.word && !isCapitalized(tokens[i]) && !STOPS.has(tokens[i]!.lower)) {
    // ("former secretary of state Ada Holm": "of" between two lowercase words of the title.)
    if (tokens[i]!.lower === 'of' && !(i > from && tokens[i + 1]?.word && !isCapitalized(tokens[i + 1]))) break
    // ("Holm appointed campaign manager Ivo Brandt", "Holm praises harbour master Ivo Brandt": a verb after the name.)
    if (i === from && (isVerbLike(tokens[i]!) || isPresentVerbForm(tokens[i]!))) break
    if (TITLE_NOUNS.has(tokens[i]!.lower)) title = true
    i++
  }
  // ("Former prosecutor and Tarn Mayor Ada Holm": a second title, capitalised, after "and".)
  if (title && i > from && tokens[i]?.lower === 'and' && isNameToken(tokens[i + 1])) return i + 1
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

/**
 * Who speaks through the cue at `cue`, read back to `from`: the phrase right
 * before it; for a participle after another cue and its comma ("…, Spicer
 * said, adding, “…”"), that cue's phrase; for a coordinated verb or a
 * participle with the sentence's subject ("Having announced that …, Judge
 * Quist said"), that subject, its opening phrase read up to `sentenceEnd`.
 */
export function subjectOfCue(tokens: Token[], cue: number, from: number, sentenceEnd = cue): Phrase | undefined {
  let mention = phraseBefore(tokens, cue, from)
  // "Ana Ruiz, who answered her door and said she …": a verb coordinated inside a relative clause has its "who".
  if (mention === 'coordinated' && (tokens[cue - 1]?.lower === 'and' || tokens[cue - 1]?.lower === 'but')) {
    const relative = relativeBefore(tokens, cue - 1, from)
    if (relative) return relative
  }
  // "Noting that …, the author made a point": a participle that opens the sentence has the subject after its clause (the
  // words up to it, it included, are read as the sentence's opener).
  const opener = tokens[cue]!.lower.endsWith('ing') && onlyConnectivesBefore(tokens, cue, from)
  if (mention === undefined && opener) mention = 'coordinated'
  // "…, Holm said, adding …", "…, Holm said at the time, adding …": the subject of the cue before the comma and its trailer.
  // ("…, Clinton said, while arguing …": a subordinator may stand between the comma and the participle.)
  // ("…, while also saying …": an adverb after the subordinator; "…, Holm told the hosts of “Morning Tide,” adding …": the comma
  // inside a closing mark.)
  const link = tokens[cue - 1] && (isAdverb(tokens[cue - 1]!) || tokens[cue - 1]!.lower === 'also') && PARTICIPLE_LINKS.has(tokens[cue - 2]?.lower ?? '') ? cue - 1 : cue
  const comma =
    tokens[cue - 1]?.value === ',' ? cue - 1
    : tokens[link - 2]?.value === ',' && PARTICIPLE_LINKS.has(tokens[link - 1]?.lower ?? '') ? link - 2
    : CLOSING_MARKS.has(tokens[cue - 1]?.value ?? '') && tokens[cue - 2]?.value === ',' ? cue - 2
    : undefined
  // "“…,” said Ines Varga, head of the ferry line, noting that …": the speaker of an inverted attribution before the comma
  // (read first: the name after "said" is no trailer).
  const inverted = mention === 'coordinated' && comma !== undefined ? invertedBefore(tokens, comma, from) : undefined
  const previousCue = mention === 'coordinated' && comma !== undefined && !inverted ? cueBeforeTrailer(tokens, comma, from) : undefined
  // ("“…,” Holm replied before adding that …": a link right after another cue, with no comma.)
  const linked = mention === 'coordinated' && comma === undefined && link - 2 > from && PARTICIPLE_LINKS.has(tokens[link - 1]?.lower ?? '') && cueAt(tokens, link - 2) ? link - 2 : undefined
  if (inverted) {
    mention = inverted
  } else if (linked !== undefined) {
    const previous = phraseBefore(tokens, linked, from)
    if (previous && previous !== 'coordinated') mention = previous
  } else if (previousCue !== undefined) {
    const previous = phraseBefore(tokens, previousCue, from)
    if (previous && previous !== 'coordinated') mention = previous
  }
  if (mention !== 'coordinated') return mention
  const subject = sentenceSubject(tokens, from, opener ? cue + 1 : cue, sentenceEnd)
  // (Not the participle itself, when the sentence past its clause is out of reach: "Conceding that …, “…”".)
  return subject && subject.from <= cue && subject.to > cue ? undefined : subject
}

/** Most words of a relative clause before a coordinated cue: "who opened the gate on Sunday morning and said" (12). */
const MAX_RELATIVE_REACH = 12

/** The "who" after a comma that opens the clause the conjunction at `and` sits in, read as a mention (see phraseBefore). */
function relativeBefore(tokens: Token[], and: number, from: number): Phrase | undefined {
  for (let i = and - 1; i > from && and - i <= MAX_RELATIVE_REACH; i--) {
    const token = tokens[i]!
    if (!token.word) return undefined
    if (token.lower === 'who' && tokens[i - 1]?.value === ',') {
      const relative = phraseBefore(tokens, i + 1, from)
      return relative && relative !== 'coordinated' ? relative : undefined
    }
  }
  return undefined
}

/** Most words of one item of a list after its comma: "the quay", "the old slipway" (4). */
const MAX_LIST_ITEM_WORDS = 4
/** How far after a list's comma its "and" or "or" may stand: "the pier, the quay, the shed and the gate" (12). */
const MAX_LIST_REACH = 12

/**
 * Whether the comma at `comma` separates items of a list ("the pier, the quay and the slipway were unsafe"): a short
 * phrase with no verb follows it up to the next comma or to an "and"/"or" that comes within reach.
 */
export function isListComma(tokens: Token[], comma: number, end: number): boolean {
  let i = comma + 1
  while (i < end && i - comma <= MAX_LIST_ITEM_WORDS && tokens[i]!.word && tokens[i]!.lower !== 'and' && tokens[i]!.lower !== 'or') {
    const lower = tokens[i]!.lower
    if (isPastForm(lower) || MODALS.has(tokens[i]!.value) || AUXILIARIES.has(lower)) return false
    i++
  }
  if (i === comma + 1 || i >= end) return false
  // ("… that the pier had failed, both pilots and clerks understood": the words before the comma are a clause, no item.)
  if (!itemBefore(tokens, comma)) return false
  if (tokens[i]!.lower === 'and' || tokens[i]!.lower === 'or') return true
  if (tokens[i]!.value !== ',') return false
  for (let k = i + 1; k < end && k - comma <= MAX_LIST_REACH; k++) if (tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or') return true
  return false
}

/** Whether the words before `comma`, back to a cue, "that" or punctuation, hold no verb: a list's item ("said the pier,"). */
function itemBefore(tokens: Token[], comma: number): boolean {
  for (let k = comma - 1; k >= 0 && comma - k <= MAX_LIST_ITEM_WORDS && tokens[k]!.word && tokens[k]!.lower !== 'that'; k--) {
    const token = tokens[k]!
    if (cueAt(tokens, k)) return true
    // (A form in -ed before a noun is its adjective: "retired pilots,"; one right before the comma is a verb: "had failed,".)
    if (token.value === token.lower && (AUXILIARIES.has(token.lower) || MODALS.has(token.lower) || (isPastForm(token.lower) && k === comma - 1))) return false
  }
  return true
}

/** Whether only conjunctions and sentence adverbs stand between `from` and `index`. */
function onlyConnectivesBefore(tokens: Token[], index: number, from: number): boolean {
  // (A few at most: a run of "and and and …" stays linear.)
  if (index - from > MAX_CONNECTIVES) return false
  for (let i = from; i < index; i++) if (!tokens[i]!.word || !(CONJUNCTIONS.has(tokens[i]!.lower) || SENTENCE_ADVERBS.has(tokens[i]!.lower))) return false
  return true
}

/** Most connectives that open a sentence before its opener or subject: "But then, …" (3). */
const MAX_CONNECTIVES = 3

/** Most words of a trailer between a cue and the comma before a participle: "said on a visit to the north quay" (6). */
const MAX_TRAILER_WORDS = 7
/** Subordinators between a comma and a participle that takes the sentence's subject: "…, Holm said, while arguing …". */
const PARTICIPLE_LINKS = new Set(['while', 'before', 'after', 'when'])
/** Most tokens from an inverted cue to the comma before a participle: "said Ines Varga, head of the Tarn Ferry Line" (8). */
const MAX_INVERTED_REACH = 16

/**
 * The speaker of an inverted attribution that ends at `comma`: "said Ines Varga, head of the ferry line," before
 * "noting that …". A finite cue within MAX_INVERTED_REACH tokens, crossing no marks, with a name phrase right after it.
 */
function invertedBefore(tokens: Token[], comma: number, from: number): Phrase | undefined {
  for (let i = comma - 1; i >= from && comma - i <= MAX_INVERTED_REACH; i--) {
    const token = tokens[i]!
    if (CLOSING_MARKS.has(token.value) || OPENING_MARKS.has(token.value)) return undefined
    if (!token.word || !INVERTING_CUES.has(token.lower) || tokens[i - 1]?.value !== ',' && !CLOSING_MARKS.has(tokens[i - 1]?.value ?? '')) continue
    const mention = phraseAfter(tokens, i + 1, comma + 1)
    // (The speaker and its role fill the words up to the comma: "said Peter Holm, chairman of the network,"; not "said the
    // fares were far too high for the pilots,", a clause.)
    const end = mention ? Math.max(mention.to, mention.role?.[1] ?? 0) : 0
    return mention && isSpeakerPhrase(tokens, mention) && end === comma ? mention : undefined
  }
  return undefined
}
/** Cues that invert after a quote or a clause: "…,” said Ines Varga". */
export const INVERTING_CUES: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'argued', 'stated', 'declared', 'announced', 'insisted', 'warned'])

/** Index of a cue right before `comma`, or a few words of trailer before it ("said at the time,"), crossing words only. */
function cueBeforeTrailer(tokens: Token[], comma: number, from: number): number | undefined {
  for (let i = comma - 1; i >= from && comma - 1 - i <= MAX_TRAILER_WORDS; i--) {
    const token = tokens[i]!
    // (A title in marks may end the trailer: "told the hosts of “Morning Tide,”".)
    if (!token.word && !OPENING_MARKS.has(token.value) && !CLOSING_MARKS.has(token.value)) return undefined
    if (!token.word) continue
    // (A finite verb of saying: "said", "continued", "tells"; not a noun that is a cue word too: "the chart show on Sunday,".)
    if ((INVERTING_CUES.has(token.lower) || token.lower === 'told' || token.lower === 'tells' || (token.lower.endsWith('ed') && !isCapitalized(token))) && cueAt(tokens, i)) return i
  }
  return undefined
}

/**
 * The subject of the sentence that starts at `from`: "In Guilin, Wang and
 * Lavrov accused …" → Wang and Lavrov. The opening phrase's comma is looked
 * for up to `end` (the sentence end, when the cue is inside that phrase:
 * "Having announced that …, Judge Quist said").
 */
export function sentenceSubject(tokens: Token[], from: number, to: number, sentenceEnd = to): Phrase | undefined {
  let start = datelineEnd(tokens, from, to)
  while (start < to && !tokens[start]!.word) start++
  while (start < to && start - from < MAX_CONNECTIVES && CONJUNCTIONS.has(tokens[start]!.lower)) start++
  // "Therefore, harbour pilots believe …", "Perhaps the crews …", "Even Mr. Brandt …": a sentence adverb before the subject.
  while (start < to && tokens[start]!.word && (SENTENCE_ADVERBS.has(tokens[start]!.lower) || isAdverbForm(tokens[start]!.lower) || (DEGREE_WORDS.has(tokens[start]!.lower) && isAdverbForm(tokens[start + 1]?.lower ?? '')))) {
    // ("Most importantly, …", "More recently, …": a degree word before the adverb.)
    if (DEGREE_WORDS.has(tokens[start]!.lower) && !isAdverbForm(tokens[start]!.lower)) start++
    start++
    if (tokens[start]?.value === ',') start++
  }
  start = timeOpenerEnd(tokens, start, to)
  // "Late last year the pilots …", "Reached by phone Holm said …": an opener of time or place, or a past participle, without its
  // comma ends after a few words, not at a comma far on.
  const short = start < to && (isTimeOrPlaceOpener(tokens, start) || PAST_PARTICIPLE_OPENERS.has(tokens[start]!.lower))
  if (short && !commaWithin(tokens, start, to, MAX_SHORT_OPENER)) start = shortOpenerEnd(tokens, start, to)
  else if (start < to && (INTRO_WORDS.has(tokens[start]!.lower) || isOpeningParticiple(tokens, start) || short)) {
    const limit = isOpeningParticiple(tokens, start) ? Math.max(to, sentenceEnd) : to
    let comma = start
    // ("Saying that the pier, the quay and the slipway were unsafe, Holm resigned": past a list's commas.)
    while (comma < limit && comma - start < 30 && (tokens[comma]!.value !== ',' || isListComma(tokens, comma, limit))) comma++
    // "When she came back she began by saying …": a short subordinate clause with no comma, its verb, then the subject.
    const unmarked = comma < limit && tokens[comma]!.value === ',' ? undefined : subjectAfterClause(tokens, start, limit)
    if (unmarked !== undefined) return {from: unmarked, to: unmarked + 1}
    if (comma < limit && tokens[comma]!.value === ',') {
      start = comma + 1
      // "Speaking on “Harbour Hour,” Holm said": the comma may sit inside a closing mark.
      while (start < limit && CLOSING_MARKS.has(tokens[start]!.value)) start++
      to = Math.max(to, Math.min(limit, start + MAX_MENTION_TOKENS))
    }
    // "In Aspen, Colo., the graduate …": a state or country after the town is still the opening phrase.
    start = afterPlace(tokens, start, to)
    // "At a rally in Tarnside, N.H., on Tuesday, Holm …": a time after the place, with its own comma.
    const time = timeBeforeComma(tokens, start, to)
    if (time !== start) {
      start = time
      to = Math.max(to, Math.min(limit, start + MAX_MENTION_TOKENS))
    }
    // "On Thursday, after staying silent all spring, Holm …": a second opener with its own comma.
    for (let second = 0; second < 2 && start < limit && (INTRO_WORDS.has(tokens[start]!.lower) || isOpeningParticiple(tokens, start)); second++) {
      let next = start
      while (next < limit && next - start < MAX_SECOND_OPENER && tokens[next]!.value !== ',' && (tokens[next]!.word || tokens[next]!.value === "'s" || tokens[next]!.value === '’s')) next++
      if (next >= limit || tokens[next]!.value !== ',') break
      start = next + 1
      to = Math.max(to, Math.min(limit, start + MAX_MENTION_TOKENS))
    }
  }
  const first = tokens[start]
  if (!first || !first.word) return undefined
  // "From London: “…”", "In Tarn:": an opening preposition with no comma after its phrase leaves no subject to read.
  if (INTRO_PREPOSITIONS.has(first.lower)) return undefined
  if (SUBJECT_PRONOUNS.has(first.lower)) return {from: start, to: start + 1}
  let end = start
  if (DETERMINERS.has(first.lower)) {
    end++
    while (end < to && end - start < 5 && tokens[end]!.word && !STOPS.has(tokens[end]!.lower) && !isVerbLike(tokens[end]!) && !opensObject(tokens, end) && !isPresentVerbAfterName(tokens, end) && !cueAfterSingular(tokens, end, start)) end++
    // "the crews fear the pier": a second article opens the object; the word before it is the verb.
    if (end - start >= 3 && opensObject(tokens, end)) end--
    // "The port's chief pilot shot back by saying …", "The Tarn harbour board cut back hours …": a particle ends no noun
    // phrase; it and its verb are the predicate, within the phrase read or right after it.
    if (end - start >= 4 && PHRASAL_PARTICLES.has(tokens[end - 1]!.lower)) end -= 2
    else if (end - start >= 3 && PHRASAL_PARTICLES.has(tokens[end]?.lower ?? '')) end -= 1
    if (tokens[end]?.lower === 'of' && isNameToken(tokens[end + 1])) {
      end++
      while (end < to && (isNameToken(tokens[end]) || (tokens[end]!.lower === 'and' && isNameToken(tokens[end + 1])))) end++
    }
  } else if (isNameToken(first)) {
    // "Former Secretary of State Ada Holm urged …", "Tarnside mayoral candidate Sen. Ivo Brandt criticized …"
    end = nameRunForward(tokens, start, to)
    // "Tarnside voters turned out": a name that qualifies a plural of people.
    // ("Tarn economists believe …": a plural that names people by their trade.)
    // ("European firms with listings on the Tarn exchange have objected": a plural of bodies or texts too.)
    if (end < to && tokens[end]!.word && isSpeakingPlural(tokens[end]!.lower)) end++
    // "Mr. Holm’s campaign chairman, Ivo Brandt, dismissed …": the subject is whom the name owns, here named after a comma.
    else if (end > start && isPossessive(tokens[end - 1]!.value)) return ownedSubject(tokens, start, end, Math.max(to, sentenceEnd))
  }
  // ("The Tarn board of trustees firmly reject …": a manner adverb before the verb is no part of the subject.)
  while (end - start > 1 && tokens[end - 1]!.value === tokens[end - 1]!.lower && isAdverbForm(tokens[end - 1]!.lower) && !LY_NOUNS.has(tokens[end - 1]!.lower)) end--
  if (end === start) return undefined
  const phrase = {from: start, to: end}
  return isSpeakerPhrase(tokens, phrase) ? phrase : undefined
}

/**
 * Whether the token at `at` is a cue in -s or -ed after a singular noun of the subject that starts at `start`, with no verb
 * after it: "brands" in "The quay boss brands such complaints as …", "suggests" in "The data suggests yearly growth".
 * (Not a plural noun before a verb: "The harbour reports show …".)
 */
function cueAfterSingular(tokens: Token[], at: number, start: number): boolean {
  const token = tokens[at]!
  const before = tokens[at - 1]!
  if (at - start < 2 || token.value !== token.lower || !(token.lower.endsWith('s') || token.lower.endsWith('ed')) || !cueAt(tokens, at)) return false
  if (!before.word || (before.lower.endsWith('s') && before.lower !== 'data' && !before.lower.endsWith('ss'))) return false
  const next = tokens[at + 1]
  return !(next?.word && (cueAt(tokens, at + 1) || isVerbLike(next) || MODALS.has(next.lower) || AUXILIARIES.has(next.lower)))
}

/** Most tokens of a second opener after the first one's comma: "after staying silent for most of the spring" (7). */
const MAX_SECOND_OPENER = 12

/** Most tokens of such a clause: "When the pilots returned from the quay" (7). */
const MAX_SUBORDINATE = 8

/**
 * The subject pronoun after a subordinate clause with no comma ("When she came back she began …"): a subordinator, a
 * past tense within MAX_SUBORDINATE tokens, then a subject pronoun. `undefined` when that is not the shape.
 */
function subjectAfterClause(tokens: Token[], start: number, to: number): number | undefined {
  if (!SUBORDINATORS.has(tokens[start]?.lower ?? '')) return undefined
  let verb = false
  for (let i = start + 1; i < to && i - start <= MAX_SUBORDINATE; i++) {
    const token = tokens[i]!
    if (!token.word) return undefined
    if (verb && SUBJECT_PRONOUNS.has(token.lower) && token.lower !== 'it') return i
    if (i > start + 1 && (token.lower.endsWith('ed') || IRREGULAR_PAST.has(token.lower))) verb = true
  }
  return undefined
}

/** Most words of a time between commas after an opener: "on Tuesday night" (3), "earlier this week" (3). */
const MAX_TIME_WORDS = 4

/** One past ", " after a short time phrase at `start` ("on Tuesday,", "last week,"), else `start`. */
function timeBeforeComma(tokens: Token[], start: number, to: number): number {
  const first = tokens[start]
  if (!first?.word || !(first.lower === 'on' || first.lower === 'last' || first.lower === 'earlier' || first.lower === 'this' || WEEKDAYS.has(first.lower))) return start
  let i = start + 1
  let time = WEEKDAYS.has(first.lower)
  while (i < to && i - start <= MAX_TIME_WORDS && tokens[i]!.word) {
    if (WEEKDAYS.has(tokens[i]!.lower) || TIME_AFTER_LATE.has(tokens[i]!.lower) || /^(?:week|month|year|weekend)$/.test(tokens[i]!.lower)) time = true
    i++
  }
  return time && tokens[i]?.value === ',' ? i + 1 : start
}

/** Words after "Late" or "Early" that make it a time opener: "Late last month, …", "Early on Tuesday, …". */
const TIME_AFTER_LATE = new Set(['last', 'this', 'next', 'on', 'in', 'yesterday', 'today', 'tonight', ...WEEKDAYS, 'morning', 'afternoon', 'evening', 'night'])

/** "Late last month, the company …", "Early on Tuesday, …", "Back on the quay, …": an opener of time or place before the subject. */
function isTimeOrPlaceOpener(tokens: Token[], start: number): boolean {
  const lower = tokens[start]!.lower
  // ("Back on the quay, he …", "Back in May, …": a return in place or time, up to its comma.)
  if (lower === 'back') return BACK_PREPOSITIONS.has(tokens[start + 1]?.lower ?? '')
  return (lower === 'late' || lower === 'early') && TIME_AFTER_LATE.has(tokens[start + 1]?.lower ?? '')
}

/** Longest opener of time or place, or past participle phrase, that needs no comma: "Late last year" (3), "Reached by phone" (3), "Back on the quay" (4). */
const MAX_SHORT_OPENER = 5

/** Past participles that open a sentence before its subject ("Reached by phone, Holm said"), like "Asked about …". */
const PAST_PARTICIPLE_OPENERS = new Set(['reached', 'contacted', 'pressed', 'questioned', 'interviewed', 'confronted', 'approached'])

/** Whether a comma stands within `window` tokens after `start`. */
export function commaWithin(tokens: Token[], start: number, to: number, window: number): boolean {
  for (let i = start; i < to && i - start <= window; i++) if (tokens[i]!.value === ',') return true
  return false
}

/**
 * One past a short opener with no comma: the opener word, then a time word
 * ("Late yesterday"), or a preposition or "last"/"this"/"next" with an
 * optional article and one more word ("Late last year", "Back in May",
 * "Back on the quay", "Reached by phone"); `start` when the words run out.
 */
function shortOpenerEnd(tokens: Token[], start: number, to: number): number {
  const word = tokens[start + 1]
  if (!word?.word) return start
  let i = start + 2
  if (!TAKES_ONE_MORE.has(word.lower)) return i < to ? i : start
  if (i < to && tokens[i]!.word && DETERMINERS.has(tokens[i]!.lower)) i++
  if (i < to && tokens[i]!.word) i++
  return i < to ? i : start
}

/** Words after an opener that take one more word: "Late last year", "Back in May", "Reached by phone". */
const TAKES_ONE_MORE = new Set(['on', 'in', 'at', 'by', 'from', 'during', 'before', 'when', 'last', 'this', 'next'])

/** Prepositions after "Back" that open a phrase before the subject: "Back on the quay,", "Back in May,". */
const BACK_PREPOSITIONS = new Set(['on', 'in', 'at', 'home', 'then', 'when', 'during', 'before', 'from'])

/** Most lowercase words of what a name owns before its name: "campaign chairman" (2), "longtime chief of staff" (4). */
const MAX_OWNED_WORDS = 4

/**
 * The subject after a possessive name at `start`–`end`: "Mr. Holm’s
 * campaign chairman, Ivo Brandt," → Ivo Brandt with that role; "Mr.
 * Holm’s aides" → the aides. `undefined` when what is owned is no noun
 * phrase (the possessive name is then no subject either).
 */
function ownedSubject(tokens: Token[], start: number, end: number, limit: number): Phrase | undefined {
  // "Holm’s not happy", "Holm’s been clear": "’s" is "is" or "has", and the name is the whole subject.
  const next = tokens[end]
  if (next?.word && (BETWEEN.has(next.lower) || isVerbLike(next) || next.lower.endsWith('ing'))) return {from: start, to: end}
  let owned = end
  while (owned < limit && owned - end < MAX_OWNED_WORDS && tokens[owned]!.word && !isCapitalized(tokens[owned]) && !STOPS.has(tokens[owned]!.lower) && !isVerbLike(tokens[owned]!)) owned++
  if (owned === end) return undefined
  if (tokens[owned]?.value === ',' && isNameToken(tokens[owned + 1])) {
    const nameEnd = nameRunForward(tokens, owned + 1, Math.min(limit, owned + 1 + MAX_MENTION_TOKENS))
    if (tokens[nameEnd]?.value === ',') return {from: owned + 1, to: nameEnd, role: [start, owned]}
  }
  const phrase = {from: start, to: owned}
  return isSpeakerPhrase(tokens, phrase) ? phrase : undefined
}

/**
 * Whether the words at `from` open a subject noun phrase, not an opening
 * phrase before the subject: "The board's spending", "These sources";
 * not "On Monday", "Asked whether …", "Yesterday", "Speaking to reporters".
 */
export function opensSubject(tokens: Token[], from: number): boolean {
  const first = tokens[from]
  if (!first || !first.word || INTRO_WORDS.has(first.lower) || SENTENCE_ADVERBS.has(first.lower) || CONJUNCTIONS.has(first.lower) || isOpeningParticiple(tokens, from)) return false
  return DETERMINERS.has(first.lower) || isNameToken(first)
}

/** Prepositions that open a sentence's opening phrase, never a subject's first word ("About 40 percent" may be one). */
const INTRO_PREPOSITIONS = new Set([
  'from', 'in', 'at', 'on', 'to', 'for', 'by', 'with', 'of', 'under', 'within', 'across', 'during', 'after', 'before', 'since',
  'despite', 'upon', 'without', 'unlike', 'throughout', 'among', 'inside', 'near', 'behind', 'between'
])

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
  // "Having announced …, Judge Ruiz said", "Being a mother, she …": perfect and passive participles.
  if ((first.lower === 'having' || first.lower === 'being') && next?.word && !isCapitalized(next)) return true
  if (!first.lower.endsWith('ing') || first.lower.length < MIN_PARTICIPLE_LENGTH || !next || !next.word || isCapitalized(next)) return false
  // ("this" is also in BETWEEN, as a word of time, so isVerbLike would take it for a verb.)
  if (OBJECTS_IN_S.has(next.lower)) return true
  return next.lower !== 'said' && next.lower !== 'says' && next.lower !== 'told' && !isVerbLike(next) && !next.lower.endsWith('s')
}

/** Words ending in -s that follow an opening participle ("Recognizing this, …", "Raising his voice, …") where a verb in -s follows a name ("Manning says"). */
const OBJECTS_IN_S = new Set(['this', 'his', 'its'])

/** "Moscow strongly denied": a lowercase -ly word between subject and cue. */
function isAdverb(token: Token): boolean {
  return token.lower.length > 4 && token.lower.endsWith('ly') && token.lower !== 'only'
}

/** Endings of -ly adverbs ("Finally", "Hastily", "Clearly", "Reportedly") that names ending in -ly rarely have ("Kelly", "Daly", "Schlafly", "Beverly", "Emily"). */
const ADVERB_ENDINGS = ['ally', 'ily', 'ely', 'arly', 'tly', 'ply', 'sly', 'ghly', 'wly', 'bly', 'dly', 'efly', 'mly', 'nly', 'gly', 'kly', 'fully']

/** Whether a capitalised word ending in -ly is an adverb that opens a sentence rather than a name. */
function isAdverbForm(lower: string): boolean {
  if (lower.length <= 5 || !lower.endsWith('ly')) return false
  for (const ending of ADVERB_ENDINGS) if (lower.endsWith(ending)) return true
  return false
}

/** Most words on either side of the "and" between two titles: "former deputy harbour master" (4 after it, 5 before it). */
const MAX_TITLE_SIDE = 5

/**
 * Where "The favourite and former harbour master" starts, when the "and" at `and` joins two titles of one person:
 * an article opens the first, at the sentence's start or after a comma; both are words with no verb; the second has no
 * article ("The pier closed and the mayor said" is two clauses). `undefined` otherwise.
 */
function coordinatedTitles(tokens: Token[], and: number, end: number, floor: number): number | undefined {
  if (end - and - 1 < 1 || end - and - 1 > MAX_TITLE_SIDE) return undefined
  for (let i = and + 1; i < end; i++) {
    const token = tokens[i]!
    if (!token.word || isVerbLike(token) || STOPS.has(token.lower) && token.lower !== 'of' || DETERMINERS.has(token.lower)) return undefined
  }
  // (The second title holds a title word: "former harbour master", "council chair".)
  if (!holdsTitleWord(tokens, and + 1, end)) return undefined
  for (let i = and - 1; i >= floor && and - i <= MAX_TITLE_SIDE; i--) {
    const token = tokens[i]!
    if (!token.word || isVerbLike(token)) return undefined
    if (ARTICLES.has(token.lower)) return i === floor || tokens[i - 1]?.value === ',' ? i : undefined
    if (STOPS.has(token.lower) && token.lower !== 'of') return undefined
  }
  return undefined
}

function isVerbLike(token: Token): boolean {
  return token.lower.endsWith('ed') || BETWEEN.has(token.lower) || IRREGULAR_PAST.has(token.lower)
}

/** Past tenses that are never participles, so never a noun's modifier: "reported the memo came a day after …". */
export const PAST_ONLY: ReadonlySet<string> = new Set(['came', 'went', 'began', 'ran', 'saw', 'knew', 'grew', 'drew', 'threw', 'flew', 'rose', 'fell', 'broke', 'chose', 'drove', 'wrote', 'spoke', 'took', 'gave', 'did', 'swore', 'shook'])
/** Past tenses not in -ed that end a subject read forwards: "A harbour executive spoke to the crews" (participles too: "made", "won"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  ...PAST_ONLY, 'made', 'met', 'won', 'lost', 'left', 'sent', 'brought', 'stood', 'sat', 'held', 'kept', 'got', 'led', 'paid', 'sought', 'dealt', 'sold', 'spent', 'built', 'heard',
  'fought', 'struck', 'taught', 'spent', 'bought', 'caught', 'felt', 'meant'
])

/** Most tokens a dateline takes before its dash: "SOUTH PORT TARN (Harbour Wire) —" is 7. */
const MAX_DATELINE_TOKENS = 10

/**
 * One past a dateline that opens the sentence ("Tarnside (Delta Wire) –
 * Mayor Ada Holm said …", "SOUTH PORT — …"): capitalised words, an
 * optional parenthesis and commas, then a dash. `from` when there is none,
 * so "Tarnside voters — most of them — said" keeps its subject.
 */
function datelineEnd(tokens: Token[], from: number, to: number): number {
  let i = from
  let words = 0
  let parenthesis = false
  while (i < to && i - from < MAX_DATELINE_TOKENS) {
    const token = tokens[i]!
    if (token.word) {
      if (!isCapitalized(token) || parenthesis) {
        if (!parenthesis) return from
      } else words++
    } else if (token.value === '(') parenthesis = true
    else if (token.value === ')') parenthesis = false
    else if (isDash(token)) return words > 0 && !parenthesis && i > from ? i + 1 : from
    else if (token.value !== ',' && token.value !== '.') return from
    i++
  }
  return from
}

/** Nouns of time that open a sentence before its subject: "Hours later, Holm said", "A few minutes later they …". */
const TIME_NOUNS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'moments', 'minute', 'hour', 'day', 'week', 'month', 'year', 'moment', 'time'])
const TIME_RELATIONS = new Set(['later', 'earlier', 'ago', 'after', 'before', 'afterward', 'afterwards'])

/**
 * One past a time phrase that opens a sentence ("Hours later,", "A few
 * minutes later", "Two days after the vote,", "Moments before"), or
 * `start` when there is none. With a comma the phrase runs to it; without
 * one it ends at its relation word.
 */
function timeOpenerEnd(tokens: Token[], start: number, to: number): number {
  let i = start
  while (i < to && i - start < 3 && tokens[i]!.word && (DETERMINERS.has(tokens[i]!.lower) || isNumber(tokens[i]) || tokens[i]!.lower === 'few' || tokens[i]!.lower === 'several')) i++
  if (i >= to || !TIME_NOUNS.has(tokens[i]!.lower) || !TIME_RELATIONS.has(tokens[i + 1]?.lower ?? '')) return start
  const relation = tokens[i + 1]!.lower
  // "Hours later, Holm …" and "A few minutes later they …": the phrase ends at its relation word (and its comma).
  if (relation !== 'after' && relation !== 'before') return tokens[i + 2]?.value === ',' ? i + 3 : i + 2
  // "Two days after the vote, Holm …": up to the comma of the prepositional phrase.
  let comma = i + 2
  while (comma < to && comma - i < MAX_TIME_OPENER && tokens[comma]!.value !== ',' && tokens[comma]!.word) comma++
  return comma < to && tokens[comma]!.value === ',' ? comma + 1 : start
}

/** Longest "Two days after the vote," opener, in tokens. */
const MAX_TIME_OPENER = 8

/** The phrase before a comma: a name with its appositive ("Ada Holm, a Tarn lawyer,") or a plain phrase. */
function appositiveOrPhrase(tokens: Token[], comma: number, floor: number): Phrase | undefined {
  return appositive(tokens, comma, floor) ?? collectBackward(tokens, comma, floor)
}

/** One past "Colo.," or "Ohio," or "France," at `start` (a place that ends an opening phrase), else `start`. */
function afterPlace(tokens: Token[], start: number, to: number): number {
  const end = placeEnd(tokens, start, to)
  return end > start && tokens[end]?.value === ',' ? end + 1 : start
}
