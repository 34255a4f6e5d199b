import {defineConfig} from 'tsup'

export default defineConfig({
  // `cli` is the bin, `worker` the thread entry the pool starts by URL
  // (`new URL('./worker.js', import.meta.url)`), `index` the programmatic API.
  entry: ['src/index.ts', 'src/cli.ts', 'src/worker.ts'],
  format: ['esm', 'cjs'],
  dts: {entry: 'src/index.ts'},
  // `import.meta.url` in the CommonJS build (it finds `worker.js` next to it).
  shims: true,
  clean: true,
  sourcemap: true,
  target: 'es2022'
})
