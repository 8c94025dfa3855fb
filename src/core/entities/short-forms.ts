// A body named in full earlier in the text and called again by the head noun of its name: `the Council` after
// the Security Council, `the Forum` after the Pacific Islands Forum, `the Union` after the EU. Press releases of
// the UN and of regional bodies call a body so through most of the text; the reader hovers it and sees which.

import { type Candidate, candidate, mergeByStart } from './candidates';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';

/** Head nouns of the names of bodies that copy uses alone for the body. */
const HEAD_NOUNS: ReadonlySet<string> = new Set([
  'Council', 'Forum', 'Assembly', 'Union', 'Parliament', 'Commission', 'Bureau', 'Mission', 'Alliance', 'Committee',
  'Court', 'Agency', 'Organization', 'Organisation', 'Secretariat', 'Bank', 'Fund',
]);
const HEADS = new TokenSet(HEAD_NOUNS);

/** What a short form follows: `the Council`, `this Council`. */
const DETERMINERS = new TokenSet(new Set(['the', 'The', 'this', 'This']));

/** Priority of a short form: it only fills a span no other mention holds. */
const SHORT_FORM_PRIORITY = 1;

/** The lengths of the shortest and the longest head noun: a word of another length is none. */
const SHORTEST_HEAD = Math.min(...Array.from(HEAD_NOUNS, (h) => h.length));
const LONGEST_HEAD = Math.max(...Array.from(HEAD_NOUNS, (h) => h.length));

/**
 * The head noun of a body's name, name[start, end): the last word before its first word in lower case (`Court` of
 * the International Court of Justice, `Mission` of the United Nations Mission in South Sudan), else its last word;
 * null when that is no head noun copy uses alone. Words are what `split(' ')` makes of the name, read in place:
 * the name of every mention of a body was split into an array of words before.
 */
export function headNounOf(name: string, start = 0, end = name.length): string | null {
  /** The last word before the one being read: the head once a word in lower case (or the end) is reached. */
  let headStart = start;
  let headEnd = start;
  let wordStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && name.charCodeAt(i) !== 32) continue;
    if (i > wordStart && startsInLowerCase(name, wordStart)) {
      // The first word in lower case: the head is the word before it, if any.
      if (wordStart === start) headEnd = headStart;
      break;
    }
    headStart = wordStart;
    headEnd = i;
    wordStart = i + 1;
  }
  const length = headEnd - headStart;
  if (length < SHORTEST_HEAD || length > LONGEST_HEAD) return null;
  const head = name.slice(headStart, headEnd);
  return HEAD_NOUNS.has(head) ? head : null;
}

/** The word at `at` starts with a code unit that upper-casing changes (`w[0] !== w[0].toUpperCase()`). */
function startsInLowerCase(name: string, at: number): boolean {
  const c = name.charCodeAt(at);
  // Of the ASCII code units, upper-casing changes the lower-case letters only.
  if (c < 128) return c >= 97 && c <= 122;
  const first = name[at];
  return first !== first.toUpperCase();
}

/**
 * The short forms of the bodies `selected` (sorted by start, not overlapping) names, added as mentions of those
 * bodies: a head noun after `the` or `this` that no other name goes on from (`the Council of Europe` is another
 * body), in no mention already, after a body whose name has that head (the latest before it when several have).
 */
export function withShortForms(v: TokenView, selected: Candidate[]): Candidate[] {
  const caps = v.capIndices();
  const found: Candidate[] = [];
  const latest = new Map<string, Candidate>();
  // Head nouns by canonical name: a text names the same few bodies again and again.
  const heads = new Map<string, string | null>();
  let p = 0;
  for (let k = 0; k < caps.length; k++) {
    const i = caps[k];
    if (!HEADS.has(v, i)) continue;
    const start = v.start(i);
    const end = v.end(i);
    for (; p < selected.length && selected[p].end <= start; p++) {
      const c = selected[p];
      if (c.type !== 'ORG') continue;
      let canonicalHead = heads.get(c.canonical);
      if (canonicalHead === undefined) heads.set(c.canonical, (canonicalHead = headNounOf(c.canonical)));
      const head = canonicalHead ?? headNounOf(v.text, c.start, c.end);
      if (head !== null) latest.set(head, c);
    }
    if (p < selected.length && selected[p].start < end) continue;
    const body = latest.get(v.str(i));
    if (body === undefined || !DETERMINERS.has(v, i - 1) || !v.joined(i - 1)) continue;
    // `the Council of Europe`, `the Union Parliament`: a longer name than the short form.
    if (v.joined(i) && (v.isCap(i + 1) || v.is(i + 1, 'of'))) continue;
    found.push(candidate(start, end, 'ORG', body.canonical, 'rule', SHORT_FORM_PRIORITY));
  }
  return found.length === 0 ? selected : mergeByStart(selected, found);
}
