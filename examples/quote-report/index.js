/**
 * A CSV report of every quote in a folder of articles.
 *
 *   node index.js [folder] > quotes.csv
 *
 * Default folder: the repository's `fixtures/articles`. Columns: article
 * (file path), speaker (name, empty when unknown), kind (direct, partial,
 * reported), quote. One row per quote, nested quotes included after their
 * parent.
 */
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@dateline/core'

// `pnpm start -- file` passes the `--` through: skip it.
const args = process.argv.slice(2).filter((arg) => arg !== '--')

const folder = args[0] ?? fileURLToPath(new URL('../../fixtures/articles', import.meta.url))

const files = (await readdir(folder, {recursive: true})).filter((file) => /\.(txt|md)$/.test(file)).sort()
process.stdout.write(row(['article', 'speaker', 'kind', 'quote']))
for (const file of files) {
  const article = parseArticle(await readFile(path.join(folder, file), 'utf8'))
  const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
  const visit = (quote) => {
    process.stdout.write(row([file, names.get(quote.speaker) ?? '', quote.kind, quote.text]))
    quote.nested.forEach(visit)
  }
  article.quotes.forEach(visit)
}

/**
 * One CSV record (RFC 4180): a field with a comma, a double quote or a line
 * break is wrapped in double quotes, and its double quotes doubled. Quotes
 * from news text are full of commas and quotation marks, so this matters.
 */
function row(fields) {
  return fields.map((field) => (/[",\r\n]/.test(field) ? '"' + field.replaceAll('"', '""') + '"' : field)).join(',') + '\r\n'
}
