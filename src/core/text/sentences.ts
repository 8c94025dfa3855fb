// Splits a paragraph into sentences without the usual traps: `U.S. Congress`, `Mr. Lavrov`, `p.m.`, quotes.

import { charClass, codePointAt, codePointBefore, isSpaceCode, LETTER, UPPER } from './chars';
import type { Span } from './types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'gov', 'sen', 'rep', 'amb',
  'st', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'approx', 'art', 'para', 'fig', 'cf', 'p', 'pp',
]);

/** The longest of ABBREVIATIONS: lower-casing never shortens a string, so a longer word is none of them. */
const LONGEST_ABBREVIATION = Math.max(...Array.from(ABBREVIATIONS, (a) => a.length));
const SENTENCE_END = /([.!?]+)(["”»’'‘)\]]*)(\s+)(?=["“«‘'([]?[\p{Lu}\p{N}])/gu;

const DOT = 46;
const OPEN_PAREN = 40;

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * True when the full stop at body[dot] ends an abbreviation. Read backwards in place from the stop; the plain
 * definition, kept in the tests, is two regular expressions on the text before it (the stop included):
 * `(?:^|[\s(])((?:[A-Za-z]\.){2,})$`, dotted initials like `U.S.`, and `([\p{L}.]+)\.$`, the word before the
 * stop, which is an abbreviation when lower-cased it is one of ABBREVIATIONS or when it is a single capital
 * letter (an initial, `Barack H. Obama`).
 */
function endsWithAbbreviation(body: string, dot: number): boolean {
  return endsWithDottedInitials(body, dot) || endsWithAbbreviatedWord(body, dot);
}

/** Dotted initials (`U.S.`, `a.m.`) end at body[dot], alone or after white space or `(`. */
function endsWithDottedInitials(body: string, dot: number): boolean {
  let i = dot + 1;
  while (i >= 2 && body.charCodeAt(i - 1) === DOT && isAsciiLetter(body.charCodeAt(i - 2))) i -= 2;
  if (dot + 1 - i < 4) return false;
  if (i === 0) return true;
  const before = body.charCodeAt(i - 1);
  // A letter or a dot before the initials makes them part of a longer run, which the pattern never matches.
  return before === OPEN_PAREN || isSpaceCode(before);
}

/** The word before the stop at body[dot], letters (any script) and dots, is an abbreviation or an initial. */
function endsWithAbbreviatedWord(body: string, dot: number): boolean {
  let start = dot;
  while (start > 0) {
    const cp = codePointBefore(body, start);
    if (cp !== DOT && (charClass(cp) & LETTER) === 0) break;
    start -= cp > 0xffff ? 2 : 1;
  }
  if (start === dot) return false;
  const first = codePointAt(body, start);
  if (start + (first > 0xffff ? 2 : 1) === dot && (charClass(first) & UPPER) !== 0) return true;
  return dot - start <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(body.slice(start, dot).toLowerCase());
}

/** The sentences of a paragraph, appended to `out` (a new array by default). */
export function splitSentences(text: string, paragraph: Span, out: Span[] = []): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(body)) !== null) {
    const cut = m.index + m[1].length + m[2].length;
    if (m[1] === '.' && m[2] === '' && endsWithAbbreviation(body, m.index)) continue;
    out.push({ start: paragraph.start + start, end: paragraph.start + cut });
    start = cut + m[3].length;
  }
  if (start < body.length) out.push({ start: paragraph.start + start, end: paragraph.end });
  return out;
}
