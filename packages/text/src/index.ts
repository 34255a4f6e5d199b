export {toText} from './lib/to-text.js'
export type {Options, QuoteStyle} from './lib/options.js'
