import type {ParseContext} from './context.js'

/** Pass 6: joint statements, communiqués and declarations with their excerpts. */
export function statements(_context: ParseContext): void {}
