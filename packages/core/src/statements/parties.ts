/**
 * Parties: the issuers' phrase of an introducing sentence, resolved to
 * speakers.
 *
 * - A speaker the quotes/speakers passes already tied to that phrase wins
 *   (a quote in the sentence whose mention is the phrase).
 * - Groups: “the two ministers” → a group speaker with members when one
 *   exists, else the two most recent people named before; “both countries”
 *   → the last “A and B” before.
 * - Lists: “China and Russia”, “the leaders of A and B”, “signed by X and Y”.
 * - Names: looked up by name or alias (“Lavrov” is Sergei Lavrov), else a new
 *   speaker (`person` for a two- or three-word name, else `organization`).
 */
import type {Quote, Speaker, SpeakerKind} from '../model.js'
import {
  numberWords,
  organizationGroupNouns,
  organizationWords,
  personGroupNouns,
  pronouns,
  roleWords
} from './lexicon.js'
import type {NameOccurrence} from './names.js'
import {key, type Registry} from './registry.js'
import type {Span} from './detect.js'
import {partitionPoint} from '../search.js'

export interface PartyResolver {
  /** Speaker ids for the issuers written at `span`, for a document introduced at `offset`. */
  resolve(span: Span, offset: number): string[]
}

export interface PartyInputs {
  input: string
  registry: Registry
  /** Quotes in reading order (may be empty when the quotes pass has not run). */
  quotes: Quote[]
  /** Lazily read names of the body. */
  names: () => NameOccurrence[]
}

/** “the two ministers”, “both countries”, “the three firms”, “both men”. */
const countedGroup = /^(?:the\s+)?(two|both|three|four|five|six|seven|eight)\s+(?:of\s+the\s+)?(?:([\p{L}-]+)\s+)?([\p{L}-]+s|men|women)$/iu
/** “the firms”, “the ministers”, “the leaders”: a plural noun after `the`. */
const pluralGroup = /^the\s+(?:([\p{L}-]+)\s+)?([\p{L}-]+s|men|women)$/iu
/** “the leaders of A and B”, “foreign ministers of China and Russia”. */
const leadersOf = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:leaders|heads|presidents|ministers|governments|representatives|delegations|chiefs|officials|prime ministers|foreign ministers|bosses)\s+of\s+(?:the\s+)?/iu
const organizationOf = /\b(?:Department|Ministry|Office|Council|Committee|Commission|Bank|Institute|Association|Federation|Board|Secretary|Minister|Museum|University|School|Court|Chamber|Society)\s+(?:of|for)\s/u
// Split, then trim each item: `\s*,\s*` would retry its leading `\s*` from
// every space of a long run (quadratic; see the regex linearity test).
const listSeparator = /,|&|\sand\s/u
const leadingAnd = /^and\s/u
const trailingCharacter = /[\s.,;:]/u
/** “Harbour United's” / “the two leaders'” as issuers: the name without its possessive ending. */
const possessiveEnding = /['’]s$|(?<=s)['’]$/u
const personName = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u
const capitalWord = /^\p{Lu}/u
const apostrophe = /’/g
const leadingThe = /^the\s+/i
/** Lowercase words inside names (“Bank of Norland”, “Ministry for Ports and Fisheries”). */
const nameJoiners = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'van', 'von', 'der', 'la', 'le', '&'])

