// Forms met in blind batches 90–94. The texts are written for these tests after the batches' own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteSpeakers } from './helpers';

describe('an official the text never names', () => {
  const text =
    'Leaders to sign a declaration on migration\n\n' +
    'The declaration “is an unprecedented step by the United States and its partners,” a senior administration official said.\n\n' +
    'The official said the president would speak about a “new plan centred on responsibility sharing.”\n\n' +
    'Mexican President Andrés Manuel López Obrador on Monday confirmed he will not attend the summit.\n\n' +
    'The Mexican president said that Foreign Secretary Marcelo Ebrard will attend in his place.\n\n' +
    '“We are very confident that the countries will be committed to its goals,” the official said.\n\n' +
    '“We believe they are fully committed to it,” the official added.\n';

  it('stays unnamed through `the official`, past people named since in other roles', () => {
    assert.deepEqual(quoteSpeakers(text).slice(-2), [null, null]);
  });

  it('is someone named since in that role', () => {
    const named = text.replace('The Mexican president said that', 'Senior State Department official Brian Nichols said that');
    assert.deepEqual(quoteSpeakers(named).slice(-2), ['Brian Nichols', 'Brian Nichols']);
  });
});
