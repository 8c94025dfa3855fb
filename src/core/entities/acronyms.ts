// Acronyms: those defined in parentheses after a name (`League of Arab States (LAS)`), then every later use.

import type { Candidate } from './candidates';
import type { TokenView } from './view';
import { NOT_ORG_ACRONYMS } from './words';

const ACRONYM = /^[A-Z][A-Za-z&]{1,9}$/;

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Adds the definitions and uses of acronyms to the selected mentions; returns the new ones. */
export function acronymCandidates(v: TokenView, selected: readonly Candidate[]): Candidate[] {
  const defined = new Map<string, Candidate>();
  // Mentions by where they end, made only once a text has an acronym in parentheses.
  let byEnd: Map<number, Candidate> | null = null;
  for (let i = 1; i + 2 < v.count; i++) {
    if (!v.is(i, '(') || !v.is(i + 2, ')')) continue;
    const acr = v.str(i + 1);
    if (!ACRONYM.test(acr) || acr.toUpperCase() !== acr.replace(/[a-z]/g, (c) => c.toUpperCase()) || NOT_ORG_ACRONYMS.has(acr)) continue;
    byEnd ??= new Map(selected.map((c) => [c.end, c]));
    const before = byEnd.get(v.end(i - 1));
    if (before && before.type !== 'DATE' && !defined.has(acr)) {
      defined.set(acr, before);
    } else if (!before) {
      // A capitalised name whose initials spell the acronym, not known to the gazetteer: an organisation.
      let s = i - 1;
      while (s > 0 && (v.isCap(s - 1) || /^(of|for|and|on|the)$/.test(v.str(s - 1)))) s--;
      while (s < i - 1 && !v.isCap(s)) s++;
      const name = v.text.slice(v.start(s), v.end(i - 1));
      if (initials(name).toUpperCase() === acr.replace(/[a-z&]/g, '').toUpperCase() && !defined.has(acr)) {
        const c: Candidate = { start: v.start(s), end: v.end(i - 1), type: 'ORG', canonical: name, source: 'acronym', priority: 20 };
        defined.set(acr, c);
      }
    }
  }
  if (defined.size === 0) return [];
  const out: Candidate[] = [];
  for (const c of defined.values()) if (!selected.includes(c)) out.push(c);
  for (let i = 0; i < v.count; i++) {
    // Every acronym defined starts with a capital A–Z (see ACRONYM).
    if (!v.isCap(i)) continue;
    const def = defined.get(v.str(i));
    if (def) out.push({ start: v.start(i), end: v.end(i), type: def.type, canonical: def.canonical, source: 'acronym', priority: 25 });
  }
  return out;
}

/** Capitalised acronyms nobody defined and the gazetteer does not know: in this genre, nearly always bodies. */
export function unknownAcronyms(v: TokenView, out: Candidate[]): void {
  for (let i = 0; i < v.count; i++) {
    if (!v.isCap(i) || v.length(i) < 3 || v.length(i) > 6) continue;
    const w = v.str(i);
    if (!/^[A-Z]+$/.test(w) || NOT_ORG_ACRONYMS.has(w)) continue;
    // Not in a line written in capitals, where every word looks like an acronym.
    if (v.isCap(i - 1) && /^[A-Z]{2,}$/.test(v.str(i - 1))) continue;
    if (i + 1 < v.count && /^[A-Z]{2,}$/.test(v.str(i + 1))) continue;
    out.push({ start: v.start(i), end: v.end(i), type: 'ORG', canonical: w, source: 'rule', priority: 1 });
  }
}
