// People the text names by one word only, as the subject of a reporting verb (`Mumbengegwi said`): no title or
// given name says the word is a person's, but a word that speaks, and that the text around it also capitalises
// inside a sentence of running text, is someone's name. A common noun that opens a sentence (`Analysts said`) is
// capitalised there only, and a place or body the gazetteer knows is left to it.
//
// Only the text around each such verb is read (NEAR code units on either side), so that the work stays linear in
// a long text and an article's people are found from its own words, not from those of the articles next to it.

import { isWordCode } from '../text/chars';
import { firstOffsetAtOrAfter } from '../text/search';
import { oneEditApart } from '../text/spelling';
import type { Candidate } from './candidates';
import { ANY_TYPE, type KnownSpans } from './knownspans';
import type { NameTrie } from './nametrie';
import { GIVEN_NAMES } from './name-shapes';
import { continuesRun, DASH, NOT_NAME_STARTS } from './names';
import { REPORTING_VERBS } from './reporting-people';
import { addMention, ORG_HEAD_WORDS } from './rules';
import { titleCaseLine } from './titlecase';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';
import { plainForm } from './vocab';
import { GROUP_WORDS, UNNAMED_PEOPLE_WORDS } from './words';

/** How far on either side of the verb the word's other mentions are read: a short article's length. */
const NEAR = 3000;

export function loneSpeakers(v: TokenView, titles: NameTrie<string>, out: Candidate[], known: KnownSpans): void {
  const starters = v.starterIndices();
  /** The first token of each mention, by its last (the word itself). */
  let found: Map<number, number> | null = null;
  const lowerCase = new LowerCaseWords(v.text);
  for (let at = 0; at < starters.length; at++) {
    const i = starters[at];
    if (i < 1 || !REPORTING_VERBS.has(v, i) || !v.joined(i - 1)) continue;
    // The word right before the verb, or before an adverb there (`Liu also called`).
    const w = i > 1 && ADVERB_BEFORE_VERB.has(v, i - 1) && v.joined(i - 2) ? i - 2 : i - 1;
    if (!loneWord(v, titles, w, known)) continue;
    const from = firstTokenAt(v, v.start(i) - NEAR);
    const to = firstTokenAt(v, v.end(i) + NEAR);
    const mentions = nameMentions(v, titles, known, v.str(w), from, to, lowerCase);
    if (mentions === null) continue;
    found ??= new Map();
    for (let m = 0; m < mentions.length; m += 2) found.set(mentions[m + 1], mentions[m]);
  }
  if (found === null) return;
  for (const k of [...found.keys()].sort((a, b) => a - b)) addMention(v, found.get(k) ?? k, k + 1, 'PERSON', 5, out, known);
}

/**
 * The tokens from..to-1 that are `word` standing alone, when they make it a name: capitalised somewhere inside a
 * sentence of running text (not at its start, nor in a title-case line), never after `the` (`the Star`) or a word
 * that joins a name (`Minister of State for Communication`), never inside a longer name (`Abdallah Haj Ali`),
 * never written in lower case (`State`, `Ministers`: an ordinary word), and no other spelling of it near
 * (`Hajizade` of `Ayhan Hajizadeh`, `Oruc` of `Oruç`, `Kantz` of `Katz`: see misspeltSurname in quotes/resolve.ts).
 * Inside a longer name only as the surname of a two-word name whose given name the lists lack (`Vselovod Chentsov
 * came into our studio …` before `Chentsov said`; see givenNameBefore), or as the family name that opens one (`Liu
 * Jieyi of China called …` before `Liu also called`): that name is then the mention. Each mention is a pair, its
 * first token and its last. Else null.
 */
function nameMentions(v: TokenView, titles: NameTrie<string>, known: KnownSpans, word: string, from: number, to: number, lowerCase: LowerCaseWords): number[] | null {
  const plain = plainForm(word);
  const lower = word.toLowerCase();
  const mentions: number[] = [];
  let inside = false;
  for (let k = from; k < to; k++) {
    // Each test below is of a word of the same length, or of one letter more or less: most tokens are ruled out
    // by their length alone.
    if (Math.abs(v.length(k) - word.length) > 1 || !v.isWord(k)) continue;
    if (!v.isCap(k)) {
      if (v.length(k) === word.length && v.is(k, lower)) return null;
      continue;
    }
    if (!v.is(k, word)) {
      if (mayStartAs(v, k, plain) && otherSpelling(plainForm(v.str(k)), plain)) return null;
      continue;
    }
    if (k > 0 && v.joined(k - 1) && JOINS_BEFORE.has(v, k - 1)) return null;
    let first = k;
    let last = k;
    if (!loneWord(v, titles, k, known)) {
      first = givenNameBefore(v, titles, k, known, from, to, lowerCase);
      // Or the family name first (`Liu Jieyi of China also called …` before `Liu also called`).
      if (first < 0 && givenNameBefore(v, titles, k + 1, known, from, to, lowerCase, true) === k) {
        first = k;
        last = k + 1;
      }
      if (first < 0) return null;
      // A word both alone and in a two-word name the lists lack is a name wherever the sentence starts.
      inside = true;
    } else if (!v.sentenceStart(k) && titleCaseLine(v, k) === null) inside = true;
    mentions.push(first, last);
  }
  return inside ? mentions : null;
}

