/**
 * Bytes → text. Input that is not UTF-8 is decoded anyway, never dropped:
 * scraped archives mix encodings (a Latin-1 file among UTF-8 ones is common),
 * and losing an article silently is worse than a warning.
 */

/** How many leading bytes are checked for NUL when deciding a file is binary. */
const BINARY_SNIFF_BYTES = 8192

export interface Decoded {
  text: string
  /** Set when the encoding had to be guessed: say so, and how to force it. */
  warning?: string
}

/** The input cannot be text at all (an image, an archive): a failure, not a guess. */
export class DecodeError extends Error {
  override name = 'DecodeError'
}

export const LATIN1_WARNING = 'not valid UTF-8, decoded as Latin-1 (windows-1252); pass `--encoding NAME` to choose'

const utf8 = new TextDecoder('utf-8', {fatal: true})
// WHATWG maps the `latin1` label to windows-1252, which is what "Latin-1"
// files from Windows newsroom systems really are (curly quotes at 0x93/0x94).
const latin1 = new TextDecoder('latin1')

/**
 * Decode `bytes` with `encoding` when given, else: a UTF-16 BOM wins, then
 * UTF-8, then Latin-1 with a warning.
 *
 * @throws {DecodeError} When the bytes hold NUL characters and no UTF-16 BOM (binary data).
 */
export function decode(bytes: Uint8Array, encoding?: string): Decoded {
  if (encoding) return {text: new TextDecoder(encoding).decode(bytes)}

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {text: new TextDecoder('utf-16le').decode(bytes)}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {text: new TextDecoder('utf-16be').decode(bytes)}

  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES)
  if (sniff.indexOf(0) !== -1) {
    throw new DecodeError('binary data (NUL bytes), not text; pass a text file or `--encoding utf-16le` if it is UTF-16')
  }

  try {
    return {text: utf8.decode(bytes)}
  } catch {
    return {
      text: latin1.decode(bytes),
      warning: LATIN1_WARNING
    }
  }
}
