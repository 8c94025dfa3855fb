// A reporting verb after `and` that shares the sentence's subject (coordinated.ts), and a participle after a comma
// whose that-clause holds the quotation (speaker-cues.ts).

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteKindsAndSpeakers } from './helpers';
import { coordinatedCue } from '../../src/core/quotes/coordinated';

const quotes = quoteKindsAndSpeakers;

describe('a reporting verb that shares its subject with a verb before it', () => {
  it('gives the quotation to the subject that opens the sentence', () => {
    assert.deepEqual(
      quotes('Talks in Beijing\n\nRussian Foreign Minister Sergei Lavrov met Wang Yi in Beijing and said the talks were "very productive and frank."'),
      ['direct:Sergei Lavrov'],
    );
    assert.deepEqual(
      quotes('Talks in Beijing\n\nOn Monday, Lavrov met Chinese officials in Beijing and said the talks were "very productive and frank."'),
      ['direct:Sergei Lavrov'],
    );
  });
  it('also when the first verb comes after an auxiliary: a perfect, a progressive, a passive', () => {
    assert.deepEqual(
      quotes('Oman mediates\n\nOman had been mediating talks between Iran and the US and said that peace was “within reach” hours before the strikes began.'),
      ['direct:Oman'],
    );
    assert.deepEqual(quotes('Talks\n\nLavrov has held talks with Wang Yi and said the talks were "very productive".'), ['direct:Sergei Lavrov']);
    assert.deepEqual(quotes('Talks\n\nLavrov was invited to Beijing and stressed that the ties were "unbreakable".'), ['direct:Sergei Lavrov']);
    // An auxiliary with no verb after it is no first verb.
    assert.equal(coordinatedCue('Lavrov has a plan and said '), null);
  });
  it('resolves a pronoun as the subject, as a cue of its own would', () => {
    assert.deepEqual(
      quotes('Envoys\n\nKenyan Foreign Minister Musalia Mudavadi spoke on Monday. He congratulated the envoys on their appointment by President William Ruto and urged them to "uphold integrity at all times".'),
      ['direct:Musalia Mudavadi'],
    );
  });
  it('gives a quotation paragraph with no cue the subject of such a sentence in the paragraph before', () => {
    const text =
      'Mudavadi to new envoys\n\nKenyan Foreign Minister Musalia Mudavadi said representing Kenya was an honour.\n\n' +
      'He congratulated the envoys on their appointment by President William Ruto and urged them to familiarise themselves with the framework.\n\n' +
      '"As envoys, you need to familiarise yourselves with the paper."';
    assert.deepEqual(quotes(text), ['direct:Musalia Mudavadi']);
  });
  it('finds the cue from the subject to the reporting verb', () => {
    const cue = coordinatedCue('He congratulated the envoys and urged them to ');
    assert.deepEqual(cue && { start: cue.start, end: cue.end, subject: cue.subject }, { start: 0, end: 37, subject: { start: 0, end: 2, text: 'He', kind: 'pronoun' } });
  });
  it('finds none without a past tense after the subject, or across the end of a clause', () => {
    assert.equal(coordinatedCue('Lavrov’s comments came after talks and said '), null);
    assert.equal(coordinatedCue('Lavrov arrived; the minister then met reporters and said '), null);
    assert.equal(coordinatedCue('Asked about it, officials met and said '), null);
    // Unnamed officials said it: someone's words, no one's name.
    assert.deepEqual(quotes('Talks\n\nThe U.S. officials met in Beijing and said the talks were "very productive and frank."'), ['direct:null']);
  });
});

describe('a participle after a comma whose that-clause holds the quotation', () => {
  it('gives the quotation to the subject of the clause before the comma', () => {
    assert.deepEqual(
      quotes('Oman’s minister speaks\n\nOman’s Foreign Minister Badr Albusaidi spoke to Al Arabiya. In a wide-ranging interview, Albusaidi also spoke on the developments in Afghanistan, saying that his country hopes the Afghan government will “coexist with all sects.”'),
      ['direct:Badr Albusaidi'],
    );
  });
  it('also when the participle says where the words were said', () => {
    assert.deepEqual(quotes('Lavrov speaks\n\nForeign Minister Sergei Lavrov spoke on Monday, saying in a statement: "We are ready for talks."'), ['direct:Sergei Lavrov']);
    assert.deepEqual(quotes('Lavrov leaves\n\nForeign Minister Sergei Lavrov left Beijing, adding in a tweet that the visit was "very useful".'), ['direct:Sergei Lavrov']);
  });
  it('not to a body when the participle follows a subject of its own', () => {
    const text =
      'Council members warn\n\nMembers voiced frustration over the deadlock in the Security Council, as they held an emergency meeting today, with some delegates warning that the organ could lose its “remaining credibility” if unity remained out of reach.';
    assert.deepEqual(quotes(text), ['scare:null']);
  });
});

describe('a reporting verb after `but` that shares the sentence’s subject', () => {
  it('reports a that-clause, and `he said` after it is that subject', () => {
    const text =
      'Hague reacts\n\nBritish Foreign Secretary, William Hague, said the expulsion was “a serious blow to bilateral relations.”\n\n' +
      'Mutharika has dispatched a high powered delegation to London for talks with the British Government but stressed that Malawi “will not apologise”.\n\n' +
      '“We are not in the wrong. Britain is not wrong,” he said.';
    assert.deepEqual(quotes(text), ['direct:William Hague', 'direct:Mutharika', 'direct:Mutharika']);
  });
  it('is no cue when the verb names a thing rather than a clause', () => {
    const text = 'Reaction in Berlin\n\nIn Berlin, German Chancellor Olaf Scholz backed the EU line but warned against a “decoupling” that would hurt German exporters.';
    assert.deepEqual(quotes(text), ['scare:null']);
  });
});
