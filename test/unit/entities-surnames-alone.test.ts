// A person named by surname alone: after the full name the gazetteer knows without a surname of its own (`Vjosa
// Osmani`, `Ine Eriksen Søreide`), and someone the text only ever names by one word that speaks (`Mumbengegwi said`).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { personMentions } from './helpers';

const people = personMentions;

describe('the surname alone of a person the gazetteer knows', () => {
  it('is that person where the text names them in full, though the gazetteer lists it for no one alone', () => {
    assert.deepEqual(people('President Vjosa Osmani said it. Osmani said more.'), ['Vjosa Osmani', 'Osmani=Vjosa Osmani']);
    assert.deepEqual(people('Foreign Minister Ine Eriksen Søreide spoke. Søreide told NTB news after the meeting.'), ['Ine Eriksen Søreide', 'Søreide=Ine Eriksen Søreide']);
    assert.deepEqual(people('President Rodrigo Chaves met envoys. Chaves said it was fine.'), ['Rodrigo Chaves', 'Chaves=Rodrigo Chaves']);
  });
  it('not the given name of a name written family name first', () => {
    assert.deepEqual(people('Foreign Minister Wang Yi said it. Wang said more. Yi did not.'), ['Wang Yi', 'Wang=Wang Yi']);
  });
  it('not without the full name', () => {
    assert.deepEqual(people('Osmani said more.'), []);
  });
});

describe('someone named by one word only', () => {
  const text =
    'Zimbabwe rebukes envoys\n\nWhat began as a normal brief to diplomats ended with Mumbengegwi shouting at the German ambassador.\n\n' +
    'Mumbengegwi said the sanctions were illegal. In reply Mumbengegwi in a loud voice challenged the envoy.';
  it('is a person when the word speaks and the text capitalises it inside a sentence', () => {
    assert.deepEqual(people(text), ['Mumbengegwi', 'Mumbengegwi', 'Mumbengegwi']);
  });
  it('not a word capitalised only at a sentence start, nor one the text also writes in lower case', () => {
    assert.deepEqual(people('Talks\n\nAnalysts said the talks failed. Analysts told reporters more.'), []);
    assert.deepEqual(people('Talks\n\nStatement said it. The Statement of the ministry said more, and its statement was long.'), []);
  });
  it('not after `the` or inside a longer name, nor another spelling of a name in the text', () => {
    assert.deepEqual(people('Kenya\n\nMacharia spoke to the Star. Star said the envoys left.'), []);
    assert.deepEqual(people('Talks\n\nForeign Minister Israel Katz spoke. Later Kantz said it again, and Kantz left.'), ['Israel Katz']);
  });
});

describe('review of the one-word rules', () => {
  it('a word written in lower case inside another word does not count (`strike` holds `rike`)', () => {
    const text = 'Talks\n\nThe talks stalled after a strike. Later, Rike said the offer stood, and officials met Rike again.';
    assert.deepEqual(people(text), ['Rike', 'Rike']);
  });
  it('reads only the text near the verb: the same word far away in another article is not taken', () => {
    const far = ' Filler sentence about trade.'.repeat(200);
    const text = `Talks\n\nLater, Rike said the offer stood, and officials met Rike again.${far}\n\nThe rike of the river was high. Rike said nothing.`;
    assert.deepEqual(people(text), ['Rike', 'Rike']);
  });
});