/** The first token that starts at or after the offset `at`. */
function firstTokenAt(v: TokenView, at: number): number {
  return firstOffsetAtOrAfter(v.starts, at, v.count);
}

/** What loneWord lets stand next to the word (its `inName`): nothing, a given name before it, a surname after it. */
const ALONE = 0;
const SURNAME = 1;
const GIVEN_NAME = 2;

/**
 * Token w is a capitalised word of three letters or more standing alone: no capitalised word joined before or after
 * it (but the other word of a two-word name, as `inName` says), no hyphen touching it (not `Sonni` of `El-Sonni`),
 * not in capitals, and no word that opens no name, no group of people (`Protesters`), no title, no body's head word,
 * nothing the gazetteer knows.
 */
function loneWord(v: TokenView, titles: NameTrie<string>, w: number, known: KnownSpans, inName = ALONE): boolean {
  return (
    v.isCap(w) &&
    v.isWord(w) &&
    !v.isAllCaps(w) &&
    v.length(w) >= 3 &&
    (inName === SURNAME || !continuesRun(v, w)) &&
    (inName === GIVEN_NAME || !(w + 1 < v.count && v.isCap(w + 1) && v.joined(w))) &&
    !(w > 0 && DASH.has(v, w - 1) && v.touching(w - 1)) &&
    !(DASH.has(v, w + 1) && v.touching(w)) &&
    !NOT_NAME_STARTS.has(v, w) &&
    !PEOPLE_UNNAMED.has(v, w) &&
    !ORG_HEAD_WORDS.has(v, w) &&
    titles.longestAt(v, w) < 0 &&
    known.longestEnd(v.start(w), ANY_TYPE) < 0
  );
}
/**
 * The given name before token k, when k is the surname of a two-word name that the gazetteer, the titles and the
 * list of given names do not know (`Vselovod Chentsov`; a name that list opens is givenNamePeople's): the
 * capitalised word joined before k, with nothing capitalised before it, either word such as loneWord would take
 * alone, no word that joins a name before them, outside a title-case line, and the given name no participle or
 * adverb (`Meeting Chentsov was …`) and never written in lower case between tokens from and to. Else -1.
 */
function givenNameBefore(v: TokenView, titles: NameTrie<string>, k: number, known: KnownSpans, from: number, to: number, lowerCase: LowerCaseWords, familyFirst = false): number {
  const g = k - 1;
  if (!continuesRun(v, k) || !loneWord(v, titles, k, known, SURNAME) || !loneWord(v, titles, g, known, GIVEN_NAME)) return -1;
  if ((g > 0 && v.joined(g - 1) && JOINS_BEFORE.has(v, g - 1)) || GIVEN_NAMES.has(v, g) || titleCaseLine(v, g) !== null) return -1;
  const given = v.str(g);
  // A participle or an adverb opening the sentence (`Meeting Chentsov was …`); not a family name that speaks alone
  // (`Jing`).
  if (!familyFirst && (given.endsWith('ing') || given.endsWith('ly'))) return -1;
  return from < to && lowerCase.within(given.toLowerCase(), v.start(from), v.end(to - 1)) ? -1 : g;
}

/**
 * Where words stand in lower case in a text, found once per word (a reporting verb after every name of a long text
 * asks of the same few words again and again).
 */
class LowerCaseWords {
  private readonly at = new Map<string, number[]>();
  constructor(private readonly text: string) {}

  /** The word, in lower case, stands as a word of its own between offsets `start` and `end`. */
  within(word: string, start: number, end: number): boolean {
    let offsets = this.at.get(word);
    if (offsets === undefined) this.at.set(word, (offsets = this.find(word)));
    const k = firstOffsetAtOrAfter(offsets, start);
    return k < offsets.length && offsets[k] + word.length <= end;
  }

  private find(word: string): number[] {
    const out: number[] = [];
    const t = this.text;
    for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
      if (!isWordCode(t.charCodeAt(i - 1)) && !isWordCode(t.charCodeAt(i + word.length))) out.push(i);
    }
    return out;
  }
}

/** Adverbs that stand between a subject and its reporting verb (`Liu also called`). */
const ADVERB_BEFORE_VERB = new TokenSet(new Set(['also', 'then', 'later', 'further', 'again', 'earlier', 'previously']));
/** `Protesters said`, `Officials told`: people the text does not name. */
const PEOPLE_UNNAMED = new TokenSet(new Set([...UNNAMED_PEOPLE_WORDS, ...GROUP_WORDS]));

/**
 * Token k's plain form (plainForm of its normToken) may start as `plain` does, which otherSpelling asks of the two:
 * an ASCII character other than the backtick (which normToken makes an apostrophe) stays first in the plain form.
 * Most capitalised words near a speaker start otherwise, and are ruled out before their plain form is made.
 */
function mayStartAs(v: TokenView, k: number, plain: string): boolean {
  const first = v.text.charCodeAt(v.start(k));
  return first >= 0x80 || first === 0x60 || first === plain.charCodeAt(0);
}

/** Two words in their plain forms (see plainForm) are the same, or one letter apart after the same first letter. */
function otherSpelling(a: string, b: string): boolean {
  return a === b || (a.charCodeAt(0) === b.charCodeAt(0) && oneEditApart(a, b));
}

/** Words after which a capitalised word is a thing's name or part of one. */
const JOINS_BEFORE = new TokenSet(new Set(['the', 'The', 'of', 'for', 'and', 'de', 'del', 'da', 'do', 'du']));
