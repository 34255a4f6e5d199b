import type {ParseContext} from './context.js'

/** Pass 4: quote spans, kinds and attribution. */
export function quotes(_context: ParseContext): void {}
