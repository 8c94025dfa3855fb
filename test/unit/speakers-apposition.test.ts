import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';

const speakers = (text: string): (string | null)[] => analyze(text).quotes.map((q) => q.speaker?.name ?? null);

describe('a pronoun after a name in apposition to a role', () => {
  it('goes to the name set off after the role, not to an earlier speaker of the same gender', () => {
    const text =
      'British Ambassador Barbara Woodward welcomed the extension. “UNMISS remains a lifeline,” she said.\n\n' +
      'South Sudan’s ambassador, Cecilia Adeng Nyok, thanked council members. “We are ready,” she said.';
    assert.deepEqual(speakers(text), ['Barbara Woodward', 'Cecilia Adeng Nyok']);
  });
  it('leaves a name in a list after a verb as it was: not the subject', () => {
    const text = 'Sergei Lavrov met John Kerry and Wang Yi. “The talks were useful,” he said.';
    assert.deepEqual(speakers(text), ['Sergei Lavrov']);
  });
});
