import type {Message, Position} from './model.js'

/** Builds a message: content problems are reported, never thrown. */
export function message(
  source: string,
  ruleId: string,
  reason: string,
  position?: Position
): Message {
  const result: Message = {reason, ruleId, source: 'dateline:' + source, fatal: false}
  if (position) result.position = position
  return result
}
