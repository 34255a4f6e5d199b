/**
 * Word lists for the statements pass, compiled once.
 *
 * Every list is lowercase and matched against single tokens (see
 * `tokens.ts`), so no regular expression here can backtrack: the only
 * expressions are plain alternations of literals.
 */

/**
 * Head nouns of issued documents. `communiqu&#233;` is how some scraped
 * archives spell “communiqué” (BBC 2004: “the G7 communiqu&#233; stressed …”).
 * Plurals are left out on purpose: “in separate statements” is several
 * documents the text never tells apart.
 */
export const documentNoun =
  /\b(?:communiqu(?:e|é|&#233;|&eacute;)|statement|declaration|press\s+release|readout)(?![\p{L}\p{N}-])/giu

/** `documentNoun` anchored where it starts (sticky), tried only where `documentStem` found a candidate. */
const documentNounAt = new RegExp(documentNoun.source, 'iuy')

/**
 * The first word of each `documentNoun` alternative, with the same flags so
 * that it matches wherever `documentNoun` does. Finding these plain words
 * first and trying the full expression only there is a third of the time of
 * running the full expression over the text (measured on the BBC set), which
 * mentions a document noun in few articles.
 */
const documentStem = /communiqu|statement|declaration|press|readout/giu

/** Every `documentNoun` match in `text`, in order: the same matches as `documentNoun.exec` in a loop. */
export function findDocumentNouns(text: string): Array<{index: number; value: string}> {
  const found: Array<{index: number; value: string}> = []
  documentStem.lastIndex = 0
  let stem: RegExpExecArray | null
  while ((stem = documentStem.exec(text))) {
    documentNounAt.lastIndex = stem.index
    const match = documentNounAt.exec(text)
    if (!match) {
      documentStem.lastIndex = stem.index + 1
      continue
    }
    found.push({index: stem.index, value: match[0]})
    documentStem.lastIndex = stem.index + match[0].length
  }
  return found
}

/** Nouns that name an issued document whatever the context (“the communiqué urged …”). */
export const alwaysDocument = new Set(['communique', 'press release', 'readout'])

/** Verbs of saying: what follows them is the reported clause (“the statement said no country should …”). */
export const sayVerbs = new Set([
  'said', 'says', 'say', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'read', 'reads',
  'declared', 'declares', 'announced', 'announces', 'stressed', 'stresses', 'insisted', 'insists',
  'warned', 'warns', 'argued', 'argues', 'claimed', 'claims', 'affirmed', 'affirms', 'reaffirmed',
  'reaffirms', 'pledged', 'pledges', 'acknowledged', 'acknowledges', 'confirmed', 'confirms',
  'explained', 'explains', 'continued', 'continues', 'concluded', 'concludes', 'emphasized',
  'emphasised', 'emphasizes', 'emphasises', 'underlined', 'underlines', 'maintained', 'maintains',
  'suggested', 'suggests', 'indicated', 'indicates', 'observed', 'observes', 'asserted', 'asserts',
  'reiterated', 'reiterates', 'agreed', 'agrees', 'vowed', 'vows', 'promised', 'promises',
  'recognized', 'recognised', 'recognizes', 'recognises', 'wrote', 'writes', 'told', 'tells'
])

/**
 * Verbs whose object carries the content (“the statement called for lifting
 * the tariffs”): the whole sentence is the paraphrase, so a reported
 * excerpt takes the sentence, not the words after the verb.
 */
export const actionVerbs = new Set([
  'called', 'calls', 'urged', 'urges', 'expressed', 'expresses', 'welcomed', 'welcomes',
  'condemned', 'condemns', 'criticized', 'criticised', 'criticizes', 'criticises',
  'congratulated', 'congratulates', 'rejected', 'rejects', 'denied', 'denies', 'described',
  'describes', 'praised', 'praises', 'demanded', 'demands', 'proposed', 'proposes', 'outlined',
  'outlines', 'highlighted', 'highlights', 'committed', 'commits', 'opposed', 'opposes',
  'supported', 'supports', 'endorsed', 'endorses', 'accused', 'accuses', 'blamed', 'blames',
  'detailed', 'details', 'listed', 'lists', 'set', 'sets', 'mentioned', 'mentions', 'talked',
  'played', 'gave', 'gives', 'denounced', 'denounces', 'hailed', 'hails', 'deplored', 'deplores',
  'reaffirmed', 'stopped', 'fell', 'made', 'did', 'pointed', 'points', 'cited', 'cites', 'referred',
  'refers', 'envisaged', 'envisages', 'committed', 'sought', 'seeks', 'asked', 'asks', 'offered',
  'offers', 'backed', 'backs', 'named', 'names', 'apologized', 'apologised', 'apologizes',
  'apologises', 'thanked', 'thanks', 'declined', 'declines', 'signalled', 'signaled', 'signals', 'repeated', 'repeats'
])

/** -ing forms that carry the content after “issued a statement …” (“… saying it took the action”). */
export const sayingForms = new Set(['saying', 'stating', 'declaring', 'announcing', 'noting', 'adding', 'confirming', 'insisting', 'warning', 'claiming', 'explaining'])

/** -ing forms whose phrase is itself the paraphrase (“put out a statement expressing regret …”). */
export const actionForms = new Set([
  'calling', 'urging', 'expressing', 'welcoming', 'condemning', 'criticizing', 'criticising',
  'praising', 'demanding', 'rejecting', 'denying', 'accusing', 'outlining', 'apologizing',
  'apologising', 'distancing', 'pledging', 'vowing', 'promising', 'supporting', 'backing',
  'endorsing', 'thanking', 'describing', 'setting', 'detailing', 'highlighting', 'announcing',
  'reaffirming', 'stressing', 'emphasizing', 'emphasising', 'underlining', 'committing', 'opposing'
])

/** Adverbs that may stand between a subject and its cue (“the communiqué also urged …”). */
export const cueAdverbs = new Set(['also', 'further', 'then', 'later', 'however', 'explicitly', 'specifically', 'simply', 'only', 'merely', 'clearly', 'jointly', 'separately', 'earlier', 'reportedly', 'apparently', 'had', 'has', 'have'])

/** Verbs of issuing: their object is an issued document (“issued a statement”, “signed a joint declaration”). */
export const issueVerbs = new Set([
  'issued', 'issue', 'issues', 'issuing', 'released', 'release', 'releases', 'releasing',
  'published', 'publish', 'publishes', 'publishing', 'signed', 'sign', 'signs', 'signing',
  'adopted', 'adopt', 'adopts', 'adopting', 'sent', 'send', 'sends', 'sending', 'circulated',
  'circulate', 'circulates', 'circulating', 'approved', 'approve', 'approves', 'approving',
  'unveiled', 'unveil', 'unveils', 'unveiling', 'posted', 'post', 'posts', 'posting', 'produced',
  'produce', 'produces', 'producing', 'agreed', 'drafted', 'draft', 'drafts', 'drafting',
  'delivered', 'deliver', 'delivers', 'endorsed', 'emailed', 'faxed', 'distributed', 'out',
  // “The two presidents read a joint statement …” (read out); “‘…,’ read the statement” is caught first as inverted.
  'read'
])

/**
 * Participles that end the title and may introduce the issuers
 * (“a statement issued by the ministry”, “a joint statement on water
 * security released after the talks”).
 */
export const participles = new Set([
  'issued', 'released', 'published', 'signed', 'adopted', 'sent', 'circulated', 'approved',
  'unveiled', 'posted', 'produced', 'agreed', 'drafted', 'delivered', 'endorsed', 'emailed',
  'faxed', 'distributed', 'put', 'made', 'carried', 'recorded', 'read'
])

/** Verbs that turn “a statement” into a speech act, not an issued document (“made a statement with his feet”). */
export const makeVerbs = new Set(['make', 'makes', 'made', 'making'])

/** Words a document's title may start with besides the noun (“joint”, “written”, “brief”). */
export const titleModifiers = new Set([
  'joint', 'written', 'brief', 'short', 'separate', 'final', 'official', 'formal', 'new',
  'latest', 'earlier', 'second', 'third', 'further', 'prepared', 'public', 'terse', 'lengthy',
  'long', 'detailed', 'strongly-worded', 'strongly', 'worded', 'defiant', 'trilateral',
  'bilateral', 'ministerial', 'presidential', 'agency', 'government', 'company', 'club', 'party',
  'campaign', 'police', 'court', 'press', 'conference', 'closing', 'opening', 'fashion', 'mission',
  'bank', 'witness', 'financial', 'true', 'false', 'political', 'bold', 'sweeping', 'powerful',
  'strong', 'emailed', 'subsequent', 'follow-up', 'summit', 'tripartite', 'leaders', 'leaders’',
  "leaders'", 'ministers', 'video', 'emotional', 'three-page', 'two-page',
  'one-page', 'five-page', 'personal', 'family', 'draft', 'fresh', 'similar', 'earlier',
  'single', 'common', 'so-called', 'budget', 'trading'
])

/** Modifiers that make “statement” something other than an issued document. */
export const excludedModifiers = new Set(['fashion', 'opening', 'closing', 'mission', 'bank', 'witness', 'financial', 'true', 'false', 'budget', 'trading', 'sweeping', 'bold', 'political'])

/**
 * “statement of …” / “declaration of …” heads that are not issued documents
 * (“a statement of accounts”, “a declaration of war”).
 */
export const excludedOf = new Set([
  'accounts', 'account', 'objections', 'claim', 'case', 'facts', 'fact', 'truth', 'work',
  'earnings', 'income', 'affairs', 'war', 'love', 'interest', 'interests', 'assets', 'independence',
  'bankruptcy', 'candidacy', 'emergency', 'martial', 'the', 'principle', 'purpose', 'faith',
  'compliance', 'reasons', 'means'
])

/** Determiners and possessive pronouns before a document noun. */
export const determiners = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'another', 'one', 'whose', 'same'])

