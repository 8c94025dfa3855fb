// A given name the gazetteer lacks before a surname it knows (givennames.ts): one mention of the person, or of
// someone else with the same surname.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';

const people = (text: string): string[] => findEntities(text).filter((e) => e.type === 'PERSON').map((e) => `${e.text}→${e.canonical}`);

describe('a capitalised word before a surname the gazetteer knows', () => {
  it('is the person’s given name when the name holds it or nearly spells it, also opening a sentence', () => {
    assert.deepEqual(people('Amir Abdollahian and his Ukrainian counterpart spoke by phone.'), ['Amir Abdollahian→Hossein Amir-Abdollahian']);
    assert.deepEqual(people('Talks ended. Dmytry Kuleba thanked Iran for its stance.'), ['Dmytry Kuleba→Dmytro Kuleba']);
  });
  it('names someone else with the same surname otherwise', () => {
    assert.deepEqual(people('The airport is named after Jomo Kenyatta, the first president.'), ['Jomo Kenyatta→Jomo Kenyatta']);
  });
  it('is no given name when it is a title, a date, a nationality, a title’s complement or within a longer name', () => {
    assert.deepEqual(people('On Monday Kuleba spoke.'), ['Kuleba→Dmytro Kuleba']);
    assert.deepEqual(people('Ukrainian Kuleba spoke.'), ['Kuleba→Dmytro Kuleba']);
    assert.deepEqual(people('Minister Kuleba spoke.'), ['Kuleba→Dmytro Kuleba']);
    assert.deepEqual(people('He met Secretary of State Kerry.'), ['Kerry→John Kerry']);
    assert.deepEqual(people('He met Prez Biden.'), ['Biden→Joe Biden']);
    assert.ok(!people('Ambassador Sergey Ivanovich Kislyak arrived.').some((p) => p.startsWith('Ivanovich')));
  });
  it('leaves a surname that is an ordinary word alone', () => {
    assert.deepEqual(people('It was about Real Power in the region.'), []);
  });
});
