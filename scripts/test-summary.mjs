/**
 * Sums the "Tests  N passed (N)" lines that vitest prints for each package
 * into one closing line: "N passed, N failed[, N skipped]".
 */
import {readFileSync} from 'node:fs'

const log = readFileSync(process.argv[2], 'utf8').replace(/\u001B\[[0-9;]*m/g, '')
let passed = 0
let failed = 0
let skipped = 0
for (const line of log.split('\n')) {
  const match = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line)
  if (!match) continue
  for (const [, count, kind] of match[1].matchAll(/(\d+) (passed|failed|skipped)/g)) {
    if (kind === 'passed') passed += Number(count)
    else if (kind === 'failed') failed += Number(count)
    else skipped += Number(count)
  }
}
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''))
