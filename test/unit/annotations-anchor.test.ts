// Re-anchoring by example (Hypothesis order: stored offsets, exact quote by context and distance, fuzzy,
// unanchored), live edits, new annotations and ids.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { anchorAll, createAnnotation, createIdGenerator, ID_PATTERN, makeTarget, shiftForEdit, similarity, type Annotation } from '../../src/core/annotations';
import { seedText } from './helpers';

const SEED = seedText('004_0b22a2b964df6e34');
const QUOTE = 'we would like to have reliable guarantees';

function on(text: string, passage: string, nth = 0, id = 'abc123'): Annotation {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(passage, at + 1);
  assert.ok(at >= 0, `passage not in text: ${passage}`);
  return { id, tags: ['t'], target: makeTarget(text, at, at + passage.length), created: '2026-11-25T18:00:00Z' };
}

function placed(text: string, a: Annotation): { status: string; text: string; start: number } {
  const [r] = anchorAll(text, [a]);
  return { status: r.status, text: text.slice(r.start, r.end), start: r.start };
}

describe('makeTarget', () => {
  it('keeps up to 32 characters of context each side, fewer at the text\'s edges', () => {
    const t = makeTarget(SEED, SEED.indexOf(QUOTE), SEED.indexOf(QUOTE) + QUOTE.length);
    assert.equal(t.exact, QUOTE);
    assert.equal(t.prefix, SEED.slice(t.start - 32, t.start));
    assert.equal(t.prefix.length, 32);
    assert.equal(t.suffix, ' that missiles due to be deploye');
    assert.deepEqual(makeTarget('abc', 0, 3), { start: 0, end: 3, exact: 'abc', prefix: '', suffix: '' });
  });
  it('never cuts a surrogate pair in the context', () => {
    const text = '😀'.repeat(20) + 'XYZ' + '😀'.repeat(20);
    const t = makeTarget(text, 41, 42);
    assert.equal(t.prefix, '😀'.repeat(15) + 'X');
    assert.equal(t.suffix, 'Z' + '😀'.repeat(15));
  });
});

describe('anchorAll', () => {
  const a = on(SEED, QUOTE);

  it('uses the stored offsets when the passage is still there', () => {
    assert.deepEqual(placed(SEED, a), { status: 'anchored', text: QUOTE, start: a.target.start });
  });
  it('finds the passage moved by an edit above it', () => {
    const text = 'A new first line.\n\n' + SEED;
    assert.deepEqual(placed(text, a), { status: 'moved', text: QUOTE, start: a.target.start + 19 });
  });
  it('chooses among repeated passages by their context, then by nearness', () => {
    // Seed 004 repeats its first paragraph: an annotation on the second copy stays on the second copy.
    const second = on(SEED, 'Russian Foreign Minister Sergey Lavrov believes', 1);
    const text = SEED.replace('Download audio file', 'Audio');
    const r = placed(text, second);
    assert.equal(r.status, 'moved');
    assert.equal(r.start, text.indexOf('Russian Foreign Minister Sergey Lavrov believes', text.indexOf('Lavrov believes') + 20));
    const short = on('red, blue. green, blue. red, blue.', 'blue', 1);
    assert.equal(placed('red, blue. new words here. green, blue. red, blue.', short).start, 'red, blue. new words here. green, '.length);
  });
  it('places a slightly edited passage fuzzily, on the edited words', () => {
    const text = SEED.replace(QUOTE, 'we would like to have reliable guarantes').replace('Download audio file', '');
    const r = placed(text, a);
    assert.equal(r.status, 'fuzzy');
    assert.equal(r.text, 'we would like to have reliable guarantes');
  });
  it('places a long passage edited in several places fuzzily', () => {
    const start = SEED.indexOf('“We are aware');
    const long = on(SEED, SEED.slice(start, start + 600));
    const edited = SEED.slice(start, start + 600).replace('potential', 'possible').replace('Washington’s', 'Washington\'s').replace('mature', 'genuine');
    const text = 'Preface.\n\n' + SEED.slice(0, start) + edited + SEED.slice(start + 600);
    const r = placed(text, long);
    assert.equal(r.status, 'fuzzy');
    assert.ok(similarity(r.text, edited) > 0.97, r.text);
  });
  it('reports unanchored, keeping the annotation, when the passage is gone or rewritten', () => {
    const gone = SEED.replace(QUOTE, '');
    const [r] = anchorAll(gone, [a]);
    assert.equal(r.status, 'unanchored');
    assert.equal(r.annotation, a);
    assert.equal(placed(SEED.replace(QUOTE, 'we demand firm written promises'), a).status, 'unanchored');
  });
  it('does not put a short passage on other words that merely look alike', () => {
    const text = 'The talks in Moscow went on. Later the talks in Geneva ended.';
    const moscow = on(text, 'Moscow');
    assert.equal(placed('The talks went on. Later the talks in Geneva ended.', moscow).status, 'unanchored');
    const lavrov = on('The minister, Lavrov, said so.', 'Lavrov');
    assert.equal(placed('The Kremlin denied it. Larov and others came.', lavrov).status, 'unanchored');
    // With the context still there, the same small difference is a typo fixed in place.
    assert.deepEqual(placed('The minister, Larov, said so.', lavrov), { status: 'fuzzy', text: 'Larov', start: 14 });
  });
  it('is fast on a 100 KB text with many annotations to search for', (t) => {
    const big = (SEED + '\n\n').repeat(30).slice(0, 100_000);
    const annotations = Array.from({ length: 40 }, (_, i) => {
      const at = 2000 * i + 100;
      return { id: `a${i}`, tags: [], target: makeTarget(big, at, at + 40 + (i % 5) * 60), created: '2026-01-01T00:00:00Z' };
    });
    const edited = big.slice(0, 50) + 'x' + big.slice(50).replace(/ the /g, ' teh ');
    const started = performance.now();
    const results = anchorAll(edited, annotations);
    const ms = performance.now() - started;
    t.diagnostic(`40 annotations re-anchored in a 100 KB text with edits everywhere: ${ms.toFixed(0)} ms (${results.filter((r) => r.status === 'fuzzy').length} fuzzy)`);
    assert.ok(ms < 5000);
    for (const r of results) if (r.status !== 'unanchored') assert.ok(similarity(edited.slice(r.start, r.end), r.annotation.target.exact) >= 0.8);
  });
});

