// Strings made from the reused scratch of code units: through Node's Buffer (as Latin-1 bytes or as UTF-16
// units, lone surrogates too) and through String.fromCharCode, as in a browser worker, which has no Buffer.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scratchBytes, scratchUnits, stringOfUnits, stringOfUnitsByCode } from '../../src/core/quotes/narrow';

function make(codes: readonly number[]): { viaBuffer: string; byCode: string } {
  const units = scratchUnits(codes.length);
  const bytes = scratchBytes();
  let wide = 0;
  for (let i = 0; i < codes.length; i++) {
    bytes[i] = units[i] = codes[i];
    wide |= codes[i];
  }
  return { viaBuffer: stringOfUnits(codes.length, wide), byCode: stringOfUnitsByCode(codes.length) };
}

describe('strings from the scratch of code units', () => {
  it('are the strings of those units, whichever way they are made', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xff }), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), (codes) => {
        const expected = String.fromCharCode(...codes);
        const { viaBuffer, byCode } = make(codes);
        assert.equal(viaBuffer, expected);
        assert.equal(byCode, expected);
      }),
      { numRuns: 3000 },
    );
  });
  it('hold a string as long as the scratch and keep every unit', () => {
    const codes = Array.from({ length: 8192 }, (_, i) => (i * 37) % 256);
    const { viaBuffer, byCode } = make(codes);
    assert.equal(viaBuffer, String.fromCharCode(...codes));
    assert.equal(byCode, viaBuffer);
    assert.equal(make([0x41, 0xe9, 0xff]).viaBuffer, 'Aéÿ');
  });
});
