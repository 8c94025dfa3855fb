// People the text names by one word only, as the subject of a reporting verb (`Mumbengegwi said`): no title or
// given name says the word is a person's, but a word that speaks, and that the text also capitalises inside a
// sentence of running text, is someone's name. A common noun that opens a sentence (`Analysts said`) is
// capitalised there only, and a place or body the gazetteer knows is left to it.

import type { Candidate } from './candidates';
import type { KnownSpans } from './knownspans';
import type { NameTrie } from './nametrie';
import { continuesRun, DASH, NOT_NAME_STARTS } from './names';
import { addMention, ORG_HEAD_WORDS, REPORTING_VERBS } from './rules';
import { oneEditApart } from '../text/spelling';
import { titleCaseLine } from './titlecase';
import { TokenSet } from './tokenset';
import type { EntityType } from './types';
import type { TokenView } from './view';
import { GROUP_WORDS, UNNAMED_PEOPLE_WORDS } from './words';
import { plainForm } from './vocab';

export function loneSpeakers(v: TokenView, titles: NameTrie<string>, out: Candidate[], known: KnownSpans): void {
  const starters = v.starterIndices();
  let words: string[] | null = null;
  for (let at = 0; at < starters.length; at++) {
    const i = starters[at];
    if (i < 1 || !REPORTING_VERBS.has(v, i) || !v.joined(i - 1) || !loneWord(v, titles, i - 1, known)) continue;
    const word = v.str(i - 1);
    if (words === null) words = [word];
    else if (!words.includes(word)) words.push(word);
  }
  if (words === null) return;
  const caps = v.capIndices();
  // Not a word the text also writes in lower case (`State`, `Ministers`): an ordinary word, capitalised here.
  const named = words.filter((w) => !v.text.includes(w.toLowerCase()) && aloneInRunningText(v, titles, caps, w, known));
  if (named.length === 0) return;
  for (let at = 0; at < caps.length; at++) {
    const k = caps[at];
    for (const w of named) if (v.is(k, w) && loneWord(v, titles, k, known)) addMention(v, k, k + 1, 'PERSON', 5, out, known);
  }
}

/**
 * Token w is a capitalised word of three letters or more standing alone (no capitalised word joined before or
 * after it, no hyphen touching it: not `Sonni` of `El-Sonni`), not in capitals, and no word that opens no name, no
 * group of people (`Protesters`), no title, no body's head word, nothing the gazetteer knows.
 */
function loneWord(v: TokenView, titles: NameTrie<string>, w: number, known: KnownSpans): boolean {
  return (
    v.isCap(w) &&
    v.isWord(w) &&
    !v.isAllCaps(w) &&
    v.length(w) >= 3 &&
    !continuesRun(v, w) &&
    !(w + 1 < v.count && v.isCap(w + 1) && v.joined(w)) &&
    !(w > 0 && DASH.has(v, w - 1) && v.touching(w - 1)) &&
    !(DASH.has(v, w + 1) && v.touching(w)) &&
    !NOT_NAME_STARTS.has(v, w) &&
    !PEOPLE_UNNAMED.has(v, w) &&
    !ORG_HEAD_WORDS.has(v, w) &&
    titles.longestAt(v, w) < 0 &&
    known.longestEnd(v.start(w), ANY_TYPE) < 0
  );
}
/** `Protesters said`, `Officials told`: people the text does not name. */
const PEOPLE_UNNAMED = new TokenSet(new Set([...UNNAMED_PEOPLE_WORDS, ...GROUP_WORDS]));
const ANY_TYPE: ReadonlySet<EntityType> = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'LAW', 'DATE', 'NORP']);

/**
 * The word is capitalised somewhere inside a sentence of running text (not at its start, nor in a title-case line),
 * and stands alone wherever the text has it: never after `the` (`the Star`) or a word that joins a name (`Minister
 * of State for Communication`), never inside a longer name (`Abdallah Haj Ali`), and no other spelling of it is
 * there (`Hajizade` of `Ayhan Hajizadeh`, `Oruc` of `Oruç`, `Kantz` of `Katz`: see misspeltSurname in quotes/resolve.ts).
 */
function aloneInRunningText(v: TokenView, titles: NameTrie<string>, caps: Int32Array, word: string, known: KnownSpans): boolean {
  const plain = plainForm(word);
  let inside = false;
  for (let at = 0; at < caps.length; at++) {
    const k = caps[at];
    if (!v.is(k, word)) {
      if (v.length(k) >= word.length - 1 && v.length(k) <= word.length + 1 && otherSpelling(plainForm(v.str(k)), plain)) return false;
      continue;
    }
    if (!loneWord(v, titles, k, known) || (k > 0 && v.joined(k - 1) && JOINS_BEFORE.has(v, k - 1))) return false;
    if (!v.sentenceStart(k) && titleCaseLine(v, k) === null) inside = true;
  }
  return inside;
}
/** Two words in their plain forms (see plainForm) are the same, or one letter apart after the same first letter. */
function otherSpelling(a: string, b: string): boolean {
  return a === b || (a.charCodeAt(0) === b.charCodeAt(0) && oneEditApart(a, b));
}

/** Words after which a capitalised word is a thing's name or part of one. */
const JOINS_BEFORE = new TokenSet(new Set(['the', 'The', 'of', 'for', 'and', 'de', 'del', 'da', 'do', 'du']));
