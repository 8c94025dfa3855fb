// A paragraph that speaks of someone's remarks by a possessive (`Her statements outside the presidential palace
// came after a meeting with President Nikos Christodoulides`) before a paragraph of quotation with no cue: the
// quotation is those remarks. After blind batch 41's Cyprus Mail report, and variants.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';

const speakers = (text: string): (string | null)[] => analyze(text).quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name ?? null);

describe('a possessive of remarks before a paragraph of quotation', () => {
  it('gives the quotation to whom the possessive stands for, though another person is named after it', () => {
    const text = [
      'Holguin: I will push for talks',
      '',
      'UN envoy Maria Angela Holguin on Monday said she would be preparing a report after her visit.',
      '',
      'Her statements outside the presidential palace came after a meeting with President Nikos Christodoulides which lasted for around 50 minutes.',
      '',
      '“I will push until the last day and I think this is what the people of Cyprus deserve.”',
    ].join('\n');
    assert.deepEqual(speakers(text), ['María Ángela Holguín']);
  });

  it('reads `In his speech,` and the pronoun’s gender', () => {
    const text = [
      'Talks in Vienna',
      '',
      'Foreign Minister Alexander Schallenberg met Ambassador Maria Lopez on Friday.',
      '',
      'In his speech, the minister turned to the region and to the talks with Ambassador Lopez.',
      '',
      '"We continue to press for dialogue."',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Alexander Schallenberg']);
  });

  it('leaves a paragraph without such a possessive to the rules before', () => {
    const text = [
      'Holguin visit',
      '',
      'UN envoy Maria Angela Holguin on Monday said she would be preparing a report.',
      '',
      'The meeting with President Nikos Christodoulides lasted for around 50 minutes.',
      '',
      '“I will push until the last day.”',
    ].join('\n');
    assert.notEqual(speakers(text)[0], 'María Ángela Holguín');
  });
});
