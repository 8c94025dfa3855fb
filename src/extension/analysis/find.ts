// Finds what lies under an offset in spans sorted by start.

/** The span containing the offset, among non-overlapping spans sorted by start (entities). */
export function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = spans[lo];
  return s && s.start <= offset && offset < s.end ? s : undefined;
}

/** The innermost of possibly nested spans sorted by start (quotations, marks included) that holds the offset. */
export function innermostAt<T extends { open: { start: number }; close: { end: number } | null; end: number }>(
  spans: readonly T[],
  offset: number,
): T | undefined {
  let best: T | undefined;
  for (const s of spans) {
    if (s.open.start > offset) break;
    if (offset < (s.close?.end ?? s.end)) best = s;
  }
  return best;
}
