// The people of a wire story's byline and credit line: `By Daniel Okafor`, `By Hannah Reyes and Omar Khalil`,
// `(Reporting by Daniel Okafor; Additional reporting by Priya Raman in Washington; Editing by Grace Whitmore)`.
// No title or reporting verb announces these names, so the other rules miss them.

import type { Candidate } from './candidates';
import type { KnownSpans } from './knownspans';
import { addMention, countWords, nameEnd } from './rules';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';

const BY = new TokenSet(new Set(['By', 'by']), true);
/** Words of a credit line before `by`: `Reporting by`, `Additional reporting by`, `Editing by`. */
const CREDITS = new TokenSet(new Set(['Reporting', 'reporting', 'Editing', 'editing', 'Writing', 'writing', 'Compiled', 'compiled', 'Edited', 'edited', 'Written', 'written']));
const AND = new TokenSet(new Set(['and']));
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
      addMention(v, s, e, 'PERSON', 30, out, known, 'byline');
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
