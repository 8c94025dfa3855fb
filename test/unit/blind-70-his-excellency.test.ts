// Forms of the Qatari foreign ministry's releases, met in blind batch 70: `HE` (His Excellency) written short before
// a name, and `His Excellency said` standing for the dignitary named before. Also a line in capitals after a title
// written short (`PM SAYS …`), which names no one. The sentences are written for these tests after the text's own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { peopleFound, quoteSpeakers } from './helpers';

const people = peopleFound;

describe('`HE` before a name', () => {
  it('is a title, outside the mention', () => {
    assert.deepEqual(people('Doha: Minister of State HE Dr. Ali Hassan Ahmed met HE Mr. John Smith, the Ambassador of Canada.'), [
      'Ali Hassan Ahmed = Ali Hassan Ahmed',
      'John Smith = John Smith',
    ]);
  });
  it('leaves the whole name of the Qatari prime minister to the gazetteer', () => {
    assert.deepEqual(people('Prime Minister and Minister of Foreign Affairs HE Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani met the envoy.'), [
      'Mohammed bin Abdulrahman bin Jassim Al-Thani = Mohammed bin Abdulrahman Al Thani',
    ]);
  });
  it('as the pronoun of a line in capitals, names no one', () => {
    assert.deepEqual(people('HE SAID IT WAS GOOD.\n\nThe talks went on.'), []);
  });
});

describe('a line in capitals after a title written short', () => {
  it('is no name', () => {
    assert.deepEqual(people('PM SAYS TALKS WILL GO ON\n\nThe prime minister spoke on Monday.'), []);
    assert.deepEqual(people('CS SAID IT WAS GOOD\n\nThe cabinet secretary spoke on Monday.'), []);
  });
  it('while a name in title case after the same titles stays one', () => {
    assert.deepEqual(people('CS Mutua met PM Modi.'), ['Mutua = Alfred Mutua', 'Modi = Narendra Modi']);
  });
});

describe('`His Excellency said`', () => {
  const text =
    'Qatar PM on CNN\n\nDoha: Prime Minister HE Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani said the attack "killed any hope" for the hostages.\n\n' +
    '"I have no words to express how enraged we are," His Excellency said.\n\nHer Excellency Lolwah Al-Khater met the envoys. "We are hiding nothing," Her Excellency added.\n';
  it('stands for the dignitary named before, as `he` or `she` would', () => {
    assert.deepEqual(quoteSpeakers(text), ['Mohammed bin Abdulrahman Al Thani', 'Mohammed bin Abdulrahman Al Thani', 'Lolwah Al-Khater']);
  });
});
