// From blind batch 52 (East and Central Asia): the subject of a participle after an inverted aside or after a
// conjunction that opens the sentence, and `the statement` of whoever spoke just before.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;

describe('a participle', () => {
  it('after an inverted cue set off by commas is that cue’s subject’s', () => {
    const text =
      'Japan warns China\n\nForeign Minister Yoshimasa Hayashi spoke to reporters in Tokyo.\n\n' +
      'China is the second-largest economic power in the world, said the minister, adding: “Therefore, its actions have increased influence in the international community.”\n';
    assert.deepEqual(speakers(text), ['Yoshimasa Hayashi']);
  });

  it('after a pronoun that a conjunction opens the sentence with is that pronoun’s', () => {
    const text =
      'Cho on China\n\nForeign Minister Cho Tae-yul spoke to reporters on Monday.\n\n' +
      'But he defended the Yoon government for doing so, adding that the former administration had been “somewhat careless” in its relations with Washington and Tokyo.\n';
    assert.deepEqual(speakers(text), ['Cho Tae-yul']);
  });
});

describe('`the statement` with no issuer named', () => {
  it('is the statement of whoever spoke in this paragraph or the one before', () => {
    const text =
      'North Korea shuts door\n\nChoe Son Hui, North Korea’s Foreign Minister, said on the 29th, “North Korean talk is not of our interest.”\n\n' +
      'The statement pointed out Prime Minister Fumio Kishida’s mention of the abduction issue, emphasizing, “We have nothing to do with the abduction issue that Japan talks about.”\n';
    assert.deepEqual(speakers(text), ['Choe Son-hui', 'Choe Son-hui']);
  });

  it('but not `a report`, which is someone else’s', () => {
    const text =
      'Minister admits concern\n\nInterior Minister Amade Miquidade has admitted that the attacks are "a matter of serious concern".\n\n' +
      'According to a report in the independent newssheet "Carta de Mocambique", he was responding to questions from journalists.\n';
    assert.deepEqual(analyze(text).quotes.map((q) => q.kind), ['direct', 'scare']);
  });
});