export function createPartyResolver(inputs: PartyInputs): PartyResolver {
  const {input, registry, quotes} = inputs
  /** Offset of each name's first occurrence, read once (names do not change while the pass runs). */
  let firstOffsets: Map<string, number> | undefined

  return {
    resolve(span, offset) {
      const fromQuote = quoteSpeakerAt(span)
      if (fromQuote && !isEmptyGroup(fromQuote)) return expand(fromQuote)
      const phrase = trimTrailing(input.slice(span.start, span.end)).replace(possessiveEnding, '')
      if (!phrase) return fromQuote ? [fromQuote.id] : []
      return resolvePhrase(phrase, offset, fromQuote)
    }
  }

  /** A quote whose speaker mention lies in the phrase: the quotes/speakers passes resolved it. */
  function quoteSpeakerAt(span: Span): Speaker | undefined {
    for (const quote of quotesAround(span.start)) {
      const mention = quote.mentionPosition
      if (!quote.speaker || !mention) continue
      if (mention.start.offset! < span.end && mention.end.offset! > span.start) {
        const speaker = registry.byId(quote.speaker)
        if (speaker && speaker.kind !== 'document') return speaker
      }
    }
    return undefined
  }

  /** Quotes that start within a window around `offset` (binary search; quotes are in reading order). */
  function quotesAround(offset: number): Quote[] {
    const window = 600
    const low = partitionPoint(quotes.length, (index) => quotes[index]!.position.start.offset! < offset - window)
    const result: Quote[] = []
    for (let index = low; index < quotes.length && quotes[index]!.position.start.offset! <= offset + window; index++) {
      result.push(quotes[index]!)
    }
    return result
  }

  /**
   * `group` is a speaker of kind `group` without members that an earlier
   * pass made for this phrase: when the text names its members, they are
   * filled in (`members` was empty) and become the parties.
   */
  function resolvePhrase(phrase: string, offset: number, group?: Speaker): string[] {
    const lower = phrase.toLowerCase()
    if (pronouns.has(lower)) return group ? [group.id] : []

    const known = group ?? registry.find(phrase)
    if (known && !isEmptyGroup(known)) return expand(known)

    const counted = countedGroup.exec(phrase)
    const plural = counted ? undefined : pluralGroup.exec(phrase)
    if (counted || plural) {
      const count = counted ? numberWords.get(counted[1]!.toLowerCase()) : undefined
      const noun = ((counted ? counted[3] : plural![2]) ?? '').toLowerCase()
      const modifier = ((counted ? counted[2] : plural![1]) ?? '').toLowerCase()
      const compound = modifier ? modifier + ' ' + noun : noun
      const people = personGroupNouns.has(noun) || personGroupNouns.has(compound)
      const organizations = organizationGroupNouns.has(noun)
      if (people || organizations) {
        // Without a number (“the ministers”), only a coordination before names the members.
        const members = people ? (count === undefined ? [] : recentPeople(offset, count)) : recentList(offset, count)
        if (members.length > 0) {
          if (known) known.members = members
          return members
        }
        return [(known ?? registry.create(phrase, 'group')).id]
      }
    }

    const list = phrase.replace(leadersOf, '')
    const items = list
      .split(listSeparator)
      .map((item) => item.trim().replace(leadingAnd, '').trim())
      .filter(Boolean)
    if (items.length > 1 && items.every((item) => capitalWord.test(item)) && !isOneOrganization(phrase)) {
      return unique(items.flatMap((item) => resolveName(item)))
    }
    return resolveName(list)
  }

  /** “the Roads and Rivers Ministry” is one name, not two parties. */
  function isOneOrganization(phrase: string): boolean {
    const words = phrase.split(' ')
    const last = words[words.length - 1]!.toLowerCase()
    // “Roads and Rivers Ministry”: one word, “and”, then a name ending in an organisation head.
    const bare = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words
    if (bare.length === 4 && bare[1] === 'and' && organizationWords.has(last) && !organizationWords.has(bare[0]!.toLowerCase())) return true
    if (words[0]?.toLowerCase() === 'the' && organizationWords.has(last)) return true
    // “Department of Ports and Fisheries”, “Ministry for Lakes and Forests”.
    return organizationOf.test(phrase)
  }

  function resolveName(raw: string): string[] {
    const name = stripRole(raw.trim())
    if (!name) return []
    const known = registry.find(name)
    if (known) return expand(known)
    const surname = findBySurname(name)
    if (surname) return expand(surname)
    const bare = name.replace(leadingThe, '')
    const clean = capitalWord.test(bare) ? bare : name
    const again = registry.find(clean)
    if (again) return expand(again)
    const kind: SpeakerKind = isPerson(clean) ? 'person' : 'organization'
    return [registry.create(clean, kind).id]
  }

  /** The people named most recently before `offset`, in order of first mention. */
  function recentPeople(offset: number, count: number): string[] {
    const chosen: string[] = []
    const seen = new Set<string>()
    // Speakers the quotes passes attributed before the document come first.
    for (let index = lastQuoteBefore(offset); index >= 0 && chosen.length < count; index--) {
      const quote = quotes[index]!
      const at = quote.mentionPosition?.start.offset ?? quote.position.start.offset!
      if (at >= offset || !quote.speaker) continue
      const speaker = registry.byId(quote.speaker)
      if (!speaker || speaker.kind !== 'person' || seen.has(speaker.id)) continue
      seen.add(speaker.id)
      chosen.push(speaker.id)
    }
    if (chosen.length >= count) return orderByFirstMention(chosen, offset)
    // Else names in the text: collect distinct ones first, make speakers only when there are enough.
    const wanted: string[] = []
    const seenNames = new Set<string>()
    const names = inputs.names()
    for (let index = lastBefore(names, offset); index >= 0 && wanted.length < count; index--) {
      const occurrence = names[index]!
      if (!occurrence.person || seenNames.has(occurrence.name)) continue
      seenNames.add(occurrence.name)
      wanted.push(occurrence.name)
    }
    if (wanted.length < count) return []
    // Make speakers in order of first mention, so that ids follow the text.
    wanted.reverse()
    return orderByFirstMention(unique(wanted.flatMap((name) => resolveName(name))), offset)
  }

  function lastQuoteBefore(offset: number): number {
    return partitionPoint(quotes.length, (index) => quotes[index]!.position.start.offset! < offset) - 1
  }

  /** The most recent coordination “A and B” (or “A, B and C”) before `offset`. */
  function recentList(offset: number, count: number | undefined): string[] {
    const names = inputs.names()
    for (let index = lastBefore(names, offset); index >= 1; index--) {
      if (!names[index - 1]!.andNext) continue
      let first = index - 1
      while (first > 0 && names[first - 1]!.andNext) first--
      const items = names.slice(first, index + 1)
      if (count !== undefined && items.length !== count) continue
      return unique(items.flatMap((item) => resolveName(item.name)))
    }
    return []
  }

  function firstOffset(speakerName: string): number {
    if (!firstOffsets) {
      firstOffsets = new Map()
      for (const occurrence of inputs.names()) {
        const k = key(occurrence.name)
        if (!firstOffsets.has(k)) firstOffsets.set(k, occurrence.start)
      }
    }
    return firstOffsets.get(key(speakerName)) ?? Infinity
  }

  /** Ids sorted by the first time the text names them (name or alias). */
  function orderByFirstMention(ids: string[], _offset: number): string[] {
    const firsts = new Map<string, number>()
    for (const id of ids) {
      const speaker = registry.byId(id)
      let first = Infinity
      if (speaker) for (const name of [speaker.name, ...speaker.aliases]) first = Math.min(first, firstOffset(name))
      firsts.set(id, first)
    }
    return [...ids].sort((a, b) => firsts.get(a)! - firsts.get(b)! || ids.indexOf(a) - ids.indexOf(b))
  }

  function findBySurname(name: string): Speaker | undefined {
    if (name.includes(' ')) return undefined
    return registry.bySurname(name)
  }

  function expand(speaker: Speaker): string[] {
    // A “group” that is one organisation's name (“the Department of Ports and Fisheries”) is one party.
    if (speaker.kind === 'group' && isOneOrganization(speaker.name)) return [speaker.id]
    if (speaker.kind === 'group' && speaker.members && speaker.members.length > 0) return [...speaker.members]
    return [speaker.id]
  }
}

