// The entity scan lists the tokens of starter words apart (see TokenView.starterIndices), for the rules that look
// for some of them only (reporting verbs, an opening parenthesis): the list must be the starter tokens among all.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { gazetteer, titleTrie } from '../../src/core/entities/load';
import { TokenSet } from '../../src/core/entities/tokenset';
import { TokenView } from '../../src/core/entities/view';
import { vocabulary } from '../../src/core/entities/vocab';

/** The plain definition: every token whose word the vocabulary marks as a starter. */
function plainStarters(v: TokenView): number[] {
  const starters = vocabulary.table().starters;
  const out: number[] = [];
  for (let i = 0; i < v.count; i++) if (v.id(i) < starters.length && starters[v.id(i)] === 1) out.push(i);
  return out;
}

describe('starter tokens', () => {
  gazetteer();
  titleTrie();
  const pieces = ['said', 'Said', 'told', '(', 'UN', ')', 'next', 'year', 'January', 'the', 'Lavrov', '12', ' ', ', ', '\n'];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join(''));

  it('are the tokens of starter words, in order, also with reused arrays', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const v = new TokenView(text, vocabulary, true);
        assert.deepEqual([...v.starterIndices()], plainStarters(v));
        v.release();
      }),
      { numRuns: 300 },
    );
  });

  it('take in known words marked as starters after the scan', () => {
    const v = new TokenView('the quux said 12 and (security) starters');
    assert.notEqual(v.id(6), 0);
    assert.ok(!v.starterIndices().includes(6));
    new TokenSet(new Set(['security']), true);
    assert.deepEqual([...v.starterIndices()], plainStarters(v));
    assert.ok(v.starterIndices().includes(6));
  });
});
