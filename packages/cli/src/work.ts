/**
 * The work itself: bytes in, rendered output out. Runs in worker threads
 * (see `worker.ts`) and, for a single input, on the main thread. Never
 * throws for bad input: each failure becomes an error string that the main
 * thread reports with its path, and the batch goes on.
 */
import {readFile} from 'node:fs/promises'
import {parseArticle, type Article} from '@dateline/core'
import type {Format} from './args.js'
import {decode, DecodeError, LATIN1_WARNING} from './decode.js'
import {RECORD_KEYS, toDocument, type Render} from './render.js'

export interface WorkConfig {
  format: Format
  /** `document`: one standalone output per input; `record`: one JSON Lines record per input. */
  container: 'document' | 'record'
  encoding?: string
  /** JSON Lines input: the field holding the text. */
  textField: string
  structureOnly: boolean
}

/** One article file: read from `path`, or given as `bytes` (stdin). */
export interface FileItem {
  /** Shown in messages and in the `file` field of records. */
  name: string
  path?: string
  bytes?: Uint8Array
}

export interface FileResult {
  name: string
  output?: string
  error?: string
  warning?: string
  quotes: number
}

/** A run of whole JSON Lines, as bytes. */
export interface LinesTask {
  /** File name (or `-`) for messages and the `file` field. */
  source: string
  /** Line number of the first line, from 1. */
  firstLine: number
  bytes: Uint8Array
}

export interface LinesResult {
  /** JSON Lines, UTF-8: one record per article, in input order. */
  output: Uint8Array
  lines: number
  articles: number
  quotes: number
  errors: string[]
  warnings: string[]
}

const encoder = new TextEncoder()

/**
 * Output bytes per input byte to reserve up front: the JSON model of a
 * 1.4 kB article is ~13 kB (positions on every node), so 10× avoids most
 * regrowth; other formats are smaller and waste only address space.
 */
const OUTPUT_GROWTH_GUESS = 10

/**
 * UTF-8 output, encoded record by record into one buffer outside the JS
 * heap. Keeping a batch's records as strings until the end made them
 * survive every young-generation GC (copied, then promoted): encoding each
 * one at once let them die young (measured: scavenge time per article down
 * by a third).
 */
class ByteWriter {
  private buffer: Uint8Array
  private length = 0

  constructor(capacity: number) {
    this.buffer = new Uint8Array(Math.max(1024, capacity))
  }

  write(text: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    const needed = this.length + text.length * 3
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2))
      grown.set(this.buffer.subarray(0, this.length))
      this.buffer = grown
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written
  }

  /** The bytes written; the view's buffer is the one to transfer. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length)
  }
}
const strictUtf8 = new TextDecoder('utf-8', {fatal: true})
const latin1 = new TextDecoder('latin1')

export async function processFile(item: FileItem, config: WorkConfig, render: Render): Promise<FileResult> {
  let bytes: Uint8Array
  try {
    bytes = item.bytes ?? (await readFile(item.path ?? item.name))
  } catch (error) {
    return {name: item.name, error: 'cannot read: ' + describeError(error), quotes: 0}
  }

  let text: string
  let warning: string | undefined
  try {
    const decoded = decode(bytes, config.encoding)
    text = decoded.text
    warning = decoded.warning
  } catch (error) {
    if (error instanceof DecodeError) return {name: item.name, error: error.message, quotes: 0}
    throw error
  }

  const converted = convert(text, config, render)
  if ('error' in converted) return {name: item.name, error: converted.error, quotes: 0}
  const {article, value} = converted

  const output =
    config.container === 'document'
      ? toDocument(config.format, value)
      : JSON.stringify({file: item.name, [RECORD_KEYS[config.format]]: value}) + '\n'
  const result: FileResult = {name: item.name, output, quotes: article.quotes.length}
  if (warning) result.warning = warning
  return result
}

export function processLines(task: LinesTask, config: WorkConfig, render: Render): LinesResult {
  const lines = decodeLines(task, config.encoding)
  const key = RECORD_KEYS[config.format]
  const output = new ByteWriter(task.bytes.length * OUTPUT_GROWTH_GUESS)
  const errors: string[] = []
  const warnings: string[] = lines.warnings
  let articles = 0
  let quotes = 0

  lines.texts.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const where = task.source + ':' + (task.firstLine + index)
    // Blank lines (a trailing newline, a blank line between records) are not records.
    if (line.trim() === '') return

    let record: unknown
    try {
      record = JSON.parse(line)
    } catch (error) {
      errors.push(where + ': invalid JSON (' + describeError(error) + '); each line must be one JSON object')
      return
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      errors.push(where + ': expected a JSON object, not ' + (Array.isArray(record) ? 'an array' : String(record)))
      return
    }
    const {[config.textField]: text, ...meta} = record as Record<string, unknown>
    if (typeof text !== 'string') {
      errors.push(
        where + ': no string field `' + config.textField + '`; pass `--text-field NAME` to name the field with the article text'
      )
      return
    }

    const converted = convert(text, config, render)
    if ('error' in converted) {
      errors.push(where + ': ' + converted.error)
      return
    }
    const {article, value} = converted
    articles++
    quotes += article.quotes.length
    // Two writes, not `+ '\n'`: concatenating would copy the 13 kB record once more.
    output.write(JSON.stringify({file: task.source, line: task.firstLine + index, meta, [key]: value}))
    output.write('\n')
  })

  return {
    output: output.bytes(),
    lines: lines.count,
    articles,
    quotes,
    errors,
    warnings
  }
}

/**
 * Split a batch into lines and decode them. The fast path decodes the whole
 * batch at once; when it is not UTF-8, each line is decoded on its own so
 * only the lines that need it fall back to Latin-1, each with a warning.
 */
function decodeLines(task: LinesTask, encoding: string | undefined): {texts: string[]; count: number; warnings: string[]} {
  const warnings: string[] = []
  let texts: string[]
  if (encoding) {
    texts = new TextDecoder(encoding).decode(task.bytes).split('\n')
  } else {
    try {
      texts = strictUtf8.decode(task.bytes).split('\n')
    } catch {
      texts = []
      let start = 0
      while (start <= task.bytes.length) {
        let end = task.bytes.indexOf(10, start)
        if (end === -1) end = task.bytes.length
        const slice = task.bytes.subarray(start, end)
        try {
          texts.push(strictUtf8.decode(slice))
        } catch {
          warnings.push(task.source + ':' + (task.firstLine + texts.length) + ': ' + LATIN1_WARNING)
          texts.push(latin1.decode(slice))
        }
        start = end + 1
      }
    }
  }
  // A batch ends with a newline, so the last piece is empty and is not a line.
  if (texts.length > 0 && texts[texts.length - 1] === '') texts.pop()
  return {texts, count: texts.length, warnings}
}

/** Parse and render one article; a failure is reported, never thrown, so the batch goes on. */
function convert(text: string, config: WorkConfig, render: Render): {article: Article; value: unknown} | {error: string} {
  try {
    const article = parseArticle(text, {structureOnly: config.structureOnly})
    return {article, value: render(article)}
  } catch (error) {
    return {error: 'cannot parse: ' + describeError(error)}
  }
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as Error).message)
  return String(error)
}
