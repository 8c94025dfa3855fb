// Forms met in blind batches 83 and 84: a person in apposition to the object of `with` before the subject of the
// cue (`During a joint press conference with Prime Minister, X, the visiting …, Y, said`); an opening phrase before
// the subject (`Against this backdrop, Kim … plans`); and the name of what someone heads (`the head of the Chisinau
// Executive said`), which is no person. The sentences are written for these tests after the texts' own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';
import { quoteSpeakers } from './helpers';

describe('the object of `with` in apposition before the subject', () => {
  it('is not the one who speaks; the subject named after it is', () => {
    const text =
      'NZ and Tonga\n\nDuring a joint press conference with Prime Minister, Hu’akavameiliku Siaosi Sovaleni, the visiting New Zealand Deputy Prime Minister, Carmel Sepuloni, said the mission was to reconnect.\n\n' +
      '“This is certainly an opportunity for us to continue growing that partnership.”\n';
    assert.deepEqual(quoteSpeakers(text), ['Carmel Sepuloni']);
  });
});

describe('an opening phrase before the subject', () => {
  it('`Against this backdrop,` leaves the name after it the subject a pronoun stands for', () => {
    const text =
      'Envoy on ASEAN\n\nKorean Ambassador to ASEAN Kim Young-chae spoke on Monday. "We value ASEAN," Kim said.\n\n' +
      'During his visit to Indonesia, President Moon Jae-in unveiled a new policy.\n\n"It is lucky ASEAN and Korea have no disputes," he said.\n\n' +
      'Against this backdrop, Kim, who took office in January, plans to focus on trade.\n\n"First of all, I would like to keep up the momentum," he said.\n';
    assert.deepEqual(quoteSpeakers(text).slice(-1), ['Kim Young-chae']);
  });
});

describe('the name of what someone heads', () => {
  it('after `the head of the` is no person', () => {
    const people = findEntities('"We are aware of it," the head of the Chisinau Executive said.').filter((e) => e.type === 'PERSON');
    assert.deepEqual(people, []);
  });
  it('a name after `of` alone still is one', () => {
    const people = findEntities('"We are aware of it," the wife of Ion Popescu said.').filter((e) => e.type === 'PERSON').map((e) => e.text);
    assert.deepEqual(people, ['Ion Popescu']);
  });
});

describe('a verb that takes an object after a quotation', () => {
  it('has its object after it, not an inverted subject', () => {
    const text = 'Seoul condemns launch\n\nSouth Korea "strongly" condemned North Korea\'s latest missile provocation on Tuesday.\n';
    assert.ok(!quoteSpeakers(text).includes('North Korea'));
  });
  it('while `said` before a name still is one', () => {
    const text = 'Talks\n\n"We are ready," said Kang Kyung-wha, the foreign minister.\n';
    assert.deepEqual(quoteSpeakers(text), ['Kang Kyung-wha']);
  });
});
