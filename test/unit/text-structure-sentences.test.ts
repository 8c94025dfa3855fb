// The sentences and furniture of analyzeStructure, split by its forEach callback (addSentences), against the plain
// definitions: each paragraph that is not furniture split by the plain sentence splitter, in order, and the
// furniture paragraphs' spans.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeStructure } from '../../src/core/text';
import { plainSplit } from './plain-sentences';

const plain = <T extends object>(xs: readonly T[]): T[] => xs.map((x) => ({ ...x }));

describe('structure sentences against the plain split of its paragraphs', () => {
  it('agree on texts of sentences, abbreviations, furniture and line breaks', () => {
    const piece = fc.constantFrom('He said.', 'Mr. Lavrov', 'the U.S. Army', 'left!', '“No.”', 'Then', '7 came', 'Share', 'Print', '•', ' ', '\n', '\n\n', '\r\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join(' ');
        const s = analyzeStructure(text);
        const prose = s.paragraphs.filter((p) => !p.boilerplate);
        assert.deepEqual(plain(s.sentences), prose.flatMap((p) => plainSplit(text, p)));
        assert.deepEqual(plain(s.boilerplate), s.paragraphs.filter((p) => p.boilerplate).map((p) => ({ start: p.start, end: p.end })));
      }),
      { numRuns: 2000 },
    );
  });
});
