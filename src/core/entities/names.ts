// Personal names as runs of capitalised tokens: where a name starting at a token ends, and what joins two of its
// words (a particle, a hyphen, an apostrophe, a middle initial, the second syllable of a Korean given name).

import { TokenSet } from './tokenset';
import type { TokenView } from './view';
import { NAME_PARTICLES, NOT_NAME_START } from './words';

export const NOT_NAME_STARTS = new TokenSet(NOT_NAME_START);
export const DASH = new TokenSet(new Set(['-']));
export const DOT = new TokenSet(new Set(['.']));
export const APOSTROPHE = new TokenSet(new Set(["'", '’']));
/** Dotted abbreviations of states and bodies, which go on no one's name (`Mike Pompeo U.S.-Jordanian relations`). */
const DOTTED_BODIES = new TokenSet(new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'U.S.A.', 'U.A.E.']));

/** Token i follows a capitalised word it is joined to: it goes on a run of capitals rather than opening one. */
export function continuesRun(v: TokenView, i: number): boolean {
  return i > 0 && v.isCap(i - 1) && v.joined(i - 1);
}

/** The end (exclusive) of a personal name of capitalised words starting at `i`, or `i` when there is none. */
export function nameEnd(v: TokenView, i: number, maxWords = 4): number {
  let j = i;
  let words = 0;
  while (j < v.count && words < maxWords) {
    const word =
      (v.isCap(j) && v.isWord(j) && !NOT_NAME_STARTS.has(v, j) && !(words > 0 && DOTTED_BODIES.has(v, j))) ||
      (words > 0 && surnameNotArticle(v, j));
    if (!word && !(words > 0 && (joinsNameWords(v, j) || middleInitial(v, j) || hyphenSyllable(v, j)))) break;
    // `Bin` and `Al` between words of a name, with a space after them, join the words rather than count as one
    // (`Salman Bin Hamad Al Khalifa`, five capitals, is three words and two joints, as `Salman bin Hamad al Khalifa`).
    // So does the second part of a hyphened word (`Jean-Victor Harvel Jean-Baptiste` is three words).
    const joint = word && words > 0 && ((CAPITAL_JOINTS.has(v, j) && !v.touching(j) && v.isCap(j + 1)) || (DASH.has(v, j - 1) && v.touching(j - 1)));
    // One step for a word and for what joins two: a step that only some names take (`bin`, `al-`) would be
    // code a short text may never run, which then deoptimises the rules on a long one.
    j++;
    if (word) {
      if (!joint) words++;
      // An elided vowel inside the word (`Al-Mua'lemi`, `Ja'afari`): the apostrophe and the rest belong to it.
      j += elisionAt(v, j);
    }
    // A name goes on only over one space or none, after a word and after what joins two (`Kim Seung-yeon` then a
    // line break and `SEOUL`, a dateline, is two names).
    if (!v.joined(j - 1) && j < v.count && !v.touching(j - 1)) break;
  }
  if (words === maxWords) {
    // A name ends in no particle: at the word limit, `Jabor Bin Ali Al` goes on through `-Dosari`.
    if (ENDING_PARTICLES.has(v, j - 1) && v.touching(j - 1) && DASH.has(v, j) && v.touching(j) && v.isCap(j + 1)) return j + 2;
    // A family name joined to its particle goes on past the limit (`Ahmed Nasser Al-Mohammed Al-Sabah`).
    while (j + 2 < v.count && v.joined(j - 1) && !v.touching(j - 1) && ENDING_PARTICLES.has(v, j) && v.touching(j) && DASH.has(v, j + 1) && v.touching(j + 1) && v.isCap(j + 2)) j += 3;
  }
  return words > 0 ? j : i;
}
/**
 * Token j is `An` after a word of a name with no capital after it: a family or given name (`Sok An told`, `Nguyen
 * Thi An,`), not the article that opens a title-case phrase (`Sign An Agreement`).
 */
function surnameNotArticle(v: TokenView, j: number): boolean {
  return AN.has(v, j) && !v.touching(j - 1) && !v.isCap(j + 1);
}
const AN = new TokenSet(new Set(['An']));

/**
 * 2 when token j is an apostrophe inside a word, before two lower-case letters or more (`'lemi` of `Mua'lemi`;
 * not the `'s` of a possessive), else 0.
 */
function elisionAt(v: TokenView, j: number): number {
  // Most words have a space after them: that test first.
  return v.touching(j - 1) && APOSTROPHE.has(v, j) && v.touching(j) && v.isLowerAscii(j + 1) && v.length(j + 1) >= 2 ? 2 : 0;
}

/** Capitalised particles that join two words of an Arabic name with spaces (see nameEnd). */
const CAPITAL_JOINTS = new TokenSet(new Set(['Bin', 'Ibn', 'Bint', 'Al', 'El']));

/** The capitalised particles joined to a surname by a hyphen (`Al-Dosari`, `El-Sisi`). */
const ENDING_PARTICLES = new TokenSet(new Set(['Al', 'El']));

