/**
 * Adversarial inputs for the whole parser (layout, prose, quotes, speakers,
 * statements): each must parse without throwing, keep every invariant of
 * `invariants.ts`, say what is wrong in `article.messages` where something
 * is, and take time linear in its size.
 *
 * Linear time is checked by parsing the same shape at size N and at
 * `SCALE`×N in the same test and comparing the two times (the best of a few
 * runs each): a quadratic step makes the ratio about SCALE², a linear one
 * about SCALE. Never an absolute limit in milliseconds: CI machines differ
 * and this one is shared.
 *
 * The layout-only attacks (5 MB line, 100,000 blank lines, bad arguments)
 * are in `robustness.test.ts`; these go through every pass.
 */
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import type {Article} from '../src/model.js'
import {checkArticle} from './invariants.js'

// Larger size ÷ smaller size for the timing comparisons.
const SCALE = 8
// Allowed time ratio ÷ SCALE. Linear parses measured 5–20× the time for 8×
// the text here (garbage collection grows with the live heap, and the
// machine is shared: the high end was under a load average of 8 on 2
// cores); a quadratic step gives 64×. 4 (a limit of 32×) stays halfway.
const SLACK = 4
// Timed runs per size; the fastest counts (noise only ever adds time).
const RUNS = 3

// Lets vitest's worker talk to the main process between long parses (a
// worker that blocks for many seconds times out its progress messages).
const breathe = () => new Promise((resolve) => setImmediate(resolve))

/** Milliseconds to parse `input`, with the article. */
function timed(input: string): {ms: number; article: Article} {
  const start = performance.now()
  const article = parseArticle(input)
  return {ms: performance.now() - start, article}
}

/**
 * Parses `make(size)` and `make(size * SCALE)`, checks the invariants on
 * both, asserts the time ratio, and returns the larger article for more
 * assertions. The small input is timed `RUNS` times after a warm-up and the
 * fastest run counts; the large one once (it takes seconds, and an
 * unlucky run only makes the test stricter).
 */
async function expectLinear(make: (size: number) => string, size: number): Promise<{article: Article; input: string; ratio: number}> {
  const small = make(size)
  const large = make(size * SCALE)
  checkArticle(small, parseArticle(small))
  let smallMs = Infinity
  for (let run = 0; run < RUNS; run++) {
    await breathe()
    smallMs = Math.min(smallMs, timed(small).ms)
  }
  await breathe()
  let {ms: largeMs, article} = timed(large)
  await breathe()
  checkArticle(large, article)
  // One more measurement of each before calling it super-linear: a garbage
  // collection or a neighbour's burst can land in a single run.
  if (largeMs / smallMs >= SCALE * SLACK) {
    await breathe()
    largeMs = Math.min(largeMs, timed(large).ms)
    smallMs = Math.min(smallMs, timed(small).ms)
  }
  const ratio = largeMs / smallMs
  // The figures, for the benchmark note (`vitest run --reporter verbose` shows them).
  console.log(`${large.length} characters: ${largeMs.toFixed(0)} ms; ${SCALE}× the text, ${ratio.toFixed(1)}× the time`)
  expect(ratio, `${SCALE}× the input (${small.length} → ${large.length} characters) took ${ratio.toFixed(1)}× the time`).toBeLessThan(
    SCALE * SLACK
  )
  return {article, input: large, ratio}
}

