/**
 * Attribution cues: the verbs and phrases that say who said something.
 *
 * One named list, easy to extend: add the forms as they are written (no
 * stemming, so "states" the verb is listed and "States" the noun in
 * "United States" is only a cue when lowercase). Multi-word cues are listed
 * with a space: `according to`, `called for`.
 */
import {startsUppercase} from './tokens.js'

/** Nouns that "state" qualifies as an adjective: "state prosecutor", "state media", "state officials". */
const STATE_NOUNS: ReadonlySet<string> = new Set([
  'prosecutor', 'prosecutors', 'media', 'television', 'tv', 'radio', 'news', 'newspaper', 'officials', 'official', 'department',
  'agency', 'senator', 'senators', 'legislators', 'lawmakers', 'attorney', 'attorneys', 'auditor', 'police', 'troopers',
  'regulators', 'investigators', 'authorities', 'court', 'courts', 'party', 'governor', 'representative', 'treasurer',
  'broadcaster', 'press', 'election', 'elections', 'law', 'laws', 'employees', 'workers', 'government'
])

/** Verbs of saying: a speaker says a quote or a clause with them. */
export const SPEECH_CUES: readonly string[] = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  // "state" and "states" are mostly the noun in news ("five states hold primaries"): a cue only before "that" (CLAUSE_ONLY_CUES).
  'state', 'states', 'stated', 'stating',
  'write', 'writes', 'wrote', 'writing',
  'read', 'reads',
  'note', 'notes', 'noted', 'noting',
  'insist', 'insists', 'insisted', 'insisting',
  'warn', 'warns', 'warned', 'warning',
  'argue', 'argues', 'argued', 'arguing',
  'claim', 'claims', 'claimed', 'claiming',
  'ask', 'asks', 'asked', 'asking',
  'explain', 'explains', 'explained', 'explaining',
  'accuse', 'accuses', 'accused', 'accusing',
  'urge', 'urges', 'urged', 'urging',
  'declare', 'declares', 'declared',
  'announce', 'announces', 'announced',
  'reply', 'replies', 'replied',
  'respond', 'responds', 'responded',
  'recall', 'recalls', 'recalled',
  'interject', 'interjects', 'interjected', 'interjecting',
  'acknowledge', 'acknowledges', 'acknowledged',
  'admit', 'admits', 'admitted',
  'tweet', 'tweets', 'tweeted',
  'post', 'posted',
  'suggest', 'suggests', 'suggested',
  'predict', 'predicts', 'predicted',
  // "Tarnco forecast that earnings would fall", "The court ruled that …": a forecast and a ruling, only with their clause
  // (CLAUSE_ONLY_CUES). Not "rules" and "forecasts", nouns far more often ("The harbour rules are simple:").
  'forecast', 'forecasted', 'ruled',
  'complain', 'complains', 'complained',
  'concede', 'concedes', 'conceded',
  'counter', 'counters', 'countered',
  'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised',
  'stress', 'stresses', 'stressed',
  'repeat', 'repeats', 'repeated',
  'quip', 'quips', 'quipped',
  'joke', 'jokes', 'joked',
  'caution', 'cautions', 'cautioned',
  'observe', 'observes', 'observed',
  'remark', 'remarks', 'remarked',
  'testify', 'testifies', 'testified',
  'vow', 'vows', 'vowed',
  'pledge', 'pledges', 'pledged',
  'promise', 'promises', 'promised',
  'charge', 'charges', 'charged',
  'contend', 'contends', 'contended',
  'maintain', 'maintains', 'maintained',
  'assert', 'asserts', 'asserted',
  'allege', 'alleges', 'alleged',
  'deny', 'denies', 'denied',
  'confirm', 'confirms', 'confirmed',
  'report', 'reports', 'reported',
  'continue', 'continues', 'continued',
  'describe', 'describes', 'described',
  'reckon', 'reckons', 'reckoned',
  'demand', 'demands', 'demanded',
  'boast', 'boasts', 'boasted',
  'shout', 'shouts', 'shouted', 'shouting',
  'scream', 'screams', 'screamed', 'screaming',
  'chant', 'chanted', 'chanting',
  // Scorn: "mocked Holm for “having a rough week”", "decried the plan as “a gift”", "bemoaned a climate in which people “hate each other”".
  'mock', 'mocks', 'mocked', 'mocking', 'decry', 'decries', 'decried', 'decrying', 'bemoan', 'bemoans', 'bemoaned', 'bemoaning',
  'mention', 'mentions', 'mentioned',
  'insist', 'exclaim', 'exclaims', 'exclaimed',
  'conclude', 'concludes', 'concluded',
  'retort', 'retorts', 'retorted',
  'answer', 'answers', 'answered',
  'scoff', 'scoffs', 'scoffed',
  'wonder', 'wonders', 'wondered',
  'echo', 'echoes', 'echoed', 'echoing',
  'reiterate', 'reiterates', 'reiterated',
  'reveal', 'reveals', 'revealed',
  'recount', 'recounts', 'recounted',
  'muse', 'muses', 'mused',
  'whisper', 'whispers', 'whispered',
  'yell', 'yells', 'yelled',
  'cry', 'cries', 'cried',
  'lament', 'laments', 'lamented',
  'recommend', 'recommends', 'recommended',
  'estimate', 'estimates', 'estimated',
  'indicate', 'indicates', 'indicated',
  'hint', 'hints', 'hinted',
  'assure', 'assures', 'assured',
  'remind', 'reminds', 'reminded',
  'proclaim', 'proclaims', 'proclaimed',
  'criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticises', 'criticised', 'criticising',
  'agree', 'agrees', 'agreed',
  'find', 'finds', 'found',
  'show', 'shows', 'showed',
  // "a new poll showing that …", "emails showing that …": a participle of a finding (CLAUSE_ONLY_CUES).
  'showing',
  'according to',
  // "questioned whether the pier was safe": a question put (only before a question word: QUESTION_ONLY_CUES; "question" and
  // "questions" are nouns first).
  'questioned', 'questioning',
  // Participles of the cues above: "…, suggesting that …", "…, acknowledging that …" (CLAUSE_ONLY_CUES as their other forms).
  'suggesting', 'acknowledging', 'admitting', 'predicting', 'declaring', 'announcing', 'conceding', 'complaining', 'stressing',
  'emphasizing', 'emphasising', 'recalling', 'confirming', 'denying', 'promising', 'vowing', 'pledging', 'reiterating', 'revealing',
  'repeating', 'asserting', 'maintaining', 'contending', 'replying', 'responding', 'cautioning', 'boasting', 'lamenting', 'observing',
  'testifying', 'alleging', 'mentioning', 'joking', 'quipping', 'countering', 'proclaiming', 'estimating', 'indicating', 'hinting',
  'recommending', 'concluding', 'reminding', 'assuring', 'tweeting', 'reporting',
  // Praise and blame, with the one praised or blamed and what for (OBJECT_CLAUSE_CUES); not the forms that are nouns first
  // ("praise for", "thanks for", "attacks on").
  // (Not "attacked": armies and robbers attack more often than critics in news.)
  'praised', 'praises', 'praising', 'blamed', 'blames', 'blaming', 'thanked', 'thanking', 'slammed', 'slams', 'slamming',
  'condemned', 'condemns', 'condemning', 'denounced', 'denounces', 'denouncing',
  // "…,” Holm is quoted as saying.
  'quoted as saying',
  // Answers: "Holm shot back: “…”", "“…,” Brandt fired back."
  'shot back', 'fired back', 'hit back', 'snapped', 'snaps', 'chimed in', 'weighed in', 'piped up',
  'call for', 'calls for', 'called for', 'calling for',
  'call on', 'calls on', 'called on',
  'point out', 'points out', 'pointed out',
  'went on', 'goes on',
  // "as Ada Holm put it: “…”"
  'put it', 'puts it',
  // Naming cues (see NAMING_CUES): only ever attribute a fragment in marks.
  'call', 'calls', 'called', 'calling',
  'dub', 'dubs', 'dubbed', 'dubbing',
  'label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling',
  'brand', 'brands', 'branded', 'branding',
  'term', 'termed',
  'describing',
  'refer to', 'refers to', 'referred to', 'referring to'
]

