import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@dateline/core'
import {toJsonLd} from '@dateline/jsonld'
import {expect, test} from 'vitest'

const script = fileURLToPath(new URL('index.js', import.meta.url))
const sample = fileURLToPath(new URL('../../fixtures/articles/harbour-accord.txt', import.meta.url))
const pattern = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g

test('prints a page whose JSON-LD block is the article as a NewsArticle', () => {
  const url = 'https://news.example.com/a'
  const html = execFileSync(process.execPath, [script, sample, url], {encoding: 'utf8'})
  const blocks = [...html.matchAll(pattern)]
  expect(blocks).toHaveLength(1)
  const data = JSON.parse(blocks[0][1])
  expect(data).toEqual(JSON.parse(JSON.stringify(toJsonLd(parseArticle(readFileSync(sample, 'utf8')), {id: url}))))
  expect(data['@type']).toBe('NewsArticle')
})

test('article text cannot break out of the script element', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'dateline-example-'))
  try {
    const file = path.join(work, 'hostile.txt')
    writeFileSync(file, 'Council </script><script>alert(1)</script> vote\n\nDUNMERE — “</script><b>bold</b>,” the clerk said.\n')
    const html = execFileSync(process.execPath, [script, file], {encoding: 'utf8'})
    expect([...html.matchAll(pattern)]).toHaveLength(1)
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<b>bold</b>')
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
})
