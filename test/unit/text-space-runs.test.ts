// collapseSpaceRuns (the normalised text of duplicate marking, built from pieces) against its plain definition,
// the regular expression replace of every run of white space by one space.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { collapseSpaceRuns } from '../../src/core/text/duplicates';

describe('white space runs collapsed against the plain replace', () => {
  it('agree on strings of every kind of white space, edges included', () => {
    const piece = fc.constantFrom('a', 'Lavrov', '.', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028', '\u200b', '𝐀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (xs) => {
        const s = xs.join('');
        assert.equal(collapseSpaceRuns(s), s.replace(/\s+/g, ' '));
      }),
      { numRuns: 5000 },
    );
  });

  it('examples', () => {
    assert.equal(collapseSpaceRuns('a b'), 'a b');
    assert.equal(collapseSpaceRuns(' a  b\t\nc\u00a0'), ' a b c ');
    assert.equal(collapseSpaceRuns('\t'), ' ');
    assert.equal(collapseSpaceRuns(''), '');
  });
});
