/**
 * Every regular expression in `@dateline/core`'s source runs in linear time
 * on its worst input.
 *
 * How: `collectRegexes` reads the TypeScript source of `packages/core/src`
 * (regex literals, and `new RegExp(…)` whose pattern folds to a constant)
 * and hands each pattern to recheck (https://makenowjust-labs.github.io/recheck/),
 * a ReDoS checker. Its automaton checker proves the matching time of a
 * backtracking engine linear, polynomial or exponential; for patterns the
 * automaton cannot model (look-behind, back-references, large bounded
 * repetitions) it falls back to a fuzzer that searches for inputs with a
 * super-linear step count. `checkSync` runs recheck's pure-JavaScript build,
 * so the test needs no Java and no native binary.
 *
 * A pattern recheck calls vulnerable fails the test with the attack string
 * recheck found; a `RegExp` built from something that does not fold to a
 * constant fails too (it cannot be checked: make it a literal or a constant
 * expression).
 */
import {checkSync} from 'recheck'
import {describe, expect, it} from 'vitest'
import {collectRegexes} from './regexes.js'

const regexes = collectRegexes()

describe('regular expressions in @dateline/core', () => {
  it('finds the patterns of every pass', () => {
    // The collector itself works: it finds the patterns the layout pass is
    // known to build both ways (a literal and a `new RegExp` of constants).
    expect(regexes.length).toBeGreaterThan(20)
    expect(regexes.some((found) => found.where.startsWith('layout/dateline.ts') && found.source?.includes('(?<place>'))).toBe(true)
    expect(regexes.some((found) => found.where.startsWith('normalize.ts'))).toBe(true)
  })

  it.each(regexes.map((found) => [found.where, found] as const))('%s runs in linear time', (_where, found) => {
    if (found.unresolved) {
      throw new Error(`cannot check the RegExp at ${found.where}: ${found.unresolved}; build it from constants of its file`)
    }
    // The `g` and `y` flags change where a search starts, not the matcher:
    // recheck checks the pattern as a search from every position anyway.
    const diagnostics = checkSync(found.source!, found.flags!.replace(/[gy]/g, ''))
    if (diagnostics.status !== 'safe') {
      const attack = diagnostics.status === 'vulnerable' ? ` (attack: ${diagnostics.attack.pattern})` : ''
      const why = diagnostics.status === 'vulnerable' ? diagnostics.complexity.summary : diagnostics.status === 'unknown' ? diagnostics.error.kind : ''
      throw new Error(`/${found.source}/${found.flags} at ${found.where} is ${diagnostics.status}: ${why}${attack}`)
    }
    expect(diagnostics.status).toBe('safe')
  })
})
