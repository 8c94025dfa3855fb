// Who speaks where copy puts a comma alone between a name and its verb, where a place of two words owns the role
// after a verb (`said North Macedonia's Foreign Minister, Bujar Osmani`), where `according to` is an aside between
// a subject and its verb, and where a name follows a body and a role in capitals. Sentences from the Latvian,
// Albanian, Pakistani and Tehran copy of blind batches 29 and 31.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { quoteKindsAndSpeakers } from './helpers';

const quotes = quoteKindsAndSpeakers;

describe('a comma alone between a name and its verb', () => {
  it('still makes the name the subject', () => {
    const text = 'Vilnius talks\n\nThe Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis, said:\n“Russia’s military aggression against Ukraine deepens the humanitarian crisis.”';
    assert.deepEqual(quotes(text), ['direct:Gabrielius Landsbergis']);
  });
  it('not where the comma ends a phrase and a quotation stands before the verb', () => {
    const text =
      'Belgrade visit\n\nForeign Minister Annalena Baerbock arrived on Thursday.\n\n' +
      'Like Germany, “Serbia has always attached importance to a clear EU course,” said Baerbock. “But that’s why clear words are now required.”';
    assert.deepEqual(quotes(text), ['direct:Annalena Baerbock', 'direct:Annalena Baerbock']);
  });
});

describe('a role owned by a place of two words, after the verb', () => {
  it('is the one named after it in apposition', () => {
    const text = 'Skopje talks\n\n"With determination, we are moving towards EU membership," said North Macedonia\'s Foreign Minister, Bujar Osmani.';
    assert.deepEqual(quotes(text), ['direct:Bujar Osmani']);
  });
});

describe('`according to` between a subject and its verb', () => {
  it('is an aside: the subject speaks, not the source', () => {
    const text =
      'Briefing\n\nFO Spokesman Dr Muhammad Faisal said: “We hope that Taliban would grab the opportunity.”\n\nThe US sees the Taliban as the obstacle.\n\n' +
      'Senior State Department official Victoria Nuland earlier this week visited Islamabad. Ahead of her visit, she, according to Reuters, said that the US had not seen “sustained and decisive action on the part of Islamabad”.';
    assert.deepEqual(quotes(text), ['direct:Muhammad Faisal', 'direct:Victoria Nuland']);
  });
  it('still gives the words to the source when it opens the sentence', () => {
    assert.deepEqual(quotes('Talks\n\nAccording to Reuters, the talks were “constructive”.'), ['direct:Reuters']);
  });
});

describe('a nationality and a title set off before a role', () => {
  it('are no one’s name', () => {
    const a = analyze('Briefing\n\nCommenting on the resignation of the Qatari Emir, spokesman Abbas Araqchi said the rumours had grown.');
    assert.deepEqual(
      a.entities.filter((e) => e.type === 'PERSON').map((e) => e.canonical),
      ['Abbas Araghchi'],
    );
  });
});

describe('a day before the verb, and a presidency that speaks', () => {
  it('the day is when, not who; the presidency is the country’s office, not its president', () => {
    const text =
      'Angola presidency announces DRC, M23 peace talks to be held ‘in the next few days’\n\n' +
      'The office of Angola’s presidency Tuesday announced that the country will “in the next few days” host peace talks.\n' +
      'The announcement came after Angola’s President João Lourenço welcomed President Felix Tshisekedi to Luanda.\n' +
      '“The Angolan side, as a mediator in the conflict, will establish contacts with the M23,” Angola’s presidency said.';
    assert.deepEqual(quotes(text), ['direct:Angolan Presidency', 'direct:Angolan Presidency', 'direct:Angolan Presidency']);
  });
});

describe('a body or a country that spoke last', () => {
  it('is no `he`: the pronoun goes to the person a report named since', () => {
    const text =
      'ASEAN talks\n\nIndonesia said the junta had held the bloc “hostage” for too long.\n\n' +
      'Representation at other events would continue to be discussed, said Indonesian foreign ministry official Sidharto R. Suryodipuro, on the sidelines of the event.\n\n' +
      '"As to other meetings, it will be an ongoing consultation," he said.';
    assert.deepEqual(quotes(text), ['direct:Indonesia', 'direct:Sidharto R. Suryodipuro']);
  });
});

describe('a verb after `appeared to`', () => {
  it('reports the words of the paragraphs after it', () => {
    const text =
      'Kenya recalls envoy\n\nOn Saturday, Foreign Affairs Principal Secretary Macharia Kamau appeared to suggest that the government had sent the ambassador away.\n' +
      '"This unparalleled affront will not go unanswered."';
    assert.deepEqual(quotes(text), ['direct:Macharia Kamau']);
  });
});

describe('a verb, a role in lower case and a name after a quotation', () => {
  it('the name speaks, also one the gazetteer and the rules do not know', () => {
    const text = 'Release\n\nThe Costa Rican consulate reported that Cordero was released.\n\n“It was a very distressing time for him,” said consul Oscar Camacho.';
    assert.deepEqual(quotes(text), ['direct:Oscar Camacho']);
  });
  it('also after a body’s name before the role, which is not the speaker', () => {
    const text = 'Haiti meeting\n\n“I can also confirm that the United Nations has been invited to attend the meeting,” said UN spokesman Jeremy Laurence, noting that partners will attend.';
    assert.deepEqual(quotes(text), ['direct:Jeremy Laurence']);
  });
});

describe('a broadcaster a speaker talked to', () => {
  it('is no person, and the speaker’s `he` goes past it', () => {
    const text =
      'South Sudan talks\n\nSouth Sudan’s government spokesperson Michael Makuei Lueth told Radio Tamazuj that a deal was close.\n\n' +
      'Makuei said that a recent rebel attack would not change the government’s will.\n\n“The violations will not stop us from going to negotiations,” he said.';
    assert.deepEqual(quotes(text), ['direct:Michael Makuei Lueth']);
    assert.ok(!analyze(text).entities.some((e) => e.type === 'PERSON' && e.text === 'Radio Tamazuj'));
  });
});

describe('a title with what it is of, the name in apposition', () => {
  it('introduces the name in the role, however long the title', () => {
    const text =
      'OAS missions\n\nMarch 11, 2015\n\nThe Secretary General of the Organization of American States (OAS), José Miguel Insulza, today closed the First Meeting.\n\n' +
      '“The OAS has deployed more than 200 electoral missions,” said the Secretary General upon concluding an event.';
    assert.deepEqual(quotes(text), ['direct:José Miguel Insulza']);
  });
  it('makes the name the subject its pronoun stands for, not the speaker before', () => {
    const text =
      'Envoys\n\nTurkiye Ambassador to Ethiopia, Berk Baran said his priority is trade.\n\n“We are enjoying excellent relations,” he said.\n\n' +
      'Ambassador of Angola to Ethiopia, Miguer Cesar Domingos said the two countries have a good potential.\n\n“We have good cooperation at the diplomatic level,” he added.';
    assert.deepEqual(quotes(text), ['direct:Berk Baran', 'direct:Miguer Cesar Domingos']);
  });
});
