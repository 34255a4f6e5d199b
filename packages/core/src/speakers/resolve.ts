/**
 * Mentions become speaker entities.
 *
 * - A full name and its later short forms are one person ("Wang Yi" …
 *   "Wang"; "Michael Flynn" … "Mr. Flynn" … "Flynn"); a short form first
 *   seen alone takes the fullest form the text gave earlier.
 * - Pronouns go to the nearest compatible earlier speaker or subject:
 *   he/she to a person (gender from Mr./Mrs./Ms. when known), they to a
 *   group or organisation, it to an organisation or document.
 * - Groups have members: "Wang and Lavrov"; "the two ministers" and "both
 *   countries" take the last coordination of people, or of countries.
 * - Nothing is invented: a mention the resolver cannot place keeps its text
 *   and stays unresolved, with a message.
 */
import type {Speaker, SpeakerKind} from '../model.js'
import {classifyMention, COUNTRY_HEADS, isCapital, isPersonHead, LAW_HEADS, TITLE_WORDS, type Mention, ORGANIZATION_HEADS} from './mentions.js'
import type {Coordination, NameIndex, NameRun, RunFacts} from './names.js'
import {COUNTRIES, US_STATES} from './places.js'
import {genderOfFirstName, isKnownFirstName} from './first-names.js'
import {partitionPoint} from '../search.js'

interface Entity {
  speaker: Speaker
  words: Set<string>
  gender?: 'male' | 'female'
  /** A role speaker whose head names no kind of person ("plans for new cards"): never what "he" or "she" stands for. */
  impersonal?: boolean
  /** Offsets where it was mentioned, latest last. */
  last: number
}

/** Capitalised sentence openers that start a run of capitals without being a first name. */
const NOT_FIRST_NAMES = new Set([
  'another', 'most', 'many', 'every', 'some', 'several', 'few', 'other', 'such', 'each', 'any', 'more', 'new',
  'race', 'stronger', 'like', 'unlike', 'dear', 'team', 'united', 'national', 'federal', 'north', 'south',
  'east', 'west', 'central', 'democratic', 'republican', 'american', 'supreme', 'white'
])

/** How many earlier candidates a pronoun looks at before giving up (bounds the work per pronoun). */
const MAX_PRONOUN_LOOKBACK = 40
/** Largest number of words in a run taken as a person's full name ("Martin Luther King Jr." has 4). */
const MAX_NAME_WORDS = 4

const ORG_ENDINGS = new Set([
  'department', 'ministry', 'house', 'party', 'committee', 'council', 'commission', 'agency', 'foundation',
  'institute', 'university', 'association', 'union', 'bank', 'times', 'post', 'news', 'journal', 'court',
  'office', 'center', 'centre', 'bureau', 'service', 'campaign', 'network', 'group', 'company', 'corp.', 'inc.',
  'senate', 'congress', 'administration', 'tower', 'street', 'avenue', 'county', 'city', 'state', 'states',
  'day', 'school', 'hospital', 'church', 'airport', 'station', 'act', 'program', 'plan', 'fund', 'forum',
  'networks', 'initiative', 'partnership', 'star', 'hill', 'tribune', 'herald', 'club', 'project', 'review',
  'magazine', 'report', 'poll', 'index', 'conference', 'convention', 'summit', 'caucus', 'primary', 'debate',
  'agreement', 'treaty', 'law', 'amendment', 'budget', 'services', 'systems', 'partners', 'associates', 'capital',
  'holdings', 'media', 'press', 'review', 'gazette', 'daily', 'weekly', 'online', 'radio', 'tv', 'channel',
  // Papers: "the Brandt Declaration" is no person "he" may stand for (nor are laws, LAW_HEADS below).
  'declaration', 'statement', 'study', 'survey', 'paper', 'protocol',
  // Clubs: "Leeds United", "Blackburn Rovers".
  'united', 'rovers', 'athletic', 'wanderers', 'albion', 'fc',
  // Firms: "Tarn Air", "Delta Motors".
  'air', 'airlines', 'airways', 'motors', 'energy', 'oil', 'gas', 'foods', 'pharmaceuticals', 'telecom', 'technologies', 'labs', 'studios', 'records', 'entertainment',
  ...LAW_HEADS
])

