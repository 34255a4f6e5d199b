import {describe, expect, it} from 'vitest'
import {toJsonLd, toJsonLdScript} from '../src/index.js'
import {handBuiltArticle} from '@dateline/test-utils'

const hostile = [
  '</script><script>alert(1)</script>',
  '<!-- <script>',
  'Tom & Jerry &amp; co',
  'line\u2028separator and paragraph\u2029separator',
  '</SCRIPT >',
  ']]>'
]

function articleWith(text: string) {
  const article = handBuiltArticle()
  article.headline!.text = text
  article.paragraphs[1]!.text = text
  article.quotes[0]!.text = text
  article.speakers[0]!.name = text
  return article
}

describe('toJsonLdScript', () => {
  it.each(hostile)('cannot close the script element: %j', (text) => {
    const article = articleWith(text)
    const script = toJsonLdScript(article)
    expect(script).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(script)).toEqual(toJsonLd(article))
    // What a browser sees: nothing in the text ends the element early.
    const html = '<script type="application/ld+json">' + script + '</script>'
    expect(html.toLowerCase().indexOf('</script')).toBe(html.length - '</script>'.length)
  })

  it('uses \\u escapes', () => {
    expect(toJsonLdScript(articleWith('a</script>&b'))).toContain('a\\u003c/script\\u003e\\u0026b')
    // Reading text collapses U+2028 to a space; the article IRI is kept as given.
    const script = toJsonLdScript(handBuiltArticle(), {id: 'https://news.example/a\u2028b\u2029c'})
    expect(script).toContain('https://news.example/a\\u2028b\\u2029c')
    expect(JSON.parse(script)['@id']).toBe('https://news.example/a\u2028b\u2029c')
  })

  it('indents with `space` and passes options on', () => {
    const script = toJsonLdScript(handBuiltArticle(), {space: 2, language: null})
    expect(script.split('\n')[1]).toBe('  "@context": "https://schema.org",')
    expect(JSON.parse(script).inLanguage).toBeUndefined()
  })

  it('round-trips every article string', () => {
    const article = handBuiltArticle()
    expect(JSON.parse(toJsonLdScript(article))).toEqual(toJsonLd(article))
  })
})
