/**
 * Structure evaluation over the BBC corpus (`pnpm eval:structure`).
 *
 * The BBC files are a headline line, a blank line, then one paragraph per
 * line with blank lines between, so the expected structure is known:
 * the headline is the first line, and every later non-empty line is one
 * paragraph (or the dek).
 */
import {parseArticle} from '../packages/core/dist/index.js'
import {relative} from 'node:path'
import {corpus, listFiles, readText, requireCorpus} from './corpus.mjs'

const folder = requireCorpus('bbc')
const files = listFiles(folder)
let threw = 0
let headlineOk = 0
let linesOk = 0
const misses = []

for (const file of files) {
  const text = readText(file)
  const name = relative(corpus, file)
  let article
  try {
    article = parseArticle(text)
  } catch (error) {
    threw++
    misses.push(`${name}: threw ${error}`)
    continue
  }
  const lines = text.split(/\r?\n/).map((line) => line.trim())
  const firstIndex = lines.findIndex((line) => line !== '')
  if (article.headline?.text.trim() === lines[firstIndex]) headlineOk++
  else misses.push(`${name}: headline ${JSON.stringify(article.headline?.text ?? null)} is not the first line`)

  const expected = lines.slice(firstIndex + 1).filter((line) => line !== '')
  const got = article.paragraphs.map((paragraph) => paragraph.text.trim())
  if (article.dek) got.unshift(article.dek.text.trim())
  const same = expected.length === got.length && expected.every((line, index) => line === got[index])
  if (same) linesOk++
  else {
    const index = expected.findIndex((line, at) => line !== got[at])
    misses.push(
      `${name}: ${expected.length} lines after the headline, ${got.length} paragraphs+dek; first difference at ${index}: ${JSON.stringify((expected[index] ?? '').slice(0, 60))} vs ${JSON.stringify((got[index] ?? '').slice(0, 60))}`
    )
  }
}

const percent = (count) => ((100 * count) / files.length).toFixed(2) + '%'
console.log(`BBC structure, ${files.length} articles`)
console.log(`| measure | result | target |`)
console.log(`| --- | --- | --- |`)
console.log(`| articles that threw | ${threw} | 0 |`)
console.log(`| headline = first line | ${headlineOk} (${percent(headlineOk)}) | 100% |`)
console.log(`| each later line = one paragraph or the dek | ${linesOk} (${percent(linesOk)}) | ≥ 99% |`)
if (misses.length > 0) {
  console.log(`\nmisses (${misses.length}):`)
  for (const miss of misses) console.log('- ' + miss)
}
process.exitCode = threw > 0 ? 1 : 0
