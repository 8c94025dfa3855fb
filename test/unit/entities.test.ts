import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';
import { SEED_NAMES, seedGold, seedText } from './helpers';

/** `TYPE:text` of every entity. */
const ents = (text: string): string[] => findEntities(text).map((e) => `${e.type}:${e.text}`);
const canon = (text: string): string[] => findEntities(text).map((e) => e.canonical);

describe('entities on the seeds', () => {
  for (const name of SEED_NAMES) {
    it(`finds the gold entities of ${name} (F1 ≥ 0.92)`, () => {
      const text = seedText(name);
      const gold = new Set(seedGold(name).entities.map((e) => `${e.start}:${e.end}:${e.type}`));
      const found = findEntities(text).map((e) => `${e.start}:${e.end}:${e.type}`);
      const tp = found.filter((k) => gold.has(k)).length;
      const f1 = (2 * tp) / (found.length + gold.size);
      assert.ok(f1 >= 0.92, `F1 ${f1.toFixed(3)}`);
    });
    it(`slices of ${name} equal the entities' text`, () => {
      const text = seedText(name);
      for (const e of findEntities(text)) assert.equal(text.slice(e.start, e.end), e.text);
    });
  }
});

describe('entity rules', () => {
  it('titles stay outside the name, a nationality before a title is its own mention', () => {
    assert.deepEqual(ents('Russian Foreign Minister Sergei Lavrov said so.'), ['NORP:Russian', 'PERSON:Sergei Lavrov']);
  });
  it('a nationality inside an institution name is part of it', () => {
    assert.deepEqual(ents('He said the Russian Foreign Ministry would act.'), ['ORG:Russian Foreign Ministry']);
  });
  it('the longest name wins', () => {
    assert.deepEqual(ents('resolutions of the UN Security Council and the IAEA Board of Governors'), ['ORG:UN Security Council', 'ORG:IAEA Board of Governors']);
  });
  it('names joined by a hyphen are two mentions', () => {
    assert.deepEqual(ents('Russia-NATO relations and Russian-U.S. ties'), ['GPE:Russia', 'ORG:NATO', 'NORP:Russian', 'GPE:U.S.']);
  });
  it('a possessive is not part of the name', () => {
    assert.deepEqual(ents('Russia‘s entry and Washington’s readiness'), ['GPE:Russia', 'GPE:Washington']);
  });
  it('laws by their head word', () => {
    assert.deepEqual(ents('under the Jackson-Vanik amendment and the U.S. Trade Act and the new START Treaty'), [
      'LAW:Jackson-Vanik amendment', 'LAW:U.S. Trade Act', 'LAW:new START Treaty',
    ]);
  });
  it('institutions by their head word', () => {
    assert.deepEqual(ents('the Presidential Commission worked with the Ministry of Foreign Affairs'), ['ORG:Presidential Commission', 'ORG:Ministry of Foreign Affairs']);
  });
  it('an acronym defined in parentheses, then used alone', () => {
    assert.deepEqual(ents('the League of Arab States (LAS) LAS monitoring mission; LAS observers'), ['ORG:League of Arab States', 'ORG:LAS', 'ORG:LAS', 'ORG:LAS']);
    assert.deepEqual(ents('the Common Foreign and Security Policy (CFSP) and CFSP goals').slice(-2), ['ORG:CFSP', 'ORG:CFSP']);
  });
  it('titles in a chain stay outside an unknown name (`Deputy` and `Defense Minister`)', () => {
    assert.deepEqual(ents('Yesterday, Deputy Defense Minister Alexander Fomin said it.'), ['DATE:Yesterday', 'PERSON:Alexander Fomin']);
    assert.deepEqual(ents('Deputy Chief of Staff Petar Ivanov arrived.').filter((e) => e.startsWith('PERSON')), ['PERSON:Petar Ivanov']);
  });
  it('a nationality and a title at a sentence start stay outside an unknown name before a reporting verb', () => {
    assert.deepEqual(ents('The talks went well. Moldovan President Maia Sandu said it.'), ['NORP:Moldovan', 'PERSON:Maia Sandu']);
  });
  it('an unknown name after a lower-case role word, directly or between commas', () => {
    assert.deepEqual(ents('South Sudan’s ambassador, Cecilia Adeng Nyok, thanked council members.'), ['GPE:South Sudan', 'PERSON:Cecilia Adeng Nyok']);
    assert.deepEqual(ents('led by special envoy Robert Malley and deputy secretary general Enrique Mora'), ['PERSON:Robert Malley', 'PERSON:Enrique Mora']);
    assert.deepEqual(ents('Her counterpart, Ambassador Sorin Vlădescu, agreed.'), ['PERSON:Sorin Vlădescu']);
  });
  it('no person from a role word before places, a single word or an open apposition', () => {
    assert.deepEqual(ents('the minister, Russia and China agreed'), ['GPE:Russia', 'GPE:China']);
    assert.deepEqual(ents('the envoy, Petrov, said'), []);
    assert.deepEqual(ents('the ambassador, Sorin Vlădescu and others'), []);
  });
  it('a surname in capitals after an honorific is a person, not an acronym (`MR. PRICE:`)', () => {
    assert.deepEqual(ents('MR. PRICE: Thanks, Matt. Ms. JONES and the IAEA met.'), ['PERSON:PRICE', 'PERSON:JONES', 'ORG:IAEA']);
    assert.deepEqual(canon('MR. PRICE: Thanks.'), ['Price']);
    // Without the dot only as a speaker's label: `DR CONGO` is no person.
    assert.deepEqual(ents('MR PRICE: Thanks, Matt.\n\nMS JONES: Good afternoon.'), ['PERSON:PRICE', 'PERSON:JONES']);
    assert.deepEqual(ents('MR PRICE AND THE TALKS'), []);
  });
  it('months, weekdays and hyphened words in capitals are no bodies', () => {
    assert.deepEqual(ents('MONDAY, 2 JULY 2012'), ['DATE:2012']);
    assert.deepEqual(ents('He met BAN KI-MOON there.'), []);
    assert.deepEqual(ents('The ABCD spoke.'), ['ORG:ABCD']);
  });
  it('a place written in capitals, as in a dateline, is that place, not an acronym', () => {
    assert.deepEqual(ents('VIENNA (Reuters) - Talks resumed.'), ['GPE:VIENNA', 'ORG:Reuters']);
    assert.deepEqual(canon('DUBAI, June 3 - Talks resumed.'), ['Dubai', 'June 3']);
  });
  it('a connector never joins a weekday or a month to a name', () => {
    assert.deepEqual(ents('The United Nations Security Council on Thursday extended it.'), ['ORG:United Nations Security Council', 'DATE:Thursday']);
    assert.deepEqual(ents('The Council on Foreign Relations met.'), ['ORG:Council on Foreign Relations']);
  });
  it('people after titles and before reporting verbs, even when unknown', () => {
    assert.deepEqual(ents('Ambassador Mirela Kostadinova spoke. Later Petar Ivanov said no.'), ['PERSON:Mirela Kostadinova', 'PERSON:Petar Ivanov']);
  });
  it('one canonical name per person', () => {
    assert.deepEqual(canon('Sergey Lavrov met Dmitri Medvedev. Lavrov said'), ['Sergei Lavrov', 'Dmitry Medvedev', 'Sergei Lavrov']);
  });
  it('a surname that is an ordinary word is a person only with the full name', () => {
    assert.deepEqual(ents('May is a month of talks.'), []);
  });
  it('dates of every kind', () => {
    assert.deepEqual(ents('On November 23 and in 2012, by the end of 2014, next year, on Monday, in the near future, in the outgoing year'), [
      'DATE:November 23', 'DATE:2012', 'DATE:end of 2014', 'DATE:next year', 'DATE:Monday', 'DATE:near future', 'DATE:outgoing year',
    ]);
  });
  it('a season after words is the verb, not a date (`this kind fall under`); `this fall` is one', () => {
    assert.deepEqual(ents('Decisions of this kind fall under the Commission. We meet this fall and next spring.'), ['DATE:this fall', 'DATE:next spring']);
  });
  it('numbers that are not years are not dates', () => {
    assert.deepEqual(ents('about 2000 troops and 1500 observers'), []);
  });
  it('the user\'s corrections win', () => {
    const found = findEntities('The Nord Stream pipeline starts in Russia. Download it.', {
      corrections: { add: [{ text: 'Nord Stream', type: 'ORG' }], reject: [{ text: 'Russia' }] },
    });
    assert.deepEqual(found.map((e) => `${e.type}:${e.text}:${e.source}`), ['ORG:Nord Stream:user']);
  });
});
