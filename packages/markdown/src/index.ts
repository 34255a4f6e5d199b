export {toMarkdown} from './lib/to-markdown.js'
export {toMdast} from './lib/to-mdast.js'
export type {Options} from './lib/options.js'