export class Resolver {
  readonly speakers: Speaker[] = []
  private readonly entities: Entity[] = []
  private readonly byName = new Map<string, Entity>()
  private readonly timeline: Array<{offset: number; entity: Entity}> = []

  private nameIndex: NameIndex | undefined
  private surnameIndex: Map<string, {start: number; gender: 'male' | 'female'}> | undefined

  /**
   * @param indexNames
   *   Makes the article's name index; called the first time a mention needs
   *   it (a short form, a pronoun, a group), at most once. About a fifth of
   *   the articles with quotes name every speaker in full and never do.
   */
  constructor(private readonly indexNames: () => NameIndex) {}

  private get names(): NameIndex {
    return (this.nameIndex ??= this.indexNames())
  }

  /** The entity a mention at `offset` names, or `undefined` when unsure. */
  resolve(text: string, offset: number, role?: string, clause?: readonly [number, number]): Speaker | undefined {
    const mention = classifyMention(text)
    // A mention that is only an article or a word of no name ("according to a,") names no one.
    if (mention.name.trim() === '') return undefined
    let entity: Entity | undefined
    switch (mention.kind) {
      case 'pronoun':
        entity = this.pronoun(mention, offset, clause)
        break
      case 'person':
        entity = this.person(mention.name, offset, mention.gender)
        if (mention.title && !entity.speaker.role) entity.speaker.role = mention.title
        break
      case 'group':
        entity = this.group(mention, offset)
        break
      default:
        entity = this.named(mention, offset)
        if (mention.kind === 'role' && entity.speaker.kind === 'person' && entity.speaker.name === mention.name && !isPersonHead(mention.head)) entity.impersonal = true
    }
    if (!entity) return undefined
    // ("said Ada Holm, who is sailing her last summer": a relative clause after the name tells about the speaker; it is no role.)
    // (Nor an age: "Ada Holm, 22,", "Ivo Brandt, 58, who lives in Veld".)
    if (role && !entity.speaker.role && !/^(?:who|whom|whose|which|that|and|but|or|so|yet|with|after|before|during|while|when|as)\b/i.test(role) && !/^\d+\b/.test(role)) entity.speaker.role = role.replace(/^(?:an?|the)\s+/i, '')
    // "spokeswoman Ada Holm", "Holm, the committee chairwoman,": the role tells the gender for later pronouns.
    // "the spokeswoman" with no name is a role speaker: its own head word tells the gender.
    if (entity.speaker.kind === 'person' && !entity.gender) entity.gender = genderOf(mention.title) ?? genderOf(entity.speaker.role) ?? (mention.kind === 'role' ? genderOf(mention.head) : undefined)
    // A pronoun is no other form of a name: "he" and "they" stay out of `aliases`.
    if (mention.kind !== 'pronoun') this.alias(entity, mention.text)
    this.touch(entity, offset)
    return entity.speaker
  }

  private touch(entity: Entity, offset: number): void {
    entity.last = offset
    this.timeline.push({offset, entity})
  }

  private create(name: string, kind: SpeakerKind): Entity {
    const speaker: Speaker = {id: 's' + (this.speakers.length + 1), name, aliases: [], kind}
    const entity: Entity = {speaker, words: new Set(name.toLowerCase().split(/\s+/)), last: -1}
    this.speakers.push(speaker)
    this.entities.push(entity)
    this.byName.set(kind + ':' + name.toLowerCase(), entity)
    return entity
  }

  private alias(entity: Entity, text: string): void {
    if (text !== entity.speaker.name && !entity.speaker.aliases.includes(text)) entity.speaker.aliases.push(text)
  }

