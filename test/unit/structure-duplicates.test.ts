// Duplicate paragraphs: marked in place must agree with the plain definition (white space runs as one space,
// each repeat pointing at the first occurrence), whatever the white space.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeStructure } from '../../src/core/text';

describe('duplicate paragraphs (property)', () => {
  it('each paragraph points at the first with the same words and single spaces, or at none', () => {
    const word = fc.constantFrom('Lavrov', 'said', 'the', 'talks', 'Moscow.', '“no”', 'NATO');
    const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\u00a0', ' \u2009');
    const paragraph = fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 4 }).map((ws) => ws.map(([w, g]) => w + g).join('').trim() + '.');
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n\n', '\r\n\r\n', '\n'), (paras, sep) => {
        const text = paras.join(sep);
        const s = analyzeStructure(text);
        const firstOf = new Map<string, number>();
        s.paragraphs.forEach((p, i) => {
          const key = text.slice(p.start, p.end).replace(/\s+/g, ' ');
          assert.equal(p.index, i);
          assert.equal(p.duplicateOf, firstOf.get(key) ?? null, `paragraph ${i}: ${JSON.stringify(key)}`);
          if (!firstOf.has(key)) firstOf.set(key, i);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
