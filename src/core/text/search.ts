// Binary searches over sorted offsets and spans, shared by the steps of the analysis.

import type { Span } from './types';

/** Index of the first of the sorted offsets [0, length) at or after `pos`; `length` when there is none. */
export function firstOffsetAtOrAfter(sorted: ArrayLike<number>, pos: number, length = sorted.length): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span starting at or before `pos`, in spans sorted by start; -1 when there is none. */
export function lastStartingAtOrBefore(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
