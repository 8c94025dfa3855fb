// Names the blind batches met often that the engine missed: the social platform X written as one capital letter;
// bodies the gazetteer lacked (`Parliament` alone, `M23`); countries named by an epithet (`the North`); events
// with their number (`the 46th ASEAN Summit`); and accords of ASEAN and the South China Sea.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';

const orgs = (text: string): string[] => findEntities(text).filter((e) => e.type === 'ORG').map((e) => `${e.text} = ${e.canonical}`);

describe('X, the platform', () => {
  it('is an organisation where a post, an account or `on` says it is the platform', () => {
    assert.deepEqual(orgs('“We will not yield,” he wrote on X.'), ['X = X']);
    assert.deepEqual(orgs('The ministry said in a post on the social media platform X that the envoy was summoned.'), ['X = X']);
    assert.deepEqual(orgs('He shared it on his X account.'), ['X = X']);
    assert.deepEqual(orgs('The embassy posted on Facebook and X (formerly Twitter).'), ['Facebook = Facebook', 'X = X', 'Twitter = Twitter']);
  });
  it('is no organisation in a name or a numbering', () => {
    assert.deepEqual(orgs('Malcolm X spoke of Article X of the charter.'), []);
    assert.deepEqual(orgs('Plan X failed.'), []);
  });
});

describe('bodies named alone', () => {
  it('`Parliament` is the legislature, as `Senate` is', () => {
    assert.deepEqual(orgs('The bill now goes to Parliament, where the Senate must also vote.'), ['Parliament = Parliament', 'Senate = Senate']);
  });
  it('the M23 is an armed group under each of its names', () => {
    assert.deepEqual(orgs('Talks between Kinshasa and the AFC/M23 resumed; M23 rebels hold Goma.'), ['AFC/M23 = M23', 'M23 = M23']);
  });
});

describe('a country named by an epithet', () => {
  const places = (text: string): string[] => findEntities(text).filter((e) => e.type === 'GPE').map((e) => `${e.text} = ${e.canonical}`);
  it('`the North` and `the South` of a text about the Koreas', () => {
    assert.deepEqual(places('North Korea fired a missile. The North’s leader rejected talks with the South.'), [
      'North Korea = North Korea',
      'North = North Korea',
      'South = South Korea',
    ]);
  });
  it('is no place where the text names no such country, nor the first word of a longer name', () => {
    assert.deepEqual(places('Fighting spread to the North of the country.'), []);
    assert.deepEqual(places('North Korea warned allies in the North Atlantic and the South China Sea.'), ['North Korea = North Korea']);
  });
  it('`the Islamic Republic` is Iran, as a place and not a nationality word', () => {
    assert.deepEqual(places('Iran rejected the charge. The Islamic Republic will respond.'), ['Iran = Iran', 'Islamic Republic = Iran']);
  });
  it('not `the Kingdom`, which the annotators leave untagged', () => {
    assert.deepEqual(places('Saudi Arabia hosted the talks. The Kingdom is committed to peace.'), ['Saudi Arabia = Saudi Arabia']);
  });
});

describe('numbered events and named accords', () => {
  const typed = (text: string, type: string): string[] => findEntities(text).filter((e) => e.type === type).map((e) => e.text);
  it('an event’s ordinal or year is part of its name, and the year no date of its own', () => {
    const text = 'Leaders met at the 46th ASEAN Summit in Kuala Lumpur, as fans did at the 2022 FIFA World Cup.';
    assert.deepEqual(typed(text, 'EVENT'), ['46th ASEAN Summit', '2022 FIFA World Cup']);
    assert.deepEqual(typed(text, 'DATE'), []);
  });
  it('ASEAN’s Five-Point Consensus and the South China Sea code are accords (LAW)', () => {
    const text = 'Myanmar must adhere to the Five-Point Consensus (5PC), and talks on the Code of Conduct go on.';
    assert.deepEqual(typed(text, 'LAW'), ['Five-Point Consensus', '5PC', 'Code of Conduct']);
  });
});
