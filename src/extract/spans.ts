/** Helpers over sorted, non-overlapping character ranges. */

/** True when pos lies strictly inside one of the ranges, which are sorted by start (binary search). */
export function insideSorted<T>(ranges: readonly T[], pos: number, startOf: (r: T) => number, endOf: (r: T) => number): boolean {
  let lo = 0
  let hi = ranges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (startOf(ranges[mid] as T) < pos) lo = mid + 1
    else hi = mid
  }
  const r = ranges[lo - 1]
  return r !== undefined && pos > startOf(r) && pos < endOf(r)
}

/** Index of the first item, in items sorted by start, that starts at or after pos (binary search). */
export function firstStartingFrom(items: readonly { start: number }[], pos: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((items[mid] as { start: number }).start < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}
