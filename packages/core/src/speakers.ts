import type {ParseContext} from './context.js'

/** Pass 5: speaker mentions become entities. */
export function speakers(_context: ParseContext): void {}
