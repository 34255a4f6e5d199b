import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@dateline/core'
import {expect, test} from 'vitest'

const script = fileURLToPath(new URL('index.js', import.meta.url))
const sample = new URL('../../fixtures/articles/harbour-accord.txt', import.meta.url)

test('prints what the parser found in the sample article', () => {
  const output = execFileSync(process.execPath, [script], {encoding: 'utf8'})
  const article = parseArticle(readFileSync(sample, 'utf8'))
  expect(output).toContain('Headline:   ' + (article.headline?.text ?? '(none)') + '\n')
  expect(output).toContain('Paragraphs: ' + article.paragraphs.length + '\n')
  expect(output).toContain('Quotes (' + article.quotes.length + '):\n')
  for (const quote of article.quotes) {
    const shown = quote.kind === 'reported' ? 'that ' + quote.text : '“' + quote.text + '”'
    expect(output).toMatch(new RegExp('^  ' + quote.id + ' .*' + escape(shown) + '$', 'm'))
  }
  for (const speaker of article.speakers) expect(output).toContain(speaker.id + ' ' + speaker.name)
  for (const statement of article.statements) expect(output).toContain(statement.title)
})

test('takes another article as an argument', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'dateline-example-'))
  try {
    const file = path.join(work, 'vote.txt')
    const text = 'Tessaly council passes harbour budget\n\nDUNMERE, Tessaly — The council approved the budget.\n\n“The quay walls will not repair themselves,” councillor Maren Oduya said.\n'
    writeFileSync(file, text)
    const output = execFileSync(process.execPath, [script, file], {encoding: 'utf8'})
    expect(output).toContain('Headline:   ' + (parseArticle(text).headline?.text ?? '(none)') + '\n')
    expect(output).toContain('Quotes (' + parseArticle(text).quotes.length + '):')
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
})

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
