// Sentence splitting, whose abbreviation check reads backwards in place, against its plain definition: the
// regular expressions on the paragraph before each full stop.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { splitSentences } from '../../src/core/text';
import { plainSplit } from './plain-sentences';

const PIECES = [
  ' ', '  ', '\n', '\t', '\u00a0', '(', ')', '"', '“', '’', "'", '.', '. ', '.. ', '! ', '? ', ',', '-', '1', '٣',
  'He', 'said', 'Mr', 'mr', 'MRS', 'Approx', 'approxi', 'e.g', 'i.e', 'E.G', 'U.S', 'U.N', 'a.m', 'A.B.C', 'x', 'H',
  'É', 'é', 'Σ', 'ж', 'İ', 'K', '\u212a', 'Lavrov', 'Sept', 'No', 'p', 'pp', 'Rev', 'Brig', 'Hon', 'Smt', 'H.E', '𝐀', '𝐚', '\ud835', '\udc00', '\u0301',
];
const paragraphs = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

describe('sentence splitting against the plain definition', () => {
  it('cuts at the same places, abbreviations and initials of any script included', () => {
    fc.assert(
      fc.property(paragraphs, fc.string({ maxLength: 3 }), (body, pad) => {
        const text = pad + body + pad;
        const span = { start: pad.length, end: pad.length + body.length };
        // The spans are records (class instances): their fields are compared.
        assert.deepEqual(splitSentences(text, span).map((s) => ({ ...s })), plainSplit(text, span));
      }),
      { numRuns: 5000 },
    );
  });

  it('examples', () => {
    const split = (t: string): string[] => splitSentences(t, { start: 0, end: t.length }).map((x) => t.slice(x.start, x.end));
    assert.deepEqual(split('The U.S. Congress met. Approx. Ten came.'), ['The U.S. Congress met.', 'Approx. Ten came.']);
    assert.deepEqual(split('Barack H. Obama left. (A.B. Smith) said 𝐀. Then.'), ['Barack H. Obama left.', '(A.B. Smith) said 𝐀. Then.']);
    assert.deepEqual(split('It is xU.S. Then we go. Approxi. Next.'), ['It is xU.S.', 'Then we go.', 'Approxi.', 'Next.']);
    // Every abbreviated title of text/abbreviations.ts, also those the clause and cue patterns read.
    assert.deepEqual(split('Brig. Gen. Abdel said so. Rev. Jesse Jackson and Hon. Ms. Bah met. Then.'), [
      'Brig. Gen. Abdel said so.',
      'Rev. Jesse Jackson and Hon. Ms. Bah met.',
      'Then.',
    ]);
  });

  it('lower-casing never makes a string shorter (the check skips words longer than every abbreviation)', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      if (s.toLowerCase().length < s.length) assert.fail(`U+${cp.toString(16)} gets shorter`);
    }
  });
});
