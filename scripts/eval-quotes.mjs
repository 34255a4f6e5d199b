/**
 * Scores the quotes and speakers passes against PolNeAR
 * (`../shared/corpus/polnear/<split>`), with the GenderGapTracker rule:
 *
 * - the overlap of a predicted quote with a gold attribution's content is
 *   the number of characters they share divided by the gold length;
 * - gold attributions are taken in order; each takes the not-yet-matched
 *   prediction with the highest overlap, and counts when that overlap is
 *   strictly above the threshold (0.3, and 0.8); leftover predictions are
 *   false positives.
 *
 * A prediction is one attribution: a quote together with the quotes that
 * continue it (`continues`) and the quotes hung on the same cue ("Q1," X
 * said. "Q2." is one PolNeAR attribution with a two-piece content). The
 * per-quote figures are printed too.
 *
 * Quotes in marks: gold attributions whose content has a double quotation
 * mark (“ ” " „ « » or ''), its characters from the first mark to the last;
 * predicted `direct` and `partial` quotes.
 *
 * Speaker accuracy over attributions matched at 0.3 that have a gold
 * source: correct when the predicted speaker's name, an alias or the
 * mention contains the gold source's head word (its last capitalised word,
 * or the pronoun itself, else its last word). Cue accuracy likewise: the
 * same verb, case-insensitive (the predicted cue is the gold cue or a word
 * sequence in it: "has said" ⊇ "said").
 *
 * Usage: node scripts/eval-quotes.mjs [dev|train] [--misses N]
 * One annotator's file per article (the first by name) when there are several.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {readText, requireCorpus} from './corpus.mjs'

const args = process.argv.slice(2)
const split = args.find((arg) => arg === 'dev' || arg === 'train') ?? 'dev'
const missesIndex = args.indexOf('--misses')
const showMisses = missesIndex === -1 ? 0 : Number(args[missesIndex + 1] ?? 20)

const folder = requireCorpus('polnear', split)
const {parseArticle} = await import('../packages/core/dist/index.js')

const THRESHOLDS = [0.3, 0.8]
const DOUBLE_MARKS = /[\u201C\u201D"\u201E\u00AB\u00BB]|''/g
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them'])

const annotations = readdirSync(join(folder, 'attributions')).filter((name) => name.endsWith('.ann')).sort()
const byText = new Map()
for (const name of annotations) {
  const base = name.replace(/_[^_]*\.ann$/, '')
  if (!byText.has(base)) byText.set(base, name)
}

const totals = {
  all: THRESHOLDS.map(() => ({tp: 0, predicted: 0, gold: 0})),
  allQuotes: THRESHOLDS.map(() => ({tp: 0, predicted: 0, gold: 0})),
  marks: {tp: 0, predicted: 0, gold: 0},
  speaker: {correct: 0, total: 0},
  // Misses where the gold source carries an appositive ("Stuart Stevens, the chief strategist for Mitt Romney's
  // campaign") whose last capitalised word is not the speaker's, and the predicted mention is the part before it.
  appositive: {count: 0, examples: []},
  cue: {correct: 0, total: 0}
}
const misses = []
let articles = 0
let milliseconds = 0

for (const [base, annotation] of byText) {
  let text
  try {
    text = readText(join(folder, 'text', base + '.txt'))
  } catch {
    continue
  }
  articles++
  const gold = readGold(readFileSync(join(folder, 'attributions', annotation), 'utf8'))
  const started = performance.now()
  const article = parseArticle(text)
  milliseconds += performance.now() - started

  const units = unitsOf(article.quotes, () => true)
  const singles = article.quotes.map((quote) => ({quotes: [quote], ranges: [range(quote)]}))
  const markUnits = unitsOf(article.quotes, (quote) => quote.kind !== 'reported')
  const speakersById = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))

  THRESHOLDS.forEach((threshold, t) => {
    const result = match(gold, units, threshold)
    add(totals.all[t], result, gold.length, units.length)
    add(totals.allQuotes[t], match(gold, singles, threshold), gold.length, singles.length)
    if (threshold === 0.3) {
      for (const [g, u] of result.pairs) {
        const unit = units[u]
        const goldItem = gold[g]
        const head = unit.quotes.find((quote) => quote.mention || quote.cue) ?? unit.quotes[0]
        const chainHead = head.continues ? article.quotes.find((quote) => quote.id === head.continues) ?? head : head
        if (goldItem.source) {
          totals.speaker.total++
          const speaker = speakersById.get(head.speaker ?? chainHead.speaker)
          const forms = [head.mention ?? chainHead.mention, speaker?.name, ...(speaker?.aliases ?? [])].filter(Boolean).map((form) => form.toLowerCase())
          const word = headWord(goldItem.source).toLowerCase()
          const ok = forms.some((form) => containsWord(form, word))
          if (ok) totals.speaker.correct++
          else if (isAppositiveArtefact(goldItem.source, head.mention ?? chainHead.mention)) {
            totals.appositive.count++
            if (totals.appositive.examples.length < 5) totals.appositive.examples.push(`«${goldItem.source.trim()}» → head «${headWord(goldItem.source)}», mention «${head.mention ?? chainHead.mention}»`)
          }
          else if (misses.length < showMisses) misses.push(`speaker  ${base}: gold «${goldItem.source}» predicted «${head.mention ?? chainHead.mention ?? '-'}» → ${speaker?.name ?? '-'}`)
        }
        if (goldItem.cue) {
          totals.cue.total++
          const predicted = (head.cue ?? chainHead.cue ?? '').toLowerCase()
          const expected = goldItem.cue.toLowerCase()
          if (predicted && (predicted === expected || containsWord(expected, predicted))) totals.cue.correct++
        }
      }
      if (showMisses) {
        const matchedGold = new Set(result.pairs.map(([g]) => g))
        const matchedUnits = new Set(result.pairs.map(([, u]) => u))
        gold.forEach((item, g) => {
          if (!matchedGold.has(g) && misses.length < showMisses) misses.push(`missed   ${base}: [${item.cue}] ${text.slice(item.ranges[0][0], item.ranges.at(-1)[1]).slice(0, 140)}`)
        })
        units.forEach((unit, u) => {
          if (!matchedUnits.has(u) && misses.length < showMisses) misses.push(`extra    ${base}: ${unit.quotes[0].kind} [${unit.quotes[0].cue ?? '-'}] ${unit.quotes.map((quote) => quote.text).join(' … ').slice(0, 140)}`)
        })
      }
    }
  })

  const goldMarks = gold.map((item) => marksOnly(item, text)).filter(Boolean)
  add(totals.marks, match(goldMarks, markUnits, 0.8), goldMarks.length, markUnits.length)
}

const rows = [
  ['all quotes (attributions)', '0.3', ...prf(totals.all[0])],
  ['all quotes (attributions)', '0.8', ...prf(totals.all[1])],
  ['quotes in marks (attributions)', '0.8', ...prf(totals.marks)],
  ['all quotes (one quote each)', '0.3', ...prf(totals.allQuotes[0])],
  ['all quotes (one quote each)', '0.8', ...prf(totals.allQuotes[1])]
]
console.log(`PolNeAR ${split}: ${articles} articles, ${totals.all[0].gold} gold attributions, ${totals.marks.gold} with quotation marks; parse ${Math.round(milliseconds)} ms\n`)
console.log('| measure | threshold | precision | recall | F1 | tp / predicted / gold |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const row of rows) console.log('| ' + row.join(' | ') + ' |')
console.log(`| speaker accuracy | 0.3 | | | ${ratio(totals.speaker)} | ${totals.speaker.correct} / ${totals.speaker.total} |`)
console.log(`| cue accuracy | 0.3 | | | ${ratio(totals.cue)} | ${totals.cue.correct} / ${totals.cue.total} |`)
console.log(
  `\nSpeaker misses due to an appositive inside the gold source (mention = the name before its comma): ${totals.appositive.count}` +
    ` (accuracy without them: ${ratio({correct: totals.speaker.correct, total: totals.speaker.total - totals.appositive.count})})`
)
for (const example of totals.appositive.examples) console.log('  ' + example)
if (showMisses) console.log('\n' + misses.join('\n'))

function readGold(source) {
  const spans = new Map()
  const events = []
  for (const line of source.split('\n')) {
    const fields = line.split('\t')
    if (fields.length < 2) continue
    if (line.startsWith('T')) {
      const [label, ...rest] = fields[1].split(' ')
      const ranges = rest
        .join(' ')
        .split(';')
        .map((part) => part.trim().split(' ').map(Number))
        .filter((pair) => pair.length === 2 && pair.every(Number.isFinite))
      spans.set(fields[0], {label, ranges, text: fields[2] ?? ''})
    } else if (line.startsWith('E')) {
      const roles = Object.fromEntries(fields[1].split(' ').map((part) => part.split(':')))
      events.push(roles)
    }
  }
  const gold = []
  for (const roles of events) {
    const content = spans.get(roles.Content)
    if (!content || content.ranges.length === 0) continue
    gold.push({
      ranges: content.ranges.sort((a, b) => a[0] - b[0]),
      source: spans.get(roles.Source)?.text,
      cue: spans.get(roles.Cue)?.text
    })
  }
  return gold.sort((a, b) => a.ranges[0][0] - b.ranges[0][0])
}

function marksOnly(item, text) {
  let first = Infinity
  let last = -Infinity
  for (const [from, to] of item.ranges) {
    for (const found of text.slice(from, to).matchAll(DOUBLE_MARKS)) {
      first = Math.min(first, from + found.index)
      last = Math.max(last, from + found.index + found[0].length)
    }
  }
  if (first === Infinity) return undefined
  const ranges = item.ranges.map(([from, to]) => [Math.max(from, first), Math.min(to, last)]).filter(([from, to]) => to > from)
  return {...item, ranges}
}

function range(quote) {
  return [quote.position.start.offset, quote.position.end.offset]
}

/** Quotes joined by `continues` and by a shared cue are one attribution. */
function unitsOf(quotes, keep) {
  const kept = quotes.filter(keep)
  const parent = new Map(kept.map((quote) => [quote.id, quote.id]))
  const find = (id) => {
    while (parent.get(id) !== id) id = parent.get(id)
    return id
  }
  const union = (a, b) => {
    if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b))
  }
  const byCue = new Map()
  for (const quote of kept) {
    if (quote.continues) union(quote.id, quote.continues)
    if (quote.cuePosition) {
      const key = quote.cuePosition.start.offset
      if (byCue.has(key)) union(quote.id, byCue.get(key))
      else byCue.set(key, quote.id)
    }
  }
  const groups = new Map()
  for (const quote of kept) {
    const root = find(quote.id)
    if (!groups.has(root)) groups.set(root, {quotes: [], ranges: []})
    groups.get(root).quotes.push(quote)
    groups.get(root).ranges.push(range(quote))
  }
  return [...groups.values()]
}

