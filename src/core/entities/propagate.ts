// One name per person: a surname alone takes the canonical name of the full name used in the same text, and
// surnames of people the gazetteer does not know are found again wherever they stand alone.

import { type Candidate, candidate, mergeByStart } from './candidates';
import { ShapeFilter } from './shapes';
import type { TokenView } from './view';

/** Surnames that are also ordinary capitalised words: a person only where the full name is in the same text. */
const WORD_SURNAMES = new Set([
  'May', 'Major', 'Power', 'Rice', 'Price', 'Brown', 'Gates', 'Austin', 'Charles', 'Khan', 'Singh', 'Sharon', 'King',
  'Young', 'Long', 'Hill', 'Bush', 'Paul', 'Rose', 'Wolf', 'Fox', 'Bolton', 'Best', 'Love', 'Green', 'White', 'Black',
  'Little', 'Small', 'Stone', 'Fields', 'Church', 'Hope', 'Victoria', 'Grant', 'Mark', 'Wang', 'Li', 'Kim', 'Lee',
]);

export function propagateNames(v: TokenView, selected: Candidate[]): Candidate[] {
  const fullNames = new Map<string, Candidate>();
  for (let k = 0; k < selected.length; k++) {
    const c = selected[k];
    if (c.type !== 'PERSON' || c.source === 'alias') continue;
    // The surname is the last of the words.
    const words = v.text.slice(c.start, c.end).split(/\s+/);
    if (words.length >= 2) {
      const key = words[words.length - 1];
      if (!fullNames.has(key)) fullNames.set(key, c);
    }
  }
  // One pass: surnames that are ordinary words go unless the full name is here; the others take its name.
  // Indices below, not for-of, on these hot loops. Grown by push: see findEntities on `new Array(n)`.
  const out: Candidate[] = [];
  for (let k = 0; k < selected.length; k++) {
    const c = selected[k];
    if (c.source === 'alias') {
      const name = v.text.slice(c.start, c.end);
      if (WORD_SURNAMES.has(name) && !fullNames.has(name)) continue;
      const full = c.type === 'PERSON' ? fullNames.get(name) : undefined;
      if (full) {
        out.push(candidate(c.start, c.end, c.type, full.canonical, c.source, c.priority, full.person ?? c.person));
        continue;
      }
    }
    out.push(c);
  }
  if (fullNames.size === 0) return out;
  // Where a mention starts. An empty mention covers no position, so only empty ones need remembering apart:
  // every other start is found by `inside` below.
  const covered = new Set<number>();
  for (let k = 0; k < out.length; k++) if (out[k].end <= out[k].start) covered.add(out[k].start);
  // Surnames of people found by rule only (not in the gazetteer) where they stand alone later on.
  const ruleSurnames = new Map<string, Candidate>();
  for (const [surname, c] of fullNames) if (c.source === 'rule') ruleSurnames.set(surname, c);
  if (ruleSurnames.size === 0) return out;
  const inside = insideAny(out);
  // Most tokens have no surname's shape (length, first and last character): only the others are made strings.
  const shapes = new ShapeFilter(ruleSurnames.keys());
  const found: Candidate[] = [];
  const caps = v.capIndices();
  for (let k = 0; k < caps.length; k++) {
    const i = caps[k];
    if (!shapes.mayHave(v.text, v.start(i), v.end(i))) continue;
    const full = ruleSurnames.get(v.str(i));
    if (!full || covered.has(v.start(i)) || inside(v.start(i))) continue;
    found.push(candidate(v.start(i), v.end(i), 'PERSON', full.canonical, 'alias', 5));
  }
  return found.length === 0 ? out : mergeByStart(out, found);
}

/**
 * Tells whether a position lies inside one of the mentions. The mentions come sorted by start and apart (as
 * selectCandidates leaves them), so a binary search answers; otherwise every mention is asked. The mentions the
 * loop above finds are not among them: as before, only the selected ones count.
 */
function insideAny(mentions: readonly Candidate[]): (pos: number) => boolean {
  let ordered = true;
  for (let k = 1; k < mentions.length && ordered; k++) ordered = mentions[k - 1].end <= mentions[k].start;
  if (!ordered) return (pos) => mentions.some((c) => c.start <= pos && pos < c.end);
  return (pos) => {
    // The last mention starting at or before `pos`.
    let lo = 0;
    let hi = mentions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && pos < mentions[found].end;
  };
}
