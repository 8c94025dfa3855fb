// The entity scan ends the last word at a NUL it writes after the text's code units (see TokenView), not by a test
// of the length: with arrays reused from a longer text, whose letters still follow, the tokens must not run on.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tokenize } from '../../src/core/entities/tokens';
import { TokenView } from '../../src/core/entities/view';
import { vocabulary } from '../../src/core/entities/vocab';

describe('entity scan at the end of the text', () => {
  it('ends the last token at the end of the text, also in arrays reused from a longer text', () => {
    const words = fc.stringMatching(/^[A-Za-z0-9éж’\- .]{0,30}$/);
    fc.assert(
      fc.property(words, fc.string({ minLength: 1, maxLength: 30 }), (text, tail) => {
        new TokenView(text + 'abcdefghij'.repeat(40) + tail, vocabulary, true).release();
        const v = new TokenView(text, vocabulary, true);
        const t = tokenize(text);
        assert.equal(v.count, t.count);
        for (let i = 0; i < t.count; i++) assert.deepEqual([v.start(i), v.end(i)], [t.starts[i], t.ends[i]]);
        v.release();
      }),
      { numRuns: 300 },
    );
  });
});
