// Two forms met in blind batches 65 and 75: `the Hague` with its article in lower case, which is the city and not
// William Hague; and `She added` after a cue that named two women, where the cue had already chosen one of them.
// The sentences are written for these tests after the texts' own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';
import { quoteSpeakers } from './helpers';

describe('`the Hague` in lower case', () => {
  const mentions = (text: string): string[] => findEntities(text).map((e) => `${e.type} ${e.text} ${e.canonical}`);
  it('is the city, as `The Hague` is', () => {
    assert.deepEqual(mentions('Delegates met in the Hague last week.').slice(0, 1), ['GPE Hague The Hague']);
    assert.deepEqual(mentions('The court in The Hague ruled.'), ['GPE The Hague The Hague']);
  });
  it('stays the city in an article that names William Hague', () => {
    const text = 'William Hague arrived on Monday. Hague said the talks in the Hague had been useful.';
    assert.deepEqual(
      mentions(text).filter((m) => !m.startsWith('DATE')),
      ['PERSON William Hague William Hague', 'PERSON Hague William Hague', 'GPE Hague The Hague'],
    );
  });
  it('leaves the surname alone when no lower-case `the` stands before it', () => {
    assert.deepEqual(mentions('Hague said the talks had been useful.'), ['PERSON Hague William Hague']);
  });
});

describe('a pronoun after a cue that passed over a person it named', () => {
  const text =
    'Ghana condemns coup attempt\n\n' +
    'At a ceremony to receive a letter from the Niger ambassador to Ghana, Mrs. Lamido Salamatou Bala Goga, Ghana’s foreign affairs minister Shirley Ayorkor Botchwey, noted: “I think this is something that we must commend Niger for.”\n\n' +
    '“We, as Ghana, had to come in to support with some electoral materials.”\n\n' +
    'She added that “all forms of unconstitutional moves are condemned from our end as chair of ECOWAS”.\n';
  it('stands for the speaker the cue chose, not for the other woman in it', () => {
    assert.deepEqual(quoteSpeakers(text), ['Shirley Ayorkor Botchwey', 'Shirley Ayorkor Botchwey', 'Shirley Ayorkor Botchwey']);
  });
  it('still stands for a woman named as a subject after the cue', () => {
    const later = text + '\nThe ambassador, Mrs. Goga, thanked the minister. “Niger will not forget it,” she said.\n';
    assert.deepEqual(quoteSpeakers(later).slice(-1), ['Lamido Salamatou Bala Goga']);
  });
});
