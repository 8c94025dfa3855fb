// Forms met in blind batches 85 to 88: names the gazetteer knows written another way (`Ferdinand Marcos Jr`
// without the dot, `Marcos Jr.` for the surname, `Moon Jae In` for Moon Jae-in), and a title's complement that
// names a body before its portfolio word (`Assistant Secretary for ASEAN Affairs Daniel Espiritu`). The sentences
// are written for these tests after the texts' own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';
import { peopleFound } from './helpers';

const people = peopleFound;

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

describe('features of the South China Sea', () => {
  it('are places by their Philippine names too', () => {
    const places = findEntities('Chinese vessels blocked a resupply to Ayungin Shoal, then rammed a ship at Escoda Shoal near Mischief Reef.')
      .filter((e) => e.type === 'LOC')
      .map((e) => `${e.text} = ${e.canonical}`);
    assert.deepEqual(places, ['Ayungin Shoal = Second Thomas Shoal', 'Escoda Shoal = Sabina Shoal', 'Mischief Reef = Mischief Reef']);
  });
});

describe('the OSCE monitoring mission', () => {
  it('is named in full without OSCE, and by its acronym', () => {
    const orgs = findEntities('The Special Monitoring Mission to Ukraine (SMM) closed. The SMM had 1,300 members.').filter((e) => e.type === 'ORG');
    assert.deepEqual(orgs.map((e) => e.text), ['Special Monitoring Mission to Ukraine', 'SMM', 'SMM']);
    assert.ok(orgs.every((e) => e.canonical === 'OSCE Special Monitoring Mission to Ukraine'));
  });
});

describe('an acronym the gazetteer reads as another body', () => {
  const orgs = (text: string): string[] => findEntities(text).filter((e) => e.type === 'ORG').map((e) => `${e.text} = ${e.canonical}`);
  it('is the body the text named before with those initials', () => {
    assert.deepEqual(orgs("Sudan's Rapid Support Forces attacked El-Fasher. The RSF denied it."), ['Rapid Support Forces = Rapid Support Forces', 'RSF = Rapid Support Forces']);
  });
  it("is the gazetteer's body when the text names no other", () => {
    assert.deepEqual(orgs('Press freedom fell, RSF said in its annual index.'), ['RSF = Reporters Without Borders']);
  });
  it("is the gazetteer's body when that body's own name spells it", () => {
    assert.deepEqual(orgs('The African Unity Forum met. The AU said it would send envoys.'), ['African Unity Forum = African Unity Forum', 'AU = African Union']);
  });
});

describe('the words around a reporting verb', () => {
  it('ending in `Administration` are a body, no person', () => {
    assert.deepEqual(people('They have included kidnapping. The U.S. Drug Enforcement Administration believes they have also done it.'), []);
  });
  it('a known person and a known place after the verb are two names', () => {
    const found = findEntities('Putin tells Macron Russia is ready to continue dialogue').map((e) => `${e.text} = ${e.type}`);
    assert.deepEqual(found, ['Putin = PERSON', 'Macron = PERSON', 'Russia = GPE']);
  });
  it('a name whose last word is also a place stays one name', () => {
    assert.deepEqual(people('Putin told Jordan Peterson nothing.'), ['Putin = Vladimir Putin', 'Jordan Peterson = Jordan Peterson']);
  });
});

describe('common English given names', () => {
  it('open a name with no title or verb around it', () => {
    assert.deepEqual(people('Amy Goodman and Juan González host the show.'), ['Amy Goodman = Amy Goodman', 'Juan González = Juan González']);
  });
});

describe("a title's portfolio cut by the walk back from a verb", () => {
  it('is no part of the name after it', () => {
    assert.deepEqual(people('Singapore Minister for Foreign Affairs K. Shanmugam told reporters.'), ['K. Shanmugam = K. Shanmugam']);
    assert.deepEqual(people('Appearing before the committee, the minister of state for International Cooperation said it.'), []);
  });
});

describe('a byline before a dateline', () => {
  it('ends at its line: the dateline’s place is no part of the writer’s name', () => {
    const found = findEntities('Ministers meet\nBy Kim Seung-yeon\n\nSEOUL, Oct. 24 (Yonhap) -- The ministers met.').map((e) => `${e.text} = ${e.type}`);
    assert.deepEqual(found.slice(0, 2), ['Kim Seung-yeon = PERSON', 'SEOUL = GPE']);
  });
});

describe('a byline whose name has a shape of its own', () => {
  it('keeps the writer from speaking (`By Kim Seung-yeon`, a Korean name with a hyphen)', () => {
    const text =
      "S. Korea's nuclear envoy says ties evolving into 'full-scale collusion'\n\nBy Kim Seung-yeon\n\n" +
      'SEOUL, Oct. 24 (Yonhap) -- South Korea\'s chief nuclear envoy Cho Koo-rae has said the ties are "irreversible."\n';
    const found = findEntities(text).find((e) => e.text === 'Kim Seung-yeon');
    assert.equal(found?.source, 'byline');
  });
});