/**
 * Cues that need a following clause to be attribution: "a poll found that
 * …" is, "police found the car" is not; "the report shows that …".
 */
export const CLAUSE_ONLY_CUES: ReadonlySet<string> = new Set([
  'forecast', 'forecasted', 'ruled',
  'find', 'finds', 'found', 'show', 'shows', 'showed', 'showing', 'agree', 'agrees', 'agreed',
  'confirm', 'confirms', 'confirmed', 'report', 'reports', 'reported', 'continue', 'continues',
  'continued', 'post', 'posted', 'charge', 'charges', 'charged', 'deny', 'denies', 'denied',
  'state', 'states', 'describe', 'describes', 'described', 'criticize', 'criticizes', 'criticized',
  'criticise', 'criticised', 'criticises', 'criticizing', 'criticising', 'mention', 'mentions', 'mentioned',
  'praised', 'praises', 'praising', 'blamed', 'blames', 'blaming', 'thanked', 'thanking', 'slammed', 'slams', 'slamming',
  'condemned', 'condemns', 'condemning', 'denounced', 'denounces', 'denouncing', 'demand', 'demands', 'demanded',
  'promise', 'promises', 'promised', 'maintain', 'maintains', 'maintained', 'went on', 'goes on',
  'observe', 'observes', 'observed', 'repeat', 'repeats', 'repeated', 'accuse', 'accuses', 'accused',
  'accusing', 'urge', 'urges', 'urged', 'urging', 'call on', 'calls on', 'called on', 'ask', 'asks', 'asked', 'asking',
  'add', 'adds', 'read', 'reads', 'write', 'writes', 'wrote', 'writing', 'tweet', 'tweets', 'claim', 'claims',
  'note', 'notes', 'remark', 'remarks', 'stress', 'stresses', 'counter', 'counters', 'joke', 'jokes', 'put it', 'puts it',
  // Verbs of manner and of answering: speech when they attribute words in marks ("“No,” she scoffed."), but their
  // object is rarely a clause ("he answered the phone", "the crowd yelled at him", "echoed the mood").
  'retort', 'retorts', 'answer', 'answers', 'answered', 'scoff', 'scoffs', 'scoffed', 'wonder', 'wonders', 'wondered',
  'shouting', 'scream', 'screams', 'screamed', 'screaming', 'interjecting', 'echoing', 'mock', 'mocks', 'mocked', 'mocking',
  'decry', 'decries', 'decried', 'decrying', 'bemoan', 'bemoans', 'bemoaned', 'bemoaning',
  'echo', 'echoes', 'echoed', 'muse', 'muses', 'mused', 'whisper', 'whispers', 'whispered', 'yell', 'yells', 'yelled',
  'cry', 'cries', 'cried', 'lament', 'laments', 'lamented', 'recount', 'recounts', 'recounted',
  // Verbs that report a finding only with "that": "revealed that …", not "revealed his plan".
  'reveal', 'reveals', 'revealed', 'recommend', 'recommends', 'recommended', 'estimate', 'estimates', 'estimated',
  'indicate', 'indicates', 'indicated', 'hint', 'hints', 'hinted', 'proclaim', 'proclaims', 'proclaimed',
  // "hit back at critics", "weighed in on the vote": their object is no clause.
  'shot back', 'fired back', 'hit back', 'snapped', 'snaps', 'chimed in', 'weighed in', 'piped up',
  'confirming', 'denying', 'promising', 'maintaining', 'observing', 'repeating', 'mentioning', 'joking', 'countering', 'revealing', 'recommending', 'estimating', 'indicating', 'hinting', 'proclaiming', 'lamenting', 'reporting', 'tweeting', 'recalling'
])

