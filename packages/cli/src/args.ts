import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'

/** Output formats; `summary` is what `--summary` selects. */
export type Format = 'json' | 'jsonld' | 'markdown' | 'text' | 'summary'

export const FORMATS: ReadonlyArray<Exclude<Format, 'summary'>> = ['json', 'jsonld', 'markdown', 'text']

export type InputFormat = 'text' | 'jsonl'

/** Options after normalisation: every default filled in once, here. */
export interface CliOptions {
  /** Files, directories, or `-` for stdin. Default: `[]` (stdin). */
  inputs: string[]
  /** Output format. Default: `'json'`; `'summary'` with `--summary`. */
  format: Format
  /** Directory to write one output file per input into. Default: none. */
  out?: string
  /** Several inputs: one `{"file", "article"}` object per line on stdout. Default: `false`. */
  jsonl: boolean
  /** `text`: each input is one article; `jsonl`: one article per line. Default: `'text'`. */
  inputFormat: InputFormat
  /** Field of each JSON Lines record that holds the article text. Default: `'text'`. */
  textField: string
  /** Worker threads. Default: the number of cores (`os.availableParallelism()`). */
  jobs: number
  /** No progress bar and no summary line. Default: `false`. */
  quiet: boolean
  /** Force an input encoding (a WHATWG label: `latin1`, `utf-16le`, ...). Default: detect, UTF-8 first. */
  encoding?: string
  /** Skip quotes, speakers and statements. Default: `false`. */
  structureOnly: boolean
}

export type Command = {kind: 'help'} | {kind: 'version'} | {kind: 'run'; options: CliOptions}

/** A mistake in the command line: reported with a hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const HELP = `Usage: dateline [FILE|DIR|-]... [options]

Parse plain-text news articles into the Dateline model (headline, dek, byline,
dateline, paragraphs, quotes, speakers, statements) and print it as JSON,
JSON-LD, Markdown or text.

Inputs are files, directories (searched recursively for *.txt and *.md) or -
for stdin. With no input, stdin is read.

Options:
  -f, --format FORMAT      json (default), jsonld, markdown or text
      --summary            print who said what (speakers, quote counts, first
                           quote) and the statements with their parties
  -o, --out DIR            several inputs: write one file per input into DIR
      --jsonl              several inputs: one {"file", "article"} JSON object
                           per line on stdout
      --input-format FMT   text (default: each input is one article) or jsonl
                           (one JSON record per line; output is JSON Lines)
      --text-field NAME    with --input-format jsonl: the field holding the
                           article text (default: text); the other fields are
                           carried through as "meta"
  -j, --jobs N             worker threads (default: the number of cores)
      --encoding NAME      decode input as NAME (latin1, utf-16le, ...) instead
                           of detecting (UTF-8, falling back to Latin-1)
      --structure-only     skip quotes, speakers and statements (faster)
  -q, --quiet              no progress bar and no summary line on stderr
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 when every input was parsed, 1 when some failed (each failure is
reported on stderr and skipped), 2 for a usage error.

Examples:
  dateline article.txt --summary
  dateline article.txt --format markdown > article.md
  dateline articles/ --out parsed/ --format jsonld
  dateline articles/ --jsonl > articles.jsonl
  dateline corpus.jsonl --input-format jsonl --text-field body > parsed.jsonl
`

/**
 * Parse `argv` (without `node` and the script) into a command.
 *
 * @throws {UsageError} On unknown options, bad values or conflicting flags.
 */
export function parseCommand(argv: string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        summary: {type: 'boolean'},
        out: {type: 'string', short: 'o'},
        jsonl: {type: 'boolean'},
        'input-format': {type: 'string'},
        'text-field': {type: 'string'},
        jobs: {type: 'string', short: 'j'},
        encoding: {type: 'string'},
        'structure-only': {type: 'boolean'},
        quiet: {type: 'boolean', short: 'q'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    // `parseArgs` says what is wrong ("Unknown option '--foo'"); we add the fix.
    throw new UsageError(String((error as Error).message) + '; see `dateline --help`')
  }

  const {values, positionals} = parsed
  if (values.help) return {kind: 'help'}
  if (values.version) return {kind: 'version'}

  let format: Format = 'json'
  if (values.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(values.format)) {
      throw new UsageError(
        'Unexpected format `' + values.format + '`, expected one of ' + FORMATS.join(', ')
      )
    }
    format = values.format as Format
  }
  if (values.summary) {
    if (values.format !== undefined) {
      throw new UsageError('`--summary` replaces `--format`: pass one of them')
    }
    format = 'summary'
  }

  const inputFormat = values['input-format'] ?? 'text'
  if (inputFormat !== 'text' && inputFormat !== 'jsonl') {
    throw new UsageError('Unexpected input format `' + inputFormat + '`, expected `text` or `jsonl`')
  }
  if (values['text-field'] !== undefined && inputFormat !== 'jsonl') {
    throw new UsageError('`--text-field` only applies to `--input-format jsonl`')
  }
  if (values.out !== undefined && values.jsonl) {
    throw new UsageError('`--out` and `--jsonl` both choose where output goes: pass one of them')
  }
  if (values.out !== undefined && inputFormat === 'jsonl') {
    throw new UsageError('`--input-format jsonl` writes JSON Lines to stdout; `--out` is for files of articles')
  }
  if (values.out === '') throw new UsageError('Expected a directory after `--out`')

  let jobs = availableParallelism()
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) {
      throw new UsageError('Expected a whole number of jobs ≥ 1, not `' + values.jobs + '`')
    }
  }

  if (values.encoding !== undefined) {
    try {
      new TextDecoder(values.encoding)
    } catch {
      throw new UsageError('Unknown encoding `' + values.encoding + '`, try `utf-8`, `latin1` or `utf-16le`')
    }
  }

  const options: CliOptions = {
    inputs: positionals,
    format,
    jsonl: Boolean(values.jsonl),
    inputFormat,
    textField: values['text-field'] ?? 'text',
    jobs,
    quiet: Boolean(values.quiet),
    structureOnly: Boolean(values['structure-only'])
  }
  if (values.out !== undefined) options.out = values.out
  if (values.encoding !== undefined) options.encoding = values.encoding
  return {kind: 'run', options}
}
