// Splits a paragraph into sentences without the usual traps: `U.S. Congress`, `Mr. Lavrov`, `p.m.`, quotes.

import type { Span } from './types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'gov', 'sen', 'rep', 'amb',
  'st', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'approx', 'art', 'para', 'fig', 'cf', 'p', 'pp',
]);

/** A token like `U.S.`, `U.N.`, `a.m.`: dotted initials, which end a sentence only before a lower-case word or the end. */
const DOTTED = /(?:^|[\s(])((?:[A-Za-z]\.){2,})$/;
const SENTENCE_END = /([.!?]+)(["”»’'‘)\]]*)(\s+)(?=["“«‘'([]?[\p{Lu}\p{N}])/gu;

const WORD_BEFORE_DOT = /([\p{L}.]+)\.$/u;

const isAsciiLetterOrDot = (c: number): boolean => c === 46 || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * True when the text before a full stop, body[0, end) (the stop included), ends with an abbreviation. Both
 * patterns match only a run of letters and dots at the end, so they are run on that tail instead of on the
 * whole paragraph so far (which made long paragraphs quadratic).
 */
function endsWithAbbreviation(body: string, end: number): boolean {
  // DOTTED: a run of ASCII letters and dots, with the character before it (a space or `(`) when there is one.
  let ascii = end;
  while (ascii > 0 && isAsciiLetterOrDot(body.charCodeAt(ascii - 1))) ascii--;
  if (DOTTED.test(body.slice(Math.max(0, ascii - 1), end))) return true;
  // The word before the dot: letters (any script) and dots, so the tail stops only at an ASCII non-letter.
  let tail = ascii;
  while (tail > 0) {
    const c = body.charCodeAt(tail - 1);
    if (c < 128 && !isAsciiLetterOrDot(c)) break;
    tail--;
  }
  return endsWithAbbreviationIn(body.slice(tail, end));
}

function endsWithAbbreviationIn(before: string): boolean {
  const word = WORD_BEFORE_DOT.exec(before);
  if (!word) return false;
  const w = word[1].toLowerCase();
  // A single capital letter before the dot is an initial (`Barack H. Obama`).
  return ABBREVIATIONS.has(w) || /^\p{Lu}$/u.test(word[1]);
}

/** The sentences of a paragraph, appended to `out` (a new array by default). */
export function splitSentences(text: string, paragraph: Span, out: Span[] = []): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(body)) !== null) {
    const cut = m.index + m[1].length + m[2].length;
    if (m[1] === '.' && m[2] === '' && endsWithAbbreviation(body, m.index + 1)) continue;
    out.push({ start: paragraph.start + start, end: paragraph.start + cut });
    start = cut + m[3].length;
  }
  if (start < body.length) out.push({ start: paragraph.start + start, end: paragraph.end });
  return out;
}
