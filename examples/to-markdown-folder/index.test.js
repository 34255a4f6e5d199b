import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@dateline/core'
import {toMarkdown} from '@dateline/markdown'

const script = fileURLToPath(new URL('index.js', import.meta.url))
const sample = fileURLToPath(new URL('../../fixtures/articles/harbour-accord.txt', import.meta.url))

test('writes one Markdown file per article, nested folders kept', (t) => {
  const work = mkdtempSync(path.join(tmpdir(), 'dateline-example-'))
  t.after(() => rmSync(work, {recursive: true, force: true}))
  cpSync(sample, path.join(work, 'in', 'a.txt'), {recursive: true})
  cpSync(sample, path.join(work, 'in', 'deeper', 'b.txt'))

  const log = execFileSync(process.execPath, [script, path.join(work, 'in'), path.join(work, 'out')], {encoding: 'utf8'})
  assert.match(log, /2 articles converted/)
  const expected = toMarkdown(parseArticle(readFileSync(sample, 'utf8')), {frontmatter: true, quotes: true, statements: true})
  assert.equal(readFileSync(path.join(work, 'out', 'a.md'), 'utf8'), expected)
  assert.equal(readFileSync(path.join(work, 'out', 'deeper', 'b.md'), 'utf8'), expected)
  assert.match(expected, /^---\n/)
})
