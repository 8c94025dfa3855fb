// The corpus record: snippets read in place agree with the plain definition, records group mentions by entity
// in order.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { recordFromAnalysis, snippetOf } from '../../src/core/corpus';

/** The definition: white space runs as one space, trimmed, cut at `max` with an ellipsis. */
function plainSnippet(text: string, start: number, end: number, max: number): string {
  const flat = text.slice(start, Math.min(end, start + max * 2)).replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

const SEED = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_e9822723eeb1ed02.txt'), 'utf8');

describe('corpus record', () => {
  it('snippetOf equals the plain definition on text with every kind of white space', () => {
    const unit = fc.constantFrom('a', 'B', ' ', ' ', '\n', '\r\n', '\t', '\u00a0', '\u2009', 'é', '“', '.');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), fc.nat(300), fc.nat(300), fc.integer({ min: 1, max: 120 }), (text, a, b, max) => {
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        assert.equal(snippetOf(text, start, end, max), plainSnippet(text, start, end, max));
      }),
      { numRuns: 2000 },
    );
  });

  it('snippetOf of a seed paragraph is one line, at most 100 characters, ending in an ellipsis when cut', () => {
    const start = SEED.indexOf('Russian Foreign Minister');
    const s = snippetOf(SEED, start, start + 400);
    assert.equal(s.length, 100);
    assert.ok(s.endsWith('…'));
    assert.ok(!/\s\s|\n/.test(s));
    assert.equal(s, plainSnippet(SEED, start, start + 400, 100));
  });

  it('groups a seed’s mentions by type and canonical name, in order of first mention', () => {
    const a = analyze(SEED);
    const r1 = recordFromAnalysis('a.txt', 'h', SEED, a);
    const r2 = recordFromAnalysis('b.txt', 'h', SEED, a);
    const mentions = r1.entities.reduce((n, e) => n + e.mentions.length, 0);
    assert.equal(mentions, a.entities.length);
    const firsts = r1.entities.map((e) => e.mentions[0].start);
    assert.deepEqual(firsts, [...firsts].sort((x, y) => x - y));
    const lavrov = r1.entities.find((e) => e.type === 'PERSON' && e.canonical === 'Sergei Lavrov');
    assert.ok(lavrov && lavrov.mentions.length >= 5, 'Sergei Lavrov is mentioned several times');
    for (const e of r1.entities) assert.equal(new Set(e.mentions.map((m) => m.start)).size, e.mentions.length);
    assert.deepEqual(r2.entities, r1.entities, 'a second record of the same analysis is the same');
    assert.equal(r1.quotes.length, a.quotes.filter((q) => !q.nested).length);
  });
});