/**
 * The words of NAME_PARTICLES in every mix of capitals (`bin`, `Bin`, `BIN`): the tokens whose string in lower case
 * is a particle, told by id instead of making both strings. No code unit beyond ASCII lowers to an ASCII letter
 * but the Kelvin sign (to `k`, in no particle), and `İ` lowers to `i̇`, so these are all of them.
 */
const PARTICLES_ANY_CASE = new TokenSet(new Set([...NAME_PARTICLES].flatMap(inAnyCase)));

/** A word of ASCII letters in every mix of capitals. */
function inAnyCase(word: string): string[] {
  let spellings = [''];
  for (const c of word) spellings = spellings.flatMap((s) => [s + c, s + c.toUpperCase()]);
  return spellings;
}

/** Token j joins two words of a name: a particle (`Mohammed bin Salman`) or a hyphen between them (`Abdel-Fattah`). */
export function joinsNameWords(v: TokenView, j: number): boolean {
  if (v.isCap(j)) return false;
  // A particle joined by a hyphen to the next word (`al-Ansari`) joins through the hyphen, which then joins too.
  const capAfter = v.isCap(j + 1);
  const hyphenAfter = v.touching(j) && DASH.has(v, j + 1) && v.touching(j + 1) && v.isCap(j + 2);
  // A hyphen before the second syllable of a Korean given name (`Byung-se`).
  const syllableAfter = hyphenSyllable(v, j + 1);
  if (!capAfter && !hyphenAfter && !syllableAfter) return false;
  // Every test is made (none skipped by `&&`), for the same reason as the one step in nameEnd.
  const particle = PARTICLES_ANY_CASE.has(v, j);
  // A hyphen or an apostrophe inside a word joins its capitalised parts (`Abdel-Fattah`, `O’Brien`); an
  // apostrophe before `s` is a possessive, which no capital follows.
  const joiner = DASH.has(v, j) || APOSTROPHE.has(v, j);
  const touchesWordBefore = v.touching(j - 1);
  const touchesWordAfter = v.touching(j);
  // A particle joins over one space or none: `Bashar al` then a line break ends at `Bashar`, not on the particle.
  const spaceAfter = touchesWordAfter || v.joined(j);
  return (particle && spaceAfter) || (joiner && capAfter && touchesWordBefore && touchesWordAfter) || syllableAfter;
}

/**
 * Token j is the second syllable of a Korean given name, joined by a hyphen (`Byung-se`, `Jong-un`, `Duk-kun`):
 * two to four lower-case ASCII letters (five for some, see FIVE_LETTER_SYLLABLE) touching a hyphen that touches a
 * capitalised word of up to five letters, and no word that compounds (`Trump-era`, `US-led`).
 */
export function hyphenSyllable(v: TokenView, j: number): boolean {
  // The tests the token's flags answer first: its length needs its offsets, which lie apart from them.
  if (!v.isLowerAscii(j) || j < 2 || !v.touching(j - 1) || !DASH.has(v, j - 1)) return false;
  const n = v.length(j);
  return ((n >= 2 && n <= 4) || (n === 5 && FIVE_LETTER_SYLLABLE.test(v.str(j)))) && v.touching(j - 2) && v.isCap(j - 2) && v.length(j - 2) <= 5 && !COMPOUND_WORDS.has(v, j);
}
/** A syllable of five letters, as Wade-Giles and Korean romanisation write them (`Chung-kwang`, `Tsai Ing-hsing`). */
const FIVE_LETTER_SYLLABLE = /^(?:ch|hs|hu|kw|ku|hw|sh|ts|ky|gy|hy|ry|my|py)[a-z]{3}$/;
const COMPOUND_WORDS = new TokenSet(new Set([
  'era', 'led', 'run', 'born', 'made', 'type', 'like', 'wide', 'free', 'old', 'day', 'year', 'up', 'in', 'on', 'off',
  'out', 'way', 'term', 'long', 'held', 'only', 'area', 'zone', 'bloc', 'side', 'as', 'at', 'to', 'of', 'by', 'for',
  'and', 'or', 'the', 'a', 'an', 'too', 'hit', 'won', 'lost', 'set', 'new', 'east', 'west', 'ally', 'over',
  ...NAME_PARTICLES,
]));

/**
 * Token j is a middle initial (`Vitaly I. Churkin`), its letter or its dot, between words of a name: one space
 * before the letter, the letter touching the dot, one space between the dot and the capitalised word after it.
 */
export function middleInitial(v: TokenView, j: number): boolean {
  const letter = DOT.has(v, j) ? j - 1 : j;
  // Capitalised first: told by the token's flags, where its length needs its offsets.
  return v.isCap(letter) && v.length(letter) === 1 && oneSpaceAfter(v, letter - 1) && v.touching(letter) && DOT.has(v, letter + 1) && oneSpaceAfter(v, letter + 1) && v.isCap(letter + 2);
}

/** Token k and the next are apart by exactly one ordinary space (joined, not touching). */
function oneSpaceAfter(v: TokenView, k: number): boolean {
  return v.joined(k) && !v.touching(k);
}
