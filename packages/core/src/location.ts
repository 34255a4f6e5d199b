import type {Point, Position} from './model.js'

/**
 * Turns offsets into unist points in O(log lines).
 *
 * Built once per input over the normalized text, which has the same length
 * as the input and a `\n` wherever the input ends a line (`\n`, `\r\n` or a
 * lone `\r`), so the points are valid for the original input.
 */
export interface Locator {
  point(offset: number): Point
  position(start: number, end: number): Position
}

export function createLocator(text: string): Locator {
  const starts: number[] = [0]
  let index = text.indexOf('\n')
  while (index !== -1) {
    starts.push(index + 1)
    index = text.indexOf('\n', index + 1)
  }

  function point(offset: number): Point {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return {line: low + 1, column: offset - starts[low]! + 1, offset}
  }

  return {
    point,
    position(start, end) {
      return {start: point(start), end: point(end)}
    }
  }
}
