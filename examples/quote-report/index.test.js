import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@dateline/core'
import {expect, onTestFinished, test} from 'vitest'

const script = fileURLToPath(new URL('index.js', import.meta.url))
const sample = fileURLToPath(new URL('../../fixtures/articles/harbour-accord.txt', import.meta.url))

test('one CSV row per quote, with its article, speaker and kind', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'dateline-example-'))
  onTestFinished(() => rmSync(work, {recursive: true, force: true}))
  const hostile = 'Vote on the quay\n\nDUNMERE — “We said \\"no\\", twice,\nand meant it,” councillor Maren Oduya said.\n'
  writeFileSync(path.join(work, 'a.txt'), readFileSync(sample, 'utf8'))
  writeFileSync(path.join(work, 'b.txt'), hostile)

  const csv = execFileSync(process.execPath, [script, work], {encoding: 'utf8'})
  const rows = parseCsv(csv)
  expect(rows[0]).toEqual(['article', 'speaker', 'kind', 'quote'])

  const expected = []
  for (const [file, text] of [['a.txt', readFileSync(sample, 'utf8')], ['b.txt', hostile]]) {
    const article = parseArticle(text)
    const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
    const visit = (quote) => {
      expected.push([file, names.get(quote.speaker) ?? '', quote.kind, quote.text])
      quote.nested.forEach(visit)
    }
    article.quotes.forEach(visit)
  }
  expect(rows.slice(1)).toEqual(expected)
})

test('fields with commas, quotes and line breaks survive a round trip', () => {
  // The report's own escaping, read back by an independent reader.
  expect(parseCsv('a,"b, ""c""\r\nd",e\r\n')).toEqual([['a', 'b, "c"\r\nd', 'e']])
})

/** A small RFC 4180 reader, to check the writer against. */
function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (character === '"') quoted = false
      else field += character
    } else if (character === '"') quoted = true
    else if (character === ',') {
      row.push(field)
      field = ''
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      index++
    } else field += character
  }
  return rows
}
