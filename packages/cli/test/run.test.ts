/**
 * Terminal behaviour through the programmatic API (`run(argv, io)`), where
 * a test can pretend to be a terminal: help instead of waiting on a TTY,
 * the progress bar, `--quiet`, `NO_COLOR`.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {run} from '../dist/index.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, 'fixtures', 'articles')
const ferry = readFileSync(path.join(fixtures, 'ferry-strike.txt'), 'utf8')

class Capture extends PassThrough {
  text = ''
  constructor(public isTTY: boolean) {
    super()
    this.on('data', (chunk) => (this.text += chunk))
  }
}

function stdinOf(text: string, isTTY = false) {
  const stream = new PassThrough() as PassThrough & {isTTY: boolean}
  stream.isTTY = isTTY
  stream.end(text)
  return stream
}

describe('run(argv, io)', () => {
  it('prints help instead of waiting when stdin is a terminal and no input is given (exit 2)', async () => {
    const stdout = new Capture(false)
    const stderr = new Capture(true)
    const code = await run([], {stdin: stdinOf('', true), stdout, stderr, env: {}})
    expect(code).toBe(2)
    expect(stderr.text).toContain('Usage: dateline')
    expect(stdout.text).toBe('')
  })

  it('draws a progress bar and a summary line on a terminal', async () => {
    const corpus = Array.from({length: 200}, (_, id) => JSON.stringify({id, text: ferry})).join('\n')
    const stdout = new Capture(false)
    const stderr = new Capture(true)
    const code = await run(['--input-format', 'jsonl', '--jobs', '2'], {stdin: stdinOf(corpus), stdout, stderr, env: {}})
    expect(code).toBe(0)
    expect(stdout.text.trim().split('\n')).toHaveLength(200)
    // The bar is redrawn in place and cleared before the summary line.
    expect(stderr.text).toMatch(/\r\u001B\[K.*\d+ lines, [\d.]+\/s/)
    expect(stderr.text).toMatch(/\r\u001B\[Kdateline: 200 articles, \d+ quotes, [\d.]+ s\n$/)
  })

  it('is silent on stderr with --quiet', async () => {
    const stdout = new Capture(false)
    const stderr = new Capture(true)
    const code = await run(['--input-format', 'jsonl', '-q'], {stdin: stdinOf(JSON.stringify({text: ferry})), stdout, stderr, env: {}})
    expect(code).toBe(0)
    expect(stderr.text).toBe('')
  })

  it('colours errors on a terminal, unless NO_COLOR is set', async () => {
    const input = '{"text": 1}\n'
    const coloured = new Capture(true)
    expect(await run(['--input-format', 'jsonl'], {stdin: stdinOf(input), stdout: new Capture(false), stderr: coloured, env: {}})).toBe(1)
    expect(coloured.text).toContain('\u001B[31merror\u001B[39m: -:1: no string field `text`')

    const plain = new Capture(true)
    expect(await run(['--input-format', 'jsonl'], {stdin: stdinOf(input), stdout: new Capture(false), stderr: plain, env: {NO_COLOR: '1'}})).toBe(1)
    expect(plain.text).toContain('error: -:1: no string field `text`')
    expect(plain.text).not.toContain('\u001B[3')
  })
})
