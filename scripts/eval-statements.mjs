#!/usr/bin/env node
/**
 * Lists every statement (joint statement, communiqué, declaration, single-party
 * statement) that `@dateline/core` finds in the evaluation corpus, with its
 * parties and excerpt count, for reading by hand.
 *
 * Usage: pnpm eval:statements [--verbose] [--json FILE]
 *   --verbose   also print every excerpt (kind and text, cut at 140 characters)
 *   --json FILE write every statement found, in full, to FILE
 *
 * Reads ../shared/corpus/bbc and ../shared/corpus/polnear (relative to the
 * repository root) at run time and skips each folder, with a message, when it
 * is missing. Nothing from the corpus is written into the repository.
 */
import {existsSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = resolve(root, '..', 'shared', 'corpus')
const dist = resolve(root, 'packages', 'core', 'dist', 'index.js')

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const jsonIndex = args.indexOf('--json')
const jsonFile = jsonIndex === -1 ? undefined : args[jsonIndex + 1]

if (!existsSync(dist)) {
  console.error('eval:statements: missing ' + relative(root, dist) + ', run `pnpm build` first')
  process.exit(1)
}
const {parseArticle} = await import(dist)

/** Files that are not UTF-8 (see corpus/README.md). */
const latin1 = new Set(['bbc/sport/199.txt'])

const sets = [
  {name: 'bbc', folder: join(corpus, 'bbc'), pick: (path) => path.endsWith('.txt') && !path.endsWith('README.TXT')},
  {name: 'polnear', folder: join(corpus, 'polnear'), pick: (path) => path.endsWith('.txt') && path.includes('/text/')}
]

const all = []
let files = 0
let failures = 0
const started = performance.now()

for (const set of sets) {
  if (!existsSync(set.folder)) {
    console.log('eval:statements: skipping ' + set.name + ': ' + set.folder + ' does not exist')
    continue
  }
  const paths = walk(set.folder).filter(set.pick).sort()
  let found = 0
  for (const path of paths) {
    const name = relative(corpus, path)
    const text = readFileSync(path, latin1.has(name) ? 'latin1' : 'utf8')
    files++
    let article
    try {
      article = parseArticle(text)
    } catch (error) {
      failures++
      console.log(name + ': parse failed: ' + String(error))
      continue
    }
    const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
    for (const statement of article.statements) {
      found++
      const parties = statement.parties.map((id) => speakers.get(id)?.name ?? id)
      const direct = statement.excerpts.filter((excerpt) => excerpt.kind === 'direct').length
      const reported = statement.excerpts.length - direct
      const line =
        name + ' ' + statement.id + ' “' + statement.title + '”' + (statement.joint ? ' joint' : '') +
        ' parties=[' + parties.join('; ') + ']' +
        ' excerpts=' + statement.excerpts.length + ' (direct ' + direct + ', reported ' + reported + ')' +
        ' at ' + statement.position.start.line + ':' + statement.position.start.column
      console.log(line)
      if (verbose) {
        for (const excerpt of statement.excerpts) {
          const cut = excerpt.text.length > 140 ? excerpt.text.slice(0, 140) + '…' : excerpt.text
          console.log('    ' + excerpt.kind + (excerpt.quote ? ' [' + excerpt.quote + ']' : '') + ': ' + cut)
        }
      }
      all.push({file: name, ...statement, partyNames: parties})
    }
  }
  console.log('== ' + set.name + ': ' + paths.length + ' files, ' + found + ' statements')
}

const joint = all.filter((statement) => statement.joint).length
const withParties = all.filter((statement) => statement.parties.length > 0).length
const withExcerpts = all.filter((statement) => statement.excerpts.length > 0).length
const excerpts = all.reduce((sum, statement) => sum + statement.excerpts.length, 0)
console.log(
  '== total: ' + files + ' files, ' + all.length + ' statements (' + joint + ' joint), ' +
    withParties + ' with parties, ' + withExcerpts + ' with excerpts, ' + excerpts + ' excerpts, ' +
    failures + ' parse failures, ' + Math.round(performance.now() - started) + ' ms'
)
if (jsonFile) {
  writeFileSync(jsonFile, JSON.stringify(all, null, 2) + '\n')
  console.log('== wrote ' + jsonFile)
}

function walk(folder) {
  const result = []
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry)
    if (statSync(path).isDirectory()) result.push(...walk(path))
    else result.push(path)
  }
  return result
}
