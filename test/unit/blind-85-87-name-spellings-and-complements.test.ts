// Forms met in blind batches 85 to 87: names the gazetteer knows written another way (`Ferdinand Marcos Jr`
// without the dot, `Marcos Jr.` for the surname, `Moon Jae In` for Moon Jae-in), and a title's complement that
// names a body before its portfolio word (`Assistant Secretary for ASEAN Affairs Daniel Espiritu`). The sentences
// are written for these tests after the texts' own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';

const people = (text: string): string[] => findEntities(text).filter((e) => e.type === 'PERSON').map((e) => `${e.text} = ${e.canonical}`);

describe('a generational suffix', () => {
  it('without its dot is still the person', () => {
    assert.deepEqual(people('President Ferdinand Marcos Jr emphasized that all parties must act.'), ['Ferdinand Marcos Jr = Ferdinand Marcos Jr.']);
  });
  it('after the surname alone is the person named in full before', () => {
    assert.deepEqual(people('Ferdinand Marcos Jr. spoke first. Marcos Jr added that talks go on, and Marcos Jr. left.'), [
      'Ferdinand Marcos Jr. = Ferdinand Marcos Jr.',
      'Marcos Jr = Ferdinand Marcos Jr.',
      'Marcos Jr. = Ferdinand Marcos Jr.',
    ]);
  });
});

describe('a Korean given name in two capitalised words', () => {
  it('is the name with a hyphen', () => {
    assert.deepEqual(people("South Korea's new president Moon Jae In strongly condemned the launch."), ['Moon Jae In = Moon Jae-in']);
  });
  it('is only made for names that give the family name first', () => {
    assert.deepEqual(people('Ban Ki Moon met Moon Jae-in.'), ['Ban Ki Moon = Ban Ki-moon', 'Moon Jae-in = Moon Jae-in']);
  });
});

describe("a title's complement with a body and a portfolio word", () => {
  it('ends before the name', () => {
    assert.deepEqual(people('At a briefing, DFA Assistant Secretary for ASEAN Affairs Daniel Espiritu was asked about the map.'), ['Daniel Espiritu = Daniel Espiritu']);
  });
  it('a body alone still ends it', () => {
    assert.deepEqual(people('The Ambassador to the United Nations Linda Thomas-Greenfield spoke.'), ['Linda Thomas-Greenfield = Linda Thomas-Greenfield']);
  });
});
