import {dualBuild} from '../tsconfig/tsup.js'

// `cli` is the bin and `worker` the thread entry the pool starts by URL
// (`new URL('./worker.js', import.meta.url)`): ESM only. `index`, the
// programmatic API, is also CommonJS, with `import.meta.url` shimmed so it
// finds `worker.js` next to it.
export default dualBuild({esmOnly: ['src/cli.ts', 'src/worker.ts'], shims: true})