/** Determiners that introduce a new document (“a statement”, “another statement”). */
export const indefinite = new Set(['a', 'an', 'another', 'one'])

/** Prepositions that open a title complement: “joint statement on global governance”. */
export const complementPrepositions = new Set(['on', 'about', 'of', 'regarding', 'concerning'])

/** Words that end a title complement (“… on water security released after …”). */
export const complementStops = new Set([
  'that', 'which', 'who', 'after', 'following', 'at', 'in', 'by', 'from', 'with', 'to', 'on',
  'and', 'said', 'says', 'as', 'before', 'during', 'when', 'while', 'was', 'is', 'were', 'has',
  'had', 'have', 'will', 'would', 'for', 'between', 'saying', 'also', 'late', 'earlier', 'this',
  'last', 'but', 'than', 'it', 'they', 'he', 'she', 'we'
])

/** A complement with one of these is a time or place, not a topic (“a statement on Sunday”). */
export const complementNotTopic = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'website', 'site', 'page', 'behalf', 'day', 'night', 'morning', 'evening',
  'afternoon', 'weekend', 'today', 'tonight', 'yesterday', 'twitter', 'facebook', 'television',
  'radio', 'date', 'its', 'his', 'her', 'their', 'our', 'same', 'wednesday’s', 'air', 'friday’s'
])

