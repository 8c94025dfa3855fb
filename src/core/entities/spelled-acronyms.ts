// An acronym the gazetteer reads as another body than the one the text names: `RSF` is Reporters Without Borders
// to the gazetteer, but after `Sudan's Rapid Support Forces` it is that militia. When a body named earlier in the
// text spells the acronym with the initials of its name, and the gazetteer's body does not (its name is French,
// `Reporters sans frontières`), the acronym is the text's body. Acronyms defined in parentheses are acronyms.ts's.

import { type Candidate, candidate } from './candidates';

/** An acronym of two to six capitals A–Z. */
const ACRONYM = /^[A-Z]{2,6}$/;

/** The capitals that open the words of a name, hyphenated parts too (`Rapid Support Forces` → `RSF`). */
function initials(name: string): string {
  let out = '';
  let wordStart = true;
  for (let k = 0; k < name.length; k++) {
    const ch = name[k];
    if (ch === ' ' || ch === '-') wordStart = true;
    else {
      if (wordStart && ch >= 'A' && ch <= 'Z') out += ch;
      wordStart = false;
    }
  }
  return out;
}

/** A gazetteer's acronym whose body's name does not spell it: the mentions that a body of the text may take. */
function foreignAcronym(text: string, c: Candidate): boolean {
  if (c.source !== 'gazetteer' || c.type !== 'ORG' || c.end - c.start > 6) return false;
  const word = text.slice(c.start, c.end);
  return ACRONYM.test(word) && initials(c.canonical) !== word;
}

/** The mentions (sorted by start), with the acronyms of foreignAcronym as the body the text named earlier with those initials. */
export function withSpelledAcronyms(text: string, selected: Candidate[]): Candidate[] {
  let first = -1;
  for (let k = 0; k < selected.length && first < 0; k++) if (foreignAcronym(text, selected[k])) first = k;
  if (first < 0) return selected;
  /** Bodies named in two words or more, by their initials: the first of each. */
  const byInitials = new Map<string, Candidate>();
  let out: Candidate[] | null = null;
  for (let k = 0; k < selected.length; k++) {
    const c = selected[k];
    if (k >= first && foreignAcronym(text, c)) {
      const word = text.slice(c.start, c.end);
      const body = byInitials.get(word);
      if (body !== undefined && body.canonical !== c.canonical) {
        out ??= selected.slice();
        out[k] = candidate(c.start, c.end, body.type, body.canonical, 'acronym', c.priority);
      }
    } else if (c.type === 'ORG') {
      const name = text.slice(c.start, c.end);
      const spelled = name.includes(' ') ? initials(name) : '';
      if (spelled.length >= 2 && !byInitials.has(spelled)) byInitials.set(spelled, c);
    }
  }
  return out ?? selected;
}
