// Frames of reported speech around a quotation: a source that tells what a person said (`According to the
// ministry, Wang …, saying that …`), a statement in the possessive (`Takaichi’s warning that …`), a long title
// between the verb and the name, an abbreviation before an appositive, the present `states`, and a participle
// that reports in the paragraph before a paragraph of quotation. Sentences from wire copy, UN coverage and
// newspaper reports of the genre.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { quoteKindsAndSpeakers } from './helpers';

const quotes = quoteKindsAndSpeakers;

describe('a source that tells what someone said', () => {
  it('gives the words to the person named after its comma, in a clause of their own', () => {
    assert.deepEqual(
      quotes('Talks in Tokyo\n\nAccording to the Chinese Foreign Ministry, Wang Yi mentioned Taiwan during the talks, saying that Japan must “safeguard the political foundation of China-Japan relations.”'),
      ['direct:Wang Yi'],
    );
    assert.deepEqual(
      quotes('Talks\n\nAccording to the ministry, Lavrov told Wang that the talks were "useful and very frank".'),
      ['direct:Sergei Lavrov'],
    );
  });
  it('keeps the source when the words are its own account', () => {
    assert.deepEqual(quotes('Talks\n\nAccording to Lavrov, the talks were "useful and very frank".'), ['direct:Sergei Lavrov']);
    assert.deepEqual(
      quotes('Talks\n\nAccording to the Russian Foreign Ministry, Lavrov and Wang met in Beijing, and the talks were "useful and very frank".'),
      ['direct:Russian Foreign Ministry'],
    );
  });
});

describe('a statement in the possessive', () => {
  it('gives the words to the one whose warning, claim or description they are part of', () => {
    assert.deepEqual(
      quotes('Tokyo protests\n\nXue Jian had posted on X last weekend that he would "cut a dirty neck without a moment of hesitation," following Sanae Takaichi’s warning that any Chinese military action toward Taiwan could constitute a "survival-threatening situation," allowing Japan to act.'),
      ['direct:Xue Jian', 'direct:Sanae Takaichi'],
    );
    assert.deepEqual(quotes("Sanctions\n\nThe talks followed Lavrov's description of the sanctions as \"a declaration of economic war\"."), ['direct:Sergei Lavrov']);
    assert.deepEqual(quotes("Islands\n\nHe rejected China's claim that the islands were \"an inalienable part\" of its territory."), ['direct:China']);
  });
});

describe('the words between a subject or a verb and the name', () => {
  it('reads a long title between a verb and the name after it', () => {
    assert.deepEqual(
      quotes('Qatar\n\n"At this particular time and stage, the top priority for Qatar is to maintain its sovereignty and security," stressed HE Adviser to the Prime Minister and Official Spokesperson for the Ministry of Foreign Affairs Dr Majed bin Mohamed al-Ansari.'),
      ['direct:Majed al-Ansari'],
    );
  });
  it('reads an abbreviation in brackets before an appositive', () => {
    assert.deepEqual(
      quotes('Haiti\n\nLast week, the United Nations High Commissioner for Human Rights (OHCHR), Volker Türk, said Haiti needs “urgent” support from the international community.'),
      ['direct:Volker Türk'],
    );
  });
  it('takes the present `states` as a reporting verb', () => {
    assert.deepEqual(
      quotes('Visit\n\n“I was happy to have spoken to the Angolan Foreign Affairs minister to prepare our teams for the visit“, states Augusto Santos Silva, the Portuguese Foreign Affairs minister.'),
      ['direct:Augusto Santos Silva'],
    );
  });
  it('makes the foreign ministry of the chancellery, as Latin American usage calls it', () => {
    assert.deepEqual(
      quotes('Embassies\n\nIn a communiqué, the Honduran chancellery explained that “in no moment there was arrangement of the government in closing embassies”.'),
      ['direct:Honduran Foreign Ministry'],
    );
  });
});

describe('a participle that reports, before a paragraph of quotation', () => {
  it('gives the paragraph the participle’s subject', () => {
    const text =
      'Sanctions\n\nDr Douhan later held a meeting with the Minister of Justice, Honourable Ziyambi Ziyambi.\n\n' +
      'After the meeting, Minister Ziyambi addressed the media stating that Douhan will meet everyone who matters on the issue of sanctions.\n\n' +
      '“She is going to meet everyone who matters so she is not meeting the government alone.”';
    assert.deepEqual(quotes(text), ['direct:Ziyambi Ziyambi']);
  });
  it('needs `that` after a participle without a comma', () => {
    const text =
      'Sanctions\n\nAfter the meeting, Minister Ziyambi addressed the media stating his views.\n\n' +
      '“She is going to meet everyone who matters so she is not meeting the government alone.”';
    assert.deepEqual(quotes(text), ['direct:null']);
  });
});

