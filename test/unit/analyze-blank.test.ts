// The page furniture blanked for the entity scan: through Node's Buffer (code units copied, lone surrogates too)
// and piece by piece, as in a browser worker, both as the plain definition: each code unit inside a span a space.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { blankSpans, blankSpansByPieces } from '../../src/core/analyze/blank';
import type { Span } from '../../src/core/text';

function plainBlank(text: string, spans: readonly Span[]): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += spans.some((s) => s.start <= i && i < s.end) ? ' ' : text[i];
  return out;
}

/** A text of any code units and spans in order, apart (touching or empty ones too), as the structure gives them. */
const textAndSpans = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff })), { maxLength: 120 })
  .chain((codes) => {
    const text = String.fromCharCode(...codes);
    return fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }).map((cuts) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      const spans: Span[] = [];
      for (let k = 0; k + 1 < sorted.length; k += 2) spans.push({ start: sorted[k], end: sorted[k + 1] });
      return { text, spans };
    });
  });

describe('blanking the page furniture', () => {
  it('puts a space for each code unit inside the spans, whichever way it is made', () => {
    fc.assert(
      fc.property(textAndSpans, ({ text, spans }) => {
        const expected = plainBlank(text, spans);
        assert.equal(blankSpans(text, spans), expected);
        assert.equal(blankSpansByPieces(text, spans), expected);
      }),
      { numRuns: 2000 },
    );
  });
  it('blanks a text of megabytes, which Node reads back as a string held outside the heap', () => {
    const line = 'Moscow, 31 July \u2014 \u201cWe\u2019ll see,\u201d Lavrov said. \ud83d\ude00\n';
    const text = line.repeat(40000);
    const spans: Span[] = [];
    for (let at = 0; at + line.length <= text.length; at += 7 * line.length) spans.push({ start: at + 3, end: at + line.length + 5 });
    const blanked = blankSpans(text, spans);
    assert.equal(blanked, blankSpansByPieces(text, spans));
    assert.equal(blanked.length, text.length);
    assert.equal(blanked.slice(0, 8), 'Mos     ');
  });
});