function overlap(goldRanges, predictedRanges) {
  let shared = 0
  let length = 0
  const merged = mergeRanges(predictedRanges)
  for (const [from, to] of goldRanges) {
    length += to - from
    for (const [start, end] of merged) shared += Math.max(0, Math.min(to, end) - Math.max(from, start))
  }
  return length === 0 ? 0 : shared / length
}

function mergeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const merged = []
  for (const [from, to] of sorted) {
    const last = merged.at(-1)
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged
}

function match(gold, units, threshold) {
  const taken = new Set()
  const pairs = []
  gold.forEach((item, g) => {
    let best = -1
    let bestScore = 0
    units.forEach((unit, u) => {
      if (taken.has(u)) return
      const score = overlap(item.ranges, unit.ranges)
      if (score > bestScore) {
        best = u
        bestScore = score
      }
    })
    if (best !== -1 && bestScore > threshold) {
      taken.add(best)
      pairs.push([g, best])
    }
  })
  return {pairs}
}

function add(total, result, gold, predicted) {
  total.tp += result.pairs.length
  total.gold += gold
  total.predicted += predicted
}

function prf({tp, predicted, gold}) {
  const p = predicted ? tp / predicted : 0
  const r = gold ? tp / gold : 0
  const f = p + r ? (2 * p * r) / (p + r) : 0
  return [p.toFixed(3), r.toFixed(3), f.toFixed(3), `${tp} / ${predicted} / ${gold}`]
}

function ratio({correct, total}) {
  return total ? (correct / total).toFixed(3) : 'n/a'
}

function headWord(source) {
  const words = source.trim().split(/\s+/)
  if (words.length === 1 && PRONOUNS.has(words[0].toLowerCase())) return words[0]
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word))
  const word = capitalised.at(-1) ?? words.at(-1)
  return word.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}.-]+$/u, '')
}

function isAppositiveArtefact(source, mention) {
  if (!mention) return false
  const trimmed = source.trim()
  const comma = trimmed.indexOf(',')
  if (comma === -1) return false
  const name = trimmed.slice(0, comma).trim()
  return name !== '' && mention.toLowerCase().endsWith(name.toLowerCase().split(/\s+/).at(-1)) && !trimmed.slice(comma).includes(mention)
}

function containsWord(haystack, needle) {
  if (!needle) return false
  const index = haystack.indexOf(needle)
  if (index === -1) return false
  const before = haystack[index - 1]
  const after = haystack[index + needle.length]
  return !/[\p{L}\p{N}]/u.test(before ?? '') && !/[\p{L}\p{N}]/u.test(after ?? '')
}
