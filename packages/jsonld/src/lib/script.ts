import type {Article} from '@dateline/core'
import type {ScriptOptions} from './options.js'
import {toJsonLd} from './to-json-ld.js'

/**
 * Characters that could end or confuse a `<script>` element, each as the
 * JSON escape that means the same character.
 * - `<` and `>`: `</script>` and `<!--` in article text would close the
 *   element or switch the HTML parser into comment-like states.
 * - `&`: harmless in script data, escaped too so the text is also safe in
 *   XHTML and in attributes.
 * - U+2028 and U+2029: valid in JSON strings, line terminators in
 *   pre-ES2019 JavaScript.
 * They can only occur inside JSON strings, where `\uXXXX` is the same
 * character, so `JSON.parse` gives back the same object.
 */
const UNSAFE = /[<>&\u2028\u2029]/g

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029'
}

/**
 * Turn a Dateline `Article` into the text to put inside
 * `<script type="application/ld+json">`: `toJsonLd`, serialised, with
 * `<`, `>`, `&`, U+2028 and U+2029 escaped so that no article text can
 * close the element.
 *
 * @param article
 *   The article.
 * @param options
 *   `toJsonLd` options plus `space` (optional).
 * @returns
 *   JSON text; `JSON.parse` of it equals `toJsonLd(article, options)`.
 */
export function toJsonLdScript(article: Article, options?: ScriptOptions | null): string {
  const json = JSON.stringify(toJsonLd(article, options), null, options?.space)
  return json.replace(UNSAFE, (character) => ESCAPES[character]!)
}
