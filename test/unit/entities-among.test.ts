// TokenSet.among and NameTrie.startsAmong pick tokens out of a list of token indices (the rules that look for a
// few starter words, or for titles, walk those instead of every starter or capitalised token): they must be the
// list filtered by `has`, in order, and keep every token a title starts at.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { keepIndices } from '../../src/core/entities/indices';
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

  it('keepIndices is the plain filter, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000)), fc.nat(7), (xs, m) => {
        const keep = (i: number): boolean => i % (m + 1) === 0;
        assert.deepEqual([...keepIndices(Int32Array.from(xs), keep)], xs.filter(keep));
      }),
    );
  });

  it('startsAmong keeps every capitalised token a title starts at', () => {
    const titles = titleTrie();
    const words = ['President', 'Foreign', 'Minister', 'Deputy', 'Prime', 'Sergei', 'Lavrov', 'the', 'said', 'Gen', '.', '\n'];
    const sentences = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((xs) => xs.join(' '));
    fc.assert(
      fc.property(sentences, (text) => {
        const v = new TokenView(text, vocabulary);
        const caps = v.capIndices();
        const starts = [...titles.startsAmong(v, caps)];
        assert.deepEqual(starts, [...caps].filter((i) => titles.startsName(v, i)));
        for (const i of caps) if (titles.longestAt(v, i) >= 0) assert.ok(starts.includes(i));
      }),
      { numRuns: 300 },
    );
  });
});
