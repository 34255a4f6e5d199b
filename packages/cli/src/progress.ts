/**
 * Stderr output: errors, warnings, the progress bar and the summary line.
 * The bar is drawn only on a terminal; messages clear it first so they are
 * never mixed into it.
 */

/** Redraws per second at most: enough to look live, cheap at a million lines. */
const REDRAWS_PER_SECOND = 10
const BAR_WIDTH = 24
/**
 * Warnings printed before the rest are only counted: a Latin-1 corpus would
 * otherwise print one per line and bury the errors.
 */
const MAX_WARNINGS = 20
/**
 * Errors printed before the rest are only counted. A systematic failure in a
 * million-line corpus (wrong `--text-field`) would otherwise print a million
 * lines; 100 is enough to see the pattern, and the output records carry their
 * `line`, so the failed ones can still be found by what is missing.
 */
const MAX_ERRORS = 100

export interface ErrorStream {
  write(chunk: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface ReporterOptions {
  /** Draw the progress bar and print the summary line. */
  progress: boolean
  summary: boolean
  color: boolean
}

export class Reporter {
  private drawn = false
  private lastDraw = 0
  private readonly started = performance.now()
  /** Items (files or lines) done. */
  done = 0
  /** Items in all, when known. */
  total: number | undefined
  /** Bytes read and bytes in all, when known: the estimate for JSON Lines. */
  bytesDone = 0
  bytesTotal: number | undefined
  unit = 'files'
  failed = 0
  warnings = 0
  articles = 0
  quotes = 0

  constructor(
    private readonly stream: ErrorStream,
    private readonly options: ReporterOptions
  ) {}

  error(text: string): void {
    this.failed++
    if (this.failed <= MAX_ERRORS) this.message(this.paint('31', 'error') + ': ' + text)
    else if (this.failed === MAX_ERRORS + 1) this.message('further errors are counted in the summary line, not shown')
  }

  warn(text: string): void {
    this.warnings++
    if (this.warnings <= MAX_WARNINGS) this.message(this.paint('33', 'warning') + ': ' + text)
    else if (this.warnings === MAX_WARNINGS + 1) this.message('further warnings are counted in the summary line, not shown')
  }

  /** Redraw the bar if enough time passed. */
  tick(): void {
    if (!this.options.progress) return
    const now = performance.now()
    if (now - this.lastDraw < 1000 / REDRAWS_PER_SECOND) return
    this.lastDraw = now
    this.draw(now)
  }

  /** Clear the bar and print the summary line. */
  finish(): void {
    this.clear()
    if (!this.options.summary) return
    const seconds = (performance.now() - this.started) / 1000
    let line =
      'dateline: ' + plural(this.articles, 'article') + ', ' + plural(this.quotes, 'quote') + ', ' + seconds.toFixed(1) + ' s'
    if (this.failed > 0) line += ', ' + this.paint('31', plural(this.failed, 'failure'))
    if (this.warnings > 0) line += ', ' + plural(this.warnings, 'warning')
    this.stream.write(line + '\n')
  }

  private message(text: string): void {
    this.clear()
    this.stream.write('dateline: ' + text + '\n')
  }

  private draw(now: number): void {
    const seconds = (now - this.started) / 1000
    const rate = seconds > 0 ? this.done / seconds : 0
    let fraction: number | undefined
    if (this.total !== undefined && this.total > 0) fraction = this.done / this.total
    else if (this.bytesTotal !== undefined && this.bytesTotal > 0) fraction = this.bytesDone / this.bytesTotal
    let line = ''
    if (fraction !== undefined) {
      const filled = Math.round(Math.min(1, fraction) * BAR_WIDTH)
      line += '[' + '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled) + '] ' + Math.floor(fraction * 100) + '% '
    }
    line += this.done + (this.total === undefined ? '' : '/' + this.total) + ' ' + this.unit
    line += ', ' + rate.toFixed(rate < 10 ? 1 : 0) + '/s'
    if (fraction !== undefined && fraction > 0 && fraction < 1) {
      line += ', ' + formatDuration((seconds * (1 - fraction)) / fraction) + ' left'
    }
    const width = this.stream.columns ?? 80
    this.stream.write('\r\u001B[K' + line.slice(0, width - 1))
    this.drawn = true
  }

  private clear(): void {
    if (!this.drawn) return
    this.stream.write('\r\u001B[K')
    this.drawn = false
  }

  private paint(code: string, text: string): string {
    return this.options.color ? '\u001B[' + code + 'm' + text + '\u001B[39m' : text
  }
}

function plural(count: number, noun: string): string {
  return count + ' ' + noun + (count === 1 ? '' : 's')
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return Math.ceil(seconds) + ' s'
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return minutes + ' min ' + Math.round(seconds % 60) + ' s'
  return Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min'
}
