// Who speaks where a report cites its source (`APS said, citing the foreign ministry`), where `the latter` stands for
// the person named last, where a role word opens a clause before another person's name, where a role's state
// follows it (`the head of the Ministry of Foreign Affairs of the Kyrgyz Republic`), and where a verb of
// reminding introduces the words. Sentences from the wire copy and national papers of blind batches 26 and 27.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteKindsAndSpeakers } from './helpers';

const quotes = quoteKindsAndSpeakers;

describe('a report that cites its source', () => {
  it('gives the words to the one cited, named in the text', () => {
    assert.deepEqual(
      quotes('Algeria summons envoy\n\nForeign Minister Sabri Boukadoum summoned the ambassador on Wednesday to “confront” him with the remark, APS said, citing the Algerian Foreign Ministry.'),
      ['direct:Algerian Foreign Ministry'],
    );
    assert.deepEqual(quotes('Talks\n\nForeign Minister Sabri Boukadoum met the envoy.\n\n“We are ready,” APS said, citing the minister.'), ['direct:Sabri Boukadoum']);
  });
  it('keeps the report as the speaker when the one cited is no one the text names', () => {
    assert.deepEqual(quotes('Talks\n\nThe envoy was summoned to “explain” the remark, APS said, citing sources.'), ['direct:APS']);
  });
});

describe('`the latter`', () => {
  it('is the person named last', () => {
    const text =
      'Conference\n\nForeign Minister Ilya Darchiashvili and Prime Minister Irakli Garibashvili spoke at the meeting.\n\n' +
      'According to the latter, it was unpleasant to hear statements from “representatives of the Ukrainian government.”';
    assert.deepEqual(quotes(text), ['direct:Irakli Garibashvili']);
  });
});

describe('a role word and the names after it', () => {
  it('a role that is the subject of a clause does not introduce a name later in it', () => {
    const text =
      'Foreign policy\n\nMinister of Foreign Affairs Margus Tsahkna answered comments from President Alar Karis.\n\n' +
      'Tsahkna has criticized the comments. The minister said he has not yet met with Karis.\n\nThe talks went on.\n\n' +
      '“We have a very clear foreign policy line,” the minister said.';
    assert.deepEqual(quotes(text), ['direct:Margus Tsahkna']);
  });
  it('the head of a ministry is the minister of the state named right after it', () => {
    const text =
      'Talks\n\nThe Ministers of Foreign Affairs of Kyrgyzstan and Tajikistan Jeenbek Kulubaev and Sirojiddin Mukhriddin signed a programme.\n\n' +
      'According to the head of the Ministry of Foreign Affairs of the Kyrgyz Republic, the border deal «will allow the parties to intensify interaction.»';
    assert.deepEqual(quotes(text), ['direct:Zheenbek Kulubaev']);
  });
});

describe('verbs that introduce words', () => {
  it('`reminded … that` and `advised … to` report', () => {
    assert.deepEqual(
      quotes('Envoys\n\nSpeaking on Monday, Nandi-Ndaitwah reminded the diplomats that their work must remain grounded in "safeguarding our national interests".'),
      ['direct:Netumbo Nandi-Ndaitwah'],
    );
    assert.deepEqual(quotes('Envoys\n\nForeign Minister Sabri Boukadoum advised Morocco to “take appropriate measures” at once.'), ['direct:Sabri Boukadoum']);
  });
});

describe('a cue later in the sentence', () => {
  it('opens a clause with the name’s role before the name', () => {
    assert.deepEqual(
      quotes('Talks\n\nGaza ceasefire negotiations remain in their "early stage" after more than a week of talks, even as mediators step up efforts, Qatar\'s foreign ministry spokesman Majed al-Ansari told reporters Tuesday.'),
      ['direct:Majed al-Ansari'],
    );
  });
  it('not when the words before the name make a clause of their own', () => {
    assert.deepEqual(quotes('Talks\n\nThe talks reached an "early stage" in Doha, where officials met Majed al-Ansari told nobody.'), ['scare:null']);
  });
});

describe('a foreign ministry no country is named for', () => {
  it('is that of the foreign minister named last', () => {
    const text = 'Envoy summoned\n\nIn response, the Algerian Foreign Minister Sabri Boukadoum summoned the Moroccan ambassador.\n\n“We will respond,” the foreign ministry said.';
    assert.deepEqual(quotes(text), ['direct:Algerian Foreign Ministry']);
  });
  it('is no one’s when no foreign minister is named with a nationality or place', () => {
    assert.deepEqual(quotes('Envoy summoned\n\nThe ambassador was summoned.\n\n“We will respond to this at once,” the foreign ministry said.'), ['direct:null']);
  });
});
