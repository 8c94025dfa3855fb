// Who a role cue's subject is when no one named holds the role: never someone known to serve another country
// than the role's (`the Russian diplomat said` after the US ambassador was named), and never the person the
// press asks (`the reporter asked` at a briefing). The sentences are written for these tests, after forms met in
// fresh texts of the genre.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;

describe('a role with a nationality', () => {
  it('is not the person last named when the gazetteer has that person serve another country', () => {
    const text = 'Envoys meet\n\nJon Huntsman met reporters in Moscow on Monday.\n\n“I consider him a clever, smart professional,” the Russian diplomat said.\n';
    assert.deepEqual(speakers(text), [null]);
  });
  it('is not the person last named when the text gives that person another nationality', () => {
    const text = 'Visit\n\nIranian Foreign Minister Karim Sadeghi met the envoys.\n\nThe Italian ambassador, for his part, said, "We are proud to work in a country with such a rich culture."\n';
    assert.deepEqual(speakers(text), [null]);
  });
  it('is the one named with that nationality, not one posted to the country', () => {
    const text =
      'Envoys meet\n\nRussia’s Ambassador to the US Anatoly Antonov and the US Ambassador to Russia Jon Huntsman met in Washington.\n\n' +
      'Antonov met Huntsman on Thursday.\n\n“It will take many efforts from both sides,” the Russian ambassador said.\n';
    assert.deepEqual(speakers(text), ['Anatoly Antonov']);
  });
  it('still goes to someone of that nationality named before', () => {
    const text = 'Visit\n\nItalian Ambassador Marco Rossi met Karim Sadeghi in Tehran.\n\nThe Italian ambassador, for his part, said, "We are proud to work in a country with such a rich culture."\n';
    assert.deepEqual(speakers(text), ['Marco Rossi']);
  });
});

describe('a role with what it is for or to', () => {
  it('is the role, not the place after it: the holder the gazetteer gives for the title in the dateline’s year', () => {
    const text =
      'Yemen talks\n\nMay 15, 2019\n\nOutlining recent developments, the Secretary-General’s Special Envoy for Yemen said “change is a reality” as the first phase advances.\n';
    assert.deepEqual(speakers(text), ['Martin Griffiths']);
    assert.deepEqual(speakers(text.replace('2019', '2023')), ['Hans Grundberg']);
  });
  it('is no one rather than the place when the year is unknown and no one is named', () => {
    const text = 'Yemen talks\n\nOutlining recent developments, the Special Envoy for Yemen said “change is a reality” as the first phase advances.\n';
    assert.deepEqual(speakers(text), [null]);
  });
  it('is the one named in the role, wherever posted (`the Chinese Ambassador to Nepal`)', () => {
    const text = 'Row\n\nAmbassador Hou Yanqi arrived in Kathmandu.\n\nThe Chinese Ambassador to Nepal said “ties are strong” on Monday.\n';
    assert.deepEqual(speakers(text), ['Hou Yanqi']);
  });
  it('never makes the body or place after `to` the subject (`the US mission to Asean said`)', () => {
    const text = 'Concerns\n\nIn a press release, the US mission to Asean said the envoys had “expressed strong concerns” about it.\n';
    assert.notDeepEqual(speakers(text), ['Association of Southeast Asian Nations']);
    const star = 'Envoys\n\nEx-CID boss in his comment to the Star said, “Ignore the media reports. I am leaving on Monday, and by next week the others will also depart.”';
    assert.deepEqual(speakers(star), [null]);
  });
  it('never makes a place after `in` or `at` the subject, unless an appositive names the person', () => {
    const summit = 'Mercosur\n\nArgentine Foreign Minister Santiago Cafiero on Monday at the first meeting of the Mercosur summit in Montevideo said that his country views “with concern” the plan.';
    assert.notDeepEqual(speakers(summit), ['Montevideo']);
    const vienna = 'Talks\n\nMikhail Ulyanov arrived. The Russian Permanent Representative in Vienna, Mikhail Ulyanov, wrote “we are ready” on Twitter.';
    assert.deepEqual(speakers(vienna), ['Mikhail Ulyanov']);
  });
});

