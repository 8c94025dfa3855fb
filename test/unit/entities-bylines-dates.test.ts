import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { findEntities } from '../../src/core/entities';

/** `TYPE:text` of every entity. */
const ents = (text: string): string[] => findEntities(text).map((e) => `${e.type}:${e.text}`);
const dates = (text: string): string[] => findEntities(text).filter((e) => e.type === 'DATE').map((e) => e.text);

describe('bylines and credit lines', () => {
  it('names the writer of a byline, one or two of them', () => {
    assert.deepEqual(ents('Council renews mission\nBy Daniel Okafor\n3 minute read'), ['PERSON:Daniel Okafor']);
    assert.deepEqual(ents('By Hannah Reyes and Omar Khalil\nDUBAI - When the talks began'), ['PERSON:Hannah Reyes', 'PERSON:Omar Khalil', 'GPE:DUBAI']);
  });
  it('names the people of a credit line, not the places there', () => {
    assert.deepEqual(ents('(Reporting by Daniel Okafor; Additional reporting by Priya Raman in Washington; Editing by Grace Whitmore)'), [
      'PERSON:Daniel Okafor',
      'PERSON:Priya Raman',
      'GPE:Washington',
      'PERSON:Grace Whitmore',
    ]);
    assert.deepEqual(ents('(Editing by Peter Lindholm)'), ['PERSON:Peter Lindholm']);
  });
  it('leaves a sentence that opens with By, and by in running text, to the other rules', () => {
    assert.deepEqual(ents('By Thursday, the talks had ended.'), ['DATE:Thursday']);
    assert.deepEqual(ents('By United Nations estimates, it was so.'), ['ORG:United Nations']);
    assert.deepEqual(findEntities('The plan was backed by Hannah Reyes.').filter((e) => e.source === 'byline'), []);
  });
  it('never makes the writer the speaker of a quotation', () => {
    const text = 'Envoy warns of Black Sea risks\nBy Jonas Weber\n\n"We cannot afford to look away," she said.';
    const a = analyze(text);
    assert.ok(a.entities.some((e) => e.text === 'Jonas Weber' && e.type === 'PERSON' && e.source === 'byline'));
    assert.equal(a.quotes.length, 1);
    assert.notEqual(a.quotes[0].speaker?.name, 'Jonas Weber');
  });
});

describe('institutions named with their country in the possessive', () => {
  it('are two mentions, the country and the institution, the possessive in neither', () => {
    const found = findEntities("The secretary of Iran's Supreme National Security Council and Russia’s Foreign Ministry spoke.");
    assert.deepEqual(
      found.map((e) => `${e.type}:${e.text}:${e.canonical}`),
      ['GPE:Iran:Iran', 'ORG:Supreme National Security Council:Supreme National Security Council', 'GPE:Russia:Russia', 'ORG:Foreign Ministry:Russian Foreign Ministry'],
    );
  });
});

describe('gazetteer additions', () => {
  it('finds a surname with a particle standing alone, under the full name', () => {
    const found = findEntities('von der Leyen told reporters; de Mistura agreed.');
    assert.deepEqual(found.map((e) => `${e.type}:${e.text}:${e.canonical}`), ['PERSON:von der Leyen:Ursula von der Leyen', 'PERSON:de Mistura:Staffan de Mistura']);
  });
  it('knows the crossings and towns of the Sudan crisis and the Black Sea ports', () => {
    assert.deepEqual(ents('Trucks crossed at Adré and Tine; a family left Varna.'), ['GPE:Adré', 'GPE:Tine', 'GPE:Varna']);
  });
  it('knows the social networks, the E3, UN News and the Schengen area', () => {
    assert.deepEqual(ents('Ulyanov wrote on Twitter that the E3 agreed.'), ['PERSON:Ulyanov', 'ORG:Twitter', 'ORG:E3']);
    assert.deepEqual(ents('Both joined the Schengen area, UN News reported.'), ['LOC:Schengen', 'ORG:UN News']);
  });
});

describe('names from the data files with what the guidelines leave out', () => {
  it('leaves a title an alias opens with outside the mention', () => {
    assert.deepEqual(ents('Saudi Foreign Minister Prince Faisal bin Farhan said so, and King Salman agreed.'), ['NORP:Saudi', 'PERSON:Faisal bin Farhan', 'PERSON:Salman']);
  });
  it('spells the United Nations U.N. as well as UN', () => {
    assert.deepEqual(ents('Troops of the U.N. Mission in South Sudan (UNMISS) stayed.'), ['ORG:U.N. Mission in South Sudan', 'ORG:UNMISS']);
  });
  it('takes a declaration as a law, Darfur as a region, its states as places', () => {
    assert.deepEqual(ents('Under the Jeddah Declaration, parts of Darfur and Kordofan, and North Darfur, were spared.'), ['LAW:Jeddah Declaration', 'LOC:Darfur', 'LOC:Kordofan', 'GPE:North Darfur']);
  });
});

describe('people of the gazetteer', () => {
  it('knows the leaders and foreign ministers in office in 2025', () => {
    const found = findEntities('Rubio met Wadephul and Takaichi; Sandu spoke to Carney.');
    assert.deepEqual(found.map((e) => e.canonical), ['Marco Rubio', 'Johann Wadephul', 'Sanae Takaichi', 'Maia Sandu', 'Mark Carney']);
  });
  it('finds a hyphenated surname standing alone', () => {
    assert.deepEqual(findEntities('According to Thomas-Greenfield, it grew.').map((e) => `${e.text}:${e.canonical}`), ['Thomas-Greenfield:Linda Thomas-Greenfield']);
  });
  it('never takes one word alone for a person whose surname is ambiguous, not even from an alias', () => {
    assert.deepEqual(ents('Dan said so, and Mustafa and Wang agreed.'), []);
  });
});

