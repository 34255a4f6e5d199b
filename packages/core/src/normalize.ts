/**
 * Pass 1: normalize.
 *
 * Makes a copy of the input that later passes can read without caring about
 * the many ways scraped text spells white space, **with exactly the same
 * length**, so that every offset in the copy is an offset in the input and
 * no offset map is needed:
 *
 * - a byte order mark becomes a space;
 * - `\r\n` becomes ` \n` and a lone `\r` becomes `\n` (one line break each);
 * - NBSP, narrow NBSP, tabs, form feeds and other Unicode spaces become spaces;
 * - zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, soft hyphen) become
 *   spaces: they would otherwise glue or split words unpredictably. A
 *   zero-width character inside a word splits it for analysis; the node
 *   texts still hold the input as it is.
 * - NUL and other C0 controls become spaces, so they cannot end a string
 *   early in any downstream tool.
 *
 * Node texts are always sliced from the *input*, never from this copy.
 */

// One character in, one character out: the length never changes.
const spaceLike = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00A0\u00AD\u1680\u180E\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\t]/g

export function normalize(input: string): string {
  let text = input
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, (match) => (match.length === 2 ? ' \n' : '\n'))
  }
  return text.replace(spaceLike, ' ')
}
