/**
 * Speakers as schema.org agents.
 *
 * `creator` takes a `Person` or an `Organization`, so each model speaker
 * kind maps to those:
 * - `person` → `Person` (`jobTitle` from its role),
 * - `organization` → `Organization`,
 * - `group` → its members, several creators ("both countries" → China,
 *   Russia); a group whose members are unknown ("the growers") →
 *   one `Organization` named as the text names it,
 * - `document` (a joint statement quoted as a speaker: "the statement
 *   said") → the parties that issued it, since a document is not an agent.
 */
import type {Article, Speaker, Statement} from '@dateline/core'
import type {Organization, Person} from 'schema-dts'
import {nodeId} from './ids.js'
import {collapse} from './text.js'

export type Agent = Person | Organization

export interface People {
  /** Agents for a speaker id; empty when the speaker is unknown. */
  agents(speakerId: string | undefined): Agent[]
  /** Agents for a statement's parties. */
  parties(statementId: string | undefined): Agent[]
}

export function createPeople(article: Article, base: string | undefined): People {
  // Indexed once: quotes look their speaker up, documents their statement.
  const speakers = new Map<string, Speaker>()
  for (const speaker of article.speakers) speakers.set(speaker.id, speaker)
  const statements = new Map<string, Statement>()
  // The first statement a document speaker issued, as `find` would give.
  const byDocument = new Map<string, Statement>()
  for (const statement of article.statements) {
    statements.set(statement.id, statement)
    if (statement.speaker !== undefined && !byDocument.has(statement.speaker)) {
      byDocument.set(statement.speaker, statement)
    }
  }
  // A speaker quoted ten times is described ten times: its collapsed name,
  // aliases and role are worked out once. Every call still returns new
  // nodes, so no two places in the result share an object.
  const described = new Map<string, Description>()

  return {agents: (id) => agents(id, new Set()), parties: (id) => parties(id, new Set())}

  function agents(id: string | undefined, seen: Set<string>): Agent[] {
    if (id === undefined || seen.has(id)) return []
    const speaker = speakers.get(id)
    if (!speaker) return []
    // A group listed among its own members, or a document among its
    // parties, must not loop: each speaker is expanded once per call.
    seen.add(id)
    switch (speaker.kind) {
      case 'person':
        return [person(speaker)]
      case 'group':
        if (speaker.members && speaker.members.length > 0) {
          return unique(speaker.members.flatMap((member) => agents(member, seen)))
        }
        return [organization(speaker)]
      case 'document': {
        const statement = byDocument.get(id)
        return statement ? parties(statement.id, seen) : []
      }
      default:
        return [organization(speaker)]
    }
  }

  function parties(statementId: string | undefined, seen: Set<string>): Agent[] {
    const statement = statementId === undefined ? undefined : statements.get(statementId)
    if (!statement) return []
    return unique(statement.parties.flatMap((party) => agents(party, seen)))
  }

  function person(speaker: Speaker): Person {
    const description = describe(speaker)
    const node: Person = {'@type': 'Person', '@id': description.id, name: description.name}
    if (description.aliases.length > 0) node.alternateName = [...description.aliases]
    if (speaker.role) node.jobTitle = description.role
    return node
  }

  function organization(speaker: Speaker): Organization {
    const description = describe(speaker)
    const node: Organization = {'@type': 'Organization', '@id': description.id, name: description.name}
    if (description.aliases.length > 0) node.alternateName = [...description.aliases]
    return node
  }

  function describe(speaker: Speaker): Description {
    let description = described.get(speaker.id)
    if (!description) {
      const name = collapse(speaker.name)
      description = {
        id: nodeId(base, speaker.id),
        name,
        aliases: alternateNames(speaker, name),
        role: speaker.role ? collapse(speaker.role) : ''
      }
      described.set(speaker.id, description)
    }
    return description
  }
}

/** What a speaker's nodes say about it, worked out once per call. */
interface Description {
  id: string
  name: string
  aliases: string[]
  role: string
}

function alternateNames(speaker: Speaker, name: string): string[] {
  const aliases = new Set<string>()
  for (const alias of speaker.aliases) {
    const value = collapse(alias)
    if (value !== '' && value !== name) aliases.add(value)
  }
  return [...aliases]
}

/** The same member reached twice (two groups sharing it) is one creator. */
function unique(list: Agent[]): Agent[] {
  const seen = new Set<string>()
  return list.filter((agent) => {
    const id = (agent as {'@id'?: string})['@id']
    if (id === undefined) return true
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

/** `creator` is one agent when there is one, a list when there are several. */
export function creatorValue(list: Agent[]): Agent | Agent[] | undefined {
  if (list.length === 0) return undefined
  return list.length === 1 ? list[0] : list
}
