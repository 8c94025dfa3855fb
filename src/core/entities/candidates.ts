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

/** Longest wins; among equals, the higher priority; the rest that overlap a winner are dropped. */
export function selectCandidates(cands: Candidate[]): Candidate[] {
  if (cands.length === 0) return [];
  const order = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
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
