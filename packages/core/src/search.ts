/**
 * The first index in `[0, length)` at which `before(index)` is false, given
 * that it is true for every index before that one and false after (a
 * sorted list cut in two). Binary search: O(log length).
 *
 * One helper for the many "first token at or after this offset", "last
 * quote before that one" look-ups of the passes.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const mid = (low + high) >> 1
    if (before(mid)) low = mid + 1
    else high = mid
  }
  return low
}
