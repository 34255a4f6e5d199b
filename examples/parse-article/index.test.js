import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@dateline/core'

const script = fileURLToPath(new URL('index.js', import.meta.url))
const sample = new URL('../../fixtures/articles/harbour-accord.txt', import.meta.url)

test('prints what the parser found in the sample article', () => {
  const output = execFileSync(process.execPath, [script], {encoding: 'utf8'})
  const article = parseArticle(readFileSync(sample, 'utf8'))
  assert.match(output, new RegExp('^Headline: +' + escape(article.headline?.text ?? '(none)') + '$', 'm'))
  assert.match(output, new RegExp('^Paragraphs: ' + article.paragraphs.length + '$', 'm'))
  assert.match(output, new RegExp('^Quotes \\(' + article.quotes.length + '\\):$', 'm'))
  for (const quote of article.quotes) {
    const shown = quote.kind === 'reported' ? 'that ' + quote.text : '“' + quote.text + '”'
    assert.ok(output.includes(quote.id + ' ') && output.includes(shown), quote.id)
  }
  for (const speaker of article.speakers) assert.ok(output.includes(speaker.id + ' ' + speaker.name), speaker.id)
  for (const statement of article.statements) assert.ok(output.includes(statement.title), statement.id)
})

test('takes another article as an argument', () => {
  const file = fileURLToPath(new URL('../../packages/cli/test/fixtures/articles/ferry-strike.txt', import.meta.url))
  const output = execFileSync(process.execPath, [script, file], {encoding: 'utf8'})
  assert.match(output, new RegExp('^Headline: +' + escape(parseArticle(readFileSync(file, 'utf8')).headline?.text ?? '(none)'), 'm'))
})

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
