/**
 * The article's speakers as the statements pass sees them: looked up by
 * name or alias before any new one is made, new ones numbered on from the
 * highest `s<N>` already there.
 */
import type {Speaker, SpeakerKind} from '../model.js'

export interface Registry {
  /** The speaker named (or aliased) `name`, ignoring case and a leading `the`. */
  find(name: string): Speaker | undefined
  byId(id: string): Speaker | undefined
  /** A new speaker, appended to `article.speakers`. */
  create(name: string, kind: SpeakerKind): Speaker
  /** The latest person whose name ends with `word` (“Lavrov” → Sergei Lavrov). */
  bySurname(word: string): Speaker | undefined
  /** Every speaker, in order (the article's own array). */
  all(): Speaker[]
  /** Records another name for a speaker (kept in `aliases`, looked up by `find`). */
  alias(speaker: Speaker, name: string): void
}

const leadingThe = /^the\s+/i
const idNumber = /^s(\d+)$/
const curlyApostrophe = /’/g

export function key(name: string): string {
  return name.trim().replace(leadingThe, '').replace(curlyApostrophe, "'").toLowerCase()
}

export function createRegistry(speakers: Speaker[]): Registry {
  const byKey = new Map<string, Speaker>()
  const byIdMap = new Map<string, Speaker>()
  const surnames = new Map<string, Speaker>()
  let next = 1
  for (const speaker of speakers) {
    byIdMap.set(speaker.id, speaker)
    const match = idNumber.exec(speaker.id)
    if (match) next = Math.max(next, Number(match[1]) + 1)
    remember(speaker, speaker.name)
    for (const alias of speaker.aliases) remember(speaker, alias)
  }

  function remember(speaker: Speaker, name: string): void {
    const k = key(name)
    if (k && !byKey.has(k)) byKey.set(k, speaker)
    if (speaker.kind === 'person' && name === speaker.name) {
      const space = k.lastIndexOf(' ')
      if (space !== -1) surnames.set(k.slice(space + 1), speaker)
    }
  }

  return {
    find(name) {
      return byKey.get(key(name))
    },
    bySurname(word) {
      return surnames.get(key(word))
    },
    all() {
      return speakers
    },
    byId(id) {
      return byIdMap.get(id)
    },
    create(name, kind) {
      const speaker: Speaker = {id: 's' + next++, name, aliases: [], kind}
      speakers.push(speaker)
      byIdMap.set(speaker.id, speaker)
      remember(speaker, name)
      return speaker
    },
    alias(speaker, name) {
      if (name !== speaker.name && !speaker.aliases.includes(name)) speaker.aliases.push(name)
      remember(speaker, name)
    }
  }
}
