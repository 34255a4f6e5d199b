/**
 * CLI benchmark (`DATELINE_CLI=path/to/cli.js` to measure another build):
 * `node scripts/bench-cli.mjs [--size 1GB] [--throughput-size 64MB] [--repeat 2] [--keep] [--json]`
 * (or `DATELINE_BENCH_SIZE=1GB`). Run `pnpm build` first.
 *
 * 1. Generates a JSON Lines corpus of invented articles into a temporary
 *    directory (`{"id", "outlet", "body"}`; deterministic, seeded).
 * 2. Checks that `--jobs 2` writes byte for byte what `--jobs 1` writes
 *    (4 MB). Throughput: `dateline --input-format jsonl --text-field body`
 *    over the throughput corpus with `--jobs 1` and `--jobs 2`, stdout to
 *    /dev/null, best of `--repeat` runs; prints articles/s and the ratio.
 *    `--throughput-size 1GB --size 1GB` measures everything on one 1 GB file.
 * 3. Memory: one streaming run (`--jobs 2`) over the `--size` corpus, peak
 *    RSS from `/usr/bin/time -v` when present, else by polling
 *    `/proc/<pid>/status` (VmHWM).
 *
 * `benchCli(options)` is exported for `scripts/bench.mjs`; it returns the figures.
 */
