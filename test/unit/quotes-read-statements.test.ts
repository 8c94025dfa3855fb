// `read` reports what a document says (`…," an AU statement read.`, `…," read the statement.`), and `in part` may
// stand between a verb and its subject after a quotation (`…," reads in part the State House statement.`). After
// blind batches 25, 42 and 45.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { cueAfter } from '../../src/core/quotes/cue-after';

describe('`read` after a document', () => {
  it('is a cue before and after its subject, with `in part` between', () => {
    assert.equal(cueAfter(' an AU statement read.')?.subject.text, 'an AU statement');
    assert.equal(cueAfter(' the statement read.')?.subject.text, 'the statement');
    assert.equal(cueAfter(' read the statement.')?.subject.text, 'the statement');
    assert.equal(cueAfter(' reads in part the State House statement.')?.subject.text, 'the State House statement');
  });

  it('gives the quotation to the body that issued the document', () => {
    const text =
      'AU, Ethiopian PM call for consensus in Sudan\n\nThe joint call came after talks in Addis Ababa, the AU said in a statement.\n\nMahamat and Ahmed "strongly encouraged the national actors in Sudan to redouble their efforts," an AU statement read.';
    assert.equal(analyze(text).quotes[0].speaker?.name, 'African Union');
  });
});
