/**
 * Make the JSON-LD `<script>` block for an article's web page, so search
 * engines read it as a schema.org `NewsArticle` with its quotes.
 *
 *   node index.js [article.txt] [page-url]
 *
 * Defaults: the bundled sample article and an example.com URL. Prints a
 * small HTML page with the block in its `<head>`.
 */
import {readFile} from 'node:fs/promises'
import {parseArticle} from '@dateline/core'
import {toJsonLdScript} from '@dateline/jsonld'

// `pnpm start -- file` passes the `--` through: skip it.
const args = process.argv.slice(2).filter((arg) => arg !== '--')

const file = args[0] ?? new URL('../../fixtures/articles/harbour-accord.txt', import.meta.url)
const url = args[1] ?? 'https://news.example.com/2025/03/harbour-accord'
const article = parseArticle(await readFile(file, 'utf8'))

// `toJsonLdScript` gives the JSON with `<`, `>` and `&` escaped, so article
// text can never close the element (`</script>` in a quote stays data):
// never put `JSON.stringify` output in a script element by hand.
const json = toJsonLdScript(article, {id: url, space: 2})
const script = '<script type="application/ld+json">\n' + json + '\n</script>'

const title = article.headline?.text ?? 'Article'
console.log(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
${script}
</head>
<body>
<h1>${escapeHtml(title)}</h1>
</body>
</html>`)

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (character) => '&#' + character.charCodeAt(0) + ';')
}
