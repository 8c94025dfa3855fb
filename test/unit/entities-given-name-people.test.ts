// A common given name before a surname makes a person wherever it stands (`Alice Wells`, `Tor Wennesland`), with
// no title or reporting verb next to it; not a body, a place or a law that opens with one, nor a title-case line.
// Sentences from the blind batches' Pakistani, Middle East, Balkan and Pacific copy.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import givenNames from '../../src/core/entities/data/given-names.json';
import { analyze } from '../../src/core/analyze';

const people = (text: string): string[] => analyze(text).entities.filter((e) => e.type === 'PERSON').map((e) => `${e.text} → ${e.canonical}`);

describe('a common given name before a surname', () => {
  it('is a person wherever the name stands, and the surname alone is the same person later', () => {
    assert.deepEqual(
      people('Talks\n\nSenior State Department official Alice Wells earlier this week visited Islamabad. Wells met the army chief.'),
      ['Alice Wells → Alice Wells', 'Wells → Alice Wells'],
    );
    assert.deepEqual(people('Gaza\n\nThe briefing was given by Tor Wennesland on Monday, and Marko Djuric attended.'), [
      'Tor Wennesland → Tor Wennesland',
      'Marko Djuric → Marko Djuric',
    ]);
  });

  it('is not a body, a place, a law or a meeting that opens with one', () => {
    assert.deepEqual(people('Caracas\n\nStudents of Simon Bolivar University marched to Nelson Mandela Square near Jan Smuts Avenue.'), []);
  });

  it('is not read in a title-case headline, where every word is capitalised', () => {
    const text = 'Alice Wells Visits Islamabad Amid Tensions\n\nThe US official met the foreign secretary on Tuesday.';
    assert.deepEqual(people(text), []);
  });

  it('does not start inside a run of capitals that a word off the list opens', () => {
    assert.deepEqual(people('Concert\n\nThe sarod player performed at the Kennedy Center with Ustad Amjad Ali Khan.').filter((p) => p.startsWith('Ali')), []);
  });
});

describe('the list of given names', () => {
  const names: string[] = givenNames;
  it('holds each name once, capitalised, with no spaces', () => {
    assert.equal(new Set(names).size, names.length);
    for (const n of names) assert.match(n, /^\p{Lu}[\p{L}'’-]+$/u, n);
  });
  it('holds no English word, place or title that opens other names', () => {
    const words = ['Will', 'Mark', 'Bill', 'Frank', 'Grace', 'Hope', 'May', 'June', 'August', 'Jordan', 'Georgia', 'Victoria', 'Israel', 'Chad', 'King', 'Prince', 'Sultan', 'Sheikh', 'Emir', 'General', 'Major', 'Justice', 'Peace', 'Washington', 'Lincoln', 'Paris', 'Al', 'Abu', 'Bin'];
    for (const w of words) assert.ok(!names.includes(w), w);
  });
});