  /** A person by name: a full name, or a short form of one seen before. */
  person(name: string, offset: number, gender?: 'male' | 'female'): Entity {
    const words = name.split(/\s+/)
    const key = 'person:' + name.toLowerCase()
    let entity = this.byName.get(key)
    if (!entity && words.length === 1) {
      // ("Mrs. Holm" after "Ada Holm" and "Ivo Holm": an honorific's sex rules out a full name whose first name has the other.)
      const fits = (known: 'male' | 'female' | undefined) => !gender || !known || known === gender
      entity = this.latestPerson((candidate) => candidate.words.has(words[0]!.toLowerCase()) && fits(candidate.gender))
      if (!entity) {
        const run = this.latestRun(offset, (run) => {
          const facts = factsOf(run)
          if (!facts.person) return false
          return facts.name.includes(' ') && (facts.last === words[0] || facts.first === words[0]) && fits(genderOfFirstName(facts.name))
        })
        if (run) {
          const full = classifyMention(run.text)
          entity = this.byName.get('person:' + full.name.toLowerCase()) ?? this.create(full.name, 'person')
          if (full.title && !entity.speaker.role) entity.speaker.role = full.title
          if (full.gender) entity.gender = full.gender
        }
      }
    }
    if (!entity && words.length > 1) {
      // A short form seen first ("Flynn"), the full name later ("Michael Flynn").
      const last = words[words.length - 1]!.toLowerCase()
      const short = this.byName.get('person:' + last)
      if (short) {
        this.byName.delete('person:' + last)
        this.alias(short, short.speaker.name)
        short.speaker.name = name
        short.words = new Set(name.toLowerCase().split(/\s+/))
        this.byName.set(key, short)
        entity = short
      }
    }
    entity ??= this.create(name, 'person')
    if (gender) entity.gender = gender
    // "Hillary Clinton": a first name of one sex tells the gender until a title or a pronoun says otherwise.
    else if (!entity.gender && entity.speaker.name.includes(' ')) entity.gender = genderOfFirstName(entity.speaker.name)
    if (name !== entity.speaker.name) this.alias(entity, name)
    return entity
  }

  /**
   * @param clause
   *   The words the pronoun's cue reports, when they come before it ("Blair's government was bossy, he added"): the names
   *   in them are what the speaker spoke of, not who spoke.
   */
  private pronoun(mention: Mention, offset: number, clause?: readonly [number, number]): Entity | undefined {
    const pronoun = mention.name
    if (pronoun === 'he' || pronoun === 'she') {
      const gender = pronoun === 'he' ? 'male' : 'female'
      let looked = 0
      let fromTimeline: {offset: number; entity: Entity} | undefined
      for (let i = this.timeline.length - 1; i >= 0 && looked < MAX_PRONOUN_LOOKBACK; i--, looked++) {
        const event = this.timeline[i]!
        if (event.offset >= offset) continue
        if (event.entity.speaker.kind !== 'person' || event.entity.impersonal) continue
        if (event.entity.gender && event.entity.gender !== gender) continue
        fromTimeline = event
        break
      }
      // "Holm said … Later, Holm met the mayor. He said": a one-word run is a person when it names one already known.
      let known: Map<string, Entity> | undefined
      const fits = (run: NameRun): boolean => {
        if (clause && run.start >= clause[0] && run.start < clause[1]) return false
        const facts = factsOf(run)
        if (!facts.person) {
          if (run.words.length !== 1 || US_STATES.has(run.text) || COUNTRIES.has(run.text)) return false
          known ??= this.personWords()
          const word = run.words[0]!.toLowerCase()
          const entity = known.get(word)
          if (entity) return !(entity.gender && entity.gender !== gender)
          // "Ada Holm runs the line. … Holm has blasted the toll, which she said …": a short form, as a subject, of a full name the
          // text gave before, though no quote was hers yet (not an object: "… owed to Smith. He said" is not Adam Smith's).
          const surname = run.subject ? this.surnames().get(word) : undefined
          return surname !== undefined && surname.start < run.start && surname.gender === gender
        }
        const person = this.byName.get(facts.key) ?? this.latestPerson((candidate) => candidate.words.has(facts.lastLower))
        const told = person?.gender ?? (facts.name.includes(' ') ? genderOfFirstName(facts.name) : undefined)
        // ("… his third Grand Slam match. “…,” he said": capitals that are no known name, open with no first name and no
        // honorific of the pronoun's sex, and are no subject, name no one.)
        if (!person && !told && !run.subject && run.titled !== gender && !isKnownFirstName(run.words[0]!)) return false
        return !(told && told !== gender)
      }
      let run = this.latestRun(offset, fits)
      // "Tom Brandt opened with a speech criticising Peter Holm's record. … he told the conference": a name that only owns
      // something in the object gives way to the subject of its sentence. (A name that is the object itself does not: in
      // "John Parker introduced Peter Morgan. “…,” he said" Morgan may well be the one who speaks.)
      if (run && !run.subject && OWNED_RUN.test(run.text)) {
        // (Only a name known to be a person's: one already speaking, a first name or an honorific; not "Presumptive Democratic".)
        const owner = run
        const subject = this.latestRun(owner.start, (candidate) => candidate.subject && candidate.sentence === owner.sentence && fits(candidate) && this.isKnownPerson(candidate))
        if (subject && (!fromTimeline || subject.start > fromTimeline.offset)) run = subject
      }
      let entity: Entity | undefined
      if (run && (!fromTimeline || run.start > fromTimeline.offset)) {
        const full = classifyMention(run.text)
        entity = this.person(full.kind === 'person' ? full.name : run.text, run.start, full.gender)
        if (full.title && !entity.speaker.role) entity.speaker.role = full.title
      } else {
        entity = fromTimeline?.entity
      }
      if (entity) entity.gender ??= gender
      return entity
    }
    if (pronoun === 'they' || pronoun === 'it') {
      for (let i = this.timeline.length - 1, looked = 0; i >= 0 && looked < MAX_PRONOUN_LOOKBACK; i--, looked++) {
        const event = this.timeline[i]!
        if (event.offset >= offset) continue
        const kind = event.entity.speaker.kind
        if (pronoun === 'they' && (kind === 'group' || kind === 'organization')) return event.entity
        if (pronoun === 'it' && (kind === 'organization' || kind === 'document')) return event.entity
      }
      return undefined
    }
    return undefined
  }