describe('a spokesperson', () => {
  it('is the one introduced as a spokesman or a spokeswoman, not the minister the paragraph is about', () => {
    const text =
      'Trip\n\nOn Sunday, Steinmeier will hold talks with Ghanaian leaders, foreign ministry spokesman Martin Jaeger said Friday.\n\nSteinmeier also plans visits to South and East Africa in the “second half of this year”, the foreign ministry spokesperson said.\n';
    assert.deepEqual(speakers(text), ['Martin Jaeger']);
    assert.deepEqual(speakers(text.replace('spokesman Martin', 'spokeswoman Martina')), ['Martina Jaeger']);
  });
});

describe('a role of the press', () => {
  it('is not the spokesperson asked, and its quotation takes no one else’s speaker', () => {
    const text =
      'Briefing\n\nAt the briefing, a reporter asked spokeswoman Karine Jean-Pierre about the trip.\n\n' +
      'The reporter told Jean-Pierre, “Is the administration trying to protect the president from our questions?”\n\n' +
      '“Absolutely not,” Jean-Pierre said.\n\n“So why is there no press conference?” the reporter asked.\n';
    assert.deepEqual(speakers(text), [null, 'Karine Jean-Pierre', null]);
  });
});

describe('a pronoun after a meeting with someone titled H.E.', () => {
  it('goes to the one who met, not the one met: the dot of an initial ends no clause', () => {
    const text =
      'Minister meets envoys\n\nThe Minister for Foreign Affairs, Kwame Mensah Boateng, met the ambassadors this week.\n\n' +
      'The Minister said that he hosted H.E. David Levi of Israel on Tuesday, followed by a meeting with H.E. Reza Karimi of Iran.\n\n' +
      '"The meetings gave me the opportunity to explain our plan," he said.\n';
    assert.deepEqual(speakers(text), ['Kwame Mensah Boateng']);
  });
});

describe('the head of a ministry', () => {
  const lead = 'FMs talk\n\nYesterday, the Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov held a call with the Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh.\n\n';
  it('is its minister, of the country the ministry’s name gives', () => {
    assert.deepEqual(speakers(`${lead}“We had a telephone conversation,” the head of the Uzbekistan Foreign Ministry wrote on his Telegram channel.\n`), ['Bakhtiyor Saidov']);
    assert.deepEqual(speakers(`${lead}In 2023 the head of the Ministry of Foreign Affairs of Uzbekistan wrote on his channel: “We welcome the decision.”\n`), ['Bakhtiyor Saidov']);
  });
  it('is the ministry when no minister of it is named', () => {
    assert.deepEqual(speakers('Talks\n\nThe head of the Kenyan Foreign Ministry said: "We are ready."\n'), ['Kenyan Foreign Ministry']);
  });
});

describe('a body and a title, no name', () => {
  it('is whoever holds the title, not the body (`UN Secretary-General said`)', () => {
    const text = 'Guterres in Congo\n\n2 Sep 2019\n\n"MONUSCO has a very important role to play in the DRC," UN Secretary-General said on 1 September 2019.\n';
    assert.deepEqual(speakers(text), ['António Guterres']);
  });
});

describe('the Foreign Office', () => {
  it('is the British one where the text names Britain, and the text’s own otherwise', () => {
    const pakistan = 'Qureshi to visit China\n\nIn a statement, the Foreign Office (FO) said the visit is part of high-level exchanges.\n\n"The visit will play an important role," the statement said.\n';
    assert.deepEqual(speakers(pakistan), ['Foreign Office']);
    assert.deepEqual(speakers(pakistan.replace('high-level exchanges', 'exchanges with London')), ['Foreign, Commonwealth and Development Office']);
  });
});
