import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

describe('README.md', () => {
  it('shows the current golden outputs (else run `pnpm golden`)', () => {
    const cwd = fileURLToPath(new URL('../', import.meta.url))
    expect(() => execFileSync('node', ['../test-utils/embed-golden.mjs', '--check'], {cwd, stdio: 'pipe'})).not.toThrow()
  })
})
