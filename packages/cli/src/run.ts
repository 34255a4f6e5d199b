import {once} from 'node:events'
import {createReadStream, readFileSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {HELP, parseCommand, UsageError, type CliOptions} from './args.js'
import {DIRECTORY_EXTENSIONS, expandInputs, type Input} from './inputs.js'
import {OrderedPool} from './pool.js'
import {Reporter, type ErrorStream} from './progress.js'
import {EXTENSIONS, loadRender} from './render.js'
import {processFile, type FileItem, type FileResult, type LinesResult, type WorkConfig} from './work.js'
import type {WorkerTask} from './worker.js'

/**
 * Lines per JSON Lines batch sent to a worker. A 1.4 kB article takes ~0.5 ms
 * to parse, so 64 lines are ~30 ms of work per message: `postMessage`
 * (tens of µs) is noise next to it, and a corpus of a few hundred lines
 * still spreads over the workers. The main thread then handles ~30
 * messages a second per worker (measured: 0.2 s of main-thread CPU for
 * 46,000 articles).
 */
const BATCH_LINES = 64
/** Bytes per batch at most, so a corpus of long articles still batches finely. */
const BATCH_BYTES = 256 * 1024
/** Read size for JSON Lines files (stdin reads what the pipe gives). */
const READ_CHUNK_BYTES = 1024 * 1024
/** Files per batch at most; fewer when there are few files, so every worker gets some. */
const BATCH_FILES = 16

/** Where the command reads and writes: the process by default, streams in tests. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  stdout: NodeJS.WritableStream
  stderr: ErrorStream
  env: Record<string, string | undefined>
}

/** Stdout closed early (`dateline … | head`): stop quietly. */
class ClosedOutput extends Error {}

/**
 * Run the `dateline` command.
 *
 * @param argv
 *   Arguments without `node` and the script (`process.argv.slice(2)`).
 * @param io
 *   Streams and environment; default: the process's.
 * @returns
 *   Exit code: `0` all inputs parsed, `1` some failed, `2` usage error.
 */
export async function run(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const stdin = io.stdin ?? process.stdin
  const stdout = io.stdout ?? process.stdout
  const stderr = io.stderr ?? process.stderr
  const env = io.env ?? process.env
  const color = Boolean(stderr.isTTY) && !env.NO_COLOR

  let options: CliOptions
  try {
    const command = parseCommand(argv)
    if (command.kind === 'help') {
      stdout.write(HELP)
      return 0
    }
    if (command.kind === 'version') {
      stdout.write(version() + '\n')
      return 0
    }
    options = command.options
  } catch (error) {
    if (error instanceof UsageError) return usage(stderr, error.message, color)
    throw error
  }

  // Waiting on a terminal for an article nobody is typing helps no one.
  if (options.inputs.length === 0 && stdin.isTTY) {
    stderr.write(HELP)
    return 2
  }

  const expanded = await expandInputs(options.inputs, DIRECTORY_EXTENSIONS[options.inputFormat])
  // One article printed to stdout needs no tally; a batch does.
  const batch = expanded.several || options.inputFormat === 'jsonl'
  const reporter = new Reporter(stderr, {
    progress: Boolean(stderr.isTTY) && !options.quiet,
    summary: batch && !options.quiet,
    color
  })
  const output = new Output(stdout)
  const extensions = DIRECTORY_EXTENSIONS[options.inputFormat].map((extension) => '*' + extension).join(' or ')
  for (const directory of expanded.empty) reporter.warn(directory + ': no ' + extensions + ' files in this directory')

  try {
    if (options.inputFormat === 'jsonl') {
      for (const message of expanded.errors) reporter.error(message)
      await runLines(expanded.inputs, options, {stdin, output, reporter})
    } else {
      if (expanded.several && options.out === undefined && !options.jsonl) {
        return usage(stderr, 'Several inputs: pass `--out DIR` for one file per input, or `--jsonl` for JSON Lines on stdout', color)
      }
      const targets = options.out === undefined ? undefined : planOutputs(expanded.inputs, options)
      for (const message of expanded.errors) reporter.error(message)
      await runFiles(expanded.inputs, options, {stdin, output, reporter, targets})
    }
  } catch (error) {
    if (error instanceof UsageError) return usage(stderr, error.message, color)
    if (error instanceof ClosedOutput) return 0
    throw error
  }

  reporter.finish()
  return reporter.failed > 0 ? 1 : 0
}

interface Context {
  stdin: NodeJS.ReadableStream
  output: Output
  reporter: Reporter
}

/** Text inputs: each file (or stdin) is one article. */
async function runFiles(inputs: Input[], options: CliOptions, context: Context & {targets: Map<Input, string> | undefined}) {
  const {output, reporter, targets} = context
  const config = workConfig(options, options.jsonl ? 'record' : 'document')
  reporter.total = inputs.length
  reporter.unit = 'files'

  const items: FileItem[] = []
  for (const input of inputs) {
    if (input.path === undefined) items.push({name: input.name, bytes: await readAll(context.stdin)})
    else items.push({name: input.name, path: input.path})
  }

  const madeDirectories = new Set<string>()
  const consume = async (result: FileResult, index: number) => {
    reporter.done++
    if (result.error !== undefined) {
      reporter.error(result.name + ': ' + result.error)
    } else {
      if (result.warning !== undefined) reporter.warn(result.name + ': ' + result.warning)
      reporter.articles++
      reporter.quotes += result.quotes
      const target = targets?.get(inputs[index]!)
      if (target === undefined) {
        await output.write(result.output!)
      } else {
        const directory = path.dirname(target)
        if (!madeDirectories.has(directory)) {
          await mkdir(directory, {recursive: true})
          madeDirectories.add(directory)
        }
        try {
          await writeFile(target, result.output!)
        } catch (error) {
          reporter.error(result.name + ': cannot write ' + target + ': ' + (error as Error).message)
        }
      }
    }
    reporter.tick()
  }

  // One article: no thread to start, no message to pass.
  if (items.length <= 1) {
    const render = await loadRender(options.format)
    for (const item of items) await consume(await processFile(item, config, render), 0)
    return
  }

  const perBatch = Math.max(1, Math.min(BATCH_FILES, Math.ceil(items.length / (options.jobs * 4))))
  const batches = Math.ceil(items.length / perBatch)
  type Done = {seq: number; results: FileResult[]}
  const pool = new OrderedPool<WorkerTask, Done>(workerUrl(), config, Math.min(options.jobs, batches), async (done) => {
    let index = done.seq * perBatch
    for (const result of done.results) await consume(result, index++)
  })
  try {
    for (let start = 0; start < items.length; start += perBatch) {
      await pool.submit({type: 'files', seq: 0, items: items.slice(start, start + perBatch)})
    }
  } finally {
    await pool.close()
  }
}

/** JSON Lines inputs: one article per line, streamed through the workers in batches. */
async function runLines(inputs: Input[], options: CliOptions, context: Context) {
  const {output, reporter} = context
  const config = workConfig(options, 'record')
  reporter.unit = 'lines'
  if (inputs.every((input) => input.size !== undefined)) {
    reporter.bytesTotal = inputs.reduce((sum, input) => sum + input.size!, 0)
  }

  const pool = new OrderedPool<WorkerTask, LinesResult & {seq: number}>(workerUrl(), config, options.jobs, async (done) => {
    for (const message of done.warnings) reporter.warn(message)
    for (const message of done.errors) reporter.error(message)
    reporter.done += done.lines
    reporter.articles += done.articles
    reporter.quotes += done.quotes
    if (done.output.byteLength > 0) {
      await output.write(Buffer.from(done.output.buffer, done.output.byteOffset, done.output.byteLength))
    }
    reporter.tick()
  })

  try {
    for (const input of inputs) {
      const stream =
        input.path === undefined ? context.stdin : createReadStream(input.path, {highWaterMark: READ_CHUNK_BYTES})
      try {
        await streamLines(input.name, stream, pool, reporter)
      } catch (error) {
        if (error instanceof ClosedOutput) throw error
        reporter.error(input.name + ': cannot read: ' + (error as Error).message)
      }
    }
  } finally {
    await pool.close()
  }
}

/**
 * Cut a byte stream into batches of whole lines and submit them. Awaiting
 * `submit` is the back-pressure: while the pool is full, the stream is not
 * read. Only line ends are looked for here (`indexOf`, native); decoding and
 * JSON parsing happen in the workers.
 */
async function streamLines(
  source: string,
  stream: AsyncIterable<Buffer | string> ,
  pool: OrderedPool<WorkerTask, LinesResult & {seq: number}>,
  reporter: Reporter
) {
  let parts: Uint8Array[] = []
  let bytes = 0
  let lines = 0
  let firstLine = 1

  const flush = async () => {
    const batch = new Uint8Array(bytes)
    let offset = 0
    for (const part of parts) {
      batch.set(part, offset)
      offset += part.length
    }
    const task: WorkerTask = {type: 'lines', seq: 0, source, firstLine, bytes: batch}
    firstLine += lines
    parts = []
    bytes = 0
    lines = 0
    await pool.submit(task, [batch.buffer])
  }

  for await (const data of stream) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : data
    reporter.bytesDone += chunk.length
    let start = 0
    let end = chunk.indexOf(10)
    while (end !== -1) {
      lines++
      if (lines >= BATCH_LINES || bytes + end + 1 - start >= BATCH_BYTES) {
        parts.push(chunk.subarray(start, end + 1))
        bytes += end + 1 - start
        start = end + 1
        await flush()
      }
      end = chunk.indexOf(10, end + 1)
    }
    if (start < chunk.length) {
      parts.push(chunk.subarray(start))
      bytes += chunk.length - start
    }
  }
  // The rest: whole lines, and maybe a last line without a newline.
  if (bytes > 0) await flush()
}