  /** Whether a name run is surely a person's: someone the text made a speaker, a known first name, or an honorific before it. */
  private isKnownPerson(run: NameRun): boolean {
    const facts = factsOf(run)
    if (!facts.person) return false
    return run.titled !== undefined || this.byName.has(facts.key) || isKnownFirstName(run.words[0]!) || genderOfFirstName(facts.name) !== undefined
  }

  private group(mention: Mention, offset: number): Entity {
    let members: Entity[] | undefined
    if (mention.members) {
      members = mention.members.map((member) => this.member(member, offset))
    } else if (mention.count !== undefined || (ORGANIZATION_HEADS.has(mention.head) && /^the\s/i.test(mention.text))) {
      // The last pair of the right kind: "both countries" takes countries, "the two firms" organisations, "the two ministers" people;
      // "the companies" takes the last organisations named together, however many.
      const countries = COUNTRY_HEADS.has(mention.head)
      const organisations = ORGANIZATION_HEADS.has(mention.head)
      const coordinations = this.names.coordinations
      let coordination: Coordination | undefined
      for (let i = coordinations.length - 1; i >= 0 && !coordination; i--) {
        const candidate = coordinations[i]!
        if (candidate.start >= offset || (mention.count !== undefined && candidate.members.length !== mention.count)) continue
        if (this.isCountries(candidate) !== countries) continue
        if (!countries && this.isOrganisations(candidate) !== organisations) continue
        coordination = candidate
      }
      if (coordination) {
        const chosen = coordination
        members = chosen.members.map((member) => (organisations ? this.organisation(member) : this.member(member, chosen.start, countries)))
      } else if (!countries && !organisations) {
        const earlier = this.latest((entity) => entity.speaker.kind === 'group' && entity.speaker.members?.length === mention.count)
        if (earlier) return earlier
      }
    }
    if (members && members.length > 0) {
      const ids = members.map((member) => member.speaker.id)
      const sorted = [...ids].sort().join(',')
      const same = this.entities.find(
        (entity) => entity.speaker.kind === 'group' && entity.speaker.members && [...entity.speaker.members].sort().join(',') === sorted
      )
      if (same) return same
      const entity = this.create(mention.name, 'group')
      entity.speaker.members = ids
      return entity
    }
    return this.byName.get('group:' + mention.name.toLowerCase()) ?? this.create(mention.name, 'group')
  }

