#!/usr/bin/env node
/**
 * Copy golden outputs into README.md, between
 * `<!-- golden:FILE LANG -->` and `<!-- /golden -->` markers, so that the
 * examples in the readme are the outputs the tests check. Run by
 * each adapter's `pnpm golden` after the goldens are regenerated; `--check` exits 1 when
 * the readme is out of date instead of writing it.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

// Run from the package whose README it updates (pnpm runs scripts there).
const base = join(process.cwd(), '/')
const readmePath = base + 'README.md'
const readme = readFileSync(readmePath, 'utf8')
const marker = /(<!-- golden:(\S+) (\S+) -->\n)[\s\S]*?(<!-- \/golden -->)/g

const result = readme.replace(marker, (_all, open, file, lang, close) => {
  const content = readFileSync(base + 'test/golden/' + file, 'utf8').replace(/\n$/, '')
  // A fence longer than any run of backticks in the content.
  let longest = 0
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return open + fence + lang + '\n' + content + '\n' + fence + '\n' + close
})

if (process.argv.includes('--check')) {
  if (result !== readme) {
    console.error('README.md does not show the current golden outputs: run `pnpm golden`')
    process.exit(1)
  }
} else if (result !== readme) {
  writeFileSync(readmePath, result)
  console.log('README.md: golden outputs updated')
}
