// A given name the gazetteer does not know before a surname it does: `Dmytry Kuleba thanked…`, `Amir Abdollahian
// and his counterpart…`, `Andriy Kuleba`. The surname alone is found by the gazetteer; the word before it is part
// of the name, which is the gazetteer's person when the word is theirs (or spelt nearly so), else someone else.

import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import { type Candidate, candidate } from './candidates';
import { NOT_NAME_STARTS } from './names';
import type { NameTrie } from './nametrie';
import { TokenSet } from './tokenset';
import { WORD_SURNAMES } from './propagate';
import { COMPLEMENT_LINKS } from './rules';
import type { TokenView } from './view';

/**
 * Months and days, which stand before a name as a date does (`On Monday Kuleba said`), and titles as copy shortens
 * them (`Prez Biden`, `Amb. Nyok`).
 */
const NOT_GIVEN_NAMES = new TokenSet(new Set([
  ...MONTH_NAMES, ...WEEKDAY_NAMES, 'Prez', 'Pres', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Amb', 'Prof',
  'Hon', 'Rev', 'Sgt', 'Maj', 'Cdr', 'Cde', 'Cdes',
]));

/**
 * Adds, for each surname alone among the gazetteer's first `known` candidates, the name that a capitalised word
 * right before it makes: not a word that never starts a name, a title (unless the person's own name holds it,
 * `Amir` of `Hossein Amir-Abdollahian`), a month or a day, an acronym, nor the end of another known mention;
 * and only a word that opens its run of capitals.
 */
export function givenNamesBeforeSurnames(v: TokenView, titles: NameTrie<string>, cands: Candidate[], known: number): void {
  let i = 0;
  for (let k = 0; k < known; k++) {
    const c = cands[k];
    if (c.type !== 'PERSON' || c.source !== 'alias' || c.person === undefined) continue;
    i = v.tokenFrom(i, c.start);
    if (i >= v.count || v.start(i) !== c.start || v.end(i) !== c.end) continue;
    const p = i - 1;
    if (p < 0 || !v.joined(p) || v.touching(p) || !v.isCap(p) || !v.isWord(p) || v.isAllCaps(p) || v.length(p) < 2) continue;
    if (NOT_NAME_STARTS.has(v, p) || NOT_GIVEN_NAMES.has(v, p) || endsKnown(cands, k, v.end(p))) continue;
    // Not within a longer run of capitals (`Sergey Ivanovich Kislyak`, the rules' to find) or after a title's
    // complement; not a surname that is also an ordinary word (`Published May`, `Real Power`).
    if (p > 0 && v.joined(p - 1) && (v.isCap(p - 1) || COMPLEMENT_LINKS.has(v, p - 1))) continue;
    if (WORD_SURNAMES.has(v.text.slice(c.start, c.end))) continue;
    const given = v.text.slice(v.start(p), v.end(p));
    const theirs = holdsWord(c.canonical, given);
    if (!theirs && titles.longestAt(v, p) >= 0) continue;
    const same = theirs || nearlyTheirs(c.canonical, given);
    const start = v.start(p);
    cands.push(same ? candidate(start, c.end, 'PERSON', c.canonical, 'rule', 30, c.person) : candidate(start, c.end, 'PERSON', v.text.slice(start, c.end), 'rule', 30));
  }
}

/** A known mention before the k-th ends at `end` (`Ukrainian Kuleba`, `EU Kuleba`): the word is not a given name. */
function endsKnown(cands: readonly Candidate[], k: number, end: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (cands[j].end === end) return true;
  return false;
}

/** The name holds the word, apart or joined by a hyphen (`Amir` in `Hossein Amir-Abdollahian`). */
function holdsWord(name: string, word: string): boolean {
  return name.split(/[\s-]+/).includes(word);
}

/** The word is the name's first, spelt nearly so: the same first three letters (`Dmytry` for `Dmytro`). */
function nearlyTheirs(name: string, word: string): boolean {
  return word.length >= 3 && name.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase();
}