/**
 * Cues whose clause starts with their object: "urged it to rejoin the
 * treaty", "accused the council of neglect", "called for lifting the
 * tariffs". The word that must follow the object is given (`''`: none).
 */
export const OBJECT_CLAUSE_CUES: ReadonlyMap<string, string> = new Map([
  ['urge', 'to'], ['urges', 'to'], ['urged', 'to'], ['urging', 'to'],
  ['ask', 'to'], ['asks', 'to'], ['asked', 'to'], ['asking', 'to'],
  ['call on', 'to'], ['calls on', 'to'], ['called on', 'to'],
  ['accuse', 'of'], ['accuses', 'of'], ['accused', 'of'], ['accusing', 'of'],
  // "praised the board for cutting fares", "blamed the board for the delays", "condemned the plan as reckless".
  ['praised', 'for'], ['praises', 'for'], ['praising', 'for'], ['blamed', 'for'], ['blames', 'for'], ['blaming', 'for'],
  ['thanked', 'for'], ['thanking', 'for'], ['slammed', 'for'], ['slams', 'for'], ['slamming', 'for'],
  ['mocked', 'for'], ['mocks', 'for'], ['mocking', 'for'], ['decried', 'for'], ['decries', 'for'], ['decrying', 'for'],
  ['condemned', 'as'], ['condemns', 'as'], ['condemning', 'as'], ['denounced', 'as'], ['denounces', 'as'], ['denouncing', 'as'],
  // "criticised the board for raising fares": the one criticised and what for.
  ['criticize', 'for'], ['criticizes', 'for'], ['criticized', 'for'], ['criticise', 'for'], ['criticises', 'for'], ['criticised', 'for'], ['criticizing', 'for'], ['criticising', 'for'],
  ['call for', ''], ['calls for', ''], ['called for', ''], ['calling for', '']
])

