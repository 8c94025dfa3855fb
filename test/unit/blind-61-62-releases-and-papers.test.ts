// From blind batches 61 and 62 (ministry releases, national papers): asides between a subject and its verb, a
// sentence that opens with a time before its subject's apposition, a diplomat's title that is no organisation, a
// two-letter given name that says nothing of gender, and a role in lower case after a capitalised place.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { quoteKindsAndSpeakers } from './helpers';

const quotes = quoteKindsAndSpeakers;

describe('an aside between a subject and its verb', () => {
  it('where the words were given (`in comments to News Source`), the outlet not the speaker', () => {
    assert.deepEqual(
      quotes('Guyana\n\nThe Chinese Ambassador to Guyana Guo Haiyan in comments to News Source said the Chinese Government hopes the controversy could be dealt with peacefully, adding that “peace and development are important for countries in the region”.'),
      ['direct:Guo Haiyan'],
    );
    assert.deepEqual(quotes('Envoys\n\nForeign Affairs Principal Secretary Macharia Kamau spoke to reporters.\n\nKamau in a statement said Kenya has never had envoys rejected.\n\n“In fact, all the host countries are ready to receive them.”'), ['direct:Macharia Kamau']);
  });
  it('a year (`who in 2019 referred to`)', () => {
    assert.deepEqual(
      quotes('Fiji\n\nMr Bainimarama appeared to be taking a swipe at former prime minister Scott Morrison, who in 2019 referred to the Pacific as Australia’s “backyard”.'),
      ['direct:Scott Morrison'],
    );
  });
});

describe('a time that opens the sentence', () => {
  it('is no subject: the name in apposition after it is', () => {
    assert.deepEqual(
      quotes('Visas\n\nOn Monday, Ajuri Ngelale, the presidential spokesperson, announced that Etihad Airlines would resume flights “without any further delay”.'),
      ['direct:Ajuri Ngelale'],
    );
  });
});

describe('`Deputy Chief of Mission`', () => {
  it('is a title before a name, not an organisation', () => {
    const a = analyze('The Chinese Embassy in Manila said its Deputy Chief of Mission Zhou Zhiyong conveyed “strong dissatisfaction and firm opposition” to the protest.');
    assert.deepEqual(a.entities.filter((e) => e.type === 'PERSON' || e.type === 'ORG').map((e) => `${e.type} ${e.text}`), ['ORG Chinese Embassy', 'PERSON Zhou Zhiyong']);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Zhou Zhiyong']);
  });
});

describe('`he` after a district governor named with a short given name', () => {
  const text = (lead: string): string =>
    'Border\n\nChhay Thy, a coordinator for rights group Adhoc, said that the building was complete.\n\n“I have received information from local people,” he said.\n\n' +
    `${lead} said he had informed provincial officials about the problem.\n\n“I have already made a report,” he said.`;
  it('stands for the governor, the subject named last', () => {
    assert.deepEqual(quotes(text('O’yadaw district governor Ma Vichet')), ['direct:Chhay Thy', 'direct:Ma Vichet']);
    assert.deepEqual(quotes(text('The district governor Sam Vichet')), ['direct:Chhay Thy', 'direct:Sam Vichet']);
  });
  it('but not for a woman the given name shows', () => {
    assert.deepEqual(quotes(text('District governor Maria Vichet')), ['direct:Chhay Thy', 'direct:Chhay Thy']);
  });
});
