// KnownSpans keeps the starts of the gazetteer's mentions in an array of their own, read when it is made: the
// rules push their candidates onto the same array after that, and those must not count as known.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Candidate, candidate } from '../../src/core/entities/candidates';
import { KnownSpans } from '../../src/core/entities/knownspans';

describe('known spans read when made', () => {
  const mention = fc.record({ start: fc.nat(20), len: fc.nat(5), priority: fc.nat(4) });
  const make = (m: { start: number; len: number; priority: number }): Candidate => candidate(m.start, m.start + m.len, 'ORG', '', 'gazetteer', m.priority);

  it('know the first mentions only, as a search of those would tell', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 12 }), fc.array(mention, { maxLength: 6 }), mention, (ms, later, q) => {
        const all = ms.map(make).sort((a, b) => a.start - b.start);
        const count = all.length;
        const known = new KnownSpans(all, count);
        all.push(...later.map(make));
        const plain = all.slice(0, count).some((m) => m.start === q.start && m.end === q.start + q.len && m.priority >= q.priority);
        assert.equal(known.outrank(q.start, q.start + q.len, q.priority), plain);
      }),
      { numRuns: 1000 },
    );
  });
});
