/**
 * The built `dateline` command, run as a subprocess (`pnpm build` first;
 * turbo's `test` task depends on `build`). Expected outputs come from the
 * libraries themselves, so these tests pin what the command does with them
 * (reading, decoding, ordering, writing, exit codes), not the parser's
 * answers.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@dateline/core'
import {toJsonLd} from '@dateline/jsonld'
import {toMarkdown} from '@dateline/markdown'
import {toText} from '@dateline/text'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const here = path.dirname(fileURLToPath(import.meta.url))
const packageRoot = path.resolve(here, '..')
const cli = path.join(packageRoot, 'dist', 'cli.js')
const fixtures = path.join(here, 'fixtures', 'articles')
const sample = path.resolve(packageRoot, '..', '..', 'fixtures', 'articles', 'harbour-accord.txt')

const ferry = path.join(fixtures, 'ferry-strike.txt')
const budget = path.join(fixtures, 'nested', 'budget-vote.md')

function dateline(args: string[], options: {input?: string | Buffer; env?: Record<string, string>; cwd?: string} = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? packageRoot,
    env: {...process.env, NO_COLOR: '1', ...options.env},
    maxBuffer: 256 * 1024 * 1024
  })
  return {code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8')}
}

/** What the library gives for `text`, as plain JSON (what the CLI prints). */
function model(text: string) {
  return JSON.parse(JSON.stringify(parseArticle(text)))
}

function jsonLines(stdout: string) {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line))
}

let work: string
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Missing ' + cli + ': run `npx pnpm@12.4.2 build` first')
  work = mkdtempSync(path.join(tmpdir(), 'dateline-cli-test-'))
})
afterAll(() => {
  rmSync(work, {recursive: true, force: true})
})

