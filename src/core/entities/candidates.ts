// A candidate mention before the overlaps between the sources are settled.
import type { EntitySource, EntityType } from './types';
import type { PersonInfo } from './gazetteer';

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  canonical: string;
  source: EntitySource;
  /** Settles ties between candidates of the same length. */
  priority: number;
  person?: PersonInfo;
}

/**
 * A candidate. Made here only, so that every candidate has the same fields in the same order (`person` even when
 * undefined): the selection then reads them all the same way.
 */
export function candidate(
  start: number,
  end: number,
  type: EntityType,
  canonical: string,
  source: EntitySource,
  priority: number,
  person?: PersonInfo,
): Candidate {
  return { start, end, type, canonical, source, priority, person };
}

/** A candidate's priority in a selection; by default its own. */
export type PriorityOf = (c: Candidate) => number;
const ownPriority: PriorityOf = (c) => c.priority;

/** The order in which candidates claim their span: longest first, then higher priority, then earlier. */
const claimOrder =
  (priority: PriorityOf) =>
  (a: Candidate, b: Candidate): number =>
    b.end - b.start - (a.end - a.start) || priority(b) - priority(a) || a.start - b.start;

/**
 * Longest wins; among equals, the higher priority; the rest that overlap a winner are dropped.
 *
 * A candidate can only lose to candidates that overlap it, directly or through a chain of overlaps, so the
 * candidates are cut into such clusters (one pass in text order) and each cluster is settled on its own, in the
 * claim order. Nearly every cluster holds a single candidate, so this costs one ordering by start instead of a
 * sort of everything by claim order; as the sources produce their candidates in text order, one after the
 * other, that ordering is a merge of a few runs (see sortByStart).
 */
export function selectCandidates(cands: Candidate[], priority: PriorityOf = ownPriority): Candidate[] {
  if (cands.length === 0) return [];
  // An empty candidate overlaps nothing yet would still be taken and ordered among the rest: keep the plain way.
  for (let k = 0; k < cands.length; k++) if (cands[k].end <= cands[k].start) return selectInClaimOrder(cands, priority);
  const byStart = sortByStart(cands);
  // The winners are written into an array that has room for them all, and it is then cut to their number: sized
  // once, without growing by push nor the holes of `new Array(n)` (see findEntities). That is the sorted copy
  // itself when sortByStart made one (a winner is written at or before the cluster it comes from, once the cluster
  // has been read), else a copy of the candidates, which were already in order and must stay unchanged.
  const taken = byStart === cands ? cands.slice() : (byStart as Candidate[]);
  let count = 0;
  let from = 0;
  let reach = byStart[0].end;
  for (let k = 1; k <= byStart.length; k++) {
    if (k < byStart.length && byStart[k].start < reach) {
      reach = Math.max(reach, byStart[k].end);
      continue;
    }
    if (k - from === 1) taken[count++] = byStart[from];
    else if (k - from <= SMALL_CLUSTER) count = settleSmallCluster(byStart, from, k, priority, taken, count);
    else for (const c of selectInClaimOrder(byStart.slice(from, k), priority)) taken[count++] = c;
    if (k < byStart.length) {
      from = k;
      reach = byStart[k].end;
    }
  }
  taken.length = count;
  return taken;
}

/** Clusters up to this size are settled without allocating (see settleSmallCluster). */
const SMALL_CLUSTER = 8;
/**
 * The claim order of the cluster being settled, in its first `size` slots: a fixed array written by index, as an
 * insertion with `splice` and a clearing by `length = 0` for every cluster cost more than the settling itself.
 * Slots keep their last candidates until overwritten. Made full size, so that no write grows it: a short text's
 * clusters may be smaller than a long text's, and a write past the end deoptimises the selection there.
 */
const claimed: Candidate[] = Array.from({ length: SMALL_CLUSTER }, () => candidate(0, 0, 'ORG', '', 'rule', 0));

/**
 * Settles byStart[from, to) as selectInClaimOrder does, for a small cluster of non-empty candidates: an insertion
 * sort into the claim order (stable, as the sort there), then each candidate is taken unless it overlaps one
 * taken before (for non-empty spans, the same as finding a claimed position); the winners, which are apart, are
 * written to `taken` from `count` on, in text order. Returns the count of taken candidates then.
 */
