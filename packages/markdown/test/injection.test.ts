/**
 * Article text never becomes markup: each hostile text goes everywhere the
 * adapter puts article text, the output is parsed back (CommonMark, and
 * GFM when `gfm` is on), and the tree must be exactly the one the adapter
 * made, text unchanged.
 */
import {parseArticle} from '@dateline/core'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {toMarkdown, toMdast} from '../src/index.js'
import {handBuiltArticle} from '@dateline/test-utils'
import {articlesDir} from '@dateline/test-utils'
import {parse, shape, unlinkLiterals, type Shape} from './roundtrip.js'

const hostile = [
  '# Not a heading',
  '## also not #',
  '> not a quote',
  '- not a list',
  '+ not a list',
  '* not a list',
  '1. not a list',
  '1) not a list',
  '2024. The year',
  '<script>alert(1)</script>',
  '<div onclick="x()">',
  '<!-- comment -->',
  '[x](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  '[ref]: https://evil.example',
  '<https://evil.example>',
  'a | b | c',
  '| a | b |\n| --- | --- |\n| 1 | 2 |',
  'use `code` here',
  '```js',
  '~~~',
  '*bold* and **strong** and _em_ and __strong__',
  'snake_case_name and 2*3*4',
  '~~struck~~',
  'www.example.com and https://example.com and mail@example.com',
  '---',
  '***',
  '===',
  'Title\n===',
  'tab\tindented',
  '    four spaces of code',
  'back\\slash \\* and &amp; &#35; &copy',
  'trailing two spaces  \nbreak',
  '[^1] footnote',
  '- [ ] task',
  '\\',
  '#',
  '>'
]

function articleWith(text: string) {
  const article = handBuiltArticle()
  article.headline!.text = text
  delete article.dek!.repeats
  article.dek!.text = text + ' (dek)'
  article.paragraphs[1]!.text = text
  article.paragraphs.push({...article.paragraphs[2]!, index: 5, text: text + '\n' + text})
  article.quotes[0]!.text = text
  article.speakers[0]!.name = text
  article.statements[0]!.title = text
  article.statements[0]!.excerpts[0]!.text = text
  return article
}

const options = {frontmatter: true, quotes: true, statements: true}

/** Every text value in a shape, in order. */
function texts(node: Shape): string[] {
  return [...(node.type === 'text' ? [node.value!] : []), ...(node.children ?? []).flatMap(texts)]
}

describe('article text never becomes markup', () => {
  describe.each([true, false])('gfm: %s', (gfm) => {
    it.each(hostile)('%j', (text) => {
      const article = articleWith(text)
      const made = shape(toMdast(article, options))
      const markdown = toMarkdown(article, {...options, gfm})
      const back = shape(parse(markdown, {gfm}))
      expect(gfm ? unlinkLiterals(back) : back).toEqual(made)
      // The text itself is unchanged (white space collapsed).
      expect(texts(made)).toContain(text.replace(/\s+/g, ' ').trim())
    })
  })

  it('lets GFM link only bare http(s) and e-mail addresses, text unchanged', () => {
    const article = articleWith('see www.example.com, https://example.com/a?b=1 or mail@example.com; javascript:alert(1)')
    const back = shape(parse(toMarkdown(article), {gfm: true}))
    const urls: string[] = []
    const visit = (node: Shape): void => {
      if (node.type === 'link') urls.push(node.url!)
      node.children?.forEach(visit)
    }
    visit(back)
    expect([...new Set(urls)]).toEqual(['http://www.example.com', 'https://example.com/a?b=1', 'mailto:mail@example.com'])
    expect(unlinkLiterals(back)).toEqual(shape(toMdast(article)))
    // CommonMark readers make no links at all.
    expect(shape(parse(toMarkdown(article), {gfm: false}))).toEqual(shape(toMdast(article)))
  })

  it('holds for the sample article full of Markdown-like text', () => {
    const article = parseArticle(readFileSync(articlesDir + 'adapters-observatory.txt', 'utf8'))
    for (const gfm of [true, false]) {
      const markdown = toMarkdown(article, {...options, gfm})
      expect(shape(parse(markdown, {gfm}))).toEqual(shape(toMdast(article, options)))
    }
  })
})

describe('the round-trip check', () => {
  it.each(['# x', '> x', '- x', '2024. x', '<script>x</script>', '[x](javascript:alert(1))', '*x*', '`x`', '~~x~~'])(
    'sees markup when text is not escaped: %j',
    (text) => {
      const asText = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: text}]}]}
      expect(shape(parse(text, {gfm: true}))).not.toEqual(asText)
    }
  )
})
