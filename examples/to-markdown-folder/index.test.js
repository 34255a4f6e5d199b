import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@dateline/core'
import {toMarkdown} from '@dateline/markdown'
import {expect, test} from 'vitest'

const script = fileURLToPath(new URL('index.js', import.meta.url))
const sample = fileURLToPath(new URL('../../fixtures/articles/harbour-accord.txt', import.meta.url))

test('writes one Markdown file per article, nested folders kept', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'dateline-example-'))
  try {
    cpSync(sample, path.join(work, 'in', 'a.txt'))
    cpSync(sample, path.join(work, 'in', 'deeper', 'b.txt'))
    const log = execFileSync(process.execPath, [script, path.join(work, 'in'), path.join(work, 'out')], {encoding: 'utf8'})
    expect(log).toContain('2 articles converted')
    const expected = toMarkdown(parseArticle(readFileSync(sample, 'utf8')), {frontmatter: true, quotes: true, statements: true})
    expect(readFileSync(path.join(work, 'out', 'a.md'), 'utf8')).toBe(expected)
    expect(readFileSync(path.join(work, 'out', 'deeper', 'b.md'), 'utf8')).toBe(expected)
    expect(expected).toMatch(/^---\n/)
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
})
