// UTF-16 <-> code-point offsets: many offsets in one pass, in any order, against Array.from as the reference.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { codePointLength, codePointsToUtf16, utf16ToCodePoints } from '../../src/core/formats';

const TEXT = '\uFEFFa😀b𝔄\r\n𠀀c🇺🇳d';

describe('formats: code points', () => {
  it('converts every UTF-16 offset on a code-point boundary, in any order', () => {
    const boundaries: number[] = [];
    let unit = 0;
    for (const ch of Array.from(TEXT)) {
      boundaries.push(unit);
      unit += ch.length;
    }
    boundaries.push(unit);
    const shuffled = [...boundaries].reverse();
    const cps = utf16ToCodePoints(TEXT, shuffled);
    assert.deepEqual(cps, shuffled.map((u) => Array.from(TEXT.slice(0, u)).length));
    assert.deepEqual(codePointsToUtf16(TEXT, cps), shuffled);
  });

  it('counts an offset inside a surrogate pair as the pair\'s start, and rejects offsets outside the text', () => {
    assert.deepEqual(utf16ToCodePoints(TEXT, [3, 2, 3]), [2, 2, 2]);
    assert.throws(() => utf16ToCodePoints(TEXT, [TEXT.length + 1]), RangeError);
    assert.throws(() => utf16ToCodePoints(TEXT, [-1]), RangeError);
  });

  it('gives -1 for code-point offsets beyond the text', () => {
    const n = codePointLength(TEXT);
    assert.equal(n, Array.from(TEXT).length);
    assert.deepEqual(codePointsToUtf16(TEXT, [n + 1, n, -3, 1.5]), [-1, TEXT.length, -1, -1]);
    assert.deepEqual(codePointsToUtf16('plain', [6, 5, 0]), [-1, 5, 0]);
  });

  it('is one pass: 100 000 offsets in a 1 MB text quickly', () => {
    const big = 'ab😀 '.repeat(200000);
    const offsets = Array.from({ length: 100000 }, (_, i) => Math.floor((i * 7919) % (big.length / 5)) * 5);
    const t0 = performance.now();
    const cps = utf16ToCodePoints(big, offsets);
    const back = codePointsToUtf16(big, cps);
    assert.deepEqual(back, offsets);
    assert.ok(performance.now() - t0 < 2000);
  });
});
