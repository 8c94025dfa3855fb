// Forms met in blind batches 85 to 87: a body called by what it is (`the pan-African body`, `the body`, `the
// regional bloc`), a country's delegation as `the Chinese side` of a readout, a statement that `demanded` something
// in its own words, and a subject inside what another reports (`According to him, …`). The sentences are written
// for these tests after the texts' own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { quoteSpeakers } from './helpers';

describe('a body called by what it is', () => {
  it('`the pan-African body` is the organisation named last', () => {
    const text =
      'AU\n\nNAIROBI — The African Union said on Sunday it was alarmed.\n\n' +
      'Expressing "grave concern and alarm," the pan-African body also called on the forces to "protect civilians especially women and children."\n';
    assert.deepEqual(quoteSpeakers(text), ['African Union', 'African Union']);
  });
  it('`the body said` too', () => {
    assert.deepEqual(quoteSpeakers('AU\n\nNAIROBI — The African Union met on Sunday.\n\n"We are alarmed," the body said.\n'), ['African Union']);
  });
});

describe('a country’s side', () => {
  it('is the country', () => {
    assert.deepEqual(quoteSpeakers('Talks\n\nWang Yi met Blinken.\n\n"We oppose it," the Chinese side said.\n'), ['China']);
    assert.deepEqual(quoteSpeakers('Talks\n\nPutin spoke to Macron.\n\nThe Russian side pointed out that "the West might contribute to ending it."\n'), ['Russia']);
  });
  it('`the two sides` is no one', () => {
    assert.deepEqual(quoteSpeakers('Sides\n\nThe two sides said they "will keep talking".\n'), [null]);
  });
});

describe('a statement that demanded', () => {
  it('speaks for its body, and so does the clause after', () => {
    const text =
      'AU\n\nNAIROBI — The African Union met on Sunday.\n\n' +
      'The AU statement also demanded that the sides "swiftly embrace a peaceful solution" and said it "strongly rejects any external interference."\n';
    assert.deepEqual(quoteSpeakers(text), ['African Union', 'African Union']);
  });
});

describe('a subject inside what another reports', () => {
  it('after `According to him,` is not the `he` who speaks next; the one reporting is', () => {
    const text =
      'ECOWAS\n\nABUJA — Nigeria’s Foreign Minister Yusuf Tuggar said on Monday that the exit would have consequences.\n\n' +
      'According to him, ECOWAS heads of state decided to impose sanctions, but President Bola Tinubu is working tirelessly to resolve the situation.\n\n' +
      '“Additionally, ECOWAS has lifted sanctions on these nations,” he said.\n';
    assert.deepEqual(quoteSpeakers(text), ['Yusuf Tuggar']);
  });
  it('a subject in a sentence of its own is still the one', () => {
    const text =
      'ECOWAS\n\nABUJA — Nigeria’s Foreign Minister Yusuf Tuggar said on Monday that the exit would have consequences.\n\n' +
      'President Bola Tinubu is working tirelessly to resolve the situation.\n\n“We have lifted sanctions,” he said.\n';
    assert.deepEqual(quoteSpeakers(text), ['Bola Tinubu']);
  });
});

describe('the statement', () => {
  it('is the body that spoke last nearby, not an organisation named since', () => {
    const text =
      'Sudan\n\nNEW YORK: The UN Security Council on Thursday expressed grave concern.\n\nThe council urged all sides to “protect civilians.”\n\n' +
      'The statement called on all parties to “allow and facilitate safe access,” and condemned the siege by Sudan’s Rapid Support Forces.\n';
    assert.deepEqual(quoteSpeakers(text), ['United Nations Security Council', 'United Nations Security Council']);
  });
  it('after a person spoke is still the organisation named last', () => {
    const text = 'Sudan\n\nThe African Union met.\n\n“We are ready,” Moussa Faki Mahamat said.\n\nThe statement called on all parties to “allow safe access.”\n';
    assert.deepEqual(quoteSpeakers(text).slice(-1), ['African Union']);
  });
});

describe("a council's members", () => {
  it('need no article, and are the council', () => {
    const text =
      'Sudan\n\nThe UN Security Council met on Thursday.\n\n' +
      'In a statement adopted by consensus, council members condemned the attack and its “devastating impact on the civilian population,” recalling Resolution 2736.\n\n' +
      '“We are alarmed,” Security Council members said.\n';
    assert.deepEqual(quoteSpeakers(text), ['United Nations Security Council', 'United Nations Security Council']);
  });
});

describe('the statement, paragraphs later', () => {
  it('is the body an earlier `the statement reads` spoke for, not a broadcaster named since', () => {
    const text =
      'Sudan\n\nThe African Union said on Saturday it was alarmed.\n\n“The Chairperson makes a fervent appeal to all parties,” the statement reads in part.\n\n' +
      'Shooting took place on Saturday near the army headquarters, Al Jazeera reported.\n\nMahamat called for restraint.\n\n' +
      '“At this moment of extreme gravity, the Chairperson urges all components of the international community to act,” the statement said.\n';
    assert.deepEqual(quoteSpeakers(text), ['African Union', 'African Union']);
  });
});

describe('a closing mark after a space', () => {
  it('at the end of a line closes the quotation, whose span leaves the space out', () => {
    const text = 'Talks\n\nUN Secretary General Antonio Guterres told reporters: "End hostilities in Ukraine - now. Put down the gun - now. "\n\nOn the other hand, the vote was close.\n';
    const quotes = analyze(text).quotes;
    assert.deepEqual(
      quotes.map((q) => [q.text, q.unclosed, q.speaker?.name]),
      [['End hostilities in Ukraine - now. Put down the gun - now.', false, 'António Guterres']],
    );
  });
});

describe('a statement issued', () => {
  it('`the White House issued a statement:` gives the quotation after it to the White House', () => {
    assert.deepEqual(quoteSpeakers('Talks\n\nLast week, the White House issued a statement: “President Trump has expressed his concerns.”\n'), ['White House']);
  });
});

describe('the statement after a document of another kind', () => {
  it('is the issuer of the press release named before (`press release from AU`)', () => {
    const text =
      'Sudan\n\nThe African Union (AU) has appealed for a ceasefire.\n\n' +
      'Today’s official press release from AU recalled the efforts made by the AU Commission Chairperson to silence the guns.\n\n' +
      'The parties “agreed to exert pressure on the belligerents,” the statement said.\n';
    assert.deepEqual(quoteSpeakers(text), ['African Union']);
  });
});