function isEmptyGroup(speaker: Speaker): boolean {
  return speaker.kind === 'group' && (!speaker.members || speaker.members.length === 0)
}

function lastBefore(names: NameOccurrence[], offset: number): number {
  return partitionPoint(names.length, (index) => names[index]!.start < offset) - 1
}

/**
 * The name at the end of a subject with a role before it: “spokesman Cal
 * Fenner” → “Cal Fenner”, “Velloway's chief executive Ada Brisk” →
 * “Ada Brisk”, “Norland Transport Minister Petra Vell” → “Petra
 * Vell”, “Kessel-based Tollmark” → “Tollmark”. “Bank of Norland” and “the
 * fisheries ministry” stay as they are.
 */
function stripRole(name: string): string {
  const words = name.split(' ')
  let cut = -1
  for (let index = 0; index < words.length - 1; index++) {
    const word = words[index]!
    const lower = word.toLowerCase().replace(apostrophe, "'")
    const lowercase = !capitalWord.test(word)
    if ((lowercase && !nameJoiners.has(lower)) || roleWords.has(lower) || lower.endsWith("'s")) cut = index
  }
  const tail = words.slice(cut + 1)
  if (cut === -1 || tail.length === 0 || !tail.every((word) => capitalWord.test(word) || nameJoiners.has(word.toLowerCase()))) return name
  if (!capitalWord.test(tail[0]!)) return name
  return tail.join(' ')
}

function isPerson(name: string): boolean {
  if (!personName.test(name)) return false
  return !name.split(' ').some((word) => organizationWords.has(key(word)))
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)]
}

/** `text` without trailing white space and punctuation, by a loop (linear). */
function trimTrailing(text: string): string {
  let end = text.length
  while (end > 0 && trailingCharacter.test(text.charAt(end - 1))) end--
  return text.slice(0, end)
}
