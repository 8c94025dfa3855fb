// Forms met in blind batches 69 and 70: an outlet that reports someone `as saying`, a memorandum that speaks for
// the ministry that issued it, and a role that a cue resolved once and that later cues name again. The sentences
// are written for these tests after the texts' own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteSpeakers } from './helpers';

describe('`reported X as saying` and `cited X as saying`', () => {
  const lead = 'Malvinas visit\n\nBritish Foreign Secretary David Cameron arrived in Stanley on Monday.\n\n';
  it('makes the one reported the speaker, as `quoted X as saying` does', () => {
    const text = lead + 'Britain’s Press Association reported Cameron as saying this week that Britain would "help protect and defend" the islands.\n';
    assert.deepEqual(quoteSpeakers(text), ['David Cameron']);
  });
  it('works with `cited`', () => {
    const text = lead + 'The BBC cited Cameron as saying that the islands were "part of the UK family."\n';
    assert.deepEqual(quoteSpeakers(text), ['David Cameron']);
  });
  it('never takes the place of a passive for the speaker (`was reported in London as saying`)', () => {
    const text = lead + 'Cameron was reported in London as saying that the islands were "part of the UK family."\n';
    assert.notDeepEqual(quoteSpeakers(text), ['London']);
  });
});

describe('a memorandum', () => {
  it('speaks for the ministry whose statement it is', () => {
    const text =
      'Brazil wants the minutes\n\nBrazil stressed the importance of transparency through an official statement from its Ministry of Foreign Affairs.\n\n' +
      'The memorandum notes that this last condition is “an indispensable step to achieve transparency.”\n';
    assert.deepEqual(quoteSpeakers(text), ['Ministry of Foreign Affairs']);
  });
});

describe('a role that a cue resolved before', () => {
  const text =
    'Envoy welcomes election\n\nSaudi Arabia’s ambassador to the United States has welcomed the election, saying that he “prefers action” over speeches.\n' +
    'In an interview, Prince Abdullah bin Faisal bin Turki said that he sees the “extensive relationship” continuing.\n' +
    'Republican candidate Donald Trump on Wednesday emerged as the 45th president of the United States.\n' +
    'Trump is expected to be sworn in as president in January. But the ambassador said that there was no specific “to-do list” for the new administration.\n';
  it('stands for the same holder, not for the person named last', () => {
    assert.deepEqual(quoteSpeakers(text), ['Abdullah bin Faisal bin Turki', 'Abdullah bin Faisal bin Turki', 'Abdullah bin Faisal bin Turki']);
  });
  it('gives way to someone the text names in the role in between', () => {
    const named = text.replace('Republican candidate', 'US Ambassador to Riyadh John Abizaid met him, and Republican candidate');
    assert.deepEqual(quoteSpeakers(named).slice(2), ['John Abizaid']);
  });
});

describe('a long title before the name of a cue after a quotation', () => {
  it('may have two complements, one of them two fields joined by `and`', () => {
    const text =
      'EU and Kyrgyzstan\n\n«You have created a very ambitious document,» the High Representative of the European Union for Foreign Affairs and Security Policy Federica Mogherini said.\n';
    assert.deepEqual(quoteSpeakers(text), ['Federica Mogherini']);
  });
  it('still needs a capitalised name after it', () => {
    const text = 'EU and Kyrgyzstan\n\n«You have created a very ambitious document,» the High Representative of the European Union for Foreign Affairs and Security Policy said.\n';
    assert.notDeepEqual(quoteSpeakers(text), ['Security Policy']);
  });
});

describe('a paragraph that ends in a clause and a colon before paragraphs of quotations', () => {
  const text =
    'Yemen briefing\n\nIn his briefing to the UN Security Council, Grundberg called for stopping the rhetoric of escalation.\n' +
    'During the briefing, he made the following statements:\n- “The two parties are trying to show their willingness to search for solutions.”\n' +
    '- “I encourage both sides to continue working closely with my office.”\n- Hostilities on the fronts remain low.\n- “I welcome the support announced this month.”\n';
  it('gives the clause’s subject the quotations of a list after it, with no reporting verb', () => {
    assert.deepEqual(quoteSpeakers(text), ['Hans Grundberg', 'Hans Grundberg', 'Hans Grundberg']);
  });
  it('needs a name or a pronoun for the subject, not a word that opens sentences', () => {
    const as = 'Cairo denies\n\nEgypt’s Foreign Ministry denied the reports.\n\nAs another source in the ministry told TASS:\n\n“For Cairo, real steps are important, not just the words.”\n';
    assert.notDeepEqual(quoteSpeakers(as), ['As']);
  });
});
