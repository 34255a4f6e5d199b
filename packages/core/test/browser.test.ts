import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'
import {resolve} from 'node:path'
import {repoRoot} from './helpers.js'

describe('browser', () => {
  it('bundles for the browser without any Node built-in', async () => {
    const result = await build({
      entryPoints: [resolve(repoRoot, 'packages/core/src/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent'
    })
    expect(result.errors).toEqual([])
    const code = result.outputFiles[0]!.text
    expect(code).not.toMatch(/\bfrom\s*["'](?:node:)?(?:fs|path|url|os|util|process|buffer|stream|worker_threads)["']/)
    expect(code).not.toMatch(/\brequire\(["'](?:node:)/)
  })
})