describe('more frames from blind batch 17', () => {
  it('takes `lambasted` as a reporting verb, whose subject a quotation paragraph after it inherits', () => {
    const text =
      'Gargash blasts Qatari media\n\nDubai: UAE State Minister for Foreign Affairs Dr Anwar Gargash lambasted Qatari media on Wednesday for trying to create a rift.\n\n' +
      '“To create a rift between the UAE and Saudi Arabia through the gateway of Yemen is impossible.”';
    assert.deepEqual(quotes(text), ['direct:Anwar Gargash']);
  });
  it('gives the words of a body’s spokesperson whom no one names to the body', () => {
    const text =
      'Boundary\n\nIndian Embassy in Kathmandu has clarified its position.\n\nResponding to media queries, the spokesperson of the Embassy has clarified this issuing a statement on Saturday.\n\n' +
      '”The Government of India’s position on the India-Nepal boundary is well known, consistent and unambiguous.”';
    assert.deepEqual(quotes(text), ['direct:Indian Embassy']);
  });
  it('gives a participle the subject of the reporting verb before it, a foreign office in lower case', () => {
    assert.deepEqual(
      quotes('Falklands\n\nEarlier on Wednesday, Britain’s foreign office said it was seeking confirmation of the comments by Castro, saying that, if reports of them were accurate, her words had been “undiplomatic.”'),
      ['direct:British Foreign Office'],
    );
  });
  it('resolves a pronoun to a country’s role in the possessive, held by the person named in it later', () => {
    const text =
      'Envoy\n\nArgentina’s ambassador to Britain said on Wednesday she had not meant to offend British Prime Minister David Cameron when she called him “dumb” and his handling of the dispute “foolish.”\n\n' +
      'In an effort to draw a line under the spat, Ambassador Alicia Castro said her words had been taken out of context.';
    assert.deepEqual(quotes(text), ['direct:Alicia Castro', 'direct:Alicia Castro']);
  });
  it('takes `reads` as a reporting verb, and the author named after `by` as a document’s speaker', () => {
    assert.deepEqual(
      quotes('Food security\n\nBrussels 14.11.2022 “The world faces acute food and nutrition challenges” reads the EU-US-UK joint statement on global food security by the High Representative of the European Union Josep Borrell, US Secretary of State Antony Blinken, and UK Foreign Secretary James Cleverly.'),
      ['direct:Josep Borrell'],
    );
  });
  it('reads a place before a colon as a dateline, and a page’s `Publish Date:` as no turn', () => {
    const text =
      'Kalapani\n\nKATHMANDU: The Government of Nepal has raised a serious objection to the map.\n\nIt gave no reasons.\n\n“We stand by it.”\n\nPublish Date : 06 November 2019 19:43 PM';
    assert.deepEqual(analyze(text).structure.turns, []);
    const transcript = 'Briefing\n\nKATHMANDU: The briefing began at noon.\n\n“We stand by every word of it and will not change course.”\n\nMR. PRICE: Thank you all for coming today.';
    assert.equal(analyze(transcript).structure.turns.length, 2);
    assert.deepEqual(quotes(transcript), ['direct:null']);
  });
});

describe('frames from blind batch 18', () => {
  it('gives a pronoun after `PTI quoted Bashir as saying that …` to the one quoted, not to the last speaker', () => {
    const text =
      'Secretaries meet\n\nIndia’s foreign secretary, Nirupama Rao, and her Pakistani counterpart Salman Bashir met Sunday.\n\n' +
      '"Dialogue between India and Pakistan is necessary," Rao was quoted as saying by the PTI news agency.\n\n' +
      'PTI quoted Bashir as saying that the talks on Sunday would focus on making progress.\n\n' +
      '"My expectations are that we should be working towards continued engagement," he said.';
    assert.deepEqual(quotes(text), ['direct:Nirupama Rao', 'direct:Salman Bashir']);
  });
  it('gives a partial quotation the inverted report that closes its sentence (`…, added Jaeger.`)', () => {
    const text =
      'Trip\n\nOn Sunday, Steinmeier will hold talks in Accra, foreign ministry spokesman Martin Jaeger said Friday.\n' +
      'The German minister\'s visit to Burkina Faso is also aimed at pointing to "the exemplary positive development" of the African nation, added Jaeger.';
    assert.deepEqual(quotes(text), ['direct:Martin Jaeger']);
  });
  it('reads `was quoted saying` as a reporting verb, so the pronoun before it speaks', () => {
    const text =
      'Visit\n\nGerman Chancellor Angela Merkel will meet Jakaya Kikwete in Berlin, deputy government spokesman Thomas Steg told the press here Friday.\n' +
      '"We know that we can really help with our resources," she was quoted saying.';
    assert.deepEqual(quotes(text), ['direct:Angela Merkel']);
  });
});

