// From blind batches 65 and 66 (Latin America, Central and Eastern Europe, Central Asia): a title that takes all the
// words before a reporting verb, `made it clear`, and a quotation after a sentence of narration in an interview.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { quoteKindsAndSpeakers } from './helpers';

const quotes = quoteKindsAndSpeakers;

describe('a title with its complement before a reporting verb', () => {
  it('names no one (`The Minister of Foreign Affairs said`), and the quotation goes to the minister named after', () => {
    const text =
      'Georgia\n\nThe Minister of Foreign Affairs said Georgia’s non-invitation was a “deliberate move” from the bloc.\n\n' +
      '“The EU unity could not be achieved without Georgia’s involvement,” said Maka Botchorishvili.';
    assert.deepEqual(analyze(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.text), ['Maka Botchorishvili']);
    assert.deepEqual(quotes(text), ['direct:Maka Botchorishvili', 'direct:Maka Botchorishvili']);
  });
});

describe('an interview’s quotations', () => {
  const text =
    'Kyrgyzstan speaks\n\nAddressing the weight Central Asia now carries, Foreign Minister Zheenbek Kulubaev emphasised both unity and sovereignty. “Central Asia is one of the regions that has gained serious strategic interest.”\n\n' +
    'Kulubaev made it clear that collaboration and self-determination can coexist. “Naturally, we recognise that Central Asian countries must move closer together.”\n\n' +
    'With its location at the crossroads of China and Europe, Kyrgyzstan is advancing efforts to become a transit hub. “Yes, major road routes from China to Europe pass through our territory.”';
  it('`made it clear` reports, and a quotation after a sentence that names no one is the interviewee’s', () => {
    assert.deepEqual(quotes(text), ['direct:Zheenbek Kulubaev', 'direct:Zheenbek Kulubaev', 'direct:Zheenbek Kulubaev']);
  });
  it('not after a sentence that names someone else', () => {
    const other = text.replace('Kyrgyzstan is advancing efforts', 'President Sadyr Japarov is advancing efforts');
    assert.notEqual(quotes(other).at(-1), 'direct:Zheenbek Kulubaev');
  });
});

describe('a page’s time stamp between paragraphs', () => {
  it('does not part a quotation paragraph from the report before it, and keeps its date', () => {
    const text =
      'Barbados PM welcomes Venezuela dialogue\n\nBarbados Prime Minister Mia Mottley said her government is happy to host the talks.\n\nPublished 9 July 2019\n\n' +
      '"Barbados is facilitating all that needs to be done."';
    const a = analyze(text);
    assert.deepEqual(quotes(text), ['direct:Mia Mottley']);
    assert.ok(a.entities.some((e) => e.type === 'DATE' && e.text === '9 July 2019'));
  });
});

describe('an election (blind batch 68)', () => {
  it('is an event, not a person before a role in apposition', () => {
    const text = 'Briefing\n\nAsked about the United States in the wake of the US Presidential Election, the spokesperson said, “Pakistan and the United States have a long history.”';
    assert.deepEqual(analyze(text).entities.map((e) => `${e.type} ${e.text}`), ['GPE United States', 'EVENT US Presidential Election', 'GPE Pakistan', 'GPE United States']);
  });
});

describe('a relative clause’s own report right before the quotation (blind batch 67)', () => {
  it('gives the words to its subject, before the report of the sentence around it', () => {
    assert.deepEqual(
      quotes('Envoy\n\nIn the reported remarks, which the Washington Times described as “unusually blunt”, Otaiba was quoted as saying that he preferred military action.'),
      ['direct:Washington Times'],
    );
    assert.deepEqual(quotes('Envoy\n\nThe move, which Moscow called “a hostile act”, drew criticism, Lavrov said.'), ['direct:Moscow']);
  });
});

describe('a byline that reads like a time stamp', () => {
  it('is not taken for one without a date', () => {
    const text = 'Talks\n\nPosted by Staff Writer\n\n"We will meet again," the minister said.';
    assert.equal(analyze(text).quotes.length, 1);
    const stamp = 'Talks\n\nForeign Minister Ahmed Attaf said the talks went well.\n\nPosted by Staff Writer\n\n"We will meet again next week in Algiers to finish the work."';
    assert.deepEqual(quotes(stamp), ['direct:null']);
  });
});