/** `--out` file of each input; refuses collisions and overwriting an input. */
function planOutputs(inputs: Input[], options: CliOptions): Map<Input, string> {
  const targets = new Map<Input, string>()
  const seen = new Map<string, Input>()
  const sources = new Set(inputs.flatMap((input) => (input.path === undefined ? [] : [path.resolve(input.path)])))
  for (const input of inputs) {
    const extension = path.extname(input.relative)
    const base = extension ? input.relative.slice(0, -extension.length) : input.relative
    const target = path.join(options.out!, base + EXTENSIONS[options.format])
    const resolved = path.resolve(target)
    const other = seen.get(resolved)
    if (other) {
      throw new UsageError(
        '`' + other.name + '` and `' + input.name + '` would both be written to `' + target +
          '`; rename one, or put them in one directory and pass that'
      )
    }
    if (sources.has(resolved)) {
      throw new UsageError('Writing `' + target + '` would overwrite an input; pass another `--out` directory')
    }
    seen.set(resolved, input)
    targets.set(input, target)
  }
  return targets
}

function workConfig(options: CliOptions, container: WorkConfig['container']): WorkConfig {
  const config: WorkConfig = {
    format: options.format,
    container,
    textField: options.textField,
    structureOnly: options.structureOnly
  }
  if (options.encoding !== undefined) config.encoding = options.encoding
  return config
}

/** The worker entry sits next to this module in `dist/`. */
function workerUrl(): URL {
  return new URL('./worker.js', import.meta.url)
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  return manifest.version
}

function usage(stderr: ErrorStream, message: string, color: boolean): number {
  stderr.write('dateline: ' + (color ? '\u001B[31musage\u001B[39m' : 'usage') + ': ' + message + '\n')
  return 2
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

/** Stdout with back-pressure: waits for `drain`, and stops on a closed pipe. */
class Output {
  private closed: Error | undefined
  private readonly closedSignal: Promise<void>

  constructor(private readonly stream: NodeJS.WritableStream) {
    this.closedSignal = new Promise((resolve) => {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        this.closed = error.code === 'EPIPE' ? new ClosedOutput('stdout closed') : error
        resolve()
      })
    })
  }

  async write(data: string | Uint8Array): Promise<void> {
    if (this.closed) throw this.closed
    if (!this.stream.write(data)) {
      await Promise.race([once(this.stream, 'drain'), this.closedSignal])
      if (this.closed) throw this.closed
    }
  }
}
