// Forms met in blind batches 77–80: Kenya's `PS` (Principal Secretary) and `Senate speaker` before a name; a
// foreign ministry no country is named for, in a lead whose subject is a country; and `a senior UN official told
// the Security Council`, the UN's own coverage's first words for a briefer it names next. The sentences are written
// for these tests after the texts' own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';
import { quoteSpeakers } from './helpers';

const people = (text: string): string[] => findEntities(text).filter((e) => e.type === 'PERSON').map((e) => e.text);

describe('Kenyan posts', () => {
  const text =
    'PS tells speaker off\n\nNairobi — Foreign Affairs Principal Secretary Korir Sing’oei has told off Senate speaker Amason Kingi over his remarks.\n\n' +
    '"We deliberated on the need to enhance trade," posted Kingi.\n\n"Foreign policy is a function of National Government," posted the Foreign Affairs PS.\n';
  it('`Senate speaker` before a name makes it a person’s', () => {
    assert.ok(people(text).includes('Amason Kingi'));
  });
  it('`the PS` is the Principal Secretary the text named, not the one who spoke last', () => {
    assert.deepEqual(quoteSpeakers(text), ['Amason Kingi', 'Korir Sing’oei']);
  });
});

describe('a foreign ministry that no country is named for', () => {
  const lead = 'Saudi Arabia summons envoy\n\nSaudi Arabia summoned Lebanon’s ambassador over comments made by Lebanese Information Minister George Kordahi, the foreign ministry said on Wednesday.\n\n';
  it('is the ministry of the country that acts in the lead', () => {
    const text = `${lead}"We regret the insults in those statements about the Kingdom," the ministry said.\n`;
    assert.deepEqual(quoteSpeakers(text), ['Saudi Foreign Ministry']);
  });
  it('is no one’s when the lead opens with no country acting', () => {
    const text = 'Envoy summoned\n\nThe ambassador was summoned over the comments, the foreign ministry said on Wednesday.\n\n"We regret the insults in those statements," the ministry said.\n';
    assert.deepEqual(quoteSpeakers(text), [null]);
  });
});

describe('`a senior UN official told the Security Council`', () => {
  const text =
    'Fighting in El Fasher\n\nFighting broke out in El Fasher on 12 September, a senior UN official told the Security Council today, warning that civilians are “at risk of the consequences of mass violence”.\n\n' +
    '“Prevention efforts have failed,” observed Martha Ama Akyaa Pobee, Assistant Secretary-General for Africa.\n';
  it('is the briefer the next paragraph names with the post', () => {
    assert.deepEqual(quoteSpeakers(text), ['Martha Ama Akyaa Pobee', 'Martha Ama Akyaa Pobee']);
  });
  it('outside a briefing stays someone unnamed of the organisation', () => {
    const other = text.replace('told the Security Council today', 'told reporters today');
    assert.notEqual(quoteSpeakers(other)[0], 'Martha Ama Akyaa Pobee');
  });
});

describe('a place that ends a post about the person before it', () => {
  it('in an apposition that no comma closes is no speaker; the person is', () => {
    const text =
      'Minister warns envoys\n\nAppearing before the committee, Henry Okello Oryem, the minister of state for International Cooperation said: “Nearer to the elections I told them to stay away from campaigns.”\n';
    assert.deepEqual(quoteSpeakers(text), ['Henry Okello Oryem']);
  });
  it('in a relative clause is no speaker; the person is', () => {
    const text =
      'Drew to meet leaders\n\nTerrance Drew will chair the summit.\n\nDrew, who is also the Prime Minister of St. Kitts and Nevis, told a news conference that he would meet the leaders “eye-ball to eye-ball” before the summit.\n';
    assert.deepEqual(quoteSpeakers(text), ['Terrance Drew']);
  });
});

describe('a participle after another quotation of its sentence', () => {
  it('is the words of the person who opens the sentence, not of a body named after the other quotation', () => {
    const text =
      'Adviser on border killings\n\nDhaka: Foreign Adviser Touhid Hossain spoke on Sunday.\n\n' +
      'Hossain noted that killings also took place during the so-called “golden chapter” of relations under the previous Awami League government, adding that “the trend has continued even now.”\n';
    assert.deepEqual(quoteSpeakers(text).slice(-1), ['Touhid Hossain']);
  });
});
