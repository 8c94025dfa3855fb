// Candidates from the gazetteer: the longest known name at each token, and people's surnames standing alone.

import { type Candidate, candidate } from './candidates';
import type { Gazetteer } from './gazetteer';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';

const DASH = new TokenSet(new Set(['-']));

export function gazetteerCandidates(v: TokenView, g: Gazetteer, out: Candidate[]): void {
  const names = g.names;
  // Every token a name can start at is marked: capitalised, a digit, or a lower-case first word (a starter).
  let next = 0;
  const marked = v.markedTokens();
  for (let at = 0; at < marked.length; at++) {
    const i = marked[at];
    if (i < next) continue;
    const cap = v.isCap(i);
    if (!cap && !v.isDigit(i) && !names.isLowerFirst(v, i)) continue;
    const end = names.longestAt(v, i);
    if (end >= 0) {
      // The entry of the highest priority, the first of them on a tie (see Gazetteer.names).
      const e = names.foundChoice!;
      out.push(candidate(v.start(i), v.end(end - 1), e.type, e.canonical, 'gazetteer', e.priority, e.person));
      // Shorter names inside a longer one are never needed (the longest wins), so skip past it.
      next = end;
    } else if (cap && !(v.touching(i) && DASH.has(v, i + 1))) {
      const people = g.peopleBySurname(v, i);
      if (people) out.push(candidate(v.start(i), v.end(i), 'PERSON', people[0].canonical, 'alias', 5, people[0].person));
    }
  }
}

/**
 * `VIENNA (Reuters) -`: a place written in capitals, as in a dateline or a headline in capitals, under its usual
 * spelling. Its entry outranks the unknown-acronym reading of the same word.
 */
export function placesInCapitals(v: TokenView, g: Gazetteer, out: Candidate[]): void {
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    const start = v.start(i);
    const end = v.end(i);
    if (end - start < 4 || !allCapitals(v.text, start, end)) continue;
    const e = g.placeInCapitals(v.text.slice(start, end));
    if (e) out.push(candidate(start, end, e.type, e.canonical, 'gazetteer', e.priority));
  }
}

function allCapitals(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