/**
 * Naming cues: a speaker names something with words in marks ("Ruiz called
 * the plan “a gift to landlords”", "she described the vote as “a
 * disgrace”", "referred to him as “the professor”"). They make a partial
 * quote only, when an object stands between the cue and the mark; without
 * marks, or with nothing between ("a group called “Friends of the Dune”",
 * "the bridge, called “the Needle”"), they name things and are no cue.
 */
export const NAMING_CUES: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'dubbing', 'label', 'labels', 'labeled', 'labelled',
  'labeling', 'labelling', 'brand', 'brands', 'branded', 'branding', 'term', 'termed', 'describe', 'describes',
  'described', 'describing', 'refer to', 'refers to', 'referred to', 'referring to'
])

/** Cues that take a listener before the clause: "told reporters (that) …". */
export const LISTENER_CUES: ReadonlySet<string> = new Set([
  'tell', 'tells', 'told', 'telling', 'warn', 'warns', 'warned', 'warning', 'urge', 'urges',
  'urged', 'urging', 'ask', 'asks', 'asked', 'asking', 'accuse', 'accuses', 'accused', 'accusing',
  'remind', 'reminds', 'reminded', 'reminding', 'assure', 'assures', 'assured', 'assuring', 'call on', 'calls on', 'called on'
])

/** Possessive determiners: a noun phrase after one is someone's ("his aides", "their Tarn office"). */
export const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])
/** Articles and possessive determiners: they open a noun phrase ("the crowd", "his aides", "a Senate panel"). */
export const ARTICLES_AND_OWNERS: ReadonlySet<string> = new Set(['the', 'a', 'an', ...OWNERS])

/** Words after which a cue word is a noun ("the report", "his call for", "a warning"). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES_AND_OWNERS, 'this', 'that', 'these', 'those', 'whose'])
/** Adjective endings no noun or verb has: "famous", "careful", "stereotypical". */
const ADJECTIVE_ENDINGS = /(?:ous|ful|ical)$/
/** Adjectives that stand before a noun in news and never before a verb: "his recent claim", "a rare admission". */
const PRENOMINAL: ReadonlySet<string> = new Set([
  'recent', 'latest', 'new', 'first', 'previous', 'earlier', 'final', 'own', 'public', 'formal', 'official', 'brief', 'written',
  'joint', 'firm', 'firmest', 'strongest', 'sharpest', 'biggest', 'repeated', 'frequent', 'initial', 'original', 'second',
  'third', 'last', 'next', 'rare', 'unusual', 'explicit', 'blunt', 'stern', 'angry', 'surprise', 'private', 'key', 'main',
  'sharp', 'common', 'curt', 'terse', 'short', 'lengthy', 'long', 'stark', 'direct', 'vague', 'detailed', 'simple', 'quick',
  'far', 'apparent', 'obvious', 'clear', 'implicit', 'indirect', 'constant', 'veiled', 'thinly'
])

