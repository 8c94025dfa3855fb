// lineBounds (the bounds of the lines gathered into two arrays, so that the work on each line can run in a
// callback of the builtin forEach) against the line cursor it is read with, itself pinned to the plain split.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineCursor, lineBounds } from '../../src/core/text/lines';

const LINE = fc.constantFrom('', ' ', '\t', 'He said.', 'Lavrov said:', '“No”', ' x ');
const BREAK = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
const TEXT = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(LINE, BREAK), { maxLength: 10 }), LINE)
  .map(([bom, lines, last]) => (bom ? '\ufeff' : '') + lines.map(([l, b]) => l + b).join('') + last);

function cursorLines(text: string, from: number): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const line = new LineCursor(text, from);
  while (line.advance()) {
    starts.push(line.start);
    ends.push(line.end);
  }
  return { starts, ends };
}

describe('line bounds against the line cursor', () => {
  it('agree from the start of the text and from the start of any line', () => {
    fc.assert(
      fc.property(TEXT, fc.nat(), (text, k) => {
        const all = cursorLines(text, 0);
        const from = all.starts.length === 0 ? 0 : all.starts[k % all.starts.length];
        assert.deepEqual(lineBounds(text, 0), all);
        assert.deepEqual(lineBounds(text, from), cursorLines(text, from));
      }),
      { numRuns: 2000 },
    );
  });

  it('examples', () => {
    assert.deepEqual(lineBounds('a\r\nbc\rd\n', 0), { starts: [0, 3, 6], ends: [1, 5, 7] });
    assert.deepEqual(lineBounds('\ufeffab\n\ncd', 0), { starts: [1, 4, 5], ends: [3, 4, 7] });
    assert.deepEqual(lineBounds('', 0), { starts: [], ends: [] });
  });
});
