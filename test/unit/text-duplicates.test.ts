// markDuplicates (raw texts looked up first, normalised only when new and irregular) against the plain
// definition: a map keyed by each paragraph's text with every run of white space made one space.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { markDuplicates } from '../../src/core/text/duplicates';
import type { Paragraph } from '../../src/core/text';

function plainDuplicates(text: string, spans: readonly { start: number; end: number }[]): (number | null)[] {
  const firstOf = new Map<string, number>();
  return spans.map((p, i) => {
    const key = text.slice(p.start, p.end).replace(/\s+/g, ' ');
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    return first ?? null;
  });
}

function marked(text: string, spans: readonly { start: number; end: number }[]): (number | null)[] {
  const paragraphs: Paragraph[] = spans.map((s) => ({ ...s, index: -1, duplicateOf: null, boilerplate: false }));
  markDuplicates(text, paragraphs);
  paragraphs.forEach((p, i) => assert.equal(p.index, i));
  return paragraphs.map((p) => p.duplicateOf);
}

describe('duplicate paragraphs against the plain definition', () => {
  it('agree on texts with every kind of white space, in any order, edges included', () => {
    const piece = fc.constantFrom('Lavrov', 'said', 'NATO', '.', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', ' \u2028');
    const paragraph = fc.array(piece, { minLength: 1, maxLength: 8 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 14 }), fc.boolean(), (paras, lastFirst) => {
        let text = '';
        const spans: { start: number; end: number }[] = [];
        for (const p of paras) {
          spans.push({ start: text.length, end: text.length + p.length });
          text += p + '\n\n';
        }
        // The headline is put first though it is not first in the text (the order analyzeStructure uses).
        if (lastFirst) spans.unshift(spans.pop()!);
        assert.deepEqual(marked(text, spans), plainDuplicates(text, spans));
      }),
      { numRuns: 2000 },
    );
  });

  it('a raw repeat of an irregular paragraph points where its normalised text first appeared', () => {
    const text = 'a b\n\na  b\n\na\tb\n\na  b\n\na b';
    const spans = [0, 5, 11, 16, 22].map((start, i) => ({ start, end: start + [3, 4, 3, 4, 3][i] }));
    assert.deepEqual(marked(text, spans), [null, 0, 0, 0, 0]);
    assert.deepEqual(marked(text, spans.slice(1)), [null, 0, 0, 0]);
  });
});
