// TokenView.joined and TokenView.is read the scan's copy of the code units instead of the text: they must answer
// as the text itself tells, also when the arrays come from a longer text scanned before.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TokenView } from '../../src/core/entities/view';
import { vocabulary } from '../../src/core/entities/vocab';

const PIECES = ['al', '-', 'Assad', 'U.S.', 'said', '’', "'", '–', '.', ',', ' ', '  ', '\n', '\u00a0', 'x'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));
const MARKS = ['-', "'", '.', ',', 'x', '’'];

describe('token view reads of the copied code units', () => {
  it('joined and is answer as the text does, with reused arrays', () => {
    fc.assert(
      fc.property(texts, texts, (before, text) => {
        new TokenView(`${before} ${before} ${before}`, vocabulary, true).release();
        const v = new TokenView(text, vocabulary, true);
        for (let i = 0; i < v.count; i++) {
          const gap = i + 1 < v.count ? text.slice(v.end(i), v.start(i + 1)) : null;
          assert.equal(v.joined(i), gap === '' || gap === ' ');
          for (const s of MARKS) assert.equal(v.is(i, s), v.str(i) === s);
        }
        v.release();
      }),
      { numRuns: 400 },
    );
  });
});
