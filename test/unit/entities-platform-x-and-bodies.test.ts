// The social platform X, written as one capital letter, and bodies the blind batches named often that the
// gazetteer lacked: `Parliament` alone, and armed groups of the Great Lakes and Mozambique (`M23`, `Renamo`).

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
