// Forms met in blind batch 88, a UN video shot list: its fields (`STORY:`, `TRT:`, `DATELINE:`) are no transcript
// speakers, and a soundbite line (`4. SOUNDBITE (French) Name, Role:`) says whose words the next paragraph quotes.
// The text is written for these tests after the batch's own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { quoteSpeakers } from './helpers';

const SHOT_LIST =
  'UN / MALI\n\nSTORY: UN / MALI\n\nTRT: 2:20\n\nSOURCE: UNIFEED\n\nLANGUAGE: FRENCH / NATS\n\nDATELINE: 12 JUNE 2019, NEW YORK CITY / FILE\n\n' +
  '1. Wide shot, exterior United Nations headquarters\n\n' +
  '4. SOUNDBITE (French) Mahamat Saleh Annadif, Special Representative of the Secretary-General for Mali:\n\n' +
  '“This hellish vicious cycle of violence must be stopped.”\n\n5. Med shot, Council President\n\n' +
  'SOUNDBITE (French) Mahamat Saleh Annadif, Special Representative of the Secretary-General for Mali:\n\n“The glimmer of hope cannot be lost.”\n';

describe('a video shot list', () => {
  it('has no transcript turns for its fields', () => {
    assert.deepEqual(analyze(SHOT_LIST).structure.turns, []);
  });
  it('gives each soundbite to the person its line names', () => {
    assert.deepEqual(quoteSpeakers(SHOT_LIST), ['Mahamat Saleh Annadif', 'Mahamat Saleh Annadif']);
  });
  it('a line with a verb before its colon is a cue as before', () => {
    assert.deepEqual(quoteSpeakers('Mali\n\nThe minister Sergey Lavrov said this:\n\n“This cycle must be stopped.”\n'), ['Sergei Lavrov']);
  });
});
