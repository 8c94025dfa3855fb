// Searches of sorted offsets that start where the last one ended, against the binary search from scratch they
// replace, over any sequence of positions (near each other, far apart, before the first, after the last).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SortedOffsets } from '../../src/core/quotes/offsets';
import { firstOffsetAtOrAfter } from '../../src/core/text/search';

/** Offsets in ascending order, equal ones often, and positions to look up in turn. */
const cases = fc.record({
  gaps: fc.array(fc.nat({ max: 4 }), { maxLength: 80 }),
  positions: fc.array(fc.integer({ min: -5, max: 200 }), { maxLength: 40 }),
});

describe('sorted offsets searched from the last answer', () => {
  it('find the first offset at or after each position as a binary search does', () => {
    fc.assert(
      fc.property(cases, ({ gaps, positions }) => {
        let at = 0;
        const offsets = Float64Array.from(gaps, (gap) => (at += gap));
        const sorted = new SortedOffsets(offsets);
        for (const pos of positions) {
          assert.equal(sorted.firstAtOrAfter(pos), firstOffsetAtOrAfter(offsets, pos), `at ${pos}`);
          assert.equal(sorted.lastAtOrBefore(pos), Math.max(0, firstOffsetAtOrAfter(offsets, pos + 1) - 1), `up to ${pos}`);
        }
      }),
      { numRuns: 3000 },
    );
  });
  it('find positions walked in text order and back over many offsets', () => {
    const offsets = Float64Array.from({ length: 5000 }, (_, i) => 3 * i + (i % 7 === 0 ? 0 : 1));
    const sorted = new SortedOffsets(offsets);
    for (const pos of [0, 1, 2, 5, 9, 400, 401, 399, 15000, 14990, 20000, -1, 7000, 6990, 3]) {
      assert.equal(sorted.firstAtOrAfter(pos), firstOffsetAtOrAfter(offsets, pos), `at ${pos}`);
    }
  });
});
