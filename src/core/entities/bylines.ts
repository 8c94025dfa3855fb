// The people of a wire story's byline and credit line: `By Daniel Okafor`, `By Hannah Reyes and Omar Khalil`,
// `(Reporting by Daniel Okafor; Additional reporting by Priya Raman in Washington; Editing by Grace Whitmore)`,
// and of a photo's credit: `(Tomer Neuberg via AP)`, `Antonie Robertson / The National`, `©REUTERS/Jason Reed`.
// No title or reporting verb announces these names, so the other rules miss them.

import type { Candidate } from './candidates';
import type { KnownSpans } from './knownspans';
import { nameEnd } from './names';
import { addMention, countWords } from './rules';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';

const BY = new TokenSet(new Set(['By', 'by']), true);
/**
 * Of a byline's and a credit's names: above the name shapes' 30, so that the same words found by a name's shape
 * (`Kim Seung-yeon`) are the writer's, whom a byline keeps from speaking.
 */
const BYLINE_PRIORITY = 31;
/** Words of a credit line before `by`: `Reporting by`, `Additional reporting by`, `Editing by`. */
const CREDITS = new TokenSet(new Set(['Reporting', 'reporting', 'Editing', 'editing', 'Writing', 'writing', 'Compiled', 'compiled', 'Edited', 'edited', 'Written', 'written']));
const AND = new TokenSet(new Set(['and']));
const VIA = new TokenSet(new Set(['via']), true);
const SLASH = new TokenSet(new Set(['/']), true);
/** What may stand before a credit's name: a line's start, `(`, `:` (`Photo: Ahmed Yosri/Reuters`), `©`. */
const CREDIT_OPENERS = '(:©|';
const NEWLINE = 10;
const OPEN_PAREN = 40;

/**
 * `By` opening a line (or a bracket) and `by` after a credit word, then names of two or three capitalised words,
 * joined by `and`. A sentence that opens with `By` rarely goes on with a two-word name (`By Thursday, the…`,
 * `By United Nations estimates` is the gazetteer's, which outranks this rule on the same words).
 */
export function bylinePeople(v: TokenView, out: Candidate[], known: KnownSpans): void {
  const marked = v.starterIndices();
  for (let at = 0; at < marked.length; at++) {
    const i = marked[at];
    if (!BY.has(v, i) || !v.joined(i)) continue;
    if (v.isCap(i) ? !opensLine(v, i) : !(i > 0 && v.joined(i - 1) && CREDITS.has(v, i - 1))) continue;
    for (let s = i + 1; ; ) {
      const e = nameEnd(v, s, 3);
      if (countWords(v, s, e) < 2) break;
      addMention(v, s, e, 'PERSON', BYLINE_PRIORITY, out, known, 'byline');
      if (!(e + 1 < v.count && v.joined(e - 1) && v.joined(e) && AND.has(v, e))) break;
      s = e + 1;
    }
  }
}

function opensLine(v: TokenView, i: number): boolean {
  const start = v.start(i);
  const before = start > 0 ? v.text.charCodeAt(start - 1) : NEWLINE;
  return before === NEWLINE || before === OPEN_PAREN;
}

/**
 * The photographer of a credit line: the name before `via` that opens a bracket (`(Tomer Neuberg via AP)`), the
 * name that opens a line or follows `Photo:` before a slash and a capitalised word (`Antonie Robertson / The
 * National`, `Photo: Ahmed Yosri/Reuters`), or the name after an agency's name in capitals and a slash
 * (`©REUTERS/Jason Reed`) or a one-word agency that opens the credit (`(Xinhua/Li Xueren)`).
 */
export function creditPeople(v: TokenView, out: Candidate[], known: KnownSpans): void {
  const marked = v.starterIndices();
  for (let at = 0; at < marked.length; at++) {
    const i = marked[at];
    const via = VIA.has(v, i);
    if (!via && !SLASH.has(v, i)) continue;
    // The name before: up to three capitalised words ending right before the token.
    let s = i;
    while (s > 0 && i - s < 3 && v.isCap(s - 1) && v.isWord(s - 1) && (v.joined(s - 1) || v.touching(s - 1))) s--;
    if (s < i && countWords(v, s, i) >= 2 && nameEnd(v, s, 3) === i && opensCredit(v, s, via) && (via || v.isCap(i + 1))) {
      addMention(v, s, i, 'PERSON', BYLINE_PRIORITY, out, known, 'byline');
      continue;
    }
    // The name after an agency touching the slash: in capitals (`©REUTERS/Jason Reed`), or one word opening a
    // credit (`(Xinhua/Li Xueren)`).
    if (!via && i > 0 && v.touching(i - 1) && v.touching(i) && (v.isAllCaps(i - 1) || (v.isCap(i - 1) && opensCredit(v, i - 1, false)))) {
      const e = nameEnd(v, i + 1, 3);
      if (countWords(v, i + 1, e) >= 2) addMention(v, i + 1, e, 'PERSON', BYLINE_PRIORITY, out, known, 'byline');
    }
  }
}

/** Token s opens a credit: `(` right before it for `via`; else a line's start or one of CREDIT_OPENERS before it. */
function opensCredit(v: TokenView, s: number, via: boolean): boolean {
  let k = v.start(s) - 1;
  while (k >= 0 && v.text.charCodeAt(k) === 32) k--;
  const before = k >= 0 ? v.text.charCodeAt(k) : NEWLINE;
  if (via) return before === OPEN_PAREN;
  return before === NEWLINE || CREDIT_OPENERS.includes(v.text[k]);
}
