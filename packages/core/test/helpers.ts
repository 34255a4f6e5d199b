import {existsSync, readFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Article, Position} from '../src/model.js'

const here = dirname(fileURLToPath(import.meta.url))
export const repoRoot = resolve(here, '..', '..', '..')
export const seedPath = resolve(repoRoot, '..', 'shared', 'corpus', 'seed', 'shine-china-russia.txt')
export const hasSeed = existsSync(seedPath)

export function readSeed(): string {
  return readFileSync(seedPath, 'utf8')
}

export function fixture(name: string): string {
  return readFileSync(resolve(here, 'fixtures', name), 'utf8')
}

export function sample(name: string): string {
  return readFileSync(resolve(repoRoot, 'fixtures', 'articles', name), 'utf8')
}

export function slice(input: string, position: Position): string {
  return input.slice(position.start.offset, position.end.offset)
}

/** Every layout part of an article, with its name, in input order. */
export function layoutParts(article: Article): Array<{part: string; text: string; position: Position}> {
  const parts: Array<{part: string; text: string; position: Position}> = []
  const add = (part: string, node: {text: string; position: Position} | undefined) => {
    if (node) parts.push({part, text: node.text, position: node.position})
  }
  add('headline', article.headline)
  add('dek', article.dek)
  add('source', article.source)
  add('byline', article.byline)
  add('dateline', article.dateline)
  for (const date of article.dates) add('date', date)
  for (const paragraph of article.paragraphs) add('paragraph', paragraph)
  for (const block of article.boilerplate) add('boilerplate', block)
  return parts.sort((a, b) => a.position.start.offset! - b.position.start.offset!)
}
