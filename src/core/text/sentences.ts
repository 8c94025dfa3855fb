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

function endsWithAbbreviation(before: string): boolean {
  if (DOTTED.test(before)) return true;
  const word = /([\p{L}.]+)\.$/u.exec(before);
  if (!word) return false;
  const w = word[1].toLowerCase();
  // A single capital letter before the dot is an initial (`Barack H. Obama`).
  return ABBREVIATIONS.has(w) || /^\p{Lu}$/u.test(word[1]);
}

export function splitSentences(text: string, paragraph: Span): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const out: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(body)) !== null) {
    const cut = m.index + m[1].length + m[2].length;
    if (m[1] === '.' && m[2] === '' && endsWithAbbreviation(body.slice(0, m.index + 1))) continue;
    out.push({ start: paragraph.start + start, end: paragraph.start + cut });
    start = cut + m[3].length;
  }
  if (start < body.length) out.push({ start: paragraph.start + start, end: paragraph.end });
  return out;
}