/**
 * Cue words that are also singular nouns. After "a" and one more word they
 * are the noun ("a sharp reply", "a rambling answer"): "a spokesman reply"
 * is no sentence, so the verb cannot stand there.
 */
const SINGULAR_NOUN_CUES: ReadonlySet<string> = new Set([
  'reply', 'answer', 'promise', 'pledge', 'claim', 'call', 'comment', 'remark', 'demand', 'report', 'tweet', 'note', 'request',
  'complaint', 'estimate', 'response', 'retort', 'plea', 'vow', 'boast', 'admission', 'announcement', 'statement'
])

/** Nouns of a number of people, after which a cue is the verb: "A dozen report that …", "a third claim …". */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['dozen', 'few', 'number', 'handful', 'majority', 'minority', 'third', 'quarter', 'half', 'lot', 'couple', 'score', 'hundred', 'thousand', 'million', 'fifth', 'tenth'])

/** Determiners of one thing: after one of them and a word, a cue of SINGULAR_NOUN_CUES is the noun. */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'every', 'each'])

/** Verb forms of cues that are never nouns (with every form ending in -ed): after "the official" they are the verb. */
const NEVER_NOUNS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'adds', 'warns', 'insists', 'argues', 'explains', 'asks', 'urges', 'declares'])
/** Base forms of verbs that are never nouns, which may follow a stranded preposition: "the pilots she spoke with say". */
const VERB_BASES: ReadonlySet<string> = new Set(['say', 'tell', 'write', 'add', 'insist', 'argue', 'explain', 'ask', 'urge', 'declare', 'suggest', 'agree', 'acknowledge', 'admit', 'predict', 'warn'])
/** Prepositions after which a cue word is a noun: "on state ballots", "in remarks to donors". ("to" opens an infinitive.) */
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'of', 'for', 'from', 'with', 'into', 'about', 'against', 'among', 'amid', 'over', 'under', 'without', 'through', 'during', 'despite', 'upon', 'via', 'between', 'toward', 'towards'])

/** Words that open a clause's subject: after one, a cue word is the verb ("a third say they …"). */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'he', 'she', 'we', 'i'])

/** Quantifiers after which a plural is a noun: "many promises", "several reports". */
const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'several', 'few', 'some', 'numerous', 'multiple', 'no', 'repeated', 'frequent', 'countless'])

/** Words of degree before an adjective: "most telling", "very revealing". */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'quite', 'rather'])

/** Articles: after one, a past participle and a singular cue word, the word is the noun ("the debunked claim"; not "those surveyed say"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/** Quantifiers that stand alone as a subject: "most state that …", "Both state that …". */
const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(['all', 'both', 'most', 'many', 'several', 'some', 'few'])
/** Forms of "be" before a progressive: "is showing", "was echoing". */
const PROGRESSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s'])
/** Nouns a participle of a cue describes: "pledged delegates". */
const DESCRIBED_NOUNS: ReadonlySet<string> = new Set(['delegate', 'delegates'])
/** "state" and "states", nouns as often as verbs. */
export const STATE_CUES: ReadonlySet<string> = new Set(['state', 'states'])
/** Words after which "state" and "states" are nouns: "the fifth state", "the other states", "swing states". */
const STATE_MODIFIERS: ReadonlySet<string> = new Set([
  'other', 'all', 'both', 'most', 'many', 'several', 'some', 'few', 'dozen', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'last', 'early', 'key', 'swing', 'battleground', 'border', 'member', 'home',
  'remaining', 'voting', 'opening', 'blue', 'red', 'purple', 'neighboring', 'neighbouring', 'united', 'individual', 'nation', 'sovereign'
])
/** Verbs right after a relative "that": "states that cast votes", "states that have", "states that will". */
const RELATIVE_VERBS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'was', 'will', 'would', 'can', 'could', 'held', 'hold', 'cast', 'vote', 'voted', 'lead', 'follow', 'precede', 'went', 'go', 'border'])

