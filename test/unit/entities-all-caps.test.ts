// The scan flags the tokens made of ASCII capitals only (ALL_CAPS), and asciiCapitals reads the flag instead of
// the token's code units: both must agree with the regular expression they stand for.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { asciiCapitals } from '../../src/core/entities/acronyms';
import { ALL_CAPS, TokenView } from '../../src/core/entities/view';
import { vocabulary } from '../../src/core/entities/vocab';

// Capitals next to everything that can end a word or change its make-up.
const PIECES = ['NATO', 'A', 'Z', 'a', 'z', 'Nato', 'nATO', 'UN1', '1UN', 'É', 'UNÉ', 'U.S.', 'ß', 'Ж', '𝐀', '\u0301', '-', "'", ' ', '\n'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));

describe('tokens of ASCII capitals', () => {
  it('are flagged as /^[A-Z]+$/ tells, also in reused arrays', () => {
    fc.assert(
      fc.property(texts, texts, (before, text) => {
        new TokenView(before + before, vocabulary, true).release();
        const v = new TokenView(text, vocabulary, true);
        for (let i = 0; i < v.count; i++) {
          const token = text.slice(v.start(i), v.end(i));
          assert.equal((v.flags[i] & ALL_CAPS) !== 0, /^[A-Z]+$/.test(token), token);
          for (const min of [1, 2, 3]) assert.equal(asciiCapitals(v, i, min), new RegExp(`^[A-Z]{${min},}$`).test(token), token);
        }
        v.release();
      }),
      { numRuns: 500 },
    );
  });

  it('tells the examples', () => {
    const v = new TokenView('NATO and the UN, A. Smith of U.S. Nato');
    const caps = [...Array(v.count).keys()].filter((i) => (v.flags[i] & ALL_CAPS) !== 0).map((i) => v.text.slice(v.start(i), v.end(i)));
    assert.deepEqual(caps, ['NATO', 'UN', 'A']);
  });
});
