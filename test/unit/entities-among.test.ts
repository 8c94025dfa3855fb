// TokenSet.among picks the tokens of a set's words out of a list of token indices (the rules that look for a few
// starter words walk that instead of every starter): it must be the list filtered by `has`, in order.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { gazetteer, titleTrie } from '../../src/core/entities/load';
import { TokenSet } from '../../src/core/entities/tokenset';
import { TokenView } from '../../src/core/entities/view';
import { vocabulary } from '../../src/core/entities/vocab';

describe('TokenSet.among', () => {
  gazetteer();
  titleTrie();
  const BY = new TokenSet(new Set(['By', 'by']), true);
  const OPEN = new TokenSet(new Set(['(']), true);
  const PLAIN = new TokenSet(new Set(['year', 'Lavrov']));
  const pieces = ['By', 'by', 'said', 'told', '(', 'UN', ')', 'next', 'year', 'the', 'Lavrov', '12', ' ', ', ', '\n'];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));

  it('is the indices whose token `has` takes, in order', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const v = new TokenView(text, vocabulary, true);
        const all = Int32Array.from({ length: v.count }, (_, i) => i);
        for (const set of [BY, OPEN, PLAIN])
          {for (const list of [v.starterIndices(), v.markedTokens(), all]) {
            assert.deepEqual([...set.among(v, list)], [...list].filter((i) => set.has(v, i)));
          }}
        v.release();
      }),
      { numRuns: 300 },
    );
  });

  it('finds the reporting words of a sentence', () => {
    const v = new TokenView('Reporting by Jane Doe (AP) and by John Roe', vocabulary);
    assert.deepEqual([...BY.among(v, v.starterIndices())], [1, 8]);
    assert.deepEqual([...OPEN.among(v, v.starterIndices())], [4]);
  });
});
