// Subjects the pronoun resolution reads past an opening phrase or in a passive (context.ts), and roles written
// first or with `ex-` in a cue after a quotation (cues.ts).

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;

const MEETING = 'Talks in Moscow\n\nArmenian Foreign Minister Ararat Mirzoyan met Russian Foreign Minister Sergei Lavrov. "We are ready," Lavrov said. ';

describe('the subject a pronoun after it stands for', () => {
  it('is found after a phrase that opens the sentence, set off by a comma', () => {
    assert.deepEqual(speakers(MEETING + 'In turn, Mirzoyan indicated that he looked forward to the visit. “I will be happy to see you in Yerevan,” he said.'), ['Sergei Lavrov', 'Ararat Mirzoyan']);
    assert.deepEqual(speakers(MEETING + 'For his part, Mirzoyan smiled. “I will be happy to see you in Yerevan,” he said.'), ['Sergei Lavrov', 'Ararat Mirzoyan']);
    assert.deepEqual(speakers(MEETING + 'After the meeting at the ministry, Mirzoyan told the press about it. “I will be happy to see you in Yerevan,” he explained.'), ['Sergei Lavrov', 'Ararat Mirzoyan']);
  });
  it('is the agent of a passive, even at the end of its sentence', () => {
    const text = 'Iran talks\n\nUS Secretary of State Antony Blinken met Israeli Foreign Minister Yair Lapid. "We are ready," Blinken said. His comments were echoed by Mr Lapid. “Other options are on the table,” he said.';
    assert.deepEqual(speakers(text), ['Antony Blinken', 'Yair Lapid']);
  });
  it('is not a name that ends its sentence as an object', () => {
    const text = 'Iran talks\n\nUS Secretary of State Antony Blinken arrived. "We are ready," Blinken said. He then spoke with Mr Lapid. “Other options are on the table,” he said.';
    assert.deepEqual(speakers(text), ['Antony Blinken', 'Antony Blinken']);
  });
});

describe('a role in a cue after a quotation', () => {
  it('may come before its complement and the name', () => {
    assert.deepEqual(speakers('Estonia\n\n"Achieving parity is important," Minister of Foreign Affairs Urmas Reinsalu told ERR via a press representative.'), ['Urmas Reinsalu']);
    assert.deepEqual(speakers('Australia\n\n"We are ready," Minister for Foreign Affairs Penny Wong said.'), ['Penny Wong']);
  });
  it('may be a former one, written with ex-', () => {
    assert.deepEqual(speakers('Estonia\n\nFormer president Kersti Kaljulaid spoke on Monday. "And it seems to me that this is wrong," the ex-president added.'), ['Kersti Kaljulaid']);
  });
});

describe('a body after `the` in a cue after a quotation', () => {
  it('speaks when the entity rules know it', () => {
    assert.deepEqual(speakers('EU\n\n"We are ready for talks," the EU said in a statement.'), ['European Union']);
    assert.deepEqual(speakers('Manila\n\nThe Department of Foreign Affairs (DFA) spoke. "We are ready for talks," the DFA said in a readout.'), ['Department of Foreign Affairs']);
  });
  it('not a nationality, which names no one', () => {
    assert.deepEqual(speakers('Talks\n\nTalks ended. "We are ready for talks," the Russian said.'), [null]);
  });
});

describe('a page’s label', () => {
  it('opens no transcript turn, whose speaker the quotations after it would take', () => {
    const text =
      'Manila and Washington\n\nThe Department of Foreign Affairs (DFA) met US officials.\n\nREAD: China harasses a vessel\n\nREAD: Ships spotted off the coast\n\n“Both sides agreed to expand the talks.”';
    assert.deepEqual(speakers(text), [null]);
  });
});

describe('a name and a colon opening a headline', () => {
  it('give the headline’s quoted words to that person', () => {
    const text = 'Shoukry: Egypt “does not give any weight” to Ankara’s statements\n\nCairo\n\nEgyptian Foreign Minister Sameh Shoukry said Egypt does not place any weight on the statements.\n';
    assert.deepEqual(speakers(text), ['Sameh Shoukry']);
  });
  it('not a label that names no person', () => {
    assert.deepEqual(speakers('Update: talks “stalled”\n\nMoscow\n\nRussian Foreign Minister Sergei Lavrov spoke on Monday.\n'), [null]);
  });
});

describe('a role of a country that no one named before holds', () => {
  it('is the one the next paragraph names with it as a title, past an aside on where it was said', () => {
    const text =
      'Nepal and China\n\nNepali Foreign Minister Narayan Khadka will visit China. Chinese Foreign Minister Wang Yi will host a banquet.\n\n' +
      'Seeking Nepal’s support, the Chinese ambassador in her statement said, “China and Nepal are good neighbors.”\n\n' +
      'Chinese Ambassador to Nepal Hou Yanqi claimed the visit was “a serious violation of the one-China principle.”';
    assert.deepEqual(speakers(text), ['Hou Yanqi', 'Hou Yanqi']);
  });
  it('not for a role without a country, nor a press role', () => {
    const text = 'Briefing\n\nMR. PRICE: As the President said, \'we will not back down\'.\n\nPresident Zelenskyy has been very clear.\n\nQUESTION: Thank you.\n';
    assert.notDeepEqual(speakers(text), ['Volodymyr Zelensky']);
  });
});
