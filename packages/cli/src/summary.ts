import type {Article, QuoteKind} from '@dateline/core'

/** Longest first quote shown in the table before it is cut with `…`. */
const FIRST_QUOTE_WIDTH = 60

export interface SpeakerSummary {
  /** Speaker id (`s1`), or `null` for the quotes no speaker was found for. */
  id: string | null
  name: string
  kind: string
  role?: string
  /** For a group, its members' names ("Both countries": Lirania, Veldenia). */
  members?: string[]
  /** Top-level quotes attributed to this speaker (nested quotes are part of their parent). */
  quotes: number
  /** Text of the speaker's first quote in reading order. */
  firstQuote?: string
  /** Its kind: reported speech is a paraphrase, so it is not shown in quotation marks. */
  firstQuoteKind?: QuoteKind
}

export interface StatementSummary {
  id: string
  title: string
  joint: boolean
  /** Party names, in the order the article gives them. */
  parties: string[]
  excerpts: number
}

/** Who said what in one article: what `dateline --summary` prints. */
export interface ArticleSummary {
  headline?: string
  /** Speakers with at least one quote, most quoted first (ties: first quoted first), then unattributed quotes. */
  speakers: SpeakerSummary[]
  statements: StatementSummary[]
}

/**
 * Summarise who said what in `article`.
 *
 * @param article
 *   A parsed article.
 * @returns
 *   Plain JSON: speakers with their quote counts and first quote, and statements with their parties.
 */
export function summarize(article: Article): ArticleSummary {
  const byId = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
  const rows = new Map<string | null, SpeakerSummary & {order: number}>()

  for (const quote of article.quotes) {
    const key = quote.speaker !== undefined && byId.has(quote.speaker) ? quote.speaker : null
    let row = rows.get(key)
    if (!row) {
      const speaker = key === null ? undefined : byId.get(key)
      row = {
        id: key,
        name: speaker ? speaker.name : '(unattributed)',
        kind: speaker ? speaker.kind : '',
        quotes: 0,
        firstQuote: quote.text,
        firstQuoteKind: quote.kind,
        order: rows.size
      }
      if (speaker?.role) row.role = speaker.role
      if (speaker?.members && speaker.members.length > 0) row.members = speaker.members.map((id) => byId.get(id)?.name ?? id)
      rows.set(key, row)
    }
    row.quotes++
  }

  const speakers = [...rows.values()]
    .sort((a, b) => {
      if ((a.id === null) !== (b.id === null)) return a.id === null ? 1 : -1
      return b.quotes - a.quotes || a.order - b.order
    })
    .map(({order, ...row}) => row)

  const statements = article.statements.map((statement) => ({
    id: statement.id,
    title: statement.title,
    joint: statement.joint,
    parties: statement.parties.map((id) => byId.get(id)?.name ?? id),
    excerpts: statement.excerpts.length
  }))

  const result: ArticleSummary = {speakers, statements}
  if (article.headline) result.headline = article.headline.text
  return result
}

/**
 * Render a summary as a plain-text table for a terminal.
 *
 * @param summary
 *   From `summarize`.
 * @returns
 *   Lines ending in `\n`.
 */
export function renderSummary(summary: ArticleSummary): string {
  const lines: string[] = []
  if (summary.headline !== undefined) lines.push(summary.headline, '')

  if (summary.speakers.length === 0) {
    lines.push('No quotes found.')
  } else {
    const table = [
      ['Speaker', 'Kind', 'Quotes', 'First quote'],
      ...summary.speakers.map((row) => [
        describe(row),
        row.kind,
        String(row.quotes),
        row.firstQuote === undefined
          ? ''
          : row.firstQuoteKind === 'reported'
            ? '(reported) ' + cut(oneLine(row.firstQuote), FIRST_QUOTE_WIDTH)
            : '“' + cut(oneLine(row.firstQuote), FIRST_QUOTE_WIDTH) + '”'
      ])
    ]
    lines.push(...formatTable(table))
  }

  lines.push('')
  if (summary.statements.length === 0) {
    lines.push('No statements found.')
  } else {
    lines.push('Statements:')
    for (const statement of summary.statements) {
      const parties = statement.parties.length > 0 ? statement.parties.join(', ') : 'parties unknown'
      lines.push(
        '  ' + statement.title + (statement.joint ? ' (joint)' : '') + ' — ' + parties + '; ' +
          statement.excerpts + (statement.excerpts === 1 ? ' excerpt' : ' excerpts')
      )
    }
  }

  return lines.join('\n') + '\n'
}

/** A speaker's cell: the name, with its role ("Tomas Brandt (foreign minister)") or, for a group whose name does not say them, its members ("Both countries (Lirania, Veldenia)"). */
function describe(row: SpeakerSummary): string {
  if (row.role) return row.name + ' (' + row.role + ')'
  if (row.members && !row.members.every((member) => row.name.includes(member))) return row.name + ' (' + row.members.join(', ') + ')'
  return row.name
}

function formatTable(rows: string[][]): string[] {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, [...cell].length)
    })
  }
  return rows.map((row) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell + ' '.repeat((widths[index] ?? 0) - [...cell].length)))
      .join('  ')
      .trimEnd()
  )
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

function cut(value: string, width: number): string {
  const chars = [...value]
  return chars.length <= width ? value : chars.slice(0, width - 1).join('') + '…'
}
