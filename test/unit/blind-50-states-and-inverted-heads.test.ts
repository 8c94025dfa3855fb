// From blind batch 50 (South and Southeast Asia, the Pacific): `states` as a plural, a relative clause that
// closes a sentence, and an inverted cue at the end of a headline or before the day.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { findCues, invertedCues } from '../../src/core/quotes/cues';
import { quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;
const cueWords = (s: string): string[] => findCues(s).map((c) => s.slice(c.start, c.end));

describe('`states`', () => {
  it('is a plural unless what is stated follows it', () => {
    assert.deepEqual(cueWords('Mr Edwards accused Mr Dunne of trying to bully Pacific states and said he should '), ['Mr Edwards accused']);
    assert.deepEqual(cueWords('The aid goes to member states. The '), []);
    assert.deepEqual(cueWords('The statement states that '), ['The statement states']);
    assert.deepEqual(cueWords('The ministry states, “'), ['The ministry states']);
    assert.deepEqual(cueWords('The statement states: '), ['The statement states']);
  });

  it('gives no quotation to a region', () => {
    const text =
      'Tonga rejects threats\n\nMr Edwards accused Mr Dunne of trying to bully Pacific states and said he should "concern himself with the affairs of his own country".\n';
    assert.deepEqual(speakers(text), ['Edwards']);
  });
});

describe('a relative clause that closes the sentence before a quotation paragraph', () => {
  it('does not speak for the next paragraph when `which` is its verb’s object', () => {
    const text =
      'Tonga rejects threats\n\nRelations grew fraught when Tonga’s acting Prime Minister, Clive Edwards, called in the High Commissioner.\n\n' +
      'Mr Edwards said the statement carried what was effectively a threat, which Tonga strongly rejected.\n\n' +
      '"Mr Shirley could spend his time addressing some of the issues in New Zealand rather than seeking cheap publicity."\n';
    assert.deepEqual(speakers(text), ['Clive Edwards']);
  });

  it('still does when it reports what the clause says (`which Brown told parliament … represents`)', () => {
    const text =
      'Aid paused\n\nThe pause includes $10 million in core sector support, which Brown told parliament this week represents four percent of the budget.\n\n' +
      '"[This] has been a consistent component of the Cook Islands budget as part of New Zealand\'s contribution."\n';
    assert.deepEqual(speakers(text), ['Brown']);
  });
});

describe('an inverted cue', () => {
  it('may end a headline, with no full stop', () => {
    assert.deepEqual(invertedCues(' relationship with Malaysia, says Vivian Balakrishnan').map((c) => c.subject.text), ['Vivian Balakrishnan']);
    const text = "Singapore hopes to keep a 'constructive, mutually-beneficial' relationship with Malaysia, says Vivian Balakrishnan\n\nSINGAPORE - Singapore hopes so.\n";
    assert.deepEqual(analyze(text).quotes.map((q) => [q.kind, q.speaker?.name]), [['direct', 'Vivian Balakrishnan']]);
  });

  it('may take the day, with the date in brackets, before the full stop', () => {
    assert.deepEqual(invertedCues(' with Malaysia, said Vivian Balakrishnan on Monday (March 2).').map((c) => c.subject.text), ['Vivian Balakrishnan']);
    // Not words that go on after the name.
    assert.deepEqual(invertedCues(' with Malaysia, said Vivian Balakrishnan on Monday that talks would go on.'), []);
  });
});
