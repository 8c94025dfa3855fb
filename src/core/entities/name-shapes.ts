// Names known by their shape alone, wherever they stand, with no title or reporting verb next to them: a Korean
// name (a common family name, then a given name of two syllables joined by a hyphen: `Kwon Young-se`, `Ban
// Ki-moon`), an Arabic name with a patronymic particle (`Abdullah bin Yahiya Al-Mua'lemi`), a name with a
// middle initial (`John F. Kennedy`), and a common given name before a surname (`Alice Wells`, `Tor Wennesland`).

import type { Candidate } from './candidates';
import givenNames from './data/given-names.json';
import type { KnownSpans } from './knownspans';
import { continuesRun, DOT, hyphenSyllable, middleInitial, nameEnd, NOT_NAME_STARTS } from './names';
import type { NameTrie } from './nametrie';
import { addMention, countWords, EVENT_HEAD_WORDS, ORG_HEAD_WORDS, startAfterTitles } from './rules';
import { titleCaseLine } from './titlecase';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';
import { plainForm } from './vocab';
import { LAW_HEADS, PLACE_HEADS } from './words';

const FAMILY_NAMES = new TokenSet(new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Chung', 'Jung', 'Kang', 'Cho', 'Yoon', 'Yun', 'Jang', 'Lim', 'Han', 'Oh', 'Seo',
  'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Ban', 'Bae', 'Baek', 'Nam', 'Roh',
  'Noh', 'Ryu', 'Chang', 'Yang', 'Son', 'Heo', 'Ri', 'Choe', 'Pak', 'Ha', 'Jo', 'Koo', 'Min', 'Suh', 'Won', 'Woo',
]), true);

/** The particles of a patronymic (`bin`, son of; `bint`, daughter of), in lower case or capitalised. */
const PATRONYMICS = new TokenSet(new Set(['bin', 'ibn', 'bint', 'Bin', 'Ibn', 'Bint']), true);

/** Both word lists are starters: the loop walks only their tokens (see Vocabulary.markStarter), not every capital. */
export function nameShapes(v: TokenView, out: Candidate[], known: KnownSpans): void {
  const starters = v.starterIndices();
  for (let at = 0; at < starters.length; at++) {
    const k = starters[at];
    // Family name, space, given name's first syllable, hyphen, second syllable (tokens k to k + 3).
    if (FAMILY_NAMES.has(v, k) && v.joined(k) && hyphenSyllable(v, k + 3)) addMention(v, k, k + 4, 'PERSON', 30, out, known);
    // A given name, the particle at k, a capitalised name, where a name starts.
    else if (PATRONYMICS.has(v, k) && k > 0 && patronymicAt(v, k)) {
      const e = nameEnd(v, k - 1);
      if (e >= k + 2) addMention(v, k - 1, e, 'PERSON', 30, out, known);
    }
  }
}

/** The particle at token k joins a capitalised given name that starts a name to a capitalised name. */
function patronymicAt(v: TokenView, k: number): boolean {
  const i = k - 1;
  return v.isCap(i) && v.isWord(i) && v.joined(i) && v.joined(k) && v.isCap(k + 1) && !continuesRun(v, i);
}

/** Words a letter follows as a label (`Plan B.`, `Terminal A.`, `Annex C.`), not a middle initial. */
const LETTERED = new TokenSet(new Set([
  'Plan', 'Terminal', 'Annex', 'Article', 'Section', 'Part', 'Schedule', 'Appendix', 'Option', 'Category', 'Group',
  'Phase', 'Zone', 'Area', 'Block', 'Gate', 'Level', 'Room', 'Building', 'Class', 'Type', 'Grade', 'Team', 'Pool',
  'Hall', 'Wing', 'Sector', 'Vitamin', 'Hepatitis', 'Exhibit', 'Chapter', 'Title', 'Point', 'Paragraph', 'List',
]));

/**
 * `the daughter of John F. Kennedy`: a given name, a middle initial and its dot, a surname, where a name starts (a
 * title before it is titledPeople's, but for a title right before the initial: `President V. Zelenskiy`). Walks
 * the capitalised tokens for the initials.
 */
export function initialledNames(v: TokenView, titles: NameTrie<string>, out: Candidate[], known: KnownSpans): void {
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const k = caps[at];
    if (v.length(k) !== 1 || k < 1 || !DOT.has(v, k + 1) || !middleInitial(v, k)) continue;
    const s = k - 1;
    if (!v.isWord(s) || !v.isCap(s) || v.length(s) < 3 || v.isAllCaps(s) || NOT_NAME_STARTS.has(v, s) || NOT_NAME_STARTS.has(v, k + 2) || LETTERED.has(v, s)) continue;
    if (continuesRun(v, s)) continue;
    const e = nameEnd(v, s, 4);
    if (e < k + 3) continue;
    // A title before the initial is no given name (`President V. Zelenskiy`): the name starts at the initial.
    const from = startAfterTitles(v, titles, s, k) === k ? k : s;
    addMention(v, from, e, 'PERSON', 30, out, known);
  }
}

