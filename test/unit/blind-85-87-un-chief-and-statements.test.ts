// Forms met in blind batches 85, 87 and 89: the UN's Secretary-General called `the UN chief` or `the head of the
// United Nations` (not a paramilitary chief named before); a statement from a person's role, which speaks for that
// person; a quotation inside a quotation after `I told them,`, the speaker's own words; a spokesman no one is named
// as, who speaks for the organisation named last. The sentences are written for these tests after the texts' own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { quoteSpeakers } from './helpers';

describe('the UN chief', () => {
  it('is the Secretary-General named before, not a chief named before', () => {
    const text =
      'Sudan\n\nThe AU called on paramilitary chief Mohamed Hamdan Dagalo to stop.\n\n' +
      'United Nations Secretary-General António Guterres condemned the fighting. His spokesperson said that the UN chief called for the clashes "to immediately come to an end."\n';
    assert.deepEqual(quoteSpeakers(text), ['António Guterres']);
  });
  it('`the head of the United Nations` is the Secretary-General in office when no one is named', () => {
    const text = 'Ukraine\n\nAmid the war, "we cannot afford to lose the current, fragile diplomatic momentum", the head of the United Nations told the Security Council today.\n';
    assert.deepEqual(quoteSpeakers(text), ['António Guterres']);
  });
});

describe('a statement from a role', () => {
  it('is the words of the one who holds the role', () => {
    const text =
      'Sudan\n\nUnited Nations Secretary-General António Guterres condemned the fighting.\n\n' +
      '"The Secretary-General calls on the leaders to cease hostilities," the statement from the UN chief read.\n';
    assert.deepEqual(quoteSpeakers(text), ['António Guterres']);
  });
  it('a statement from a body is still the body’s', () => {
    const text = 'Sudan\n\nThe African Union met on Sunday.\n\n"The Commission calls for calm," the statement from the African Union read.\n';
    assert.deepEqual(quoteSpeakers(text), ['African Union']);
  });
});

describe('a quotation inside a quotation', () => {
  const kinds = (text: string): string[] => analyze(text).quotes.map((q) => `${q.kind} ${q.speaker?.name ?? null}`);
  it('after `I told them,` is the words of the one quoted', () => {
    const text = `Deal\n\n"We announced it to the world. I told them, 'God willing, I will visit Ethiopia and Somalia next year'," added Erdogan.\n`;
    assert.deepEqual(kinds(text), ['direct Recep Tayyip Erdoğan', 'direct Recep Tayyip Erdoğan']);
  });
  it('a word in quotation marks with no such cue stays a scare quote', () => {
    const text = `Deal\n\n"They call it a 'reset', but we disagree," Erdogan said.\n`;
    assert.deepEqual(kinds(text), ['direct Recep Tayyip Erdoğan', 'scare null']);
  });
});

describe('a presidential press service', () => {
  it('is the presidency of the country it names, not a body named in the quotation', () => {
    const text = 'Talks\n\nPutin spoke to Macron on Tuesday.\n\n"It was stressed that the EU member-countries ignore war crimes," the Russian presidential press-service said in a statement.\n';
    assert.deepEqual(quoteSpeakers(text), ['Russian Presidency']);
  });
});

describe('a spokesman no one is named as', () => {
  it('speaks for the organisation named last, up to four paragraphs back', () => {
    const text =
      'China\n\nBeijing-The Chinese Foreign Ministry rejected statements by U.S. officials.\n\nThe spokesman stressed that ties are based on cooperation.\n\n' +
      'It has nothing to hide.\n\n“Who sees Latin America as a backyard?” the spokesman asked.\n';
    assert.deepEqual(quoteSpeakers(text), ['Chinese Foreign Ministry']);
  });
  it('is the one named, when someone is', () => {
    const text = 'China\n\nThe Chinese Foreign Ministry held a briefing. Spokesman Lin Jian took questions.\n\n“We reject it,” the spokesman said.\n';
    assert.deepEqual(quoteSpeakers(text), ['Lin Jian']);
  });
});
