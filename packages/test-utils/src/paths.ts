import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The repo root, from this file (packages/test-utils/src). */
export const root = fileURLToPath(new URL('../../../', import.meta.url))
export const articlesDir = root + 'fixtures/articles/'
export const seedPath = root + '../shared/corpus/seed/shine-china-russia.txt'
export const hasSeed = existsSync(seedPath)

/** Sample articles written for this repo: `[name, text]`. */
export function sampleArticles(): Array<[string, string]> {
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [name.slice(0, -4), readFileSync(articlesDir + name, 'utf8')])
}
