// One state's ministry called in several ways in one text is one body with one canonical name (ministries.ts).
// The sentences are written for these tests after blind-batch texts (a Georgian statement, Kyrgyz and Kazakh
// releases, a Phnom Penh report); the texts themselves are not in the repository.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';
import { ministryOf } from '../../src/core/entities/ministries';
import { quoteSpeakers } from './helpers';

/** `mention → canonical` of every organisation in `text`. */
function orgs(text: string): string[] {
  return findEntities(text)
    .filter((e) => e.type === 'ORG')
    .map((e) => `${e.text} → ${e.canonical}`);
}

describe('ministryOf', () => {
  it('reads the portfolio and the country, before or after the name', () => {
    assert.deepEqual(ministryOf('Georgian Foreign Ministry'), { portfolio: 'foreign', country: 'Georgia' });
    assert.deepEqual(ministryOf('Ministry of Foreign Affairs of the Republic of Kazakhstan'), { portfolio: 'foreign', country: 'Kazakhstan' });
    assert.deepEqual(ministryOf('Uzbekistan Foreign Ministry'), { portfolio: 'foreign', country: 'Uzbekistan' });
    assert.deepEqual(ministryOf('Kyrgyz MFA'), { portfolio: 'foreign', country: 'Kyrgyzstan' });
    assert.deepEqual(ministryOf('Ministry of Defence of Armenia'), { portfolio: 'defence', country: 'Armenia' });
  });
  it('gives no country for a name without one, and no ministry for other bodies', () => {
    assert.deepEqual(ministryOf('Ministry of Foreign Affairs and Trade'), { portfolio: 'foreign', country: null });
    assert.deepEqual(ministryOf('MFA'), { portfolio: 'foreign', country: null });
    assert.equal(ministryOf('Federal Foreign Office'), null);
    assert.equal(ministryOf('Ministry of Health'), null);
    assert.equal(ministryOf('Georgian Foreign Ministry of Ukraine'), null);
  });
});

describe('one ministry called in several ways', () => {
  const text =
    'The Georgian Foreign Ministry expresses concern at the decision. The Ministry of Foreign Affairs of Georgia reacted to the statement.\n\n' +
    'The MFA says: “This action represents an extreme form of escalation.”\n\nThe Foreign Ministry’s statement reads that “the reasons make this decision incomprehensible”.\n';
  it('has the fullest name the text writes for it', () => {
    assert.deepEqual(orgs(text), [
      'Georgian Foreign Ministry → Ministry of Foreign Affairs of Georgia',
      'Ministry of Foreign Affairs of Georgia → Ministry of Foreign Affairs of Georgia',
      'MFA → Ministry of Foreign Affairs of Georgia',
      'Foreign Ministry → Ministry of Foreign Affairs of Georgia',
    ]);
  });
  it('is the speaker of its quotations under that name', () => {
    assert.deepEqual(quoteSpeakers(text), ['Ministry of Foreign Affairs of Georgia', 'Ministry of Foreign Affairs of Georgia']);
  });
  it('keeps the gazetteer’s name when the gazetteer knows the ministry', () => {
    const russian = 'The Russian Ministry of Foreign Affairs announced the expulsion. Later the Foreign Ministry said more.\n';
    assert.deepEqual(orgs(russian), ['Russian Ministry of Foreign Affairs → Russian Foreign Ministry', 'Foreign Ministry → Russian Foreign Ministry']);
  });
  it('takes a name the text writes over one made from an owner in the possessive', () => {
    const kazakh = 'Kazakhstan’s Foreign Affairs Ministry summoned the ambassador. The Kazakh Foreign Ministry said the talks went well.\n';
    assert.deepEqual(orgs(kazakh), ['Foreign Affairs Ministry → Kazakh Foreign Ministry', 'Kazakh Foreign Ministry → Kazakh Foreign Ministry']);
  });
  it('gives a long name its owner in the possessive', () => {
    const cambodian = 'Koy Kuong of Cambodia’s Ministry of Foreign Affairs and International Cooperation spoke.\n';
    assert.ok(orgs(cambodian).includes('Ministry of Foreign Affairs and International Cooperation → Cambodian Ministry of Foreign Affairs and International Cooperation'));
  });
});

describe('a ministry named without its country', () => {
  it('is not one named only after it', () => {
    const text = 'According to the Foreign Ministry, talks are possible. Cameron, the head of the British Foreign Ministry, visited the islands.\n';
    assert.deepEqual(orgs(text), ['Foreign Ministry → Foreign Ministry', 'British Foreign Ministry → British Foreign Ministry']);
  });
  it('is not a ministry with a name of its own, nor is such a name another state’s plain ministry', () => {
    const text =
      'India’s Ministry of External Affairs summoned the envoy. The Foreign Office in Islamabad rejected the claim.\n\n' +
      'Ukraine’s Ministry of Foreign Affairs hosted the talks, the Ministry of Foreign Affairs and Trade in Budapest said.\n';
    const found = orgs(text);
    assert.ok(found.includes('Foreign Office → Foreign Office'), found.join('; '));
    assert.ok(found.includes('Ministry of Foreign Affairs and Trade → Ministry of Foreign Affairs and Trade'), found.join('; '));
  });
  it('of another portfolio stays apart', () => {
    const text = 'The Armenian Foreign Ministry protested. The Defence Ministry said the border was calm.\n';
    assert.deepEqual(orgs(text), ['Armenian Foreign Ministry → Armenian Foreign Ministry', 'Defence Ministry → Defence Ministry']);
  });
});
