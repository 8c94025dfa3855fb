// Blind batch 46's Jamaican and Algerian reports: a role that a relative clause gives the person before it is
// that person's (`Mia Mottley, who is also Prime Minister of Barbados expressed that “…”`); `charged` reports speech;
// a cue inside a relative clause (`…, which France said was …, as “…”`) reports the clause only; `Protesters
// called him a "fascist"` is someone unnamed. After the batch.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';

const LEAD = 'CARICOM\n\nPrime Minister Dr Andrew Holness has reaffirmed Jamaica’s strong support for Haiti. “We must reignite it,” Holness said.\n\n';

describe('a role in a relative clause after a name', () => {
  it('is the named person’s', () => {
    const text = `${LEAD}Meanwhile, outgoing CARICOM Chair Mia Mottley, who is also Prime Minister of Barbados expressed that “the world really needs a check on itself when it comes to Haiti”.`;
    assert.deepEqual(
      analyze(text).quotes.map((q) => q.speaker?.name),
      ['Andrew Holness', 'Mia Mottley'],
    );
  });

  it('leaves a cue that names a person of its own to that person', () => {
    const text = `${LEAD}Meanwhile, Mia Mottley, who is the chair, listened as Prime Minister Andrew Holness stressed that “the world needs a check on itself”.`;
    assert.equal(analyze(text).quotes[1].speaker?.name, 'Andrew Holness');
  });
});

describe('`charged`', () => {
  it('reports speech after a quotation', () => {
    const text = `${LEAD}Outgoing CARICOM Chair Mia Mottley spoke next.\n\n“In Haiti, more people were killed last year than in any other country on Earth,” Mottley charged.`;
    assert.equal(analyze(text).quotes[1].speaker?.name, 'Mia Mottley');
  });
});

describe('a cue inside a relative clause before a quotation', () => {
  it('reports the clause only: the cue before the clause gives the speaker', () => {
    const text =
      'Algeria recalls ambassador\n\nAlgeria’s foreign ministry described the move, which France said was in response to Maghreb governments’ refusal to take back illegal migrants sent home by Paris, as a “unilateral decision of the French government”.';
    assert.equal(analyze(text).quotes[0].speaker?.name, 'Algerian Foreign Ministry');
  });

  it('is still the cue when no comma closes the clause before the quotation', () => {
    const text = 'Talks\n\nThe minister met the envoy, which France said was “a useful step”.';
    assert.equal(analyze(text).quotes[0].speaker?.name, 'France');
  });
});

describe('people in the plural that open a sentence (`Protesters called him a "fascist"`)', () => {
  it('speak unnamed: the quotation is direct, its speaker unknown, and no name is made of the word', () => {
    const text = 'Poland\n\nThe ambassador laid a wreath. Protesters called him a "fascist" before the police came.';
    assert.deepEqual(
      analyze(text).quotes.map((q) => [q.kind, q.speaker]),
      [['direct', null]],
    );
  });

  it('leave a quotation after them to no earlier speaker', () => {
    const text = 'Poland\n\n"We came in peace," Ambassador Sergey Andreyev said.\n\n"Go home," Demonstrators said.';
    assert.deepEqual(
      analyze(text).quotes.map((q) => [q.kind, q.speaker?.name ?? null]),
      [
        ['direct', 'Sergey Andreyev'],
        ['direct', null],
      ],
    );
  });
});
