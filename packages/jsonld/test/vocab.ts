/**
 * A checker for schema.org JSON-LD, built from the vocabulary file itself
 * (`../shared/vocab/schemaorg-30.0-current-https.jsonld` from the repo
 * root): every `@type` must be a class, every property must exist and be
 * allowed (`schema:domainIncludes`) on the node's type or one of its
 * superclasses (`rdfs:subClassOf`), every value must fit the property's
 * range (`schema:rangeIncludes`), and no term may be superseded
 * (`schema:supersededBy`). Pending terms (`Quotation`, `abstract`) count as
 * defined.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export const vocabularyPath = fileURLToPath(
  new URL('../../../../shared/vocab/schemaorg-30.0-current-https.jsonld', import.meta.url)
)

export const hasVocabulary = existsSync(vocabularyPath)

interface Term {
  id: string
  types: string[]
  subClassOf: string[]
  domains: string[]
  ranges: string[]
  supersededBy?: string
}

type Json = null | boolean | number | string | Json[] | {[key: string]: Json}

/** Strings fit these data types (`URL` is a subclass of `Text`). */
const STRING_TYPES = new Set(['schema:Text', 'schema:URL', 'schema:Date', 'schema:DateTime', 'schema:Time'])
const NUMBER_TYPES = new Set(['schema:Number', 'schema:Integer', 'schema:Float'])

export interface Vocabulary {
  /** Problems found in a JSON-LD document, as readable strings; empty when valid. */
  check(document: unknown): string[]
  /** Whether `a` is `b` or a subclass of it (both `schema:`-prefixed). */
  isA(a: string, b: string): boolean
}

export function loadVocabulary(path = vocabularyPath): Vocabulary {
  const graph = (JSON.parse(readFileSync(path, 'utf8')) as {'@graph': Array<Record<string, unknown>>})['@graph']
  const terms = new Map<string, Term>()
  for (const node of graph) {
    const id = node['@id'] as string
    terms.set(id, {
      id,
      types: ids(node['@type']),
      subClassOf: refs(node['rdfs:subClassOf']),
      domains: refs(node['schema:domainIncludes']),
      ranges: refs(node['schema:rangeIncludes']),
      supersededBy: refs(node['schema:supersededBy'])[0]
    })
  }

  const ancestorsCache = new Map<string, Set<string>>()
  function ancestors(id: string): Set<string> {
    let result = ancestorsCache.get(id)
    if (result) return result
    result = new Set([id])
    ancestorsCache.set(id, result)
    for (const parent of terms.get(id)?.subClassOf ?? []) {
      for (const ancestor of ancestors(parent)) result.add(ancestor)
    }
    return result
  }

  function isClass(term: Term | undefined): boolean {
    return Boolean(term && (term.types.includes('rdfs:Class') || term.types.includes('schema:DataType')))
  }

  return {isA: (a, b) => ancestors(a).has(b), check}

  function check(document: unknown): string[] {
    const problems: string[] = []
    const root = document as {[key: string]: Json}
    if (root === null || typeof root !== 'object' || Array.isArray(root)) return ['document is not an object']
    if (root['@context'] !== 'https://schema.org') {
      problems.push('@context: expected `https://schema.org`, not `' + String(root['@context']) + '`')
    }
    walkNode(root, '$', problems)
    return problems
  }

  function walkNode(node: {[key: string]: Json}, path: string, problems: string[]): string[] {
    const types = typeof node['@type'] === 'string' ? [node['@type']] : (node['@type'] as string[] | undefined) ?? []
    const classes: string[] = []
    for (const type of types) {
      const id = 'schema:' + type
      const term = terms.get(id)
      if (!isClass(term)) problems.push(path + ': `' + type + '` is not a schema.org class')
      else if (term!.supersededBy) problems.push(path + ': `' + type + '` is superseded by `' + term!.supersededBy + '`')
      else classes.push(id)
    }
    const keys = Object.keys(node).filter((key) => !key.startsWith('@'))
    if (types.length === 0 && keys.length > 0) problems.push(path + ': node without `@type` has properties')
    for (const key of keys) {
      const where = path + '.' + key
      const property = terms.get('schema:' + key)
      if (!property || !property.types.includes('rdf:Property')) {
        problems.push(where + ': `' + key + '` is not a schema.org property')
        continue
      }
      if (property.supersededBy) {
        problems.push(where + ': `' + key + '` is superseded by `' + property.supersededBy + '`')
      }
      const allowed = classes.some((type) => property.domains.some((domain) => ancestors(type).has(domain)))
      if (classes.length > 0 && !allowed) {
        problems.push(where + ': `' + key + '` is not a property of `' + types.join(', ') + '`')
      }
      const value = node[key]!
      const values = Array.isArray(value) ? value : [value]
      values.forEach((item, index) =>
        walkValue(item, property, Array.isArray(value) ? where + '[' + index + ']' : where, problems)
      )
    }
    return classes
  }

  function walkValue(value: Json, property: Term, path: string, problems: string[]): void {
    const ranges = property.ranges
    if (typeof value === 'string') {
      if (!ranges.some((range) => [...STRING_TYPES].some((type) => ancestors(range).has(type) || ancestors(type).has(range)))) {
        problems.push(path + ': a string does not fit the range of `' + property.id + '` (' + ranges.join(', ') + ')')
      }
      return
    }
    if (typeof value === 'number') {
      if (!ranges.some((range) => NUMBER_TYPES.has(range))) problems.push(path + ': a number does not fit `' + property.id + '`')
      return
    }
    if (typeof value === 'boolean') {
      if (!ranges.includes('schema:Boolean')) problems.push(path + ': a boolean does not fit `' + property.id + '`')
      return
    }
    if (value === null || Array.isArray(value)) {
      problems.push(path + ': unexpected ' + (value === null ? 'null' : 'nested array'))
      return
    }
    const keys = Object.keys(value)
    if (keys.length === 1 && keys[0] === '@id') return // a reference to a node given elsewhere
    const classes = walkNode(value, path, problems)
    if (classes.length > 0 && !classes.some((type) => ranges.some((range) => ancestors(type).has(range)))) {
      problems.push(path + ': `' + String(value['@type']) + '` does not fit the range of `' + property.id + '` (' + ranges.join(', ') + ')')
    }
  }
}

function ids(value: unknown): string[] {
  if (value === undefined) return []
  return Array.isArray(value) ? (value as string[]) : [value as string]
}

function refs(value: unknown): string[] {
  if (value === undefined) return []
  const list = Array.isArray(value) ? value : [value]
  return list.map((item) => (item as {'@id': string})['@id'])
}

/** Every `@id` that a node reference points at must be defined by a full node in the document. */
export function danglingReferences(document: unknown): string[] {
  const defined = new Set<string>()
  const referenced: string[] = []
  visit(document)
  return referenced.filter((id) => !defined.has(id))

  function visit(value: unknown): void {
    if (Array.isArray(value)) return value.forEach(visit)
    if (value === null || typeof value !== 'object') return
    const node = value as Record<string, unknown>
    const keys = Object.keys(node)
    if (typeof node['@id'] === 'string') {
      if (keys.length === 1) referenced.push(node['@id'])
      else defined.add(node['@id'])
    }
    for (const key of keys) visit(node[key])
  }
}
