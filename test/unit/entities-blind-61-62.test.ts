// Entities from blind batches 61 and 62: airlines and broadcasters, a person before `the presidential
// spokesperson`, a title before an initial, Afghan titles, an opening `THE` in capitals, South Sudan's SPLM, and a
// place's name that is the surname of a person named in full.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';

const entities = (text: string): string[] => analyze(text).entities.map((e) => `${e.type} ${e.text}${e.canonical === e.text ? '' : ` =${e.canonical}`}`);

describe('organisation heads', () => {
  it('airlines and broadcasters are organisations, not people', () => {
    assert.deepEqual(entities('Etihad Airways said the flights would resume. Qatar Airways and Turkish Airlines agreed, CPN Radio reported.'), [
      'ORG Etihad Airways',
      'ORG Qatar Airways',
      'ORG Turkish Airlines',
      'ORG CPN Radio',
    ]);
  });
});

describe('titles', () => {
  it('a title before an initial is no part of the name', () => {
    assert.deepEqual(entities('President V. Zelenskiy said it. The daughter of John F. Kennedy spoke.'), ['PERSON V. Zelenskiy', 'PERSON John F. Kennedy']);
  });
  it('Afghan titles and a mission head’s title stand before the name', () => {
    assert.deepEqual(entities('Mullah Abdul Ghani Baradar met Mawlawi Abdul Salam Hanafi.'), ['PERSON Abdul Ghani Baradar', 'PERSON Abdul Salam Hanafi']);
    assert.deepEqual(entities('Acting Head of Mission Kuliniasi Seru Savou said it.'), ['PERSON Kuliniasi Seru Savou']);
    // A name the title is part of stays whole.
    assert.deepEqual(entities('Mullah Omar led the movement.'), ['PERSON Mullah Omar']);
  });
  it('an adjective of whom the role serves, in an apposition, says the name is a person’s', () => {
    assert.deepEqual(entities('Bayo Onanuga, the presidential spokesperson, announced that flights would resume.'), ['PERSON Bayo Onanuga']);
  });
});

describe('names the gazetteer knows', () => {
  it('South Sudan’s SPLM-IO, the Islamic Emirate, `Lanka`', () => {
    assert.deepEqual(entities('The Sudan People’s Liberation Movement-in-Opposition (SPLM-IO) rejected the talks.'), [
      "ORG Sudan People’s Liberation Movement-in-Opposition =Sudan People's Liberation Movement-in-Opposition",
      "ORG SPLM-IO =Sudan People's Liberation Movement-in-Opposition",
    ]);
    assert.deepEqual(entities('Officials of the Islamic Emirate met envoys from Lanka.'), ['GPE Islamic Emirate =Afghanistan', 'GPE Lanka =Sri Lanka']);
  });
  it('`THE` in capitals opening a sentence is no part of a name', () => {
    assert.deepEqual(entities('THE Department of Foreign Affairs (DFA) summoned the envoy.'), ['ORG Department of Foreign Affairs', 'ORG DFA =Department of Foreign Affairs']);
  });
});

describe('a place’s name that is the surname of a person named in full', () => {
  it('is the person where a reporting verb or a courtesy title says so, else the place', () => {
    assert.deepEqual(entities('Prime Minister Joseph Muscat met Libyan leaders. Muscat said the talks were useful, Mr Muscat told reporters. The capital Muscat hosted talks.'), [
      'PERSON Joseph Muscat',
      'NORP Libyan',
      'PERSON Muscat =Joseph Muscat',
      'PERSON Muscat =Joseph Muscat',
      'GPE Muscat',
    ]);
    assert.deepEqual(entities('Officials in Muscat said the talks were useful.'), ['GPE Muscat']);
  });
});

describe('a place after a preposition', () => {
  it('stays the place even when a reporting verb follows and a person of that surname is named', () => {
    assert.deepEqual(entities('Prime Minister Joseph Muscat met them. Officials in Muscat said the talks were useful.'), ['PERSON Joseph Muscat', 'GPE Muscat']);
  });
});

describe('a fleet', () => {
  it('is an organisation with the sea it is named after, and the sea alone stays a place', () => {
    assert.deepEqual(entities('Russia’s Black Sea Fleet moved ships. The fleet left the Black Sea.'), ['GPE Russia', 'ORG Black Sea Fleet', 'LOC Black Sea']);
  });
});