/** Words that may open a sentence before a fronted adjunct (“But in a statement, …”). */
export const clauseOpeners = new Set([
  'but', 'and', 'so', 'yet', 'instead', 'earlier', 'later', 'meanwhile', 'however', 'then',
  'now', 'also', 'separately', 'elsewhere', 'today', 'finally', 'indeed', 'while', 'although',
  'though', 'as', 'after', 'before', 'when', 'if', 'because', 'since', 'once'
])

/** Plural nouns of groups of people (“the two ministers”). */
export const personGroupNouns = new Set([
  'ministers', 'leaders', 'officials', 'men', 'women', 'presidents', 'premiers', 'chancellors',
  'diplomats', 'envoys', 'senators', 'candidates', 'executives', 'bosses', 'chiefs', 'heads',
  'politicians', 'lawmakers', 'founders', 'brothers', 'sisters', 'families', 'partners',
  'co-founders', 'owners', 'secretaries', 'generals', 'mayors', 'governors', 'players', 'coaches',
  'foreign ministers', 'prime ministers', 'spokesmen', 'negotiators', 'sides'
])

/** Plural nouns of groups of organisations or places (“both countries”, “the three firms”). */
export const organizationGroupNouns = new Set([
  'countries', 'nations', 'governments', 'states', 'firms', 'companies', 'groups', 'parties',
  'banks', 'clubs', 'unions', 'organisations', 'organizations', 'agencies', 'ministries',
  'airlines', 'carriers', 'operators', 'studios', 'networks', 'bodies', 'associations', 'teams',
  'allies', 'neighbours', 'neighbors', 'powers', 'republics', 'capitals', 'regulators',
  'universities', 'charities', 'campaigns', 'administrations', 'camps', 'brands', 'makers',
  'manufacturers', 'giants', 'rivals', 'blocs'
])

