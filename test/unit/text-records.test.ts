// The spans and paragraphs of the structure are built by constructors (see src/core/text/records.ts): they must
// serialise and spread exactly as the object literals they replace, fields in the same order.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ParagraphRecord, SpanRecord } from '../../src/core/text/records';
import { analyzeStructure } from '../../src/core/text';

describe('structure records against the object literals they replace', () => {
  it('a span has the literal fields, in order', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (start, end) => {
        const literal = { start, end };
        assert.equal(JSON.stringify(new SpanRecord(start, end)), JSON.stringify(literal));
        assert.deepEqual({ ...new SpanRecord(start, end) }, literal);
      }),
    );
  });

  it('a new paragraph has the literal fields, in order, unnumbered and no duplicate', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.boolean(), (start, end, boilerplate) => {
        const literal = { start, end, index: 0, duplicateOf: null, boilerplate };
        assert.equal(JSON.stringify(new ParagraphRecord(start, end, boilerplate)), JSON.stringify(literal));
        assert.deepEqual({ ...new ParagraphRecord(start, end, boilerplate) }, literal);
      }),
    );
  });

  it('the structure of a text serialises with the literal order of fields', () => {
    const s = analyzeStructure('12 March 2024\nHeadline\n\nShare\n\nHe said. Then “we left”.\nAnd came back again');
    assert.equal(
      JSON.stringify(s.paragraphs.slice(0, 2)),
      '[{"start":14,"end":22,"index":0,"duplicateOf":null,"boilerplate":false},' +
        '{"start":24,"end":29,"index":1,"duplicateOf":null,"boilerplate":true}]',
    );
    assert.equal(JSON.stringify(s.boilerplate), '[{"start":24,"end":29}]');
    assert.equal(JSON.stringify(s.sentences.slice(0, 2)), '[{"start":14,"end":22},{"start":31,"end":39}]');
  });
});
