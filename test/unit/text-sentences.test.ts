// Sentence splitting, whose abbreviation check reads backwards in place, against its plain definition: the
// regular expressions on the paragraph before each full stop.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { splitSentences, type Span } from '../../src/core/text';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'gov', 'sen', 'rep', 'amb',
  'st', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'approx', 'art', 'para', 'fig', 'cf', 'p', 'pp',
]);
const SENTENCE_END = /([.!?]+)(["”»’'‘)\]]*)(\s+)(?=["“«‘'([]?[\p{Lu}\p{N}])/gu;

function plainEndsWithAbbreviation(before: string): boolean {
  if (/(?:^|[\s(])((?:[A-Za-z]\.){2,})$/.test(before)) return true;
  const word = /([\p{L}.]+)\.$/u.exec(before);
  if (!word) return false;
  return ABBREVIATIONS.has(word[1].toLowerCase()) || /^\p{Lu}$/u.test(word[1]);
}

function plainSplit(text: string, paragraph: Span): Span[] {
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

const PIECES = [
  ' ', '  ', '\n', '\t', '\u00a0', '(', ')', '"', '“', '’', "'", '.', '. ', '.. ', '! ', '? ', ',', '-', '1', '٣',
  'He', 'said', 'Mr', 'mr', 'MRS', 'Approx', 'approxi', 'e.g', 'i.e', 'E.G', 'U.S', 'U.N', 'a.m', 'A.B.C', 'x', 'H',
  'É', 'é', 'Σ', 'ж', 'İ', 'K', '\u212a', 'Lavrov', 'Sept', 'No', 'p', 'pp', '𝐀', '𝐚', '\ud835', '\udc00', '\u0301',
];
const paragraphs = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

describe('sentence splitting against the plain definition', () => {
  it('cuts at the same places, abbreviations and initials of any script included', () => {
    fc.assert(
      fc.property(paragraphs, fc.string({ maxLength: 3 }), (body, pad) => {
        const text = pad + body + pad;
        const span = { start: pad.length, end: pad.length + body.length };
        assert.deepEqual(splitSentences(text, span), plainSplit(text, span));
      }),
      { numRuns: 5000 },
    );
  });

  it('examples', () => {
    const split = (t: string): string[] => splitSentences(t, { start: 0, end: t.length }).map((x) => t.slice(x.start, x.end));
    assert.deepEqual(split('The U.S. Congress met. Approx. Ten came.'), ['The U.S. Congress met.', 'Approx. Ten came.']);
    assert.deepEqual(split('Barack H. Obama left. (A.B. Smith) said 𝐀. Then.'), ['Barack H. Obama left.', '(A.B. Smith) said 𝐀. Then.']);
    assert.deepEqual(split('It is xU.S. Then we go. Approxi. Next.'), ['It is xU.S.', 'Then we go.', 'Approxi.', 'Next.']);
  });

  it('lower-casing never makes a string shorter (the check skips words longer than every abbreviation)', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      if (s.toLowerCase().length < s.length) assert.fail(`U+${cp.toString(16)} gets shorter`);
    }
  });
});