/** Number words in group phrases. */
export const numberWords = new Map<string, number>([
  ['two', 2], ['both', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8]
])

/** Heads of organisation names: a name with one is not a person (“Finance Ministry”, “European Union”). */
export const organizationWords = new Set([
  'ministry', 'department', 'office', 'council', 'commission', 'committee', 'agency', 'bank',
  'group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'llc', 'union', 'party',
  'association', 'federation', 'foundation', 'institute', 'university', 'court', 'house',
  'government', 'administration', 'board', 'authority', 'organisation', 'organization',
  'nations', 'states', 'kingdom', 'republic', 'club', 'league', 'service', 'services', 'police',
  'army', 'force', 'forces', 'campaign', 'network', 'news', 'post', 'times', 'airlines', 'motors',
  'systems', 'technologies', 'holdings', 'partners', 'fund', 'trust', 'alliance', 'forum',
  'centre', 'center', 'museum', 'secretariat', 'assembly', 'parliament', 'senate', 'congress',
  'cabinet', 'embassy', 'mission', 'school', 'college', 'hospital', 'airport', 'exchange',
  'reserve', 'treasury', 'fed', 'un', 'eu', 'nato', 'who', 'imf', 'opec', 'fa', 'bbc', 'fifa',
  'uefa', 'iaaf', 'itf', 'rfu', 'cas', 'sfa', 'economics', 'labs', 'lab', 'europe', 'america',
  // Place words: “Port Halcyon” is no person.
  'port', 'city', 'river', 'lake', 'mount', 'island', 'islands', 'bay', 'valley', 'county', 'province',
  'region', 'street', 'square', 'north', 'south', 'east', 'west', 'new', 'san', 'santa', 'saint', 'st',
  'palace', 'hall', 'airways', 'batteries', 'motors', 'energy', 'oil', 'media', 'pictures', 'records'
])

/** Pronouns that cannot be looked up by name. */
export const pronouns = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us'])

/** Role words that may stand before a name in a subject (“spokesman Cal Fenner”). */
export const roleWords = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'president',
  'minister', 'secretary', 'director', 'chief', 'executive', 'head', 'leader', 'senator', 'governor',
  'mayor', 'manager', 'coach', 'founder', 'adviser', 'advisor', 'lawyer', 'attorney', 'officer',
  'general', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'prof', 'professor', 'judge',
  'foreign', 'prime', 'deputy', 'vice', 'former', 'senior', 'acting', 'campaign', 'communications'
])