function settleSmallCluster(byStart: readonly Candidate[], from: number, to: number, priority: PriorityOf, taken: Candidate[], count: number): number {
  const order = claimed;
  let size = 0;
  for (let k = from; k < to; k++) {
    const c = byStart[k];
    let at = size;
    while (at > 0 && claimsBefore(c, order[at - 1], priority)) {
      order[at] = order[at - 1];
      at--;
    }
    order[at] = c;
    size++;
  }
  const first = count;
  for (let o = 0; o < size; o++) {
    const c = order[o];
    let free = true;
    for (let t = first; t < count && free; t++) free = c.end <= taken[t].start || taken[t].end <= c.start;
    if (!free) continue;
    // Keep the winners in text order: they are apart, so their starts differ.
    let at = count++;
    while (at > first && taken[at - 1].start > c.start) {
      taken[at] = taken[at - 1];
      at--;
    }
    taken[at] = c;
  }
  return count;
}

/** `a` comes strictly before `b` in the claim order. */
function claimsBefore(a: Candidate, b: Candidate, priority: PriorityOf): boolean {
  // Every key is computed, though the first that differs decides: a short text may have no tie of length in a
  // cluster, and code it never ran deoptimises the selection on a long one.
  const byLength = b.end - b.start - (a.end - a.start);
  const byPriority = priority(b) - priority(a);
  const byStart = a.start - b.start;
  return (byLength || byPriority || byStart) < 0;
}

/** Settles overlapping candidates by claiming spans in the claim order; returns the winners in text order. */
function selectInClaimOrder(cands: Candidate[], priority: PriorityOf): Candidate[] {
  const order = [...cands].sort(claimOrder(priority));
  let base = Infinity;
  let top = 0;
  for (const c of cands) {
    base = Math.min(base, c.start);
    top = Math.max(top, c.end);
  }
  // One byte per character of the covered stretch: mentions are short, so the checks stay linear.
  const occupied = new Uint8Array(top - base);
  const taken: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let k = c.start - base; k < c.end - base && free; k++) free = occupied[k] === 0;
    if (!free) continue;
    occupied.fill(1, c.start - base, c.end - base);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** At most this many runs are merged; more are sorted. */
const MAX_RUNS = 64;

/**
 * The candidates sorted by start, stably (as `[...cands].sort((a, b) => a.start - b.start)`): the array itself
 * when already in order, not to be changed then; else a new array, the caller's to change. The candidates come as a few runs already in order, one per
 * source, so the runs are merged pairwise, the earlier run first on a tie.
 */
export function sortByStart(cands: readonly Candidate[]): readonly Candidate[] {
  const bounds = [0];
  for (let k = 1; k < cands.length; k++) {
    if (cands[k].start < cands[k - 1].start) {
      if (bounds.length === MAX_RUNS) return [...cands].sort((a, b) => a.start - b.start);
      bounds.push(k);
    }
  }
  if (bounds.length === 1) return cands;
  bounds.push(cands.length);
  // Both copies, though `to` is overwritten: an array of `new Array(n)` is holey and, for a long text, deoptimises
  // the function where it is allocated (see findEntities).
  let from: Candidate[] = cands.slice();
  let to: Candidate[] = cands.slice();
  let runs = bounds;
  while (runs.length > 2) {
    const merged = [0];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const end = r + 2 < runs.length ? runs[r + 2] : runs[r + 1];
      mergeRuns(from, to, runs[r], runs[r + 1], end);
      merged.push(end);
    }
    [from, to] = [to, from];
    runs = merged;
  }
  return from;
}

/** `a` and then `b`, sorted by start (stable), as `[...a, ...b].sort((x, y) => x.start - y.start)`. */
export function mergeByStart(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  if (!sortedByStart(a) || !sortedByStart(b)) return a.concat(b).sort((x, y) => x.start - y.start);
  // Made as a copy of the right size and overwritten in order: sized once, without growing by push nor the holes
  // of `new Array(n)` (see findEntities).
  const out = a.concat(b);
  let j = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a[i];
    while (j < b.length && b[j].start < c.start) out[k++] = b[j++];
    out[k++] = c;
  }
  while (j < b.length) out[k++] = b[j++];
  return out;
}

function sortedByStart(xs: readonly Candidate[]): boolean {
  for (let k = 1; k < xs.length; k++) if (xs[k - 1].start > xs[k].start) return false;
  return true;
}

/** Merges from[lo, mid) and from[mid, hi) into to[lo, hi), taking the first on a tie. */
function mergeRuns(from: Candidate[], to: Candidate[], lo: number, mid: number, hi: number): void {
  let a = lo;
  let b = mid;
  let k = lo;
  while (a < mid && b < hi) to[k++] = from[b].start < from[a].start ? from[b++] : from[a++];
  while (a < mid) to[k++] = from[a++];
  while (b < hi) to[k++] = from[b++];
}
