#!/usr/bin/env node
import {run} from './run.js'

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // A bug, not bad input (bad input is reported per file): say so plainly.
    process.stderr.write('dateline: internal error: ' + String((error as Error)?.stack ?? error) + '\n')
    process.exitCode = 1
  }
)
