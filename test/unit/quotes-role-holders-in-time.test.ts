// `the minister` after a text that names the foreign minister and, nearer, Putin: Putin is no subject when he is the
// object of a preposition (`in view of Putin's delaying tactics`), and in a dated article he holds only the roles
// he held that year (a president in 2024, not the prime minister he was); one the text introduces with the role
// comes first. Sentences written after a release of Spain's foreign ministry met in blind batch 81.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteSpeakers } from './helpers';

const QUOTE = '‘Our position is one of solidarity,’ the minister reiterated.\n';

describe('a role after a person named in passing', () => {
  it('a name after a preposition is no subject, even after `, and`', () => {
    const text =
      'Spain on sanctions\n\nThe Minister for Foreign Affairs, José Manuel Albares, defended on Monday the need to approve sanctions.\n\n' +
      `The war goes on. In this context, and in view of Putin's delaying tactics, Spain advocates greater pressure on Russia.\n\n${QUOTE}`;
    assert.deepEqual(quoteSpeakers(text), ['José Manuel Albares']);
  });
  it('in a dated article, the gazetteer’s roles count only in the years they were held', () => {
    // Neither is introduced as a minister here: only the gazetteer's roles tell.
    const body = 'José Manuel Albares defended on Monday the need to approve sanctions.\n\nThe war goes on. Putin rejected peace proposals and continues the war.\n\n';
    assert.deepEqual(quoteSpeakers(`Spain on sanctions\n\nMADRID, March 3, 2024\n\n${body}${QUOTE}`), ['José Manuel Albares']);
    // In 2010 Putin was Russia's prime minister: a minister too, and the nearer.
    assert.deepEqual(quoteSpeakers(`Spain on sanctions\n\nMADRID, March 3, 2010\n\n${body}${QUOTE}`), ['Vladimir Putin']);
  });
  it('the one the text introduces as a minister comes before one who was a minister by the gazetteer only', () => {
    const body = 'The Minister for Foreign Affairs, José Manuel Albares, defended on Monday the need to approve sanctions.\n\nThe war goes on. Putin rejected peace proposals and continues the war.\n\n';
    assert.deepEqual(quoteSpeakers(`Spain on sanctions\n\nMADRID, March 3, 2010\n\n${body}${QUOTE}`), ['José Manuel Albares']);
  });
});
