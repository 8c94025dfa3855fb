// The scan keeps the shape of each capitalised token beside its index (TokenView.capShapes), and capsSpelling
// tells most tokens by it: the shapes must be those of the tokens' text, also in arrays reused from a longer text,
// and capsSpelling must find the tokens `words.has(v.str(i))` finds.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { capsSpelling } from '../../src/core/entities/shapes';
import { TokenView } from '../../src/core/entities/view';
import { shapeOf, vocabulary } from '../../src/core/entities/vocab';

const PIECES = ['Lavrov', 'NATO', 'A', 'É', 'Øre', 'U.S.', 'May', 'Mays', 'Maxy', 'said', '12', '𝐀b', ' ', '\n', ',', '-'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(' '));

/** A token's shape from the text itself. */
function textShape(v: TokenView, i: number): number {
  const start = v.start(i);
  const end = v.end(i);
  return shapeOf(end - start, v.text.charCodeAt(start), v.text.charCodeAt(end - 1));
}

describe('shapes of the capitalised tokens', () => {
  it('are those of their text, also in reused arrays', () => {
    fc.assert(
      fc.property(texts, texts, (before, text) => {
        new TokenView(before + before + before, vocabulary, true).release();
        const v = new TokenView(text, vocabulary, true);
        const caps = v.capIndices();
        const shapes = v.capShapes();
        assert.equal(shapes.length, caps.length);
        for (let k = 0; k < caps.length; k++) assert.equal(shapes[k], textShape(v, caps[k]));
        v.release();
      }),
      { numRuns: 300 },
    );
  });

  it('let capsSpelling find what the words hold', () => {
    fc.assert(
      fc.property(texts, fc.subarray(['Lavrov', 'NATO', 'May', 'Maxy', 'A', 'Øre']), (text, words) => {
        const v = new TokenView(text);
        const map = new Map(words.map((w) => [w, true]));
        assert.deepEqual(capsSpelling(v, map), [...v.capIndices()].filter((i) => map.has(v.str(i))));
      }),
      { numRuns: 300 },
    );
  });

  it('grow with the list of capitalised tokens', () => {
    const text = 'Lavrov NATO '.repeat(3000);
    const v = new TokenView(text);
    assert.equal(v.capShapes().length, 6000);
    assert.equal(v.capShapes()[5999], textShape(v, v.capIndices()[5999]));
  });
});