describe('acronyms and capitals', () => {
  it('gives an acronym defined in parentheses the type of what it stands for', () => {
    assert.deepEqual(ents('The Comprehensive Agreement on Investment (CAI) stalled; the CAI was frozen.'), ['LAW:Comprehensive Agreement on Investment', 'LAW:CAI', 'LAW:CAI']);
  });
  it('reads names of two or three words in capitals, as a dateline writes them', () => {
    assert.deepEqual(ents('UNITED NATIONS, March 14 (Reuters) - NEW YORK agreed.'), ['ORG:UNITED NATIONS', 'DATE:March 14', 'ORG:Reuters', 'GPE:NEW YORK']);
  });
});

describe('dates', () => {
  it('takes a range of days in a month', () => {
    assert.deepEqual(dates('The summit in Brussels on 14-15 December, after talks on March 3–4, 2024.'), ['14-15 December', 'March 3–4, 2024']);
  });
  it('takes a bare month after for and after a capitalised preposition', () => {
    assert.deepEqual(dates('The elections scheduled for December were delayed.'), ['December']);
    assert.deepEqual(dates('In April, the envoy returned.'), ['April']);
    assert.deepEqual(dates('She met May in London.'), []);
  });
  it('takes a weekday before a day and month, and the week of a month', () => {
    assert.deepEqual(dates('A second convoy is planned for Monday, 17 June.'), ['Monday, 17 June']);
    assert.deepEqual(dates('Arrivals rose in the first week of June.'), ['first week of June']);
  });
  it('takes relative dates that open a sentence, and later or earlier before them', () => {
    assert.deepEqual(dates('Last summer, the President spoke. This month, the region changed. Today we see it.'), ['Last summer', 'This month', 'Today']);
    assert.deepEqual(dates('The council discusses Sudan later this month and met earlier this year.'), ['later this month', 'earlier this year']);
  });
  it('takes the weekend and a season after `the`', () => {
    assert.deepEqual(dates('Talks go on over the weekend, and by the summer of 2012 little had changed; by the summer, less.'), ['weekend', 'summer of 2012', 'summer']);
  });
  it('takes a counted stretch of time after a relative word', () => {
    assert.deepEqual(dates('Over the next two years and the past 20 years, little changed.'), ['next two years', 'past 20 years']);
  });
  it('takes durations, as OntoNotes counts them, with the words that qualify their count', () => {
    assert.deepEqual(dates('The talks lasted six months; for more than 20 years, and for two to three days, nothing moved.'), ['six months', 'more than 20 years', 'two to three days']);
    assert.deepEqual(dates('Six months on, after nearly three decades and about two years ago, a few weeks passed.'), ['Six months', 'nearly three decades', 'about two years ago', 'a few weeks']);
    assert.deepEqual(dates('He arrived on a two-day visit to end the decade-long war and the 17-year-long dispute.'), ['two-day', '17-year-long']);
  });
  it('leaves counts of other things, and `a year` or `one day` alone', () => {
    assert.deepEqual(dates('About 300 people from over 20 countries met once a year; one day they will agree.'), []);
  });
  it('does not read a verb or an article as the qualifier of a period', () => {
    assert.deepEqual(dates('This is a year of hope, and this was the week of talks.'), []);
  });
});

describe('relative dates of running reports', () => {
  it('take a possessive after today, as with a curly apostrophe', () => {
    assert.deepEqual(dates("He said that today's visit mattered, as today’s talks did."), ['today', 'today']);
  });
  it('count days back or on, and a part of a period', () => {
    assert.deepEqual(dates('He met the envoy a few days earlier; two days later they met again.'), ['a few days earlier', 'two days later']);
    assert.deepEqual(dates('They were to meet earlier in the week. Later in the day he left. Earlier this year he came.'), ['earlier in the week', 'Later in the day', 'Earlier this year']);
  });
});

describe('news outlets of the genre beyond the big agencies', () => {
  it('are organisations, the article before a newspaper’s name left out', () => {
    assert.deepEqual(ents('She told The Straits Times, as Times Now, KUNA and the Tehran Times reported.'), [
      'ORG:Straits Times',
      'ORG:Times Now',
      'ORG:KUNA',
      'ORG:Tehran Times',
    ]);
  });
});

describe('a generic institution named in its country’s possessive', () => {
  // The bare `the Foreign Ministry` after them is the foreign ministry named last (see entities-ministries.test.ts).
  it('is that country’s, by its demonym, unless the gazetteer names it', () => {
    const found = findEntities("Azerbaijan’s Foreign Ministry spoke, Kenya's Defence Ministry and Russia's Foreign Ministry agreed; the Foreign Ministry too.");
    assert.deepEqual(found.filter((e) => e.type === 'ORG').map((e) => e.canonical), ['Azerbaijani Foreign Ministry', 'Kenyan Defence Ministry', 'Russian Foreign Ministry', 'Russian Foreign Ministry']);
  });
});

describe('a bare year after a possessive', () => {
  it('is a date, and a count after one is not', () => {
    assert.deepEqual(dates('They reviewed the two countries’ 2015 agreement and the Forum’s 2021 split.'), ['2015', '2021']);
    assert.deepEqual(dates("Japan's 2000 troops stayed."), []);
  });
});
