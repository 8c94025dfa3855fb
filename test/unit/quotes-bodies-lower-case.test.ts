// A country's body written in lower case as a speaker (`Mexico's foreign ministry said`, `Nigerian authorities`),
// the `who` of a relative clause (`Trump, who called the pact a "…"`), and a participle whose clause has no
// `that` (`…, saying the report was "…"`) or whose sentence opens with a pronoun or a role. Sentences from wire
// copy and newspaper reports of the genre, some with their names changed.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteKindsAndSpeakers } from './helpers';

const quotes = quoteKindsAndSpeakers;
const said = (subject: string): string[] => quotes(`Report denied\n\n${subject} said the report was "a clear case of misinformation".`);

describe('a country’s body written in lower case', () => {
  it('makes a ministry of the country named in the possessive, as a nationality or after `of`', () => {
    assert.deepEqual(said('Mexico’s foreign ministry'), ['direct:Mexican Foreign Ministry']);
    assert.deepEqual(said("Mexico's foreign ministry"), ['direct:Mexican Foreign Ministry']);
    assert.deepEqual(said('The Mexican foreign ministry'), ['direct:Mexican Foreign Ministry']);
    assert.deepEqual(said('The foreign ministry of Mexico'), ['direct:Mexican Foreign Ministry']);
    assert.deepEqual(said('Vietnam’s foreign affairs ministry'), ['direct:Vietnamese Foreign Ministry']);
  });
  it('names other ministries by the word before `ministry`, and a capital’s by its state', () => {
    assert.deepEqual(said("Russia's defence ministry"), ['direct:Russian Defence Ministry']);
    assert.deepEqual(said("Beijing's foreign ministry"), ['direct:Chinese Foreign Ministry']);
  });
  it('gives the words of a government or of the authorities to the country', () => {
    assert.deepEqual(said('The Nigerian government'), ['direct:Nigeria']);
    assert.deepEqual(said("Nigeria's government"), ['direct:Nigeria']);
    assert.deepEqual(said('The government of Nigeria'), ['direct:Nigeria']);
    assert.deepEqual(said('Nigerian authorities'), ['direct:Nigeria']);
  });
  it('makes an embassy of the country named before it, not of the place it is in', () => {
    assert.deepEqual(said('The Chinese embassy'), ['direct:Chinese Embassy']);
    assert.deepEqual(said('The Chinese Embassy in Nepal'), ['direct:Chinese Embassy']);
    assert.deepEqual(said('The embassy in Nepal'), ['scare:null']);
  });
  it('gives `the ministry` after it the same body', () => {
    const text =
      'Videgaray to visit\n\nMexican Foreign Minister Luis Videgaray will travel to Washington on Wednesday, the Mexican foreign ministry said.\n\n' +
      '"They agreed to hold a meeting in the near future in order to move forward in the common challenges that Mexico and the United States face," the ministry said in a statement.';
    assert.deepEqual(quotes(text), ['direct:Mexican Foreign Ministry']);
  });
  it('gives `the embassy` and `it` after a lower-case embassy that has not yet spoken that embassy', () => {
    const text =
      'Embassy rejects remarks\n\nThe Chinese embassy, in a statement, said it is rejecting the narrative of Philippine Ambassador Eduardo Martin Meñez, who reportedly said China “is not a benign, cuddly panda”.\n\n' +
      '“[We] will convey our concern to the DFA,” the embassy said.\n\n' +
      'It said the duty of a diplomat “is to foster friendly ties between countries,” and not “vilify other countries.”\n\n' +
      'The embassy said that the situation in the South China Sea is “generally stable” with the joint efforts of China and Southeast Asian nations.';
    assert.deepEqual(quotes(text), ['direct:Eduardo Martin Meñez', 'direct:Chinese Embassy', 'direct:Chinese Embassy', 'direct:Chinese Embassy', 'direct:Chinese Embassy']);
  });
  it('does not take a nationality word that stands apart from the body for its country', () => {
    const text = 'Talks\n\nThe talks with Chinese officials ended. Later the embassy in Manila issued a note.\n\n“We are concerned,” the embassy said.';
    assert.deepEqual(quotes(text), ['scare:null']);
  });
  it('gives a statement from a country’s body, in lower case or named, to that body', () => {
    const text = (issuer: string): string =>
      `Ambassador paused\n\nCosta Rica’s choice was decided Monday by the Governing Council.\n\n“For now, the diplomatic mission in Managua will be in charge of a Charge d’Affaires,” a statement from ${issuer} reads.`;
    assert.deepEqual(quotes(text('the Costa Rican government')), ['direct:Costa Rica']);
    assert.deepEqual(quotes(text('the Mexican foreign ministry')), ['direct:Mexican Foreign Ministry']);
    assert.deepEqual(quotes(text('the Kremlin')), ['direct:Kremlin']);
  });
  it('gives `the statement` the organisation that is a subject nearby, not the last one named', () => {
    const text =
      'Cambodia tells US Embassy not to interfere\n\nCambodian Ministry of Foreign Affairs and International Cooperation was surprised to learn that the embassy had posted on its official Facebook page a partial comment.\n\n' +
      '“The Ministry of Foreign Affairs and International Cooperation expresses grave concern over such a conduct,” according to the statement dated late Saturday.';
    assert.deepEqual(quotes(text), ['direct:Cambodian Ministry of Foreign Affairs and International Cooperation']);
  });
  it('gives a statement the organisation named before its head word, not the last subject named', () => {
    const text =
      'Map row\n\nKATHMANDU: The Government of Nepal has raised a serious objection to the new political map.\n\n' +
      'In a statement issued on Wednesday, the Ministry of Foreign Affairs (MoFA) said the government’s attention has been drawn to the reports.\n\n' +
      '“Kalapani is an integral part of Nepal,” the MoFA statement said.';
    assert.deepEqual(quotes(text), ['direct:Ministry of Foreign Affairs']);
  });
  it('gives `the report said` the organisation that reported, as for a statement', () => {
    const text =
      'Minister meets counterparts\n\nIn a separate post on Facebook, Wisma Putra reported that Mohamad met with Norwegian Foreign Minister Espen Barth Eide.\n\n' +
      '“Both countries have committed to expeditiously concluding the ongoing trade agreement,” the report said.';
    assert.deepEqual(quotes(text), ['direct:Malaysian Ministry of Foreign Affairs']);
  });
  it('keeps a ministry named in capitals as the entity names it', () => {
    assert.deepEqual(said("Russia's Foreign Ministry"), ['direct:Russian Foreign Ministry']);
  });
});