describe('help, version, usage errors', () => {
  it('prints help with every option, exit 0', () => {
    const result = dateline(['--help'])
    expect(result.code).toBe(0)
    for (const flag of ['--format', '--out', '--jsonl', '--input-format', '--text-field', '--jobs', '--quiet', '--summary', '--encoding', '--version']) {
      expect(result.stdout).toContain(flag)
    }
  })

  it('prints the package version', () => {
    const manifest = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8'))
    const result = dateline(['--version'])
    expect(result.code).toBe(0)
    expect(result.stdout.trim()).toBe(manifest.version)
  })

  it.each([
    [['--format', 'yaml', sample], /format `yaml`.*json, jsonld, markdown, text/],
    [['--jobs', '0', sample], /whole number of jobs/],
    [['--frobnicate'], /--frobnicate/],
    [['--summary', '--format', 'json', sample], /--summary.*replaces/],
    [['--out', 'x', '--jsonl', sample], /--out.*--jsonl/],
    [['--encoding', 'klingon', sample], /Unknown encoding `klingon`/],
    [[ferry, budget], /Several inputs: pass `--out DIR`.*`--jsonl`/],
    [[fixtures], /Several inputs/]
  ])('exits 2 on a usage error: %j', (args, reason) => {
    const result = dateline(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(reason)
    expect(result.stdout).toBe('')
  })
})

describe('one input', () => {
  const text = readFileSync(sample, 'utf8')

  it('reads stdin when given no input, and prints the model', () => {
    const result = dateline([], {input: text})
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(model(text))
  })

  it('reads stdin for `-`', () => {
    const result = dateline(['-'], {input: text})
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(model(text))
  })

  it('reads a file', () => {
    const result = dateline([sample])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(model(text))
    // One article to stdout: no tally on stderr.
    expect(result.stderr).toBe('')
  })

  it('prints JSON-LD, Markdown and text through the adapters', () => {
    const article = parseArticle(text)
    expect(JSON.parse(dateline([sample, '--format', 'jsonld']).stdout)).toEqual(JSON.parse(JSON.stringify(toJsonLd(article))))
    expect(dateline([sample, '--format', 'markdown']).stdout.trimEnd()).toBe(toMarkdown(article).trimEnd())
    expect(dateline([sample, '-f', 'text']).stdout.trimEnd()).toBe(toText(article).trimEnd())
  })

  it('prints who said what with --summary', () => {
    const article = parseArticle(text)
    const result = dateline([sample, '--summary'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(article.headline?.text ?? '')
    const quoted = article.speakers.filter((speaker) => article.quotes.some((quote) => quote.speaker === speaker.id))
    for (const speaker of quoted) expect(result.stdout).toContain(speaker.name)
    if (quoted.length === 0) expect(result.stdout).toMatch(/No quotes found|unattributed/)
    for (const statement of article.statements) expect(result.stdout).toContain(statement.title)
    // A group whose name does not say who is in it is shown with its members.
    for (const group of quoted.filter((speaker) => speaker.members && speaker.members.length > 0)) {
      const names = group.members!.map((id) => article.speakers.find((speaker) => speaker.id === id)!.name)
      if (!names.every((name) => group.name.includes(name))) expect(result.stdout).toContain(group.name + ' (' + names.join(', ') + ')')
    }
  })

  it('shows in its README the summary it prints for the sample article', () => {
    const readme = readFileSync(path.join(packageRoot, 'README.md'), 'utf8')
    const printed = dateline([sample, '--summary']).stdout
    expect(readme).toContain('```text\n' + printed + '```')
  })

  it('decodes a Latin-1 file with a warning, and without one when told the encoding', () => {
    const file = path.join(work, 'latin1.txt')
    // Only Latin-1 characters: an em dash has no Latin-1 byte.
    const text = 'Café owners protest new harbour fees\n\nDUNMERE - Café owners on the quay said the fees would close them.\n'
    writeFileSync(file, Buffer.from(text, 'latin1'))

    const guessed = dateline([file])
    expect(guessed.code).toBe(0)
    expect(guessed.stderr).toMatch(/latin1\.txt: not valid UTF-8, decoded as Latin-1/)
    expect(JSON.parse(guessed.stdout)).toEqual(model(text))

    const told = dateline([file, '--encoding', 'latin1'])
    expect(told.code).toBe(0)
    expect(told.stderr).toBe('')
    expect(JSON.parse(told.stdout)).toEqual(model(text))
  })
})

describe('several inputs', () => {
  it('walks a directory (recursively, *.txt and *.md, sorted) into JSON Lines', () => {
    const result = dateline([fixtures, '--jsonl', '--quiet'])
    expect(result.code).toBe(0)
    const records = jsonLines(result.stdout)
    // Names as the user gave the directory (here absolute), plus the path inside it.
    expect(records.map((record) => record.file)).toEqual([ferry, budget])
    for (const record of records) expect(record.article).toEqual(model(readFileSync(record.file, 'utf8')))

    const relative = jsonLines(dateline([path.join('test', 'fixtures', 'articles'), '--jsonl', '-q']).stdout)
    expect(relative.map((record) => record.file)).toEqual([ferry, budget].map((file) => path.relative(packageRoot, file)))
  })

  it('writes one file per input with --out, mirroring directories', () => {
    const out = path.join(work, 'out-markdown')
    const result = dateline([fixtures, sample, '--out', out, '--format', 'markdown'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^dateline: 3 articles, \d+ quotes?, [\d.]+ s\n$/)
    expect(listFiles(out)).toEqual(['ferry-strike.md', 'harbour-accord.md', path.join('nested', 'budget-vote.md')])
    const written = readFileSync(path.join(out, 'nested', 'budget-vote.md'), 'utf8')
    expect(written.trimEnd()).toBe(toMarkdown(parseArticle(readFileSync(budget, 'utf8'))).trimEnd())
  })

  it('names --out files by format', () => {
    for (const [format, extension] of [['json', '.json'], ['jsonld', '.jsonld'], ['text', '.txt']]) {
      const out = path.join(work, 'out-' + format)
      expect(dateline([ferry, budget, '--out', out, '--format', format!, '--quiet']).code).toBe(0)
      expect(listFiles(out)).toEqual(['budget-vote' + extension, 'ferry-strike' + extension])
    }
  })

  it('warns about a directory with no articles in it', () => {
    const empty = path.join(work, 'empty')
    mkdirSync(empty, {recursive: true})
    writeFileSync(path.join(empty, 'notes.csv'), 'a,b\n')
    const result = dateline([empty, '--jsonl'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(empty + ': no *.txt or *.md files in this directory')
  })

  it('refuses --out when two inputs would write the same file', () => {
    const other = path.join(work, 'other')
    mkdirSync(other, {recursive: true})
    cpSync(ferry, path.join(other, 'ferry-strike.txt'))
    const result = dateline([ferry, path.join(other, 'ferry-strike.txt'), '--out', path.join(work, 'clash')])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/would both be written to/)
  })

  it('reports a bad file with its path, skips it, does the others, exit 1', () => {
    const mixed = path.join(work, 'mixed')
    mkdirSync(mixed, {recursive: true})
    cpSync(ferry, path.join(mixed, 'a-good.txt'))
    writeFileSync(path.join(mixed, 'b-image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    cpSync(budget, path.join(mixed, 'c-good.md'))
    const missing = path.join(work, 'no-such-file.txt')

    const result = dateline([mixed, missing, '--jsonl'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(path.join(mixed, 'b-image.txt') + ': binary data')
    expect(result.stderr).toContain(missing + ': cannot read')
    expect(result.stderr).toMatch(/2 articles, .*2 failures/)
    const records = jsonLines(result.stdout)
    expect(records.map((record) => path.basename(record.file))).toEqual(['a-good.txt', 'c-good.md'])
    expect(records[1].article).toEqual(model(readFileSync(budget, 'utf8')))
  })

  it('gives the same output with --jobs 2 as with --jobs 1', () => {
    const many = path.join(work, 'many')
    mkdirSync(many, {recursive: true})
    const texts = [readFileSync(ferry, 'utf8'), readFileSync(budget, 'utf8'), readFileSync(sample, 'utf8')]
    for (let index = 0; index < 40; index++) {
      writeFileSync(path.join(many, String(index).padStart(3, '0') + '.txt'), texts[index % 3]!)
    }
    const one = dateline([many, '--jsonl', '--jobs', '1', '--quiet'])
    const two = dateline([many, '--jsonl', '--jobs', '2', '--quiet'])
    expect(one.code).toBe(0)
    expect(jsonLines(one.stdout)).toHaveLength(40)
    expect(two.stdout).toBe(one.stdout)
  })
})

describe('JSON Lines corpus (--input-format jsonl)', () => {
  const texts = [readFileSync(ferry, 'utf8'), readFileSync(budget, 'utf8'), readFileSync(sample, 'utf8')]
  // 300 records: several batches, so ordering across workers is exercised.
  const records = Array.from({length: 300}, (_, index) => ({id: index, outlet: 'Wire ' + (index % 7), body: texts[index % 3]}))
  const corpus = records.map((record) => JSON.stringify(record)).join('\n') + '\n'

  it('parses the text field, carries the other fields as meta, keeps input order', () => {
    const result = dateline(['--input-format', 'jsonl', '--text-field', 'body'], {input: corpus})
    expect(result.code).toBe(0)
    const out = jsonLines(result.stdout)
    expect(out).toHaveLength(300)
    out.forEach((record, index) => {
      expect(record.file).toBe('-')
      expect(record.line).toBe(index + 1)
      expect(record.meta).toEqual({id: index, outlet: 'Wire ' + (index % 7)})
    })
    expect(out[2].article).toEqual(model(texts[2]!))
    expect(out[299].article).toEqual(model(texts[299 % 3]!))
  })

  it('gives the same output with --jobs 2 as with --jobs 1', () => {
    const file = path.join(work, 'corpus.jsonl')
    writeFileSync(file, corpus)
    const one = dateline([file, '--input-format', 'jsonl', '--text-field', 'body', '--jobs', '1'])
    const two = dateline([file, '--input-format', 'jsonl', '--text-field', 'body', '--jobs', '2'])
    expect(one.code).toBe(0)
    expect(two.code).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    expect(one.stderr).toMatch(/^dateline: 300 articles, \d+ quotes, [\d.]+ s\n$/)
  })

  it('renders other formats into the record', () => {
    const result = dateline(['--input-format', 'jsonl', '--text-field', 'body', '--format', 'markdown', '-q'], {
      input: JSON.stringify(records[0]) + '\n'
    })
    expect(jsonLines(result.stdout)[0].markdown).toBe(toMarkdown(parseArticle(texts[0]!)))
  })

  it('reports bad lines with file and line number, and goes on (exit 1)', () => {
    const file = path.join(work, 'bad.jsonl')
    const lines = [
      JSON.stringify({id: 'a', text: texts[0]}),
      '{"id": "b", "text": ',
      '',
      JSON.stringify({id: 'c', body: texts[1]}),
      '[1, 2]',
      JSON.stringify({id: 'd', text: texts[1]})
    ]
    // The last line has no newline: it still counts.
    writeFileSync(file, lines.join('\r\n'))
    const result = dateline([file, '--input-format', 'jsonl'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(file + ':2: invalid JSON')
    expect(result.stderr).toContain(file + ':4: no string field `text`')
    expect(result.stderr).toContain(file + ':5: expected a JSON object')
    const out = jsonLines(result.stdout)
    expect(out.map((record) => [record.meta.id, record.line])).toEqual([['a', 1], ['d', 6]])
  })

  it('shows the first 100 errors and counts the rest', () => {
    const input = Array.from({length: 150}, (_, id) => JSON.stringify({id})).join('\n')
    const result = dateline(['--input-format', 'jsonl'], {input})
    expect(result.code).toBe(1)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines.filter((line) => line.includes('no string field'))).toHaveLength(100)
    expect(lines.at(-2)).toBe('dateline: further errors are counted in the summary line, not shown')
    expect(lines.at(-1)).toMatch(/0 articles, 0 quotes, [\d.]+ s, 150 failures$/)
  })

  it('decodes a Latin-1 line with a warning and keeps it', () => {
    const text = 'Café prices rise\n\nDUNMERE - Café owners raised prices on Monday.'
    const bytes = Buffer.concat([
      Buffer.from(JSON.stringify({id: 1, text: texts[0]}) + '\n'),
      Buffer.from(JSON.stringify({id: 2, text}) + '\n', 'latin1')
    ])
    const result = dateline(['--input-format', 'jsonl'], {input: bytes})
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('-:2: not valid UTF-8')
    const out = jsonLines(result.stdout)
    expect(out[1].article).toEqual(model(text))
  })
})

describe('stdout closed early', () => {
  it('stops quietly when the reader goes away (`| head -1`)', () => {
    const file = path.join(work, 'pipe.jsonl')
    const text = readFileSync(sample, 'utf8')
    writeFileSync(file, Array.from({length: 2000}, (_, id) => JSON.stringify({id, text})).join('\n'))
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" "${file}" --input-format jsonl --quiet | head -c 100`], {
      encoding: 'utf8'
    })
    expect(result.status).toBe(0)
    expect(result.stdout).toHaveLength(100)
    expect(result.stderr).toBe('')
  })
})

function listFiles(root: string): string[] {
  return (readdirSync(root, {recursive: true, withFileTypes: true}) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath ?? (entry as unknown as {path: string}).path, entry.name)))
    .sort()
}
