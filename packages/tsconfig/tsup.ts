import {rmSync} from 'node:fs'
import {defineConfig, type Options} from 'tsup'

export interface DualBuildOptions {
  /** Entries built as ESM and CommonJS. Default: `['src/index.ts']`. */
  entry?: string[]
  /** Entries built as ESM only (a bin, a worker). Default: none. */
  esmOnly?: string[]
  /** Shim `import.meta.url` in the CommonJS build. Default: `false`. */
  shims?: boolean
}

/**
 * The build of every published package: ESM with its dependencies left
 * external, and CommonJS with them bundled in.
 *
 * Why bundle: unified, retext-english and the mdast utilities are ESM-only.
 * `require()` of them on Node 20 gives the module namespace where the code
 * expects the default export (unified then throws "empty preset"), so a
 * CommonJS build that requires them does not load. Bundling them makes
 * `require('@dateline/…')` work; ESM users get the shared dependencies.
 */
export function dualBuild(options: DualBuildOptions = {}) {
  // `clean` per config would race: both configs build at once.
  rmSync('dist', {recursive: true, force: true})
  const entry = options.entry ?? ['src/index.ts']
  const common: Options = {sourcemap: true, target: 'es2022', clean: false, dts: {entry}}
  return defineConfig([
    {...common, entry: [...entry, ...(options.esmOnly ?? [])], format: ['esm']},
    {...common, entry, format: ['cjs'], noExternal: [/./], shims: options.shims ?? false}
  ])
}
