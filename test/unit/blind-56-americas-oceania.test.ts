// From blind batch 56 (the Americas and Oceania): `outlined` reports, and a name with its state's full name.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;

describe('Jamaica’s foreign minister and Namibia’s envoy at the UN', () => {
  const text =
    'Haiti\n\nForeign Minister Kamina Johnson Smith, who was also a part of the mission, spoke on Monday.\n\n' +
    'She outlined that yesterday’s meetings were “well received” and “we look forward to discussing them formally within the wider Caricom body”.\n\n' +
    'His Excellency Neville Gertze of the Republic of Namibia, commented that there is an “urgent need” for strengthened multilateralism.\n';
  it('`She outlined that` reports the words that follow', () => {
    assert.deepEqual(speakers(text).slice(0, 2), ['Kamina Johnson Smith', 'Kamina Johnson Smith']);
  });
  it('`Neville Gertze of the Republic of Namibia, commented` is Gertze’s cue, not Namibia’s', () => {
    assert.equal(speakers(text)[2], 'Neville Gertze');
  });
});
