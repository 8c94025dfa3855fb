// Lines written in title case (`Brazilian Foreign Minister Supports Dialogue in Venezuela`), where the capitals
// after a title say nothing of a name: a name found there must be written elsewhere in the text too.

import { charClass, WORD_CHAR } from '../text/chars';
import type { TokenView } from './view';

/** Words of this many letters or more are capitalised in a title-case line (`With`, `From`; not `in`, `of`). */
const LONG_WORD = 4;

/**
 * The offsets of the line of token i (from its first token's start to its last token's end) when it is written
 * in title case and is no sentence: three or more words of LONG_WORD letters or more, at most one of them
 * lower-case, and no full stop at its end. Else null.
 * The walk goes out from i and stops at the second lower-case word, so a line of running text costs a few tokens.
 */
export function titleCaseLine(v: TokenView, i: number): { start: number; end: number } | null {
  let lower = 0;
  let long = 0;
  let first = i;
  for (let k = i; k >= 0; k--) {
    if (v.isWord(k) && v.length(k) >= LONG_WORD) {
      long++;
      if (!v.isCap(k) && ++lower > 1) return null;
    }
    first = k;
    if (v.breakBefore(k)) break;
  }
  let last = i;
  for (let k = i + 1; k < v.count && !v.breakBefore(k); k++) {
    if (v.isWord(k) && v.length(k) >= LONG_WORD) {
      long++;
      if (!v.isCap(k) && ++lower > 1) return null;
    }
    last = k;
  }
  return long >= 3 && v.text.charCodeAt(v.end(last) - 1) !== 0x2e ? { start: v.start(first), end: v.end(last) } : null;
}

/** The word `word` stands in the text outside `line`, as a word of its own (no letter or digit touching it). */
export function writtenOutside(text: string, word: string, line: { start: number; end: number }): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at >= line.start && at < line.end) continue;
    const end = at + word.length;
    if ((at === 0 || !isWordCode(text.charCodeAt(at - 1))) && (end === text.length || !isWordCode(text.charCodeAt(end)))) return true;
  }
  return false;
}

function isWordCode(c: number): boolean {
  return (charClass(c) & WORD_CHAR) !== 0;
}