/** Repeats `unit` until the text has `size` characters (or one more unit). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)))
}

/** A deterministic pseudo-random generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

function pick(characters: string, size: number, seed: number): string {
  const next = random(seed)
  const out: string[] = []
  for (let index = 0; index < size; index++) out.push(characters[Math.floor(next() * characters.length)]!)
  return out.join('')
}

const ruleIds = (article: Article) => new Set(article.messages.map((message) => message.ruleId))

describe('adversarial inputs, every pass', () => {
  it('a 5 MB single line of quoted speech', async () => {
    const unit = '“We will build the bridge,” the mayor said, and the council agreed that it would open in May. '
    const {article, input} = await expectLinear((size) => 'Harbour bridge vote\n\n' + fill(unit, size), (5 * 1024 * 1024) / SCALE)
    expect(input.length).toBeGreaterThan(5_000_000)
    expect(article.paragraphs).toHaveLength(1)
    expect(article.quotes.length).toBeGreaterThan(10_000)
  })

  it('1 MB sentence of attributions inside dashes, acts between commas and lists (each reads back a bounded way)', async () => {
    const unit =
      'most pilots - 63 percent, according to the Tarn report - still back the pier, and Ivo Krall -- as the campaign noted -- praised it, and pilots interviewed at the quay, speaking to the Ledger, said the old pier, the quay and the slipway were unsafe, and voters, according to the poll, are swinging back, and '
    const {article} = await expectLinear((size) => 'Pier\n\n' + fill(unit, size) + 'that is all.', (1024 * 1024) / SCALE)
    expect(article.paragraphs).toHaveLength(1)
    expect(article.quotes.length).toBeGreaterThan(0)
    // No clause read from the sentence's start for every cue: each stays the length of a clause.
    expect(Math.max(...article.quotes.map((quote) => quote.text.length))).toBeLessThan(5000)
  })

  it('a 400 kB subject of people in places in places (each phrase is read back once, with no recursion into itself)', async () => {
    const unit = 'pilots in the '
    const {article} = await expectLinear((size) => 'Pier\n\nMany ' + fill(unit, size) + 'ward say the fares are high.', (400 * 1024) / SCALE)
    expect(article.quotes.length).toBeGreaterThan(0)
  })

  it('a 2.5 MB paragraph of short sentences (the tokenizer alone is quadratic there)', async () => {
    const unit = 'The council voted on the bridge. '
    const {article} = await expectLinear((size) => 'Council\n\n' + fill(unit, size), (2.5 * 1024 * 1024) / SCALE)
    expect(article.paragraphs).toHaveLength(1)
    // Parsed in pieces, yet every sentence is whole: no piece cut one in two.
    const sentences = article.paragraphs[0]!.sentences
    expect(sentences.length).toBe(Math.ceil((2.5 * 1024 * 1024) / unit.length))
    expect(new Set(sentences.map((sentence) => sentence.text))).toEqual(new Set([unit.trim()]))
  })

  it('1 MB of short paragraphs that end in a year, and of embedded posts (each looks for a credit near its own end only)', async () => {
    const unit = 'The pier opened in 1998.\n\nThe fares are fair and the pier is safe. — Ada Holm (@AdaHolm) June 29, 2016\n\n<tweet author="@IvoBrandt">Nobody believes the pier is safe.</tweet>.\n\n'
    const {article} = await expectLinear((size) => 'Posts\n\n' + fill(unit, size), (1024 * 1024) / SCALE)
    const posts = article.quotes.filter((quote) => quote.kind === 'direct' && !quote.cue)
    expect(posts.length).toBeGreaterThan(5000)
    expect(new Set(posts.map((quote) => quote.mention))).toEqual(new Set(['Ada Holm', '@IvoBrandt']))
  })

  it('a 1 MB paragraph of unattributed quotes between reported speech, above a credit line', async () => {
    // Every quote looks back for the reported speech before it, and the last one for the credit line under the paragraph.
    const unit = 'Officials said the pier was safe. “Nobody owns the tide here.” '
    const {article} = await expectLinear((size) => 'Pier\n\n' + fill(unit, size) + '\n\n- Ada Holm.', (1024 * 1024) / SCALE)
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(1)
    const direct = article.quotes.filter((quote) => quote.kind === 'direct')
    expect(direct.length).toBeGreaterThan(1000)
    // Each goes on with the speaker of the sentence before it.
    expect(direct.every((quote) => quote.speaker !== undefined)).toBe(true)
  })

  it('a 1 MB sentence with no end, full of cues (each reads its clause, and none to the end of the text)', async () => {
    const unit = 'when asked whether the pier was safe Holm denied she had lied and said it had stood '
    const {article} = await expectLinear((size) => 'Pier\n\n' + fill(unit, size), (1024 * 1024) / SCALE)
    expect(article.paragraphs).toHaveLength(1)
    expect(article.quotes.length).toBeGreaterThan(0)
  })

  it('a 800 kB sentence with no end of colon quotes after words in marks (each colon reads its sentence back a bounded way)', async () => {
    const unit = 'the toll was this: “a tax on crews”, '
    const {article} = await expectLinear((size) => 'Tolls\n\n' + fill(unit, size) + '.', (800 * 1024) / SCALE)
    expect(article.paragraphs).toHaveLength(1)
    expect(article.quotes.length).toBeGreaterThan(1000)
  })

  it('100,000 quotation marks', async () => {
    // Straight and curly marks, paired and not, with a few words between.
    const unit = '"a" “b” ‘c’ « d » " ” '
    const perUnit = unit.match(/["“”‘’«»]/g)!.length
    const {article, input} = await expectLinear((size) => 'Marks everywhere\n\n' + fill(unit, size), Math.ceil((100_000 / perUnit) * unit.length))
    const marks = input.match(/["“”‘’«»]/g)!.length
    expect(marks).toBeGreaterThanOrEqual(100_000)
    // The stray marks are reported, each with a place and a fix.
    expect(article.messages.some((message) => /^unclosed-quote|unmatched-quote$/.test(message.ruleId))).toBe(true)
  })

  it('100,000 opening marks with no closing mark', async () => {
    const {article} = await expectLinear((size) => 'Open marks\n\nThe mayor said ' + '“'.repeat(size) + ' and left.', 100_000)
    expect(ruleIds(article).has('unclosed-quote')).toBe(true)
    const reason = article.messages.find((message) => message.ruleId === 'unclosed-quote')!.reason
    expect(reason).toMatch(/close it or remove it/)
  })

  it('10,000 nested quotes', async () => {
    const nest = (depth: number) => 'Deep quotes\n\nShe said ' + '“‘'.repeat(depth / 2) + 'deep' + '’”'.repeat(depth / 2) + ' today.'
    // Depth 20,000 against 160,000: below about 100 kB every pass fits the
    // young generation of the garbage collector and runs faster per
    // character, which a smaller start would take for a quadratic.
    const {article} = await expectLinear(nest, 20_000)
    // Nesting deeper than the model keeps is reported, not a stack overflow.
    expect(ruleIds(article).has('quote-too-deep')).toBe(true)
    let depth = 0
    for (let quote = article.quotes[0]; quote; quote = quote.nested[0]) depth++
    expect(depth).toBeLessThan(10)
  })

  it('1 MB of punctuation only', async () => {
    const punctuation = '.,;:!?-—–()[]{}"“”‘’\'«»…/\\*&%$#@'
    const {article, input} = await expectLinear((size) => pick(punctuation, size, 7), (1024 * 1024) / SCALE)
    expect(input.length).toBe(1024 * 1024)
    // Nothing is lost: all of it lands in the body (checked by `checkArticle`).
    expect(article.paragraphs.length).toBeGreaterThan(0)
  })

  it('1 MB of punctuation with spaces and line breaks', async () => {
    const {article} = await expectLinear((size) => pick('.,;:!?-—"“”‘’\'… \n', size, 11), (1024 * 1024) / SCALE)
    expect(article.paragraphs.length).toBeGreaterThan(0)
  })

  it('NUL bytes and lone surrogates', async () => {
    const unit = 'The\u0000 mayor said \uD800“we will\u0000 build it\uDFFF,” and left.\u0001\n\n\uDC00Budget\uD83D talks \u0000resumed.\n\n'
    const {article} = await expectLinear((size) => 'Junk\u0000 headline\n\n' + fill(unit, size), 100_000)
    expect(ruleIds(article).has('control-characters')).toBe(true)
    expect(article.messages.find((message) => message.ruleId === 'control-characters')!.reason).toMatch(/encoding/)
  })

  it('Latin-1 bytes decoded as UTF-8, and UTF-8 decoded as Latin-1', async () => {
    const article = 'Café owner wins appeal\n\n“Je suis ravi,” said Zoë Müller, the café’s owner. The court’s ruling — a first — stands.\n\n'
    // Windows-1252 bytes read as UTF-8: every accented letter and curly mark becomes U+FFFD.
    const latin1 = new TextDecoder('utf-8').decode(Uint8Array.from(Array.from(article, (character) => cp1252(character))))
    expect(latin1).toContain('\uFFFD')
    // UTF-8 bytes read as Latin-1: é becomes Ã© and “ becomes â plus two C1 controls (mojibake).
    const mojibake = new TextDecoder('latin1').decode(new TextEncoder().encode(article))
    expect(mojibake).toContain('Ã©')
    for (const text of [latin1, mojibake]) {
      const unit = text.slice(text.indexOf('\n\n') + 2)
      const {article: parsed} = await expectLinear((size) => text.slice(0, text.indexOf('\n\n') + 2) + fill(unit, size), 100_000)
      expect(parsed.paragraphs.length).toBeGreaterThan(1)
    }
  })

  it('mixed line endings', async () => {
    const endings = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r']
    const next = random(3)
    const sentences = ['The council voted.', '“It will open,” the mayor said.', 'Traffic was light', 'By noon, crowds came.']
    const make = (size: number) => {
      const parts = ['Bridge opens']
      let length = 0
      while (length < size) {
        const sentence = sentences[Math.floor(next() * sentences.length)]!
        const ending = endings[Math.floor(next() * endings.length)]!
        parts.push(ending, sentence)
        length += sentence.length + ending.length
      }
      return parts.join('')
    }
    const {article, input} = await expectLinear(make, 100_000)
    // Lines and columns count `\r\n`, `\r` and `\n` alike as one break.
    for (const paragraph of article.paragraphs.slice(0, 200)) {
      const before = input.slice(0, paragraph.position.start.offset).split(/\r\n|\r|\n/)
      expect(paragraph.position.start.line).toBe(before.length)
      expect(paragraph.position.start.column).toBe(before[before.length - 1]!.length + 1)
    }
  })

  it('speakers named __proto__, constructor and toString', async () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']
    const paragraphs = names.flatMap((name) => [
      `“We will build the bridge,” ${name} said.`,
      `“It opens in May,” said ${name}.`,
      `${name}, the harbour master, said the ferry would stop. “No more delays,” ${name} added.`,
      `“The vote is final,” said Mayor ${name[0]!.toUpperCase() + name.slice(1)} Smith.`
    ])
    const input = 'Names that are not names\n\n' + paragraphs.join('\n\n')
    const before = Object.getOwnPropertyNames(Object.prototype).sort()
    const article = parseArticle(input)
    checkArticle(input, article)
    // No prototype pollution: Object.prototype is as it was, and a fresh object has no own keys.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    expect(Object.keys({})).toEqual([])
    expect(({} as Record<string, unknown>).name).toBeUndefined()
    // Every speaker is a plain record with string names (no inherited functions or objects).
    for (const speaker of article.speakers) {
      expect(Object.getPrototypeOf(speaker)).toBe(Object.prototype)
      expect(typeof speaker.name).toBe('string')
      for (const alias of speaker.aliases) expect(typeof alias).toBe('string')
    }
    // Mentions and names are kept as written.
    for (const quote of article.quotes) {
      if (quote.mention !== undefined) expect(input).toContain(quote.mention)
    }
    const spoken = new Set(article.speakers.flatMap((speaker) => [speaker.name, ...speaker.aliases]).join(' ').split(/\s+/))
    expect(names.some((name) => spoken.has(name) || spoken.has(name[0]!.toUpperCase() + name.slice(1)))).toBe(true)
    // The same names at scale stay linear (a prototype-keyed map would slow down or throw).
    await expectLinear((size) => 'Names\n\n' + fill(paragraphs.join('\n\n') + '\n\n', size), 30_000)
  })

  it('a 1 MB line of quote paragraphs run together, and of numbered items (each piece and each number read once)', async () => {
    const pieces = (size: number) => 'Harbour talk\n\nAda Holm said: "' + fill('The pier is old. "We will mend it. "', size) + 'That is all."'
    const {article} = await expectLinear(pieces, (1024 * 1024) / SCALE)
    expect(article.quotes.length).toBeGreaterThan(0)
    const numbers = (size: number) => 'Harbour fares\n\n' + fill('Fares rose to 29. More were sold at 31. ', size)
    const {article: counted} = await expectLinear(numbers, (1024 * 1024) / SCALE)
    expect(counted.paragraphs[0]!.sentences.length).toBeGreaterThan(1000)
  })

  it('10,000-character words', async () => {
    const word = (seed: number) => pick('abcdefghijklmnopqrstuvwxyz', 10_000, seed)
    const make = (size: number) => {
      const parts = ['A' + word(1).slice(1)]
      for (let index = 0; parts.join('').length < size; index++) {
        parts.push(index % 3 === 0 ? `“${word(index + 2)},” ${word(index + 3)} said.` : word(index + 2) + '.')
      }
      return parts.join(index2separator)
    }
    const {article} = await expectLinear(make, 100_000)
    expect(article.paragraphs.length).toBeGreaterThan(0)
  })
})

const index2separator = '\n\n'

/** The Windows-1252 byte of a character (the accented letters and marks used above). */
function cp1252(character: string): number {
  const special: Record<string, number> = {'’': 0x92, '“': 0x93, '”': 0x94, '—': 0x97}
  return special[character] ?? character.charCodeAt(0)
}