  /**
   * Whether a coordination names organisations: one of its members is known
   * or written as one ("Tarn Bank"), or its sentence speaks of firms
   * ("Shares in Elan and Biogen plunged"), and none is a known person.
   */
  /** Countries named together: known country names, names the text gives a state's offices, or "the ministers of A and B". */
  private isCountries(coordination: Coordination): boolean {
    if (coordination.members.every((member) => COUNTRIES.has(member))) return true
    if (coordination.members.some((member) => this.byName.has('person:' + member.toLowerCase()))) return false
    if (coordination.governed === true) return true
    // "Lirania and Veldenia … Veldenia's prime minister": one-word names, one of them given an office of state.
    const states = this.names.states
    return coordination.members.every((member) => !member.includes(' ')) && coordination.members.some((member) => COUNTRIES.has(member) || states.has(member))
  }

  private isOrganisations(coordination: Coordination): boolean {
    let organisation = this.names.isBusinessSentence(coordination.sentence)
    for (const member of coordination.members) {
      if (this.byName.has('person:' + member.toLowerCase())) return false
      if (classifyMention(member).kind === 'organization' || this.byName.has('organization:' + member.toLowerCase())) organisation = true
    }
    return organisation
  }

  private organisation(text: string): Entity {
    const name = classifyMention(text).name
    return this.byName.get('organization:' + name.toLowerCase()) ?? this.create(name, 'organization')
  }

  /** A member of a group: a country or organisation, or a person. */
  /** A member of a group; `country` when the group is one of countries ("both countries": a state is an organisation). */
  private member(text: string, offset: number, country = false): Entity {
    const mention = classifyMention(text)
    if (COUNTRIES.has(text) || COUNTRIES.has(mention.name) || mention.kind === 'organization' || this.names.states.has(text) || (country && !text.includes(' '))) {
      const name = mention.name
      return this.byName.get('organization:' + name.toLowerCase()) ?? this.create(name, 'organization')
    }
    const entity = this.person(mention.kind === 'person' ? mention.name : text, offset, mention.gender)
    this.alias(entity, text)
    return entity
  }

  /** Organisations, documents and roles: the same words, or the same head noun for "the ministry" / "the statement". */
  private named(mention: Mention, offset: number): Entity {
    const kind: SpeakerKind = mention.kind === 'document' ? 'document' : mention.kind === 'organization' ? 'organization' : 'person'
    // "the senator", "the mayor": the latest person the text gave that role (Sen. Ada Holm; Holm, the mayor of Tarn).
    if (mention.kind === 'role' && /^the\s/i.test(mention.text) && mention.name.split(/\s+/).length <= 2) {
      const holder = this.latestPerson((entity) => holdsRole(entity, mention.head))
      if (holder) return holder
      // ("Harbour Minister Ada Holm visited the quay. “…,” the minister said.": or the latest name the text gave with that
      // title in capitals, though that person had said nothing yet.)
      // (Only a title alone, "the governor": "the Ohio governor" says which one, and a Gov. of another state is not it.)
      const titled = TITLE_WORDS.has(mention.head) && !mention.name.includes(' ') ? this.latestRun(offset, (run) => titleOfRun(run, mention.head)) : undefined
      // (Two people of that title named before leave it unsure which: "Harbour Minister Ada Holm … Finance Minister Mary Jones".)
      const other = titled ? this.latestRun(titled.start, (run) => titleOfRun(run, mention.head) && factsOf(run).name !== factsOf(titled).name) : undefined
      if (titled && !other) {
        const full = classifyMention(titled.text)
        if (full.kind === 'person' && full.name.includes(' ')) {
          const entity = this.person(full.name, titled.start, full.gender)
          if (full.title && !entity.speaker.role) entity.speaker.role = full.title
          return entity
        }
      }
    }
    // "Tarnco cut 200 jobs. … The company said …", "the group said": a body named by its kind alone is the latest body the text
    // named (a lone capitalised word no first name tells was taken for a person until then: it is a body).
    // (Only when one such body is near: with two, or none the text calls a body, "the company" says not which.)
    if (kind === 'organization' && /^the\s/i.test(mention.text) && !mention.name.includes(' ') && GENERIC_BODIES.has(mention.head)) {
      const near = this.entities.filter((entity) => entity.speaker.kind === 'organization' && isCapital(entity.speaker.name) && entity.last >= 0 && offset - entity.last <= MAX_BODY_DISTANCE && !GENERIC_BODIES.has(lastWord(entity.speaker.name).toLowerCase()) && !NOT_COMPANIES.has(lastWord(entity.speaker.name).toLowerCase()))
      if (near.length === 1) return near[0]!
    }
    const exact = this.byName.get(kind + ':' + mention.name.toLowerCase())
    if (exact) return exact
    if (kind !== 'person' || !isCapital(mention.name)) {
      const same = this.latest((entity) => entity.speaker.kind === kind && lastWord(entity.speaker.name) === mention.head)
      if (same) {
        // Keep the fullest form: "statement" then "joint statement".
        if (mention.name.length > same.speaker.name.length && mention.name.toLowerCase().endsWith(same.speaker.name.toLowerCase())) {
          this.alias(same, same.speaker.name)
          same.speaker.name = mention.name
          this.byName.set(kind + ':' + mention.name.toLowerCase(), same)
        }
        return same
      }
    }
    return this.create(mention.name, kind)
  }

