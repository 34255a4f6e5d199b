export {toText} from './lib/to-text.js'
export {collapse as collapseWhiteSpace, reading as toReading} from './lib/reading.js'
export type {Reading, ReadingOptions} from './lib/reading.js'
export type {Options, QuoteStyle} from './lib/options.js'
