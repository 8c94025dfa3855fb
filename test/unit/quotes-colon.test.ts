// A quotation after a colon that ends a clause with a person as its subject and no reporting verb (colon.ts).

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { colonCue } from '../../src/core/quotes/colon';
import { quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;

describe('a colon at the end of a clause before a quotation', () => {
  it('gives the quotation to the clause’s subject, a pronoun or a person', () => {
    assert.deepEqual(
      speakers('Minister speaks\n\nForeign Minister José Manuel Albares spoke in New York. While Albares did not respond to this proposal, he made his position clear: "With Mexico and any other country, we will defend our institutions."'),
      ['José Manuel Albares'],
    );
    assert.deepEqual(speakers('Talks\n\nChinese Foreign Minister Wang Yi made the point twice: "Dialogue is the only way forward."'), ['Wang Yi']);
  });
  it('finds the clause after a comma or a conjunction, with the pronoun as its subject', () => {
    const cue = colonCue('The talks ended late, and she gave her view: ');
    assert.deepEqual(cue?.subject, { start: 26, end: 29, text: 'she', kind: 'pronoun' });
  });
  it('gives none when no person is the subject, or a sentence ends before the colon', () => {
    assert.deepEqual(speakers('Talks\n\nSergei Lavrov arrived. On the subject: "From Hell" is the headline.'), [null]);
    assert.deepEqual(speakers('Talks\n\nSergei Lavrov arrived. The agenda was clear: "security first".'), [null]);
    assert.equal(colonCue('He arrived. Then: '), null);
    assert.equal(colonCue('he made his position clear'), null);
  });
});