  /**
   * Last words of the full names of people in the text whose first name
   * tells a gender ("Ada Holm" → holm), each with where it was first
   * written in full and that gender. The first full name of a surname wins.
   */
  private surnames(): Map<string, {start: number; gender: 'male' | 'female'}> {
    if (this.surnameIndex) return this.surnameIndex
    const index = new Map<string, {start: number; gender: 'male' | 'female'}>()
    for (const run of this.names.runs) {
      const facts = factsOf(run)
      if (!facts.person || !facts.name.includes(' ')) continue
      const key = facts.last.toLowerCase()
      if (index.has(key)) continue
      // Only a name a first name tells is a person's ("Ada Holm"; not "UK Treasury", "Senior Tarnco").
      const gender = genderOfFirstName(facts.name)
      if (gender) index.set(key, {start: run.start, gender})
    }
    return (this.surnameIndex = index)
  }

  /** Each word of a known person's name, to the latest person who has it. */
  private personWords(): Map<string, Entity> {
    const words = new Map<string, Entity>()
    for (const entity of this.entities) {
      if (entity.speaker.kind !== 'person') continue
      for (const word of entity.words) {
        const other = words.get(word)
        if (!other || entity.last > other.last) words.set(word, entity)
      }
    }
    return words
  }

  private latest(test: (entity: Entity) => boolean): Entity | undefined {
    let best: Entity | undefined
    for (const entity of this.entities) {
      if (test(entity) && (!best || entity.last > best.last)) best = entity
    }
    return best
  }

  private latestPerson(test: (entity: Entity) => boolean): Entity | undefined {
    return this.latest((entity) => entity.speaker.kind === 'person' && test(entity))
  }

  /** The last name run before `offset` that passes `test` (binary search, then a bounded walk back). */
  private latestRun(offset: number, test: (run: NameRun) => boolean): NameRun | undefined {
    const runs = this.names.runs
    const low = partitionPoint(runs.length, (index) => runs[index]!.start < offset)
    for (let i = low - 1, looked = 0; i >= 0 && looked < MAX_PRONOUN_LOOKBACK * 4; i--, looked++) {
      if (test(runs[i]!)) return runs[i]
    }
    return undefined
  }
}

/** Whether a name run holds `head` as a capitalised title before a person's name: "Harbour Minister Ada Holm" for "minister". */
function titleOfRun(run: NameRun, head: string): boolean {
  const words = run.words
  for (let i = 0; i < words.length - 2; i++) {
    const word = words[i]!.toLowerCase()
    // ("Gov. Ada Holm" for "the governor": a title's abbreviation.)
    if (word === head || ROLE_ABBREVIATIONS.get(word) === head) return factsOf(run).person
  }
  return false
}

const ROLE_ABBREVIATIONS = new Map([
  ['sen.', 'senator'], ['rep.', 'representative'], ['gov.', 'governor'], ['gen.', 'general'], ['dr.', 'doctor'], ['prof.', 'professor']
])