describe('frames from blind batch 19', () => {
  it('gives two quotations joined by `and` the report that closes their sentence', () => {
    const text =
      'Oman’s role\n\nMuscat – Oman is continuing to play a ‘constructive’ and ‘proactive’ role in creating a sustainable environment for peace and security in the region, according to Foreign Minister Badr Albusaidi.';
    assert.deepEqual(quotes(text), ['direct:Badr Albusaidi', 'direct:Badr Albusaidi']);
  });
  it('keeps quotations apart when more than a conjunction stands between them', () => {
    const text = 'Talks\n\nThe press called the talks a “farce” at the time, but Foreign Minister Badr Albusaidi spoke of a “constructive” step.';
    assert.deepEqual(quotes(text), ['scare:null', 'direct:Badr Albusaidi']);
  });
});

describe('frames from blind batch 20', () => {
  it('reads a title whose complement joins two fields between the quotation and the name', () => {
    const text =
      'Consul expelled\n\n“As a proportional response to Ukraine’s measure, Hungary is expelling a Ukrainian consul”, Minister of Foreign Affairs and Trade Péter Szijjártó announced at a press conference in Budapest on Thursday.';
    assert.deepEqual(quotes(text), ['direct:Péter Szijjártó']);
  });
  it('gives words congratulated on to the one who congratulates, not to an adviser to the president', () => {
    const text =
      'Farewell\n\nMr Femi Adesina, the Special Adviser to the President on Media and Publicity, said Buhari stated this when he received the outgoing envoy.\n\n' +
      'The President congratulated the envoy on “the strides you have attained on the relationship between our two friendly countries.”';
    assert.deepEqual(quotes(text), ['direct:Muhammadu Buhari']);
  });
  it('finds the subject of a participle after an opening adverb and its comma', () => {
    const text =
      'Airspace opened\n\nSaudi Foreign Minister Faisal bin Farhan Al Saud spoke to reporters in Jeddah.\n\n' +
      'Furthermore, he touched on the decision to open Saudi airspace for civil aviation, stressing that this decision “does not mean any prelude to a subsequent decision.”';
    assert.deepEqual(quotes(text), ['direct:Faisal bin Farhan Al Saud']);
  });
  it('reads Kenya’s `the CS` as a Cabinet Secretary', () => {
    const text =
      'Envoy defended\n\nThe Kenyan government, through its Cabinet Secretary for Foreign and Diaspora Affairs, Dr Alfred Mutua, has defended remarks made by US Ambassador Meg Cushing Whitman.\n\n' +
      'The CS said the ambassador’s message resonated well and commended her for speaking the truth, “however painful it may be to some people who live in denial”.';
    assert.deepEqual(quotes(text), ['direct:Alfred Mutua']);
  });
});

describe('a pull quote', () => {
  it('takes the speaker of the same words quoted with a cue in its article', () => {
    const text =
      'Sudan suspended\n\nAddis Abeba – The ministry spokesperson Ambassador Dina Mufti briefed the press on Tuesday.\n\n' +
      '“The negotiation was an AU-led effort and Ethiopia will respect what the organization decides on the matter.”\n\n' +
      'When asked about the suspension of Sudan, Dina replied, “The negotiation was an AU-led effort and Ethiopia will respect what the organization decides on the matter.”';
    assert.deepEqual(quotes(text), ['direct:Dina Mufti', 'direct:Dina Mufti']);
  });
  it('keeps no speaker when no cued quotation holds its words', () => {
    const text = 'Sudan suspended\n\nThe spokesperson briefed the press.\n\n“The negotiation was an AU-led effort and Ethiopia will respect the decision of the organization.”';
    assert.deepEqual(quotes(text), ['direct:null']);
  });
});

