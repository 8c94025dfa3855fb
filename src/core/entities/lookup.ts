// Candidates from the gazetteer: the longest known name at each token, and people's surnames standing alone.

import type { Candidate } from './candidates';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';

function best(entries: GazetteerEntry[]): GazetteerEntry {
  return entries.reduce((a, b) => (b.priority > a.priority ? b : a));
}

/** The names' lower-case first words as a TokenSet, remade when names have been added since. */
const startersOf = new WeakMap<Gazetteer, { size: number; words: TokenSet }>();
function lowerStarters(g: Gazetteer): TokenSet {
  let s = startersOf.get(g);
  if (!s || s.size !== g.names.size) startersOf.set(g, (s = { size: g.names.size, words: new TokenSet(new Set(g.names.lowerStarters)) }));
  return s.words;
}

export function gazetteerCandidates(v: TokenView, g: Gazetteer, out: Candidate[]): void {
  const starters = lowerStarters(g);
  const tokenString = (j: number): string => v.str(j);
  for (let i = 0; i < v.count; i++) {
    const cap = v.isCap(i);
    if (!cap && !v.isDigit(i) && !starters.has(v, i)) continue;
    const m = g.names.longestAt(v.text, v.tokens, i, tokenString);
    if (m) {
      const e = best(m.values);
      out.push({ start: v.start(i), end: v.end(m.end - 1), type: e.type, canonical: e.canonical, source: 'gazetteer', priority: e.priority, person: e.person });
      // Shorter names inside a longer one are never needed (the longest wins), so skip past it.
      i = m.end - 1;
    } else if (cap && g.bySurname.has(v.str(i)) && !(v.is(i + 1, '-') && v.touching(i))) {
      const people = g.bySurname.get(v.str(i))!;
      out.push({ start: v.start(i), end: v.end(i), type: 'PERSON', canonical: people[0].canonical, source: 'alias', priority: 5, person: people[0].person });
    }
  }
}
