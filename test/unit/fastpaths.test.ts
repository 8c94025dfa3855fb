// The hand-written scanners of the analysis core against the regular expressions they replace, as oracles:
// the tokenizer, the character classes, the date finder, the abbreviation check behind sentence splitting.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findDates } from '../../src/core/entities';
import { tokenize } from '../../src/core/entities/tokens';
import { isSpaceCode } from '../../src/core/text/chars';
import { isBoilerplateLine, splitSentences } from '../../src/core/text';

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** The tokens as the original regular expression finds them, as `start:end` pairs. */
function oracleTokens(text: string, from = 0, to = text.length): string[] {
  const re = new RegExp(TOKEN.source, 'gu');
  re.lastIndex = from;
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) out.push(`${m.index}:${Math.min(m.index + m[0].length, to)}`);
  return out;
}
function fastTokens(text: string, from = 0, to = text.length): string[] {
  const t = tokenize(text, from, to);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(`${t.starts[i]}:${t.ends[i]}`);
  return out;
}

/** Pieces that stress the tokenizer and the scanners: scripts, marks, surrogate pairs, odd spaces, dots, dashes. */
const PIECES = [
  ' ', '  ', '\n', '\r\n', '\r', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '\u2028', 'a', 'Z', 'é', 'É',
  'ß', 'İ', 'ǅ', 'Σ', 'ж', 'Ж', '日本', 'مرحبا', '٣', '²', 'Ⅻ', '\u0301', '😀', '𝐀', '𝐚', '\ud800', '\udc00', '.', ',',
  '-', '–', '—', '’', '‘', "'", '"', '“', '(', ')', 'U.S.', 'A.B.C.', 'e.g.', 'Mr.', 'p.m.', 'NATO', 'Lavrov', 'said',
  '1999', '2012', '12', '3rd', 'January', 'Jan.', 'Sept.', 'May', 'Monday', 'Mondays', 'in', 'next year', 'mid-',
  'early', 'the end of', 'three years ago', 'today', 'near future', '$', '#', '©', '•', 'share', 'all rights reserved',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));

describe('tokenizer', () => {
  const cases: [string, string][] = [
    ['CRLF and BOM', '\ufeffLine one\r\nLine two\rLine three\n\nLast'],
    ['dotted initials', 'U.S. Congress, the U.N., A.B.C.D. x.y. É.U. U.S'],
    ['hyphens and apostrophes', "Bashar al-Assad's O’Neil well‐known x–y 2011–2012 rock ’n’ roll"],
    ['non-Latin scripts', 'Москва — столица России. 北京是中国的首都。 مرحبا بالعالم ٣٤'],
    ['marks and surrogate pairs', 'x\u0301y \u0301abc 𝐀𝐁𝐂 said 😀😀 \ud800 lone \udc00'],
    ['empty and blank', ''],
  ];
  for (const [name, text] of cases) {
    it(`splits ${name} as the regular expression does`, () => assert.deepEqual(fastTokens(text), oracleTokens(text)));
  }
  it('splits any mix of tricky pieces as the regular expression does, whole and in spans', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        assert.deepEqual(fastTokens(text), oracleTokens(text));
        const from = text.length === 0 ? 0 : a % text.length;
        const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
        assert.deepEqual(fastTokens(text, from, to), oracleTokens(text, from, to));
      }),
      { numRuns: 300 },
    );
  });
});

describe('character classes', () => {
  it('agree with \\s for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });
});

describe('fast paths keep their results', () => {
  // Expected: what the original whole-text scan with lookbehinds found for this string.
  it('finds dates in odd places as a plain scan of the whole text would', () => {
    const got = findDates('x\u0301January 2012, mid-2012 and 1990s; in May; «2011»; 2011-12, 12 March,2000 troops');
    assert.deepEqual(
      got.map((d) => d.text),
      ['January 2012', 'mid-2012', '1990s', '2011-12', '12 March', 'May', '2012'],
    );
  });
  it('tells long paragraphs from long furniture', () => {
    assert.equal(isBoilerplateLine(`Share via ${'x'.repeat(200)}`), true);
    assert.equal(isBoilerplateLine(`All rights reserved. ${'Text '.repeat(60)}`), true);
    assert.equal(isBoilerplateLine('•'.repeat(300)), true);
    assert.equal(isBoilerplateLine(`Read more ${' '.repeat(300)}about it`), true);
    assert.equal(isBoilerplateLine(`Sergei Lavrov said ${'words '.repeat(40)}`), false);
  });
  it('does not split after abbreviations far into a long paragraph', () => {
    const text = `${'Words go on. '.repeat(200)}He met Mr. Lavrov and the U.S. Ambassador. Then he left.`;
    const sentences = splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    assert.equal(sentences.at(-2), 'He met Mr. Lavrov and the U.S. Ambassador.');
  });
});
