// Snippets of long passages look for irregular white space only in the part the snippet is cut from: against
// the plain definition, with the irregular white space placed around the cut.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { snippetOf } from '../../src/core/corpus';

/** The definition: white space runs as one space, trimmed, cut at `max` with an ellipsis. */
function plainSnippet(text: string, start: number, end: number, max: number): string {
  const flat = text.slice(start, Math.min(end, start + max * 2)).replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

describe('snippets of long passages', () => {
  it('equal the plain definition with irregular white space near the cut', () => {
    const word = fc.constantFrom('a', 'bb', 'ccc', 'é', '“x”');
    const space = fc.constantFrom(' ', '  ', '\n', ' \n', '\t', '\u00a0', '\r\n');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: -4, max: 4 }), space, fc.nat(), (words, max, shift, odd, seed) => {
        // Single spaces throughout, then one irregular run placed a few characters before or after `max`.
        const regular = words.join(' ');
        const at = Math.max(0, Math.min(regular.length, max + shift));
        const text = seed % 2 ? regular.slice(0, at) + odd + regular.slice(at) : regular;
        assert.equal(snippetOf(text, 0, text.length, max), plainSnippet(text, 0, text.length, max));
      }),
      { numRuns: 5000 },
    );
  });
});
