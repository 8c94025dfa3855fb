// Candidates from the gazetteer: the longest known name at each token, and people's surnames standing alone.

import type { Candidate } from './candidates';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import type { TokenView } from './view';

function best(entries: GazetteerEntry[]): GazetteerEntry {
  return entries.reduce((a, b) => (b.priority > a.priority ? b : a));
}

export function gazetteerCandidates(v: TokenView, g: Gazetteer, out: Candidate[]): void {
  const starters = g.names.lowerStarters;
  for (let i = 0; i < v.count; i++) {
    const cap = v.isCap(i);
    if (!cap) {
      const c = v.text.charCodeAt(v.start(i));
      const digit = c >= 48 && c <= 57;
      if (!digit && !starters.has(v.str(i))) continue;
    }
    const m = g.names.longestAt(v.text, v.tokens, i);
    if (m) {
      const e = best(m.values);
      out.push({ start: v.start(i), end: v.end(m.end - 1), type: e.type, canonical: e.canonical, source: 'gazetteer', priority: e.priority, person: e.person });
      // Shorter names inside a longer one are never needed (the longest wins), so skip past it.
      i = m.end - 1;
    } else if (cap && g.bySurname.has(v.str(i)) && !(v.str(i + 1) === '-' && v.touching(i))) {
      const people = g.bySurname.get(v.str(i))!;
      out.push({ start: v.start(i), end: v.end(i), type: 'PERSON', canonical: people[0].canonical, source: 'alias', priority: 5, person: people[0].person });
    }
  }
}