/** A name run that ends in a possessive: "Peter Holm's". */
const OWNED_RUN = /['’]s$/

/** Kinds of body that "the …" names for the latest body the text named: "the company", "the group", "the bank". */
const GENERIC_BODIES = new Set(['company', 'firm', 'group', 'carmaker', 'automaker', 'retailer', 'airline', 'insurer', 'lender', 'giant', 'corporation', 'conglomerate'])
/** Last words of a body's name that say it is no company "the company" could stand for: "the Tarn Pilots Union", "Tarn Radio". */
const NOT_COMPANIES = new Set(['union', 'council', 'committee', 'commission', 'ministry', 'department', 'government', 'party', 'court', 'police', 'office', 'university', 'school', 'hospital', 'army', 'navy', 'senate', 'congress', 'parliament', 'assembly', 'board', 'campaign', 'house', 'radio', 'news', 'post', 'times', 'journal', 'ledger', 'network', 'agency', 'association', 'foundation', 'institute', 'center', 'centre', 'coalition', 'movement', 'caucus', 'alliance', 'league', 'club', 'team'])
/** Most characters back from "the company" to the body it stands for: a few paragraphs. */
const MAX_BODY_DISTANCE = 3000

/** Whether a person was given the role `head` ("senator") by a title, an abbreviation (Sen.) or an appositive. */
function holdsRole(entity: Entity, head: string): boolean {
  if (entity.speaker.role && entity.speaker.role.toLowerCase().split(/[\s,]+/).includes(head)) return true
  for (const alias of entity.speaker.aliases) {
    const first = alias.split(/\s+/)[0]!.toLowerCase()
    if (first === head || ROLE_ABBREVIATIONS.get(first) === head) return true
  }
  return false
}

const FEMALE_ROLES = new Set(['spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman', 'queen', 'princess', 'mother', 'wife', 'daughter', 'sister', 'actress', 'widow', 'grandmother', 'woman', 'girl', 'first lady'])
const MALE_ROLES = new Set(['spokesman', 'chairman', 'congressman', 'councilman', 'businessman', 'king', 'prince', 'father', 'husband', 'son', 'brother', 'actor', 'widower', 'grandfather', 'man', 'boy'])

/** The gender a role word gives ("spokeswoman"), if any. */
function genderOf(role: string | undefined): 'male' | 'female' | undefined {
  if (!role) return undefined
  for (const word of role.toLowerCase().split(/[\s,]+/)) {
    if (FEMALE_ROLES.has(word)) return 'female'
    if (MALE_ROLES.has(word)) return 'male'
  }
  return undefined
}

/** What the resolver needs to know about a run, worked out once per run. */
function factsOf(run: NameRun): RunFacts {
  if (run.facts) return run.facts
  // The rest is read only for a person's name.
  if (!isPersonRun(run)) return (run.facts = {person: false, name: '', first: '', last: '', key: '', lastLower: ''})
  const name = runName(run)
  const parts = name.split(' ')
  run.facts = {
    person: true,
    name,
    first: parts[0]!,
    last: parts[parts.length - 1]!,
    key: 'person:' + name.toLowerCase(),
    lastLower: run.words[run.words.length - 1]!.toLowerCase()
  }
  return run.facts
}

/** A run that looks like a person's name: 1–4 words, not a country, not ending in an organisation word. */
function isPersonRun(run: NameRun): boolean {
  if (run.words.length > MAX_NAME_WORDS || run.owned) return false
  // "USA TODAY", "Another Trump", "Most Southern": capitals that are not a person's name.
  if (NOT_FIRST_NAMES.has(run.words[0]!.toLowerCase())) return false
  if (run.words.some((word) => word.length > 2 && /^[A-Z]+$/.test(word))) return false
  // "Flight MS804", "Route 66": a word with a digit names a thing.
  if (run.words.some((word) => /\d/.test(word))) return false
  if (COUNTRIES.has(run.text) || US_STATES.has(run.text)) return false
  const last = run.words[run.words.length - 1]!.toLowerCase()
  if (ORG_ENDINGS.has(last)) return false
  if (/^[A-Z.]+$/.test(run.words[run.words.length - 1]!) && run.words.length === 1) return false
  return run.words.length >= 2
}

/** A run's name without titles and honorifics: "Foreign Minister Wang Lei" → "Wang Lei". */
function runName(run: NameRun): string {
  const mention = classifyMention(run.text)
  return mention.kind === 'person' ? mention.name : run.text
}

function lastWord(text: string): string {
  const words = text.toLowerCase().split(/\s+/)
  return words[words.length - 1]!
}
