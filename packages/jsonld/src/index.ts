export {toJsonLd} from './lib/to-json-ld.js'
export {toJsonLdScript} from './lib/script.js'
export type {Options, ScriptOptions} from './lib/options.js'
