// The topic scan's fast paths against their plain definitions: the stemmer's suffix rules against the regular
// expressions they replace, the key hashes read in place against the hash of the key string, the filter of
// term starts and the lexicon's key names against scoring with neither.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normToken, tokenize, type Tokens } from '../../src/core/entities/tokens';
import { buildLexicon, compileLexicon, scoreParagraph, type CompiledLexicon } from '../../src/core/topics';
import { hashOf, keyHash, keyHashes, UNKNOWN } from '../../src/core/topics/keys';
import { stem } from '../../src/core/topics/stem';

const ROOT = join(__dirname, '..', '..', '..');
const SHIPPED = buildLexicon(readFileSync(join(ROOT, 'src', 'core', 'topics', 'lexicon.yaml'), 'utf8')).lexicon;

/** The stemmer as first written, with regular expressions. */
function plainStem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|zes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** The same lexicon without its fast paths: every token may start a term, every token is looked up by its string. */
function plainLexicon(lex: CompiledLexicon): CompiledLexicon {
  const open = { mayStart: (): boolean => true };
  const byString = { trieKey: (text: string, t: Tokens, _h: Int32Array, j: number): string => stem(normToken(text.slice(t.starts[j], t.ends[j]))) };
  return { ...lex, foldedStarts: open, exactStarts: open, foldedKeys: byString } as unknown as CompiledLexicon;
}

const LETTERS = fc.constantFrom('a', 'b', 'c', 'e', 'h', 'i', 's', 'u', 'x', 'y', 'z', 'S', 'E', 'I', 'H', 'C', 'é', 'K');
const word = fc.string({ unit: LETTERS, minLength: 1, maxLength: 8 });

describe('stemmer', () => {
  it('cuts suffixes as the regular expressions did', () => {
    fc.assert(
      fc.property(word, (w) => assert.equal(stem(w), plainStem(w))),
      { numRuns: 5000 },
    );
    for (const w of ['ties', 'policies', 'ches', 'shes', 'sses', 'boxes', 'buses', 'crisis', 'status', 'glass', 'relations', 'İES', '\u212Aies']) {
      assert.equal(stem(w), plainStem(w), w);
    }
  });
});

describe('key hashes read in place', () => {
  const PIECES = ['Sanctions', 'policies', 'U.S.', 'the', 'THE', 'boxes', '’', '‘', '`', '´', '–', '-', "'", 'é', 'Zürich', '😀', 'a', 'IES', 'x', ' ', '\n', '.', ','];
  it('hash every ASCII token as hashOf(its key), and no other', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constantFrom(...PIECES)), { maxLength: 20 }), (parts) => {
        const text = parts.join(' ');
        const tokens = tokenize(text);
        const hashes = keyHashes(text, tokens);
        assert.equal(hashes[tokens.count], UNKNOWN);
        for (let i = 0; i < tokens.count; i++) {
          const token = text.slice(tokens.starts[i], tokens.ends[i]);
          const key = stem(normToken(token));
          const readable = [...normToken(token)].every((c) => c.charCodeAt(0) < 128);
          assert.equal(hashes[i], readable ? hashOf(key) : UNKNOWN, token);
          assert.equal(keyHash(text, tokens.starts[i], tokens.ends[i]), hashes[i]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('term-start filter and key names', () => {
  const VOCAB = ['the', 'Alliance', 'with', 'on', 'sidelines', 'of', 'sanction', 'policy', 'NATO', 'START', 'Treaty', 'box', 'crisis', 'U.S.', 'Zürich', 'ies', "'s", '’', '-', 'talks'];
  const term = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(' '));
  const inflect = (w: string, k: number): string => [w, `${w}s`, `${w}es`, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), w.replace(/y$/, 'ies')][k % 6];
  const text = fc.array(fc.tuple(fc.constantFrom(...VOCAB, 'said', 'and', '\n', 'Sanctions', 'policies'), fc.nat()), { maxLength: 40 }).map((xs) => xs.map(([w, k]) => inflect(w, k)).join(' '));

  it('score as without them, on random lexicons and texts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(term, fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 12 }), text, (terms, t) => {
        const lex = compileLexicon({ version: 1, topics: terms.map(([k, w], i) => ({ id: `t${i % 3}`, label: '', description: '', terms: { [k]: w } })) });
        const p = { start: 0, end: t.length };
        assert.deepEqual([...scoreParagraph(t, p, lex)], [...scoreParagraph(t, p, plainLexicon(lex))]);
      }),
      { numRuns: 1000 },
    );
  });

  it('tell a token from a lexicon key of the same hash', () => {
    // Two words whose keys hash alike: only one of them is a term.
    assert.equal(hashOf('bebuaa'), hashOf('vlaeea'));
    const one = { bebuaa: 3, 'bebuaa talks': 2 };
    const both = { ...one, 'vlaeea talks': 2 };
    for (const terms of [one, both]) {
      const lex = compileLexicon({ version: 1, topics: [{ id: 't', label: '', description: '', terms }] });
      for (const t of ['vlaeea', 'Vlaeea bebuaa', 'bebuaa talks', 'bebuaa vlaeea talks', 'vlaeea talks']) {
        const p = { start: 0, end: t.length };
        assert.deepEqual([...scoreParagraph(t, p, lex)], [...scoreParagraph(t, p, plainLexicon(lex))], t);
      }
    }
  });

  it('score the seeds and held-out texts as without them, with the shipped lexicon', () => {
    const dirs = [join(ROOT, 'seeds'), join(ROOT, 'test', 'fixtures', 'heldout')];
    let scored = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        const t = readFileSync(join(dir, f), 'utf8');
        for (let start = 0; start < t.length; ) {
          const nl = t.indexOf('\n', start);
          const p = { start, end: nl < 0 ? t.length : nl };
          const fast = scoreParagraph(t, p, SHIPPED);
          assert.deepEqual([...fast], [...scoreParagraph(t, p, plainLexicon(SHIPPED))]);
          scored += fast.size;
          start = p.end + 1;
        }
      }
    }
    assert.ok(scored > 50, 'the texts have topic terms');
  });
});
