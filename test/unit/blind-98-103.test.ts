// Forms met in blind batches 98–103: speakers and names.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';
import { quoteSpeakers } from './helpers';

const people = (text: string): string[] => findEntities(text).filter((e) => e.type === 'PERSON').map((e) => `${e.text} = ${e.canonical}`);

describe('a two-word name whose given name no list holds, then its surname as a speaker', () => {
  const text =
    'Ukraine is confident that it will overcome Hungarian resistance, the head of its Mission to the EU said.\n\n' +
    'Vselovod Chentsov came into our studio in Brussels for an exclusive interview.\n\n' +
    "'We're fighting to stop this war first of all,' Chentsov said.\n\n" +
    "Chentsov said he was confident that Washington would 'stick to its word'.\n";

  it('is a person, and the surname is that person', () => {
    assert.deepEqual(people(text), ['Vselovod Chentsov = Vselovod Chentsov', 'Chentsov = Vselovod Chentsov', 'Chentsov = Vselovod Chentsov']);
  });

  it('speaks the quotations its surname is cued with', () => {
    assert.deepEqual(quoteSpeakers(text), ['Vselovod Chentsov', 'Vselovod Chentsov']);
  });

  it('is no name when the first word is a participle or an adverb opening the sentence', () => {
    for (const opening of ['Meeting', 'Surprisingly']) {
      assert.deepEqual(people(text.replace('Vselovod Chentsov came', `${opening} Chentsov was`)), []);
    }
  });

  it('is no name when the text also writes the first word in lower case', () => {
    const lower = text.replace('Vselovod Chentsov came into our studio', 'Reporters Chentsov came into our studio, reporters say,');
    assert.deepEqual(people(lower), []);
  });

  it('is no name after a word that joins a name (`the`, `of`)', () => {
    const joined = text.replace('Vselovod Chentsov came', 'The envoy of Vselovod Chentsov came');
    assert.ok(!people(joined).some((p) => p.startsWith('Vselovod')));
  });
});
