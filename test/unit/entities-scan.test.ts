// The entity scan's fast paths against their plain definitions: the make-up flags of each token (lower-case
// ASCII letters are told without the table), the code units copied into reused arrays, the name trie that stops
// at a leaf without looking the next token up, word sets that pass over tokens of other lengths, and the head
// words of institutions and laws told by one lookup.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Candidate } from '../../src/core/entities/candidates';
import { gazetteer } from '../../src/core/entities/load';
import { NameTrie } from '../../src/core/entities/nametrie';
import { headedNames } from '../../src/core/entities/headed';
import { tokenize } from '../../src/core/entities/tokens';
import { TokenSet } from '../../src/core/entities/tokenset';
import { TokenTrie } from '../../src/core/entities/trie';
import { copyUnits, copyUnitsByCode } from '../../src/core/entities/scanbuffers';
import { ASCII_DIGITS, ASCII_LETTERS, OTHER_WORD, TokenView } from '../../src/core/entities/view';
import { vocabulary } from '../../src/core/entities/vocab';

// Runs of lower-case letters next to everything that can end or change a word.
const PIECES = [
  'abc', 'z', 'said', 'of', 'Q', 'NATO', 'x1', '1999', '7', 'é', 'Ü', 'ß', 'ж', '\u0301', '٣', '𝐚', '😀', '\ud800',
  '\udc00', 'U.S.', '.', '-', '’', '`', '{', '~', '@', '[', ' ', '\n', '\t', '\u00a0',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

/** The make-up of a token as its definition reads: ASCII letters only, ASCII digits only, or another word. */
function makeUp(token: string): number {
  if (!/[\p{L}\p{M}\p{N}]/u.test(token)) return 0;
  if (/^[A-Za-z]+$/.test(token)) return ASCII_LETTERS;
  if (/^[0-9]+$/.test(token)) return ASCII_DIGITS;
  return OTHER_WORD;
}

describe('entity scan fast paths', () => {
  gazetteer();
  it('gives each token the flags of its make-up', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const v = new TokenView(text);
        const t = tokenize(text);
        assert.equal(v.count, t.count);
        for (let i = 0; i < t.count; i++) {
          assert.equal(v.ends[i], t.ends[i]);
          assert.equal(v.flags[i] & (ASCII_LETTERS | ASCII_DIGITS | OTHER_WORD), makeUp(text.slice(t.starts[i], t.ends[i])));
        }
      }),
      { numRuns: 500 },
    );
  });
  it('reads a text alone from arrays a longer text used before', () => {
    fc.assert(
      fc.property(texts, texts, (before, text) => {
        new TokenView(before + before + 'Lavrov said', vocabulary, true).release();
        const reused = new TokenView(text, vocabulary, true);
        const fresh = new TokenView(text);
        assert.equal(reused.count, fresh.count);
        for (let i = 0; i < fresh.count; i++) {
          assert.equal(reused.ends[i], fresh.ends[i]);
          assert.equal(reused.flags[i], fresh.flags[i]);
          assert.equal(reused.id(i), fresh.id(i));
        }
        reused.release();
      }),
      { numRuns: 300 },
    );
  });
  it('finds the longest name at each token as the trie of strings does', () => {
    const WORDS = ['Qa', 'Qb', 'qc', 'Qd-Qe', 'Q.R.', '1'];
    const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
    const sentence = fc.array(fc.constantFrom(...WORDS, 'zz', '\n', ','), { maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 8 }), sentence, (names, text) => {
        const trie = new NameTrie<string>();
        const plain = new TokenTrie<string>();
        for (const n of names) {
          trie.add(n, n);
          plain.add(n, n);
        }
        const v = new TokenView(text);
        const t = tokenize(text);
        for (let i = 0; i < v.count; i++) {
          const want = plain.longestAt(text, t, i);
          assert.equal(trie.longestAt(v, i), want ? want.end : -1);
          if (want) assert.equal(trie.foundChoice, want.values[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('tells the words of a set as the set of strings does', () => {
    const WORDS = ['-', '–', "'", '’', 'he', 'said', "don't", 'don’t', 'Lavrov', 'U.S.', '12', 'zz'];
    fc.assert(
      fc.property(fc.subarray(WORDS, { minLength: 1 }), fc.array(fc.constantFrom(...WORDS, ' ', 'x'), { maxLength: 12 }), (words, pieces) => {
        const set = new TokenSet(new Set(words));
        const text = pieces.join(' ');
        const v = new TokenView(text);
        for (let i = -1; i <= v.count; i++) assert.equal(set.has(v, i), set.words.has(v.str(i)));
      }),
      { numRuns: 300 },
    );
  });
  it('finds institutions and laws by each kind of head word', () => {
    const heads = (text: string): string[] => {
      const cands: Candidate[] = [];
      headedNames(new TokenView(text), cands);
      return cands.map((c) => `${c.type}:${c.canonical}`);
    };
    assert.deepEqual(heads('the Presidential Commission met'), ['ORG:Presidential Commission']);
    assert.deepEqual(heads('the Ministry of Foreign Affairs said'), ['ORG:Ministry of Foreign Affairs']);
    assert.deepEqual(heads('the Trade Act passed'), ['LAW:Trade Act']);
    assert.deepEqual(heads('the Jackson-Vanik amendment stays'), ['LAW:Jackson-Vanik amendment']);
    assert.deepEqual(heads('under Security Council Resolution 1973 today'), ['LAW:Security Council Resolution 1973']);
    assert.deepEqual(heads('the Commission met'), []);
    assert.deepEqual(heads('Big - amendment and Big-amendment'), []);
  });
});

describe('copying the code units', () => {
  it('copies every code unit, lone surrogates too, the same with Node\'s Buffer as unit by unit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, ' ', '\udfff', '\r\n')), (parts) => {
        const text = parts.join('');
        const fast = new Uint16Array(text.length + 3).fill(7);
        const plain = new Uint16Array(text.length + 3).fill(7);
        copyUnits(text, fast);
        copyUnitsByCode(text, plain);
        assert.deepEqual([...fast], [...plain]);
        assert.equal(String.fromCharCode(...fast.subarray(0, text.length)), text);
      }),
      { numRuns: 500 },
    );
  });
});