/** A past participle standing as an adjective between an article and a noun: "the debunked claim", "a leaked report". */
function isParticipleAdjective(lower: string): boolean {
  return lower.length > 5 && lower.endsWith('ed')
}

/** A bare number ("2014"), not a compound ("43-year-old", which may be a noun: "the 43-year-old asked"). */
function isDigit(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return value.length > 0
}
/** Verbs that follow a subject noun; a cue word right before one is that noun ("report said", "poll shows"). */
const FINITE_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'found', 'finds',
  'shows', 'showed', 'stated', 'concluded', 'concludes', 'warned', 'warns', 'argued', 'argues', 'read', 'reads'
])

/** Base forms of cues that are nouns as often: "show", "post", "report", "call", "claim", "note". */
const BASE_NOUN_CUES: ReadonlySet<string> = new Set(['show', 'post', 'report', 'call', 'claim', 'note', 'answer', 'reply', 'tweet', 'estimate', 'charge'])
/** Prepositions whose object an article and a noun may be, before the verb of the phrase they hang on: "Opponents of the plan claim". */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'behind', 'for', 'at', 'in', 'from', 'on', 'with', 'across', 'around'])
/** Plurals without -s that take a base form: "the people say", "the police report". */
const UNMARKED_PLURALS: ReadonlySet<string> = new Set(['people', 'police', 'staff', 'data', 'media', 'public', 'clergy'])

/** Forms of "add", which "up" after them makes a sum ("the sums don't add up"), and "to" a growth ("added to her lead"). */
export const ADD_FORMS: ReadonlySet<string> = new Set(['add', 'adds', 'added', 'adding'])

export interface CueMatch {
  /** The cue as listed (`'according to'`). */
  cue: string
  /** Number of tokens it covers. */
  length: number
}

// First word → cues that start with it, longest first, each with its match
// made once (`cueAt` runs on every token of every paragraph).
const byFirstWord = new Map<string, Array<{words: string[]; match: CueMatch}>>()
for (const cue of new Set(SPEECH_CUES)) {
  const words = cue.split(' ')
  const list = byFirstWord.get(words[0]!) ?? []
  list.push({words, match: {cue, length: words.length}})
  list.sort((a, b) => b.words.length - a.words.length)
  byFirstWord.set(words[0]!, list)
}

// The shape of every first word: its first and last code unit and its
// length, folded into 16 bits and marked in a table. A word whose shape is
// not marked starts no cue, which one byte read tells faster than looking
// the string up, or the shape up in a `Set` (most words: “the”, “of”,
// “was”). Two shapes may share a slot: the string lookup after it decides.
const shapes = new Uint8Array(0x10000)
for (const word of byFirstWord.keys()) shapes[shapeOf(word)] = 1

function shapeOf(word: string): number {
  const shape = ((word.charCodeAt(0) & 0x3ff) << 16) | ((word.charCodeAt(word.length - 1) & 0x3ff) << 6) | Math.min(word.length, 63)
  return (shape ^ (shape >>> 13)) & 0xffff
}

/** Whether some cue starts with `word` (lowercase): a cheap test before a block is tokenized at all. */
export function startsCue(word: string): boolean {
  return byFirstWord.has(word)
}

/**
 * The cue that starts at token `index` (lowercase words), if any.
 *
 * @param headline
 *   Read a title-case headline: a capitalised cue after a capitalised word
 *   ("Holm Says …") is a cue there, not part of a name.
 */
