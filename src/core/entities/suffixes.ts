// A generational suffix after a person's name is part of the name: `Leonito Bacalando Jr.`, `Martin Luther King
// Jr.`, `Ahmed Sr.`, `John D. Rockefeller III`, with or without a comma before it.

import { type Candidate, candidate } from './candidates';

/** The suffix right after a name, from the name's end: `, Jr.`, ` Sr`, ` III`; not `Jr` before more letters. */
const SUFFIX = /(?:,? (?:Jr|Sr)\.?|\.|,? (?:II|III|IV))(?![\p{L}\p{N}])/uy;
/** A name that already ends in its suffix and takes only the full stop of the abbreviation: `Ahmed Sr`. */
const ENDS_IN_ABBREVIATION = /(?:^|\s)(?:Jr|Sr)$/u;

/**
 * The mentions with the suffix of each person's name taken in, and the person's other mentions (`Bacalando` after
 * `Leonito Bacalando Jr.`) given the name with its suffix as their canonical name.
 */
export function withNameSuffixes(text: string, mentions: Candidate[]): Candidate[] {
  let renamed: Map<string, string> | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const c = mentions[k];
    if (c.type !== 'PERSON') continue;
    const end = suffixEnd(text, c, k + 1 < mentions.length ? mentions[k + 1].start : text.length);
    if (end === c.end) continue;
    const name = text.slice(c.start, end).replace(/\s+/g, ' ');
    // A name found by rule gains the suffix in its canonical name; the gazetteer's name stays (`George H. W. Bush`).
    const canonical = c.source === 'rule' && c.canonical === text.slice(c.start, c.end).replace(/\s+/g, ' ') ? name : c.canonical;
    if (canonical !== c.canonical) (renamed ??= new Map()).set(c.canonical, canonical);
    mentions[k] = candidate(c.start, end, c.type, canonical, c.source, c.priority, c.person);
  }
  if (renamed === null) return mentions;
  for (let k = 0; k < mentions.length; k++) {
    const c = mentions[k];
    const canonical = c.type === 'PERSON' ? renamed.get(c.canonical) : undefined;
    if (canonical !== undefined) mentions[k] = candidate(c.start, c.end, c.type, canonical, c.source, c.priority, c.person);
  }
  return mentions;
}

/** The end of mention `c` with its suffix, not past `limit` (the next mention's start); else its own end. */
function suffixEnd(text: string, c: Candidate, limit: number): number {
  const c0 = text.charCodeAt(c.end);
  if (c0 !== 0x20 && c0 !== 0x2c && c0 !== 0x2e) return c.end;
  SUFFIX.lastIndex = c.end;
  const m = SUFFIX.exec(text);
  if (m === null) return c.end;
  // A lone full stop only after a name that ends in `Jr` or `Sr`.
  if (m[0] === '.' && !ENDS_IN_ABBREVIATION.test(text.slice(Math.max(c.start, c.end - 3), c.end))) return c.end;
  const end = c.end + m[0].length;
  return end <= limit ? end : c.end;
}

/** A generational suffix and the comma or space before it at the end of a name (`, Jr.`, ` III`). */
const SUFFIX_AT_END = /,? (?:Jr|Sr|II|III|IV)\.?$/;

/**
 * The end of the name text[start, end) without its generational suffix: `Peter Kenilorea` of `Peter Kenilorea Jr`,
 * whose surname is the word before the suffix (see propagate.ts).
 */
export function endBeforeSuffix(text: string, start: number, end: number): number {
  const c = text.charCodeAt(end - 1);
  // Only a name ending in a capital I or V, an r or a full stop may end in a suffix.
  if (c !== 0x49 && c !== 0x72 && c !== 0x2e && c !== 0x56) return end;
  const m = SUFFIX_AT_END.exec(text.slice(start, end));
  return m === null ? end : start + m.index;
}