describe('the `who` of a relative clause', () => {
  it('stands for the person named right before its comma', () => {
    assert.deepEqual(
      quotes('NAFTA talks\n\nThe United States, Mexico and Canada are preparing to renegotiate the North American Free Trade Agreement (NAFTA), as demanded by Donald Trump, who called the 23-year-old pact a "catastrophe" on Thursday.'),
      ['direct:Donald Trump'],
    );
    assert.deepEqual(
      quotes('Talks\n\nAt the news conference, Hillary Clinton, who called Timerman a "very familiar and welcome presence here in Washington," complimented Argentina.'),
      ['direct:Hillary Clinton'],
    );
    assert.deepEqual(quotes('Talks\n\nHe met Wang Yi, who said: "We are ready to work with all sides on this matter."'), ['direct:Wang Yi']);
  });
  it('stands for no one after a body or an unnamed person', () => {
    assert.deepEqual(
      quotes('Ban\n\n“It is very important we push back and fast, because they could go further,” said a social media executive at a major TV station in Nigeria with several thousand followers on Twitter, who asked to remain anonymous.'),
      ['direct:null'],
    );
    assert.deepEqual(quotes('Signing\n\nIt was signed by an official, who said it was "a good day".'), ['scare:null']);
  });
  it('does not pass its person to a quotation in the next paragraph', () => {
    const text =
      'Expulsions\n\nMoscow’s representation in Washington rejected the recent statement by US State Department Spokesperson Ned Price, who welcomed the expulsion of Russian diplomats from several countries.\n\n' +
      '“We consider that Ned Price’s approval of the decision to expel our staff is contrary to the statements by US authorities about their commitment to diplomacy,” the text stated.';
    assert.notDeepEqual(quotes(text), ['direct:Ned Price']);
  });
});

describe('a participle after a comma whose clause holds the quotation', () => {
  it('needs no `that` after it', () => {
    assert.deepEqual(
      quotes('Libya\n\nLavrov released a statement on Wednesday, saying the publication was "a clear case of misinformation"'),
      ['direct:Sergei Lavrov'],
    );
  });
  it('takes the pronoun or the role that opens the sentence as its subject', () => {
    assert.deepEqual(
      quotes('Libya\n\nNigerian authorities released a statement on Wednesday, October 16, saying the Libya Observer’s publication was "a clear case of misinformation"'),
      ['direct:Nigeria'],
    );
    assert.deepEqual(
      quotes('Libya\n\nLavrov spoke on Monday. He released a statement on Wednesday, saying the publication was "a clear case of misinformation"'),
      ['direct:Sergei Lavrov'],
    );
    assert.deepEqual(
      quotes('Libya\n\nLavrov spoke on Monday. The minister released a statement on Wednesday, saying the publication was "a clear case of misinformation"'),
      ['direct:Sergei Lavrov'],
    );
  });
});
