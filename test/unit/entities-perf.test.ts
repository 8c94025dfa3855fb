// The fast paths of entity finding against the plain ways they replace: the one-pass token scan against
// `tokenize` and the vocabulary, the date starts read from tokens against the character scan.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Candidate, selectCandidates } from '../../src/core/entities/candidates';
import { dateCandidates, findDates } from '../../src/core/entities/dates';
import { findDateStarts, findDateStartsInTokens } from '../../src/core/entities/datestarts';
import { gazetteer } from '../../src/core/entities/load';
import { normToken, tokenize } from '../../src/core/entities/tokens';
import { TokenSet } from '../../src/core/entities/tokenset';
import { TokenView } from '../../src/core/entities/view';
import { plainForm, vocabulary } from '../../src/core/entities/vocab';

const PIECES = [
  ' ', '  ', '\n', '\r\n', '\r', '\t', '\u00a0', '\u2009', '\u2028', 'a', 'Z', 'é', 'É', 'ß', 'İ', 'ǅ', 'Σ', 'ж', '日本',
  '٣', '²', '\u0301', '😀', '𝐀', '𝐚', '\ud800', '\udc00', '.', ',', '-', '–', '—', '’', '‘', '`', '´', "'", '"', '(',
  ')', 'U.S.', 'A.B.C.', 'Mr.', 'NATO', 'Lavrov', 'Sergei', 'said', 'of', 'the', '1999', '2012', '12', '3rd', 'a1',
  'January', 'Jan.', 'May', 'Monday', 'in', 'next year', 'mid-', 'early', 'three years ago', 'today', 'Curaçao',
  'a', 'a ', 'a few', ' days', ' ago', 'a year ago', 'a decade', ' weeks', 'century',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));

describe('entity token scan', () => {
  gazetteer();
  it('finds the tokens of tokenize, with the vocabulary id of each normalised string', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const v = new TokenView(text);
        const t = tokenize(text);
        assert.equal(v.count, t.count);
        for (let i = 0; i < t.count; i++) {
          assert.equal(v.starts[i], t.starts[i]);
          assert.equal(v.ends[i], t.ends[i]);
          const s = normToken(text.slice(t.starts[i], t.ends[i]));
          assert.equal(v.str(i), s);
          // A word with diacritics the vocabulary lacks is looked up by its plain form (see lookupFolded).
          const plain = plainForm(s);
          const folded = plain !== s && plain.length >= 2 && plain.length <= 48 ? vocabulary.idOf(plain) : 0;
          assert.equal(v.id(i), vocabulary.idOf(s) || folded);
          assert.equal(v.breakBefore(i), /[\n\r]/.test(text.slice(i > 0 ? t.ends[i - 1] : 0, t.starts[i])));
        }
      }),
      { numRuns: 300 },
    );
  });
  it('reads outside the tokens as slicing the arrays of tokenize did, also with reused arrays', () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (text, reuse) => {
        if (reuse) new TokenView('Lavrov said '.repeat(50), vocabulary, true).release();
        const v = new TokenView(text, vocabulary, reuse);
        const t = tokenize(text);
        for (const i of [-1, t.count, t.count + 1, t.starts.length - 1, t.starts.length, t.starts.length + 1]) {
          assert.equal(v.str(i), normToken(text.slice(t.starts[i], t.ends[i])));
        }
        v.release();
      }),
      { numRuns: 300 },
    );
  });
  it('lists the tokens of starter words, also of known words marked after the scan', () => {
    const v = new TokenView('the quux Lavrov said 12 and security');
    assert.notEqual(v.id(6), 0);
    assert.deepEqual([...v.markedTokens()], [2, 4]);
    const security = new TokenSet(new Set(['security']), true);
    assert.deepEqual([...v.markedTokens()], [2, 4, 6]);
    assert.ok(security.has(v, 6));
  });
  it('gives a known word its id', () => {
    const v = new TokenView('Sergei Lavrov of Russia');
    for (let i = 0; i < v.count; i++) {
      assert.notEqual(v.id(i), 0);
      assert.equal(vocabulary.wordOf(v.id(i)), v.str(i));
    }
  });
  it('finds the date starts of the character scan', () => {
    fc.assert(
      fc.property(texts, (text) => {
        assert.deepEqual(findDateStartsInTokens(new TokenView(text)), findDateStarts(text));
      }),
      { numRuns: 500 },
    );
  });
  it('finds the dates of findDates, from the tokens', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const cands: Candidate[] = [];
        dateCandidates(new TokenView(text), cands);
        assert.deepEqual(
          cands.map((c) => [c.start, c.end, c.canonical]),
          findDates(text).map((d) => [d.start, d.end, d.canonical]),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

/** The plain selection: every candidate in the claim order, each taking its span if still free. */
function plainSelect(cands: Candidate[], priority: (c: Candidate) => number): Candidate[] {
  const order = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || priority(b) - priority(a) || a.start - b.start);
  const occupied = new Set<number>();
  const taken: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let k = c.start; k < c.end && free; k++) free = !occupied.has(k);
    if (!free) continue;
    for (let k = c.start; k < c.end; k++) occupied.add(k);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

describe('candidate selection', () => {
  // Runs of candidates in text order, as the sources make them, of a few lengths and priorities.
  const run = fc.array(fc.record({ start: fc.nat(60), len: fc.integer({ min: 1, max: 12 }), priority: fc.nat(4) }), { maxLength: 15 });
  const cands = fc.array(run, { maxLength: 8 }).map((runs) =>
    runs.flatMap((r) =>
      [...r].sort((a, b) => a.start - b.start).map((x): Candidate => ({ start: x.start, end: x.start + x.len, type: 'ORG', canonical: '', source: 'rule', priority: x.priority })),
    ),
  );
  it('selects as claiming every span in the claim order would', () => {
    fc.assert(
      fc.property(cands, fc.boolean(), (cs, bonus) => {
        const priority = (c: Candidate): number => c.priority + (bonus && c.start % 2 === 0 ? 3 : 0);
        const index = (xs: Candidate[]): number[] => xs.map((c) => cs.indexOf(c));
        assert.deepEqual(index(selectCandidates(cs, priority)), index(plainSelect(cs, priority)));
      }),
      { numRuns: 1000 },
    );
  });
});
