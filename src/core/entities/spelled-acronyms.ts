// An acronym the gazetteer reads as another body than the one the text names: `RSF` is Reporters Without Borders
// to the gazetteer, but after `Sudan's Rapid Support Forces` it is that militia. When a body named earlier in the
// text spells the acronym with the initials of its name, and the gazetteer's body does not (its name is French,
// `Reporters sans frontières`), the acronym is the text's body. Acronyms defined in parentheses are acronyms.ts's.

import { type Candidate, candidate } from './candidates';

/**
 * Acronyms and initials are compared by a number rather than a string: up to six capitals A–Z, each a digit from 1
 * to 26 in base 27, one number for each such string and no two the same. Every body named in the text has
 * initials, and making them a string for every mention of a body was most of what this step allocated.
 */
const MOST_LETTERS = 6;
const NONE = -1;

/** text[start, end) as an acronym of two to six capitals A–Z (`/^[A-Z]{2,6}$/`), read in place; else NONE. */
function acronymCode(text: string, start: number, end: number): number {
  if (end - start < 2 || end - start > MOST_LETTERS) return NONE;
  let code = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return NONE;
    code = code * 27 + (c - 64);
  }
  return code;
}

/**
 * The capitals that open the words of text[start, end), hyphenated parts too (`Rapid Support Forces` → `RSF`), as
 * acronymCode reads them, read in place; NONE when there are more than six, which no acronym spells.
 */
function initialsCode(text: string, start: number, end: number): number {
  let code = 0;
  let letters = 0;
  let wordStart = true;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 45) wordStart = true;
    else {
      if (wordStart && c >= 65 && c <= 90) {
        if (++letters > MOST_LETTERS) return NONE;
        code = code * 27 + (c - 64);
      }
      wordStart = false;
    }
  }
  return code;
}

/** text[start, end) holds an ordinary space: a loop over the few code units of a name, cheaper than a call of indexOf. */
function hasSpace(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 32) return true;
  return false;
}

/**
 * The acronymCode of a gazetteer's acronym whose body's name does not spell it: the mentions that a body of the
 * text may take; else NONE.
 */
function foreignAcronym(text: string, c: Candidate): number {
  if (c.source !== 'gazetteer' || c.type !== 'ORG') return NONE;
  const code = acronymCode(text, c.start, c.end);
  return code !== NONE && initialsCode(c.canonical, 0, c.canonical.length) !== code ? code : NONE;
}

/** The mentions (sorted by start), with the acronyms of foreignAcronym as the body the text named earlier with those initials. */
export function withSpelledAcronyms(text: string, selected: Candidate[]): Candidate[] {
  let first = -1;
  for (let k = 0; k < selected.length && first < 0; k++) if (foreignAcronym(text, selected[k]) !== NONE) first = k;
  if (first < 0) return selected;
  /** Bodies named in two words or more, by the code of their initials (two or more): the first of each. */
  const byInitials = new Map<number, Candidate>();
  let out: Candidate[] | null = null;
  for (let k = 0; k < selected.length; k++) {
    const c = selected[k];
    const acronym = k >= first ? foreignAcronym(text, c) : NONE;
    if (acronym !== NONE) {
      const body = byInitials.get(acronym);
      if (body !== undefined && body.canonical !== c.canonical) {
        out ??= selected.slice();
        out[k] = candidate(c.start, c.end, body.type, body.canonical, 'acronym', c.priority);
      }
    } else if (c.type === 'ORG' && hasSpace(text, c.start, c.end)) {
      const spelled = initialsCode(text, c.start, c.end);
      // Fewer than two initials (a code below 27) spell no acronym.
      if (spelled >= 27 && !byInitials.has(spelled)) byInitials.set(spelled, c);
    }
  }
  return out ?? selected;
}
