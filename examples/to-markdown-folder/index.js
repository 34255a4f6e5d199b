/**
 * Convert a folder of plain-text articles to Markdown files.
 *
 *   node index.js [input-folder] [output-folder]
 *
 * Defaults: the repository's `fixtures/articles`, and `./out` here. Every
 * `*.txt` file (searched recursively) becomes a `.md` file at the same
 * relative path, with YAML front matter and a "Quotes" section.
 */
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@dateline/core'
import {toMarkdown} from '@dateline/markdown'

// `pnpm start -- file` passes the `--` through: skip it.
const args = process.argv.slice(2).filter((arg) => arg !== '--')

const input = args[0] ?? fileURLToPath(new URL('../../fixtures/articles', import.meta.url))
const output = args[1] ?? fileURLToPath(new URL('out', import.meta.url))

const files = (await readdir(input, {recursive: true})).filter((file) => file.endsWith('.txt')).sort()
for (const file of files) {
  const article = parseArticle(await readFile(path.join(input, file), 'utf8'))
  const target = path.join(output, file.replace(/\.txt$/, '.md'))
  await mkdir(path.dirname(target), {recursive: true})
  await writeFile(target, toMarkdown(article, {frontmatter: true, quotes: true, statements: true}))
  console.log(path.join(input, file) + ' → ' + target)
}
console.log(files.length + ' article' + (files.length === 1 ? '' : 's') + ' converted')
