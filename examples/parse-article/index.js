/**
 * Parse one article and print what Dateline found in it.
 *
 *   node index.js [article.txt]
 *
 * Default: the bundled sample article, `fixtures/articles/harbour-accord.txt`.
 */
import {readFile} from 'node:fs/promises'
import {parseArticle} from '@dateline/core'

// `pnpm start -- file` passes the `--` through: skip it.
const args = process.argv.slice(2).filter((arg) => arg !== '--')

const file = args[0] ?? new URL('../../fixtures/articles/harbour-accord.txt', import.meta.url)
const article = parseArticle(await readFile(file, 'utf8'))

const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
const nameOf = (id) => (id === undefined ? 'unknown speaker' : (speakers.get(id)?.name ?? id))

console.log('Headline:   ' + (article.headline?.text ?? '(none)'))
console.log('Dek:        ' + (article.dek?.text ?? '(none)'))
console.log('Source:     ' + (article.source?.text ?? '(none)'))
console.log('Byline:     ' + (article.byline ? article.byline.authors.join(', ') || article.byline.text : '(none)'))
if (article.dateline) {
  const {place, date, agency, text} = article.dateline
  const parts = [place && 'place ' + place, date && 'date ' + date, agency && 'agency ' + agency].filter(Boolean)
  console.log('Dateline:   ' + text + (parts.length > 0 ? ' (' + parts.join(', ') + ')' : ''))
} else {
  console.log('Dateline:   (none)')
}
for (const line of article.dates) console.log('Date:       ' + line.text + (line.date ? ' → ' + line.date : ''))
console.log('Paragraphs: ' + article.paragraphs.length)

console.log('\nQuotes (' + article.quotes.length + '):')
for (const quote of article.quotes) {
  const how = [quote.kind, quote.cue && 'cue “' + quote.cue + '”', quote.continues && 'continues ' + quote.continues]
  // Reported speech has no marks of its own: show it as the paraphrase it is.
  const text = quote.kind === 'reported' ? 'that ' + quote.text : '“' + quote.text + '”'
  console.log(`  ${quote.id} ${nameOf(quote.speaker)} (${how.filter(Boolean).join(', ')}): ${text}`)
  for (const nested of quote.nested) console.log(`     nested ${nested.id}: ‘${nested.text}’`)
}

console.log('\nSpeakers (' + article.speakers.length + '):')
for (const speaker of article.speakers) {
  const extra = [speaker.kind, speaker.role, speaker.aliases.length > 0 && 'also “' + speaker.aliases.join('”, “') + '”']
  if (speaker.members) extra.push('members: ' + speaker.members.map(nameOf).join(', '))
  console.log(`  ${speaker.id} ${speaker.name} (${extra.filter(Boolean).join('; ')})`)
}

console.log('\nStatements (' + article.statements.length + '):')
for (const statement of article.statements) {
  const parties = statement.parties.map(nameOf).join(', ') || 'parties unknown'
  console.log(`  ${statement.id} ${statement.title}${statement.joint ? ' (joint)' : ''}: ${parties}`)
  for (const excerpt of statement.excerpts) console.log(`     ${excerpt.kind}: ${excerpt.text}`)
}

if (article.messages.length > 0) {
  console.log('\nMessages (' + article.messages.length + '):')
  for (const message of article.messages) {
    const where = message.position ? message.position.start.line + ':' + message.position.start.column + ' ' : ''
    console.log(`  ${where}${message.reason} [${message.ruleId}]`)
  }
}
