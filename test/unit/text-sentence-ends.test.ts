// Sentence ends read back from the end of each match (stops, closing marks, white space) instead of from capture
// groups: the cuts agree with the plain definition on runs of every kind of stop, closing mark and white space.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { splitSentences } from '../../src/core/text';
import { plainSplit } from './plain-sentences';

/** Mostly the characters a sentence end is made of, and a few words (abbreviations among them) around them. */
const PIECES = [
  '.', '.', '!', '?', '"', '”', '»', '’', "'", '‘', ')', ']', '“', '«', '(', '[', ' ', ' ', '\n', '\u00a0', '\u2009',
  'A', 'Ж', '7', 'a', 'Mr', 'U.S', 'x', 'He said',
];

describe('sentence ends against the plain definition', () => {
  it('cut after the stops and closing marks and resume after the white space', () => {
    const body = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(body, fc.constantFrom('', ' ', 'x. '), (b, pad) => {
        const text = pad + b + pad;
        const span = { start: pad.length, end: pad.length + b.length };
        // The spans are records (class instances): their fields are compared.
        assert.deepEqual(splitSentences(text, span).map((s) => ({ ...s })), plainSplit(text, span));
      }),
      { numRuns: 5000 },
    );
  });

  it('examples', () => {
    const split = (t: string): string[] => splitSentences(t, { start: 0, end: t.length }).map((x) => t.slice(x.start, x.end));
    assert.deepEqual(split('He said.” Then. Mr. Lavrov?! 7 came... (Later) “No.” Yes'), [
      'He said.”',
      'Then.',
      'Mr. Lavrov?!',
      '7 came...',
      '(Later) “No.”',
      'Yes',
    ]);
    assert.deepEqual(split('U.S.. Next. The U.S. Army'), ['U.S..', 'Next.', 'The U.S. Army']);
  });
});
