// The gazetteer's mentions by where they start, so that a rule makes no candidate that could only lose: one of
// the same span as a mention of the gazetteer and of no higher priority (most of what the rules find).

import type { Candidate } from './candidates';
import { ENTITY_TYPES, type EntityType } from './types';

export class KnownSpans {
  /**
   * `mentions[0, count)` sorted by start, as gazetteerCandidates makes them, and made before the candidates asked
   * about: a candidate of the same span comes after such a mention in the claim order (see selectCandidates) when
   * its priority is no higher, and is then dropped whether the mention is taken (they overlap) or not (what took
   * the mention's place overlaps the candidate too).
   */
  constructor(
    private readonly mentions: readonly Candidate[],
    private readonly count: number,
  ) {
    this.starts = new Int32Array(count);
    for (let k = 0; k < count; k++) this.starts[k] = mentions[k].start;
  }

  /**
   * The mentions' starts side by side: the search reads these instead of a mention object at each step, which
   * in a long text lie apart in memory.
   */
  private readonly starts: Int32Array;

  /** A known mention spans start..end with a priority of `priority` or more. */
  outrank(start: number, end: number, priority: number): boolean {
    const starts = this.starts;
    for (let k = this.firstAt(start); k < this.count && starts[k] === start; k++) {
      const m = this.mentions[k];
      if (m.end === end && m.priority >= priority) return true;
    }
    return false;
  }

  /** The known mention of a person, by full name or by surname alone (the gazetteer's `alias`), that spans exactly start..end. */
  personAt(start: number, end: number): Candidate | undefined {
    const starts = this.starts;
    for (let k = this.firstAt(start); k < this.count && starts[k] === start; k++) {
      const m = this.mentions[k];
      if (m.end === end && m.type === 'PERSON') return m;
    }
    return undefined;
  }

  /** The known mention that spans exactly start..end, of any type. */
  at(start: number, end: number): Candidate | undefined {
    const starts = this.starts;
    for (let k = this.firstAt(start); k < this.count && starts[k] === start; k++) if (this.mentions[k].end === end) return this.mentions[k];
    return undefined;
  }

  /** The end of the longest known mention of one of `types` that starts at `start`, or -1. */
  longestEnd(start: number, types: ReadonlySet<EntityType>): number {
    const starts = this.starts;
    let end = -1;
    for (let k = this.firstAt(start); k < this.count && starts[k] === start; k++) {
      const m = this.mentions[k];
      if (types.has(m.type) && m.end > end) end = m.end;
    }
    return end;
  }

  /** The index of the first mention starting at or after `start`. */
  private firstAt(start: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Knows no mention. */
export const NO_KNOWN_SPANS = new KnownSpans([], 0);

/** The one type of known spans that are states (`of Rwanda`, `Rwanda's`), for longestEnd. */
export const STATES: ReadonlySet<EntityType> = new Set(['GPE']);
/** Known spans of nationalities (`Turkish`), or anything, for longestEnd. */
export const NATIONALITIES: ReadonlySet<EntityType> = new Set(['NORP']);
export const ANY_TYPE: ReadonlySet<EntityType> = new Set(ENTITY_TYPES);
