// Forms met in blind batches 73 and 75 (a Kenyan report, an OAS report): Kenya's `CS` (Cabinet Secretary) as a
// title, and a nationality standing for a person (`the American warned`). The sentences are written for these
// tests after the texts' own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';
import { quoteSpeakers } from './helpers';

describe('`CS`, a Kenyan cabinet secretary', () => {
  const text =
    'Kenya to Haiti\n\nForeign Affairs Cabinet Secretary Alfred Mutua has revealed that Kenya will deploy police officers.\n\n' +
    'In a statement, CS Mutua said the officers will train their counterparts.\n\n“Kenya stands with persons of African descent,” the Foreign Affairs CS noted.\n';
  it('is a title, no part of a name', () => {
    const people = findEntities(text).filter((e) => e.type === 'PERSON').map((e) => e.text);
    assert.deepEqual(people, ['Alfred Mutua', 'Mutua']);
  });
  it('with its portfolio, is a role that the one named in it holds', () => {
    assert.deepEqual(quoteSpeakers(text), ['Alfred Mutua']);
  });
});

describe('`the American`, `the Briton`: a nationality for a person', () => {
  it('is the person named last who serves that country', () => {
    const text = 'Talks\n\nUS Ambassador Bradley Freden met Luis Almagro.\n\nWithout going into details, the American warned that it should “apply the rules” in such cases.\n';
    assert.deepEqual(quoteSpeakers(text), ['Bradley Freden']);
  });
  it('is never a speaker’s name itself', () => {
    const text = 'Talks\n\nLuis Almagro met the envoys.\n\nWithout going into details, the American warned that the organisation should “apply the rules” in such cases.\n';
    assert.ok(!quoteSpeakers(text).includes('American'));
  });
});

describe('`the foreign secretary`', () => {
  const text =
    'India China\n\nNew Delhi: Ahead of a meeting between Prime Minister Narendra Modi and Chinese President Xi Jinping, India announced an agreement.\n\n' +
    'Foreign Secretary Vikram Misri said the agreement was finalised.\n\nPrime Minister Modi and President Xi are likely to meet this week.\n\n' +
    '"Over the last several weeks, negotiators have been in close contact," the foreign secretary said at a media briefing.\n';
  it('is the one the text introduced as such, not the party’s general secretary named last', () => {
    assert.deepEqual(quoteSpeakers(text), ['Vikram Misri']);
  });
  it('is not someone the gazetteer gives the post in another year (S. Jaishankar was foreign secretary before)', () => {
    const jaishankar = text.replace('Prime Minister Modi and President Xi are likely', 'External Affairs Minister S Jaishankar said talks will resume. Modi and Xi are likely');
    assert.deepEqual(quoteSpeakers(jaishankar), ['Vikram Misri']);
  });
});

describe('a name in apposition to a preposition’s object, then the subject named', () => {
  it('is not the subject: the name after it is (`from the Niger ambassador to Ghana, Mrs. X, Ghana’s foreign minister Y, noted:`)', () => {
    const text =
      'Ghana condemns coup\n\nAt a ceremony to receive an open letter from the Niger ambassador to Ghana, Mrs. Lamido Salamatou Bala Goga, Ghana’s foreign affairs minister ' +
      'Shirley Ayokor Botchwey, noted: “I think this is something that we must commend Niger for.”\n';
    assert.deepEqual(quoteSpeakers(text), ['Shirley Ayorkor Botchwey']);
  });
  it('leaves the first name the subject without the preposition (`Mrs. X, the ambassador, said`)', () => {
    const text = 'Ghana condemns coup\n\nMrs. Lamido Salamatou Bala Goga, Niger’s ambassador to Ghana, noted: “We thank Ghana for its support.”\n';
    assert.deepEqual(quoteSpeakers(text), ['Lamido Salamatou Bala Goga']);
  });
});
