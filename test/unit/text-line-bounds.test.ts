// lineBounds (the bounds of the lines gathered into two arrays, so that the work on each line can run in a
// callback of the builtin forEach) against the plain definition of lines.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lineBounds } from '../../src/core/text/lines';

const LINE = fc.constantFrom('', ' ', '\t', 'He said.', 'Lavrov said:', '“No”', ' x ');
const BREAK = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
const TEXT = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(LINE, BREAK), { maxLength: 10 }), LINE)
  .map(([bom, lines, last]) => (bom ? '\ufeff' : '') + lines.map(([l, b]) => l + b).join('') + last);

/** The bounds of the lines from `from` (a line start) on, by the plain definition: breaks `\n`, `\r\n`, `\r`; a BOM opening the text is no part of its first line. */
function plainBounds(text: string, from: number): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = from === 0 && text.charCodeAt(0) === 0xfeff ? 1 : from;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      starts.push(start);
      ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < text.length) {
    starts.push(start);
    ends.push(text.length);
  }
  return { starts, ends };
}

describe('line bounds against the plain definition', () => {
  it('agree from the start of the text and from the start of any line', () => {
    fc.assert(
      fc.property(TEXT, fc.nat(), (text, k) => {
        const all = plainBounds(text, 0);
        const from = all.starts.length === 0 ? 0 : all.starts[k % all.starts.length];
        assert.deepEqual(lineBounds(text, 0), all);
        assert.deepEqual(lineBounds(text, from), plainBounds(text, from));
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
