// The plain definition of sentence splitting, the oracle of the sentence tests: the sentence-end pattern with
// its three parts captured, and the two regular expressions of the abbreviation check on the text before a stop.
import type { Span } from '../../src/core/text';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'gov', 'sen', 'rep', 'amb',
  'st', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'approx', 'art', 'para', 'fig', 'cf', 'p', 'pp',
  'sec', 'hon', 'h.e', 'smt', 'brig', 'rev',
]);
const SENTENCE_END = /([.!?]+)(["”»’'‘)\]]*)(\s+)(?=["“«‘'([]?[\p{Lu}\p{N}])/gu;

function plainEndsWithAbbreviation(before: string): boolean {
  if (/(?:^|[\s(])((?:[A-Za-z]\.){2,})$/.test(before)) return true;
  const word = /([\p{L}.]+)\.$/u.exec(before);
  if (!word) return false;
  return ABBREVIATIONS.has(word[1].toLowerCase()) || /^\p{Lu}$/u.test(word[1]);
}

export function plainSplit(text: string, paragraph: Span): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const out: Span[] = [];
  let start = 0;
  const re = new RegExp(SENTENCE_END.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    const cut = m.index + m[1].length + m[2].length;
    if (m[1] === '.' && m[2] === '' && plainEndsWithAbbreviation(body.slice(0, m.index + 1))) continue;
    out.push({ start: paragraph.start + start, end: paragraph.start + cut });
    start = cut + m[3].length;
  }
  if (start < body.length) out.push({ start: paragraph.start + start, end: paragraph.end });
  return out;
}