export function cueAt(words: ReadonlyArray<{lower: string; word: boolean; value?: string}>, index: number, headline = false): Readonly<CueMatch> | undefined {
  const first = words[index]
  if (!first || !first.word || shapes[shapeOf(first.lower)] === 0) return undefined
  const candidates = byFirstWord.get(first.lower)
  if (!candidates) return undefined
  // "The Washington Post reported", "the Cook Political Report": a capitalised cue after a capitalised word is part of a name.
  const before = words[index - 1] as {value?: string; word: boolean; lower: string} | undefined
  if (!headline && before?.word && before.value && startsUppercase(first.value ?? '') && startsUppercase(before.value)) return undefined
  // ("…, Harbour Voices, Demand Progress and …": so is one before a capitalised word, inside a sentence.)
  const after = words[index + 1] as {value?: string; word: boolean} | undefined
  if (!headline && (before?.word || before?.value === ',') && startsUppercase(first.value ?? '') && after?.word && startsUppercase(after.value ?? '')) return undefined
  // "the report", "his call for", "a warning", "their claims": after a determiner the word is a noun.
  // (Not a relative "that": "a sign that said", "a banner that read"; "said" is never a noun.)
  if (before?.word && NOUN_DETERMINERS.has(before.lower) && !(before.lower === 'that' && (NEVER_NOUNS.has(first.lower) || first.lower === 'read'))) return undefined
  const determiner = words[index - 2]
  const next = words[index + 1]
  // "a sharp reply", "one common saying" (not a share and its verb: "A dozen report that …", "a third claim they …").
  if (
    before?.word && determiner?.word && SINGULAR_DETERMINERS.has(determiner.lower) && !startsUppercase(before.value ?? '') &&
    SINGULAR_NOUN_CUES.has(first.lower) && !QUANTITY_NOUNS.has(before.lower) && !(next?.word && (PERSONAL_PRONOUNS.has(next.lower) || next.lower === 'that'))
  ) {
    return undefined
  }
  // "his famous demand", "her firmest promise", "a 2014 estimate": after a determiner and an adjective or a number, too.
  // Only a word that can be a noun: "the official said" is a noun and its verb ("said" is never a noun); and not before
  // a clause's subject: "a third say they …" is a share and its verb.
  if (
    before?.word && determiner?.word && (NOUN_DETERMINERS.has(determiner.lower) || determiner.lower === 'one') &&
    (ADJECTIVE_ENDINGS.test(before.lower) || PRENOMINAL.has(before.lower) || isDigit(before.lower) || (isParticipleAdjective(before.lower) && ARTICLES.has(determiner.lower) && SINGULAR_NOUN_CUES.has(first.lower))) &&
    !NEVER_NOUNS.has(first.lower) && !first.lower.endsWith('ed') && !(next?.word && PERSONAL_PRONOUNS.has(next.lower))
  ) {
    return undefined
  }
  // "20 pledged delegates", "pledged delegates": a participle before what it describes.
  // (Not a number that ends a name: "Channel 4 reported", "Section 12 stated".)
  if (first.lower.endsWith('ed') && ((before?.word && isDigit(before.lower) && before.lower.length !== 4 && !startsUppercase(determiner?.value ?? '')) || (next?.word && DESCRIBED_NOUNS.has(next.lower)))) return undefined
  // "the fifth state", "Most Southern states", "the two states that voted first": "state" and "states" are nouns after a
  // determiner, a number or an adjective of place, and before a relative "that" with its verb.
  // ("Both state that …", "most state that …": before "that" or a pronoun, the quantifier is the subject.)
  if (STATE_CUES.has(first.lower) && before?.word && (STATE_MODIFIERS.has(before.lower) || isDigit(before.lower) || /ern$/.test(before.lower)) && !(QUANTIFIER_SUBJECTS.has(before.lower) && next?.word && (next.lower === 'that' || PERSONAL_PRONOUNS.has(next.lower)))) return undefined
  if (STATE_CUES.has(first.lower) && next?.lower === 'that' && words[index + 2]?.word && RELATIVE_VERBS.has(words[index + 2]!.lower)) return undefined
  // ("state prosecutor Ada Holm told …", "state media said": a lowercase "state" before a noun of people or media qualifies it.)
  if (first.lower === 'state' && next?.word && STATE_NOUNS.has(next.lower)) return undefined
  // "the best showing", "her strong showing": "showing" after a determiner and an adjective is a noun; after an auxiliary it
  // is a main verb ("The cinema is showing that film", "The pier is showing signs that …"), as is "echoing" ("was echoing with").
  if (first.lower === 'showing' && before?.word && determiner?.word && ARTICLES_AND_OWNERS.has(determiner.lower) && !startsUppercase(before.value ?? '')) return undefined
  if ((first.lower === 'showing' || first.lower === 'echoing') && before?.word && PROGRESSIVE_AUXILIARIES.has(before.lower)) return undefined
  // "most telling", "very revealing": an -ing form after a degree word is an adjective, no cue.
  if (before?.word && DEGREE_WORDS.has(before.lower) && first.lower.endsWith('ing')) return undefined
  // "on state ballots", "in remarks to donors", "of reports that": after a preposition the word is a noun (an -ing form is
  // a gerund, "by saying"; "to" opens an infinitive; a verb that is never a noun follows a stranded preposition, "the
  // pilots she spoke with say").
  // (Nor an -ed form, a verb after a stranded preposition or an adjective that opens no attribution: "the people the
  // council relied on agreed that …".)
  if (before?.word && NOUN_PREPOSITIONS.has(before.lower) && !first.lower.endsWith('ing') && !first.lower.endsWith('ed') && !NEVER_NOUNS.has(first.lower) && !VERB_BASES.has(first.lower)) return undefined
  // "many promises", "several reports", "some claims": a plural cue word after a quantifier is a noun.
  if (before?.word && PLURAL_QUANTIFIERS.has(before.lower) && first.lower.endsWith('s') && !NEVER_NOUNS.has(first.lower)) return undefined
  // "The most telling promise", "a very revealing answer": after a degree word and an -ing adjective, a noun.
  const third = words[index - 3]
  if (before?.word && determiner?.word && DEGREE_WORDS.has(determiner.lower) && before.lower.endsWith('ing') && third?.word && NOUN_DETERMINERS.has(third.lower) && SINGULAR_NOUN_CUES.has(first.lower)) return undefined
  // "the report said", "the poll shows": a noun standing as subject before the verb that is the cue.
  if (next?.word && FINITE_SPEECH_VERBS.has(next.lower)) return undefined
  // "the radio show", "a blog post", "the news report": a base form after an article and a singular noun is a compound
  // noun; the verb would agree ("the poll shows"). (Not after a plural of people without -s: "the people say", "police say".)
  // (Not after a preposition's object, "Opponents of the plan claim", nor before a clause's subject, "The pair claim it …".)
  if (
    BASE_NOUN_CUES.has(first.lower) && before?.word && determiner?.word && ARTICLES.has(determiner.lower) && !startsUppercase(before.value ?? '') &&
    !before.lower.endsWith('s') && !UNMARKED_PLURALS.has(before.lower) && !QUANTITY_NOUNS.has(before.lower) &&
    !(third?.word && OBJECT_PREPOSITIONS.has(third.lower) && words[index - 4]?.word === true && words[index - 4]!.lower.endsWith('s')) && !(next?.word && (PERSONAL_PRONOUNS.has(next.lower) || next.lower === 'it' || next.lower === 'that') && (third === undefined || !third.word))
  ) {
    return undefined
  }
  // "the sums don't add up": a sum, no speech.
  if (next?.lower === 'up' && ADD_FORMS.has(first.lower)) return undefined
  for (const candidate of candidates) {
    let ok = true
    for (let k = 1; k < candidate.words.length; k++) {
      const token = words[index + k]
      if (!token || token.lower !== candidate.words[k]) {
        ok = false
        break
      }
    }
    // Shared between calls: callers only read it.
    if (ok) return candidate.match
  }
  return undefined
}
