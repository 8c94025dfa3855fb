// The name trie passes over a token the scan did not look up (a lower-case word) when its shape is that of no
// later word of a name: it must find the same names as when every token has been looked up before.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { gazetteer } from '../../src/core/entities/load';
import { NameTrie } from '../../src/core/entities/nametrie';
import { TokenView } from '../../src/core/entities/view';

/** Token i's longest name with every token of the view looked up first: the trie then never skips a lookup. */
function plainLongestAt<T>(trie: NameTrie<T>, text: string, i: number): [number, T | null] {
  const v = new TokenView(text);
  for (let k = 0; k < v.count; k++) v.id(k);
  const end = trie.longestAt(v, i);
  return [end, end >= 0 ? trie.foundChoice : null];
}

describe('name trie over tokens not looked up', () => {
  gazetteer();
  // Lower-case words of the same shapes (length, first and last letters) and of others.
  const WORDS = ['Qa', 'Qb', 'of', 'off', 'oaf', 'tie', 'toe', 'zz', 'ban', 'been'];
  const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
  // Sentences of names and words, so that names of several words are found.
  const sentence = (names: string[]): fc.Arbitrary<string> =>
    fc.array(fc.constantFrom(...names, ...WORDS, 'said', '\n', ','), { maxLength: 10 }).map((ws) => ws.join(' '));

  it('finds the longest name at each token as with every token looked up', () => {
    const namesAndText = fc.array(name, { minLength: 1, maxLength: 6 }).chain((names) => fc.tuple(fc.constant(names), sentence(names)));
    fc.assert(
      fc.property(namesAndText, ([names, text]) => {
        const trie = new NameTrie<string>();
        for (const n of names) trie.add(n, n);
        const v = new TokenView(text);
        for (let i = 0; i < v.count; i++) {
          const end = trie.longestAt(v, i);
          assert.deepEqual([end, end >= 0 ? trie.foundChoice : null], plainLongestAt(trie, text, i));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('still reads the lower-case words inside a known name', () => {
    const names = gazetteer().names;
    const text = 'the Ministry of Foreign Affairs of the Russian Federation said';
    const v = new TokenView(text);
    assert.equal(names.longestAt(v, 1), plainLongestAt(names, text, 1)[0]);
    assert.ok(names.longestAt(v, 1) > 2);
  });
});