describe('shiftForEdit', () => {
  const spans = [{ start: 10, end: 20 }];
  const shift = (start: number, end: number, newLength: number) => shiftForEdit(spans, { start, end, newLength })[0];
  it('follows insertions and deletions before the passage, ignores those after it', () => {
    assert.deepEqual(shift(0, 0, 5), { start: 15, end: 25, status: 'shifted' });
    assert.deepEqual(shift(2, 6, 0), { start: 6, end: 16, status: 'shifted' });
    assert.deepEqual(shift(10, 10, 3), { start: 13, end: 23, status: 'shifted' }, 'typing at its start does not extend it');
    assert.deepEqual(shift(20, 20, 3), { start: 10, end: 20, status: 'unchanged' }, 'nor typing at its end');
    assert.deepEqual(shift(25, 30, 0), { start: 10, end: 20, status: 'unchanged' });
  });
  it('adjusts its end for edits inside, and its edges for edits across them', () => {
    assert.deepEqual(shift(12, 14, 5), { start: 10, end: 23, status: 'changed' });
    assert.deepEqual(shift(5, 15, 2), { start: 7, end: 12, status: 'changed' });
    assert.deepEqual(shift(15, 25, 2), { start: 10, end: 15, status: 'changed' });
  });
  it('marks a passage deleted as a whole, never dropping it', () => {
    assert.deepEqual(shift(5, 25, 0), { start: 5, end: 5, status: 'deleted' });
    assert.deepEqual(shift(10, 20, 4), { start: 10, end: 10, status: 'deleted' });
    assert.equal(shiftForEdit([{ start: 1, end: 2 }, { start: 10, end: 20 }], { start: 0, end: 30, newLength: 0 }).length, 2);
  });
});

describe('new annotations and ids', () => {
  function seeded(seed: number): () => number {
    let s = seed;
    return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  }
  it('makes 6-hex-character ids, unique in the file, that YAML reads as text', () => {
    const newId = createIdGenerator(seeded(7));
    const taken = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const id = newId(taken);
      assert.match(id, ID_PATTERN);
      assert.ok(!/^[0-9]+(e[0-9]+)?$/.test(id), id);
      assert.ok(!taken.has(id));
      taken.add(id);
    }
  });
  it('still gives a fresh id from a broken random source', () => {
    const newId = createIdGenerator(() => 0.5);
    const first = newId(new Set());
    assert.notEqual(newId(new Set([first])), first);
  });
  it('creates an annotation with the injected clock and ids', () => {
    const a = createAnnotation(SEED, { start: 0, end: 14 }, { tags: ['date', 'date'], note: '' }, { now: () => new Date(Date.UTC(2026, 10, 25, 18, 0, 0, 123)), newId: () => 'fixed1', taken: new Set() });
    assert.deepEqual(a, { id: 'fixed1', tags: ['date'], target: makeTarget(SEED, 0, 14), created: '2026-11-25T18:00:00Z' });
  });
});