import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {once} from 'node:events'
import {createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** The built CLI; `DATELINE_CLI=/path/to/cli.js` benchmarks another build. */
const cli = process.env.DATELINE_CLI ? resolve(process.env.DATELINE_CLI) : join(root, 'packages', 'cli', 'dist', 'cli.js')

/**
 * Default corpus sizes: a few minutes in all; pass `--size 1GB` for the
 * memory claim. Throughput needs tens of thousands of articles: each worker
 * thread JIT-compiles the parser for itself (~1 s of CPU, measured per
 * thread), which weighs on short runs.
 */
const DEFAULT_SIZE = 64 * 1024 * 1024
const DEFAULT_THROUGHPUT_SIZE = 64 * 1024 * 1024
/** The `--jobs 1` / `--jobs 2` byte-identity check runs on this much. */
const IDENTITY_SIZE = 4 * 1024 * 1024
/** Timed runs per `--jobs` value; the best counts. */
const DEFAULT_REPEAT = 2

export async function benchCli(options = {}) {
  if (!existsSync(cli)) {
    throw new Error('Missing ' + cli + ': run `npx pnpm@12.4.2 build` first')
  }
  const size = options.size ?? DEFAULT_SIZE
  const throughputSize = Math.min(options.throughputSize ?? DEFAULT_THROUGHPUT_SIZE, size)
  const directory = mkdtempSync(join(tmpdir(), 'dateline-bench-'))
  const log = options.log ?? ((line) => console.log(line))

  try {
    // Other processes on the machine skew wall times: say how busy it was.
    const load = loadavg()[0]
    log(`load average ${load.toFixed(2)} on ${availableParallelism()} cores` + (load > 0.5 ? ' (busy machine: figures are pessimistic)' : ''))

    const sample = join(directory, 'identity.jsonl')
    await generate(sample, IDENTITY_SIZE)
    const identical = (await digestRun(sample, 1)) === (await digestRun(sample, 2))
    log(`--jobs 2 output identical to --jobs 1 (${mb(IDENTITY_SIZE)}): ${identical}`)

    const small = join(directory, 'throughput.jsonl')
    const smallLines = await generate(small, throughputSize)
    log(`generated ${smallLines} articles (${mb(throughputSize)}) for throughput`)
    const repeat = options.repeat ?? DEFAULT_REPEAT
    const one = await timeRun(small, 1, repeat)
    const two = await timeRun(small, 2, repeat)
    const result = {
      loadAverage: load,
      identicalOutput: identical,
      throughput: {
        articles: smallLines,
        bytes: throughputSize,
        repeat,
        jobs1: {seconds: one.seconds, articlesPerSecond: smallLines / one.seconds, peakRssBytes: one.peakRss},
        jobs2: {seconds: two.seconds, articlesPerSecond: smallLines / two.seconds, peakRssBytes: two.peakRss},
        ratio: one.seconds / two.seconds
      }
    }
    log(`best of ${repeat} run(s), stdout to /dev/null:`)
    for (const [jobs, run] of [[1, one], [2, two]]) {
      log(
        `--jobs ${jobs}: ${run.seconds.toFixed(2)} s, ${(smallLines / run.seconds).toFixed(0)} articles/s, ` +
          `${mb(throughputSize / run.seconds)}/s, peak RSS ${mb(run.peakRss)}`
      )
    }
    log(`ratio --jobs 2 / --jobs 1: ${result.throughput.ratio.toFixed(2)}×`)

    // One corpus for both: the `--jobs 2` runs above were the streaming runs.
    const big = size === throughputSize ? small : join(directory, 'memory.jsonl')
    const bigLines = big === small ? smallLines : await generate(big, size)
    if (big !== small) log(`generated ${bigLines} articles (${mb(size)}) for memory`)
    const memory = big === small ? two : await rssRun(big, 2)
    result.memory = {
      articles: bigLines,
      bytes: size,
      seconds: memory.seconds,
      peakRssBytes: memory.peakRss,
      method: memory.method
    }
    log(
      `streaming ${mb(size)} with --jobs 2: peak RSS ${mb(memory.peakRss)} (${memory.method}), ` +
        `${memory.seconds.toFixed(1)} s, ${(bigLines / memory.seconds).toFixed(0)} articles/s`
    )
    return result
  } finally {
    if (options.keep) log('kept ' + directory)
    else rmSync(directory, {recursive: true, force: true})
  }
}

/** Writes invented articles as JSON Lines until `bytes` is reached; returns the line count. */
async function generate(file, bytes) {
  const random = mulberry32(0x5eed)
  const out = createWriteStream(file)
  let written = 0
  let lines = 0
  while (written < bytes) {
    const line = JSON.stringify({id: lines, outlet: pick(random, OUTLETS), body: article(random)}) + '\n'
    written += Buffer.byteLength(line)
    lines++
    if (!out.write(line)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return lines
}

function article(random) {
  const [a, b] = pickTwo(random, COUNTRIES)
  const [p, q] = pickTwo(random, PEOPLE)
  const outlet = pick(random, OUTLETS)
  const city = pick(random, CITIES)
  const topic = pick(random, TOPICS)
  const paragraphs = [
    `${p.name} and ${q.name} met in ${city} on ${pick(random, DAYS)} to discuss ${topic}, officials said.`,
    `“${pick(random, LINES)},” ${p.last} said. “${pick(random, LINES)}.”`,
    `${q.last}, ${b}'s ${q.role}, said the talks had been ${pick(random, ADJECTIVES)} and accused critics of “${pick(random, FRAGMENTS)}.”`
  ]
  const extra = 3 + Math.floor(random() * 8)
  for (let index = 0; index < extra; index++) {
    const roll = random()
    if (roll < 0.35) paragraphs.push(`“${pick(random, LINES)},” ${pick(random, [p.last, q.last, 'the statement', 'they'])} said.`)
    else if (roll < 0.55) paragraphs.push(`In a joint statement on ${topic}, the two sides said ${pick(random, REPORTED)}.`)
    else paragraphs.push(`${pick(random, FILLER)} ${pick(random, FILLER)} ${pick(random, FILLER)}`)
  }
  return [
    `${a}, ${b} ${pick(random, VERBS)} ${topic}`,
    '',
    outlet,
    `By ${pick(random, AUTHORS)}`,
    '',
    `${city.toUpperCase()}, ${a} (${outlet.split(' ')[0]}) — ${paragraphs.shift()}`,
    '',
    paragraphs.join('\n\n'),
    '',
    'Advertisement',
    `© 2025 ${outlet}`
  ].join('\n')
}

const OUTLETS = ['Harbour Post', 'Northwind Courier', 'Meridian Daily', 'Valley Ledger', 'Coastline Wire']
const COUNTRIES = ['Lirania', 'Veldenia', 'Ostrava Minor', 'Kesh', 'Palomar', 'Tessaly', 'Brunmark', 'Aurelle']
const CITIES = ['Port Halcyon', 'Dunmere', 'Saltcombe', 'Ivrea Nova', 'Kellhaven', 'Marrowgate']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
const TOPICS = ['river sharing', 'fishing rights', 'rail links', 'grain tariffs', 'border crossings', 'power lines']
const VERBS = ['pledge to settle', 'clash over', 'agree on', 'reopen talks on', 'sign accord on']
const ADJECTIVES = ['frank', 'productive', 'difficult', 'long overdue', 'constructive']
const AUTHORS = ['Mira Castellan', 'Joel Arkwright', 'Ines Valtorre and Per Lindqvist', 'Oskar Bellamy']
const PEOPLE = [
  {name: 'Amara Okafor', last: 'Okafor', role: 'foreign minister'},
  {name: 'Tomas Brandt', last: 'Brandt', role: 'trade minister'},
  {name: 'Selin Arkadi', last: 'Arkadi', role: 'prime minister'},
  {name: 'Hugo Farrant', last: 'Farrant', role: 'energy minister'},
  {name: 'Nadia Quell', last: 'Quell', role: 'deputy foreign minister'}
]
const LINES = [
  'We have waited a decade for this day',
  'No farmer should have to guess how much water will come',
  'This agreement belongs to the people who live along the border',
  'We will not sign anything that weakens our ports',
  'The door remains open, but the clock is running',
  'Trust is built one shipment at a time'
]
const FRAGMENTS = ['treating the river as a weapon', 'playing politics with bread', 'moving the goalposts']
const REPORTED = [
  'neither country would act without the other’s consent',
  'a joint commission would meet every quarter',
  'tariffs would fall by half within two years',
  'inspectors from both sides would share every measurement'
]
const FILLER = [
  'Traders in the capital welcomed the news.',
  'Prices on the local exchange rose slightly after the announcement.',
  'The talks had stalled twice in the past year over the question of inspections.',
  'Hundreds gathered outside the old customs house to watch the ceremony.',
  'Officials from both ministries will meet again in June.',
  'Opposition lawmakers said they would study the text before the vote.'
]

function pick(random, list) {
  return list[Math.floor(random() * list.length)]
}

function pickTwo(random, list) {
  const first = Math.floor(random() * list.length)
  const second = (first + 1 + Math.floor(random() * (list.length - 1))) % list.length
  return [list[first], list[second]]
}

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function args(file, jobs) {
  return [cli, file, '--input-format', 'jsonl', '--text-field', 'body', '--jobs', String(jobs), '--quiet']
}

/**
 * Best wall time of `repeat` runs with stdout to /dev/null (the machine may
 * be shared: the fastest run is the one least disturbed), and the highest
 * peak RSS among them.
 */
async function timeRun(file, jobs, repeat) {
  let seconds = Infinity
  let peakRss = 0
  let method
  for (let index = 0; index < repeat; index++) {
    const run = await rssRun(file, jobs)
    seconds = Math.min(seconds, run.seconds)
    peakRss = Math.max(peakRss, run.peakRss)
    method = run.method
  }
  return {seconds, peakRss, method}
}

/** SHA-256 of the CLI's stdout (untimed): `--jobs 2` must write exactly what `--jobs 1` writes. */
async function digestRun(file, jobs) {
  const child = spawn(process.execPath, args(file, jobs), {stdio: ['ignore', 'pipe', 'inherit']})
  const hash = createHash('sha256')
  child.stdout.on('data', (chunk) => hash.update(chunk))
  const [code] = await once(child, 'close')
  if (code !== 0) throw new Error(`dateline --jobs ${jobs} exited with ${code}`)
  return hash.digest('hex')
}

/** Runs the CLI with stdout to /dev/null and measures its peak resident set. */
async function rssRun(file, jobs) {
  const started = performance.now()
  const timeBinary = '/usr/bin/time'
  if (existsSync(timeBinary)) {
    const child = spawn(timeBinary, ['-v', process.execPath, ...args(file, jobs)], {stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const [code] = await once(child, 'close')
    if (code !== 0) throw new Error('dateline exited with ' + code + '\n' + stderr)
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
    if (match) return {seconds: (performance.now() - started) / 1000, peakRss: Number(match[1]) * 1024, method: '/usr/bin/time -v'}
  }
  const child = spawn(process.execPath, args(file, jobs), {stdio: ['ignore', 'ignore', 'inherit']})
  let peak = 0
  const timer = setInterval(() => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
      if (match) peak = Math.max(peak, Number(match[1]) * 1024)
    } catch {
      // The process has exited between two polls.
    }
  }, 50)
  const [code] = await once(child, 'close')
  clearInterval(timer)
  if (code !== 0) throw new Error('dateline exited with ' + code)
  return {seconds: (performance.now() - started) / 1000, peakRss: peak, method: 'polling /proc VmHWM'}
}

function parseSize(value) {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(String(value).trim())
  if (!match) throw new Error('Expected a size such as `64MB` or `1GB`, not `' + value + '`')
  const unit = {b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3}[(match[2] ?? 'b').toLowerCase()]
  return Math.round(Number(match[1]) * unit)
}

function mb(bytes) {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0) + ' MB'
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2)
  const flag = (name) => {
    const index = argv.indexOf(name)
    return index === -1 ? undefined : argv[index + 1]
  }
  const size = flag('--size') ?? process.env.DATELINE_BENCH_SIZE
  const throughputSize = flag('--throughput-size') ?? process.env.DATELINE_BENCH_THROUGHPUT_SIZE
  const result = await benchCli({
    size: size === undefined ? undefined : parseSize(size),
    throughputSize: throughputSize === undefined ? undefined : parseSize(throughputSize),
    keep: argv.includes('--keep'),
    repeat: flag('--repeat') === undefined ? undefined : Number(flag('--repeat'))
  })
  if (argv.includes('--json')) console.log(JSON.stringify(result, null, 2))
}
