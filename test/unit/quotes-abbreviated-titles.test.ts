// Abbreviated titles (`Rev.`, `Capt.`, `Brig.`) are one list, text/abbreviations.ts, that sentence splitting,
// clause breaks and reporting cues all read. Before, the cue after a quotation had a shorter list of its own, and
// `said Rev. Samuel Mensah` gave the quotation to a person called `Rev`.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { cueAfter, runsOverSentenceEnd } from '../../src/core/quotes/cue-after';

describe('an abbreviated title in a cue after a quotation', () => {
  it('is the start of the name, not the end of a sentence', () => {
    for (const title of ['Rev.', 'Capt.', 'Brig.', 'Sgt.', 'Hon.', 'Maj.', 'Dr.', 'Mr.']) {
      assert.equal(runsOverSentenceEnd(`${title} Samuel Mensah`), false, title);
      assert.equal(cueAfter(` said ${title} Samuel Mensah of the council.`)?.subject.text.endsWith('Samuel Mensah'), true, title);
    }
    // A word of a name that ends a sentence still does.
    assert.equal(runsOverSentenceEnd('Minister of Burkina Faso. We'), true);
  });

  it('gives the quotation to the person named after it', () => {
    const speaker = (t: string): string | undefined => analyze(t).quotes[0]?.speaker?.name;
    assert.equal(speaker('Officials met in Accra.\n\n"The border stays open," said Rev. Samuel Mensah of the council.\n'), 'Samuel Mensah');
    assert.equal(speaker('Talks resumed in Ouagadougou.\n\n"We are ready to talk," said Capt. Ibrahim Traore, the head of the junta.\n'), 'Ibrahim Traoré');
  });
});
