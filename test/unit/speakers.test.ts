import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { SEED_NAMES, seedGold, seedText } from './helpers';

/** [quote text, kind, speaker] of every quotation. */
function who(text: string): [string, string, string | null][] {
  return analyze(text).quotes.map((q) => [q.text, q.kind, q.speaker?.name ?? null]);
}

const LEAD = '26 Dec 2011\n\nLavrov sums up the year\n\nRussian Foreign Minister Sergei Lavrov said in an interview with Interfax that the year was difficult.\n';

describe('speakers on the seeds', () => {
  for (const name of SEED_NAMES) {
    it(`agrees with the gold on every direct quotation of ${name}`, () => {
      const text = seedText(name);
      const found = new Map(analyze(text).quotes.map((q) => [`${q.start}-${q.end}`, q]));
      for (const g of seedGold(name).quotes) {
        const q = found.get(`${g.start}-${g.end}`);
        assert.ok(q, `quotation missing: ${g.text}`);
        assert.equal(q.kind, g.kind, g.text);
        assert.equal(q.speaker?.name ?? null, g.speaker, g.text);
      }
    });
  }
  it('gives the evidence of each attribution as a span of the text', () => {
    const text = seedText('000_e9822723eeb1ed02');
    for (const q of analyze(text).quotes) {
      if (!q.speaker) continue;
      assert.equal(text.slice(q.speaker.cue.start, q.speaker.cue.end), q.speaker.cue.text);
      if (q.speaker.antecedent) assert.equal(text.slice(q.speaker.antecedent.start, q.speaker.antecedent.end), q.speaker.antecedent.text);
    }
  });
});

describe('reporting cues', () => {
  it('a pronoun after the quotation refers to the person named before', () => {
    assert.deepEqual(who(`${LEAD}"We have been developing the interaction with the North Atlantic Alliance," he said.`), [
      ['We have been developing the interaction with the North Atlantic Alliance,', 'direct', 'Sergei Lavrov'],
    ]);
  });
  it('a surname, a role and the verb first', () => {
    const t = `${LEAD}"Our dialogue with NATO centered on security," Lavrov said.\n"It is a key item," the minister stressed.\n"We will see," said the Russian Foreign Minister.`;
    assert.deepEqual(who(t).map((q) => q[2]), ['Sergei Lavrov', 'Sergei Lavrov', 'Sergei Lavrov']);
  });
  it('a body named in the role that says it, though a place is named just before', () => {
    const t = 'QUESTION: Thanks, Ned. On Istanbul. The Russian Foreign Ministry said earlier that there had been "no breakthrough of any kind" in the talks.';
    assert.equal(who(t)[0][2], 'Russian Foreign Ministry');
  });
  it('a cue before the quotation, with words between', () => {
    const t = `${LEAD}On prospects for Russian-U.S. relations, Lavrov said, in part: "The ability of Washington to hear our concerns will be of paramount importance."`;
    assert.equal(who(t)[0][2], 'Sergei Lavrov');
  });
  it('a partial quotation with the cue at the end of the sentence', () => {
    const t = `${LEAD}The strengthening of interaction with the U.S. "was a key area of our foreign policy" in 2011, he said.`;
    assert.deepEqual(who(t), [['was a key area of our foreign policy', 'direct', 'Sergei Lavrov']]);
  });
  it('an interrupted quotation keeps its speaker in both halves', () => {
    const t = `${LEAD}"The latest summit in Brussels confirmed a serious potential," he said. "The joint work with the EU intensified."`;
    assert.deepEqual(who(t).map((q) => q[2]), ['Sergei Lavrov', 'Sergei Lavrov']);
  });
  it('a quotation after a sentence of reported speech takes its speaker', () => {
    const t = `${LEAD}The Russian membership in the WTO is a new stage, Lavrov said. "We are ready to promote global economic stability."`;
    assert.equal(who(t)[0][2], 'Sergei Lavrov');
  });
  it('a quotation paragraph takes the speaker of the paragraph before it', () => {
    const t = '14 March 2012\n\nHeadline\n\nTrust could be weakened, Russian Foreign Minister Sergey Lavrov believes.\n\n“We are aware of potential problems in Russian-US relations.”';
    assert.equal(who(t)[0][2], 'Sergei Lavrov');
  });
  it('transliteration variants are one person', () => {
    const t = '14 March 2012\n\nHeadline\n\n“We are aware of the problems,” Sergey Lavrov said.\n\n“We are not satisfied,” Sergei Lavrov added.';
    assert.deepEqual(who(t).map((q) => q[2]), ['Sergei Lavrov', 'Sergei Lavrov']);
  });
  it('a woman quoted and referred to as she', () => {
    const t = '3 May 2022\n\nBriefing\n\nForeign Ministry spokeswoman Maria Zakharova spoke to reporters.\n\n“Washington has crossed a line,” she said.';
    assert.equal(who(t)[0][2], 'Maria Zakharova');
  });
  it('according to, and a body as the speaker', () => {
    const t = '3 May 2022\n\nBriefing\n\nThe talks will go on, the Russian Foreign Ministry said on Monday.\n\n“No date has been set,” according to the ministry.';
    assert.equal(who(t)[0][2], 'Russian Foreign Ministry');
  });
  it('a person the gazetteer does not know, then by surname', () => {
    const t = '3 May 2022\n\nInterview\n\nAmbassador Mirela Kostadinova met the press in Sofia.\n\n“We stand ready to help,” Kostadinova said.';
    assert.equal(who(t)[0][2], 'Mirela Kostadinova');
  });
  it('a quotation in a transcript turn goes to the speaker of the turn', () => {
    const t = '12 May 2014\n\nPress conference\n\nQuestion: Will you meet Mr. Kerry?\n\nSergey Lavrov: As I said before, "we are open to dialogue with everyone."\n\nQuestion: Thank you.';
    assert.deepEqual(who(t), [['we are open to dialogue with everyone.', 'direct', 'Sergei Lavrov']]);
  });
});