describe('a document after a quotation that a reporting verb before it introduces', () => {
  it('carries the words of the subject of that verb (`X said … that ASEAN has "…", according to a statement`)', () => {
    const text =
      'ASEAN meets\n\nMalaysian Foreign Minister Mohamad Hasan said in his opening speech that in the eyes of the international community, ASEAN has "stood as a beacon of neutrality," according to a statement from the ministry.';
    assert.deepEqual(quotes(text), ['direct:Mohamad Hasan']);
  });
  it('still speaks when no verb before the quotation introduces it', () => {
    const text = 'ASEAN meets\n\nThe ministers met in Kuala Lumpur, where ASEAN has "stood as a beacon of neutrality," according to a statement from the Malaysian Foreign Ministry.';
    assert.deepEqual(quotes(text), ['direct:Malaysian Ministry of Foreign Affairs']);
  });
});

describe('a paragraph of quotation after one whose subject has spoken before', () => {
  const lead = 'Forum meets\n\nForum Secretary-General Baron Waqa outlined the agenda on Thursday.\n\n“We must safeguard our region as a zone of peace,” Waqa said.\n\n';
  it('is that person’s, though the paragraph before holds no reporting verb', () => {
    const text = `${lead}Waqa also touched on the legacy of nuclear challenges.\n\n“Climate change will be a major focus of the meeting.”\n`;
    assert.deepEqual(quotes(text), ['direct:Baron Waqa', 'direct:Baron Waqa']);
  });
  it('is no one’s when that subject has not been quoted before', () => {
    const text = `${lead}Peters also touched on the legacy of nuclear challenges.\n\n“Climate change will be a major focus of the meeting.”\n`;
    assert.deepEqual(quotes(text), ['direct:Baron Waqa', 'direct:null']);
  });
});

describe('forms from blind batch 24', () => {
  it('resolves a pronoun to the subject before a list of the people met, not to the last of them', () => {
    const text =
      'Visit\n\nDuring his visit, Jaishankar held meetings with President Gotabaya Rajapaksa, Prime Minister Mahinda Rajapaksa, Foreign Minister Dinesh Gunawardena, several other ministers and Opposition leaders.\n\n' +
      'He assured them that India will always be a "dependable partner and reliable friend" of Sri Lanka.';
    assert.deepEqual(quotes(text), ['direct:S. Jaishankar']);
  });
  it('gives the words to a high commission in a city, as to an embassy in one', () => {
    assert.deepEqual(quotes('Visit\n\n"Thank you for hospitality," the Indian High Commission in Colombo tweeted.'), ['direct:Indian High Commission']);
  });
});

describe('a plural possessive before a noun that is also a verb', () => {
  it('is no subject (`the Philippines\' claims`): the reporting verb before it speaks', () => {
    const text = 'Sea\n\nPresident Rodrigo Duterte insisted a day later that pressing the Philippines\' claims to the waters will mean "trouble" and claimed he is working on it.';
    assert.deepEqual(quotes(text), ['direct:Rodrigo Duterte']);
  });
});

describe('a role whose place is named across its start', () => {
  it('serves that country: its holder is not the other country’s leader named after it', () => {
    const text =
      'Talks\n\nSEOUL, May 22 (Yonhap) -- South Korea\'s unification minister called on North Korean leader Kim Jong-un to return to the dialogue table, stressing that Seoul has no "hostile" intentions against Pyongyang.\n\n' +
      'In a meeting with reporters, Kwon Young-se also urged the North.';
    assert.deepEqual(quotes(text), ['direct:Kwon Young-se']);
  });
});

describe('forms from blind batch 25', () => {
  it('takes a minister named after a role with a comma for the subject, not a portfolio as a person', () => {
    const text =
      "Lula's FM\n\nBrazil's new Minister of Foreign Affairs, Ambassador Mauro Vieira, said on Monday that the main task would be clear.\n\n" +
      '"Brazil is back," the diplomat emphasized in a speech.';
    assert.deepEqual(quotes(text), ['direct:Mauro Vieira']);
  });
  it('resolves a pronoun to the speaker, not to one of the ministers he spoke with', () => {
    const text =
      'Thanks\n\nMr. Ablakwa, in a social media post on Wednesday, said he had held “fruitful telephone conversations” with Burkina Faso’s Minister of Foreign Affairs, Mr. Karamoko Jean-Marie Traoré, and Côte d’Ivoire’s Minister of Foreign Affairs, Mr. Kacou Houadja Léon Adom.\n\n' +
      '“I am deeply grateful for the extremely fruitful engagements,” he noted.';
    assert.deepEqual(quotes(text), ['direct:Ablakwa', 'direct:Ablakwa']);
  });
});
