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
import type {Article, Speaker} from '@dateline/core'
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
  const speakers = new Map<string, Speaker>()
  for (const speaker of article.speakers) speakers.set(speaker.id, speaker)
  const statements = new Map(article.statements.map((statement) => [statement.id, statement]))

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
        const statement = article.statements.find((candidate) => candidate.speaker === id)
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
    const node: Person = {'@type': 'Person', '@id': nodeId(base, speaker.id), name: collapse(speaker.name)}
    const aliases = alternateNames(speaker)
    if (aliases.length > 0) node.alternateName = aliases
    if (speaker.role) node.jobTitle = collapse(speaker.role)
    return node
  }

  function organization(speaker: Speaker): Organization {
    const node: Organization = {
      '@type': 'Organization',
      '@id': nodeId(base, speaker.id),
      name: collapse(speaker.name)
    }
    const aliases = alternateNames(speaker)
    if (aliases.length > 0) node.alternateName = aliases
    return node
  }
}

function alternateNames(speaker: Speaker): string[] {
  const name = collapse(speaker.name)
  return [...new Set(speaker.aliases.map(collapse))].filter((alias) => alias !== '' && alias !== name)
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