describe('kinds', () => {
  it('scare quotes have no speaker', () => {
    const t = `${LEAD}An important source of our work is the engagement of all ‘soft force‘ elements.\nMissile defence as indicator of 'resetting'.`;
    assert.deepEqual(who(t), [['soft force', 'scare', null], ['resetting', 'scare', null]]);
  });
  it('a nested quotation is a scare quote inside a direct one', () => {
    const t = `${LEAD}"We will react irrespectively of who is going to "at the helm" in the White House," he said.`;
    assert.deepEqual(who(t).map((q) => [q[1], q[2]]), [['direct', 'Sergei Lavrov'], ['scare', null]]);
  });
  it('a few words in a sentence with a reporting cue are the speaker\'s words', () => {
    assert.deepEqual(who(`${LEAD}He said the draft had been "carefully balanced" by all sides.`), [['carefully balanced', 'direct', 'Sergei Lavrov']]);
  });
  it('a quotation inside a quotation introduced as someone\'s words is direct', () => {
    const t = `${LEAD}"Last summer, President Joe Biden told the region that 'we will not walk away'," he said.`;
    assert.deepEqual(who(t).map((q) => [q[1], q[2]]), [['direct', 'Sergei Lavrov'], ['direct', 'Joe Biden']]);
  });
  it('so-called marks a scare quote', () => {
    assert.equal(who(`${LEAD}He criticised the so-called "humanitarian intervention" doctrine, he said.`)[0][1], 'scare');
  });
  it('the user\'s correction of a speaker wins', () => {
    const text = `${LEAD}"We will see," he said.`;
    const q = analyze(text, { speakers: [{ exact: 'We will see,', speaker: 'Dmitry Medvedev' }] }).quotes[0];
    assert.equal(q.speaker?.name, 'Dmitry Medvedev');
    assert.equal(q.speaker?.via, 'user');
  });
});
