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
 * claim order. Nearly every cluster holds a single candidate, so this costs one sort by start (the sources
 * produce their candidates in text order, which the sort takes advantage of) instead of a sort of everything
 * by claim order.
 */
export function selectCandidates(cands: Candidate[], priority: PriorityOf = ownPriority): Candidate[] {
  if (cands.length === 0) return [];
  // An empty candidate overlaps nothing yet would still be taken and ordered among the rest: keep the plain way.
  for (const c of cands) if (c.end <= c.start) return selectInClaimOrder(cands, priority);
  const byStart = [...cands].sort((a, b) => a.start - b.start);
  const taken: Candidate[] = [];
  let from = 0;
  let reach = byStart[0].end;
  for (let k = 1; k <= byStart.length; k++) {
    if (k < byStart.length && byStart[k].start < reach) {
      reach = Math.max(reach, byStart[k].end);
      continue;
    }
    if (k - from === 1) taken.push(byStart[from]);
    else for (const c of selectInClaimOrder(byStart.slice(from, k), priority)) taken.push(c);
    if (k < byStart.length) {
      from = k;
      reach = byStart[k].end;
    }
  }
  return taken;
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