/** Given names whose plain form is an ordinary word or someone else (`German` of `Germán`, `Jesus`). */
const NOT_PLAIN_GIVEN_NAMES = new Set(['German', 'Jesus', 'Lenin', 'Vit']);
/**
 * Given names common in international news, in every region (see data/README.md): none that is also an English
 * word, a place or a title, so that a capitalised word of the list opens a person's name.
 */
export const GIVEN_NAMES = new TokenSet(new Set([...givenNames, ...plainGivenNames(givenNames)]), true);

/**
 * The given names written without their accents, as English copy often has them (`Anibal Fernandez`, `Hector
 * Timerman`), but those of NOT_PLAIN_GIVEN_NAMES.
 */
function plainGivenNames(names: readonly string[]): string[] {
  return names.map(plainForm).filter((n) => !NOT_PLAIN_GIVEN_NAMES.has(n));
}

/** Last words that make a run of capitals a place, a law or a meeting, not a person (`Simon Bolivar University`). */
const NOT_PERSON_HEADS = new TokenSet(new Set([...PLACE_HEADS, ...LAW_HEADS, 'Airport', 'Street', 'Avenue', 'Square', 'Bridge', 'Prize', 'Award', 'Stadium', 'Hospital', 'School']));

/**
 * The commonest Vietnamese family names, which come first: with two or three syllables after them, a person (`Pham
 * Thu Hang`, `Bui Thanh Son`, `Nguyen Phu Trong`), not with one (`Hoang Sa`, `Cao Bang` are places).
 */
const VIETNAMESE_FAMILY_NAMES = new TokenSet(new Set([
  'Nguyen', 'Nguyễn', 'Tran', 'Trần', 'Pham', 'Phạm', 'Hoang', 'Hoàng', 'Huynh', 'Huỳnh', 'Phan', 'Vu', 'Vũ', 'Vo',
  'Võ', 'Dang', 'Đặng', 'Bui', 'Bùi', 'Ngo', 'Ngô', 'Duong', 'Dương', 'Trinh', 'Trịnh', 'Dinh', 'Đinh', 'Truong',
  'Trương', 'Doan', 'Đoàn', 'Luong', 'Lương', 'Le', 'Lê',
]), true);

/** Token k is a given name of the list or a Vietnamese family name: a person's name may start there. */
export function opensGivenName(v: TokenView, k: number): boolean {
  return GIVEN_NAMES.has(v, k) || VIETNAMESE_FAMILY_NAMES.has(v, k);
}

/** Tokens s..e-1 are the one-word syllables of a Vietnamese given name: capitalised, of two to five letters. */
function syllables(v: TokenView, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!v.isWord(k) || v.length(k) > 5 || v.length(k) < 2 || v.isAllCaps(k)) return false;
  return true;
}

/**
 * `Senior State Department official Alice Wells earlier this week visited Islamabad`: a given name of the list
 * where a run of capitals starts, then one to three capitalised words, a person wherever it stands. Not in a
 * title-case line, whose every word is capitalised (`Alice Wells Visits Islamabad`), nor a run that ends as a
 * body's, a place's, a law's or a meeting's name does (`Simon Bolivar University`).
 */
export function givenNamePeople(v: TokenView, out: Candidate[], known: KnownSpans): void {
  const starters = v.starterIndices();
  for (let at = 0; at < starters.length; at++) {
    const k = starters[at];
    const vietnamese = VIETNAMESE_FAMILY_NAMES.has(v, k);
    // A Vietnamese name's shape is plain enough to end a run of capitals too (`Foreign Affairs Pham Thu Hang`).
    // So may a given name after a body's head word (`the Foreign Ministry Martin Eyjolfsson said`).
    if (!(vietnamese || GIVEN_NAMES.has(v, k)) || !v.isCap(k) || (!vietnamese && continuesRun(v, k) && !ORG_HEAD_WORDS.has(v, k - 1))) continue;
    const e = nameEnd(v, k, 4);
    if (countWords(v, k, e) < (vietnamese ? 3 : 2) || (e < v.count && v.isCap(e) && v.joined(e - 1))) continue;
    if (vietnamese && !syllables(v, k + 1, e)) continue;
    const last = e - 1;
    if (ORG_HEAD_WORDS.has(v, last) || EVENT_HEAD_WORDS.has(v, last) || NOT_PERSON_HEADS.has(v, last) || titleCaseLine(v, k) !== null) continue;
    addMention(v, k, e, 'PERSON', 20, out, known);
  }
}
