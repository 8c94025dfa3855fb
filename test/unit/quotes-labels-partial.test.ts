// Speakers named without a reporting verb next to the quotation (a headline's `Name:` label before or after it,
// a passive report in the next sentence), and short partial quotations inside a report whose subject is set off
// by an adverb, named by a verb of criticism, or shared by quotations joined with `and`. The sentences are
// written for these tests, after forms met in fresh texts of the genre.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';

const quotes = (text: string): string[] =>
  analyze(text).quotes.map((q) => `${q.kind}:${q.speaker?.name ?? null}:${text.slice(q.start, q.end)}`);

describe('a headline label', () => {
  it('before a quotation names its speaker, with or without the place', () => {
    assert.deepEqual(quotes('Kuleba at UN: "Putin will lose sooner than you think"\n\nUkrainian Foreign Minister Dmytro Kuleba spoke in New York.\n'), [
      'direct:Dmytro Kuleba:Putin will lose sooner than you think',
    ]);
    assert.deepEqual(quotes('Lavrov: "We will not accept this"\n\nRussian Foreign Minister Sergei Lavrov spoke in Moscow.\n'), ['direct:Sergei Lavrov:We will not accept this']);
  });
  it('after a quotation names its speaker', () => {
    assert.deepEqual(quotes("Talks with Pakistan will be ‘strictly bilateral': Jaishankar\n\nExternal Affairs Minister S. Jaishankar spoke in New Delhi.\n"), [
      'direct:S. Jaishankar:strictly bilateral',
    ]);
  });
  it('names no one when no person is found in it', () => {
    assert.deepEqual(quotes('Moscow: "We will not accept this"\n\nThe talks failed.\n'), ['scare:null:We will not accept this']);
  });
});

describe('a passive report in the sentence after a quotation', () => {
  it('names the person in its agent', () => {
    const text =
      'Council meets\n\n"Russia\'s invasion of Ukraine is a blatant violation of the UN Charter and international law." This was reiterated by the Secretary General, Antonio Guterres, opening the Security Council.\n';
    assert.deepEqual(quotes(text), ["direct:António Guterres:Russia's invasion of Ukraine is a blatant violation of the UN Charter and international law."]);
  });
  it('names no one without a person in its agent', () => {
    const text = 'Council meets\n\n"The invasion is a blatant violation of the UN Charter and international law." This was reiterated by several delegations.\n';
    assert.deepEqual(quotes(text), ['direct:null:The invasion is a blatant violation of the UN Charter and international law.']);
  });
});

describe('a short partial quotation inside a report', () => {
  it('is the subject’s words when an adverb stands before the verb', () => {
    assert.deepEqual(quotes("Talks\n\nDavid Lammy, the Foreign Secretary, meanwhile warned the region is facing a 'moment of grave peril'.\n"), [
      'direct:David Lammy:moment of grave peril',
    ]);
    assert.deepEqual(quotes('Talks\n\nMr Moses Kuria had on Sunday tweeted a suggestion to “bomb Khartoum to smithereens”.\n'), [
      'direct:Moses Kuria:bomb Khartoum to smithereens',
    ]);
  });
  it('is the subject’s words after a verb of criticism', () => {
    assert.deepEqual(quotes('Talks\n\nPresident Donald Trump lashed out at the ambassador as a “pompous fool” in the wake of the leak.\n'), [
      'direct:Donald Trump:pompous fool',
    ]);
  });
  it('shares its kind and speaker with the quotation it is joined to by and', () => {
    assert.deepEqual(quotes("Talks\n\nSaudi Foreign Minister Faisal bin Farhan described the talks as 'cordial' and 'exploratory'.\n"), [
      'direct:Faisal bin Farhan:cordial',
      'direct:Faisal bin Farhan:exploratory',
    ]);
  });
  it('stays a scare quote when nobody reports it', () => {
    assert.deepEqual(quotes('Talks\n\nThe “reset” and the “pause” were over.\n'), ['scare:null:reset', 'scare:null:pause']);
  });
});

describe('a cue whose subject is titles alone', () => {
  it('names whoever holds the title here', () => {
    const text = 'Camps visited\n\nPrime Minister Sheikh Hasina visited the camps on Tuesday.\n\n"If needed, we will eat one time a day," the PM said.\n';
    assert.deepEqual(quotes(text), ['direct:Sheikh Hasina:If needed, we will eat one time a day,']);
    const iran = 'Talks\n\nForeign Ministry Spokesman Nasser Kanaani spoke on Monday.\n\nPointing to the talks, FM Spokesman said: "The ball is in the Americans’ court."\n';
    assert.deepEqual(quotes(iran), ['direct:Nasser Kanaani:The ball is in the Americans’ court.']);
  });
});

describe('an inverted report that ends the sentence before a quotation', () => {
  it('gives its subject to the quotation that has no cue of its own', () => {
    const lead = 'Talks\n\nXi Jinping met Antony Blinken in Beijing. Relations should rest on mutual respect, said Xi. ';
    assert.deepEqual(quotes(`${lead}"I hope this visit will help."\n`), ['direct:Xi Jinping:I hope this visit will help.']);
    assert.deepEqual(quotes(`${lead.replace('said Xi.', 'said Xi!')}"I hope this visit will help."\n`), ['direct:Xi Jinping:I hope this visit will help.']);
  });
  it('not when the verb’s object follows it, or the subject goes on', () => {
    const lead = 'Talks\n\nXi Jinping met Antony Blinken in Beijing. The talks may stall, an official close to the talks told AFP. ';
    assert.deepEqual(quotes(`${lead}"That should not discourage the mediators."\n`), ['direct:null:That should not discourage the mediators.']);
    const officials = 'Talks\n\nBarack Obama met Xi Jinping. Talks went well, said U.S. officials in a statement. ';
    assert.deepEqual(quotes(`${officials}"We hope for more."\n`), ['scare:null:We hope for more.']);
  });
});

describe('a document that speaks for the body that issued it', () => {
  it('is the organisation named last before it', () => {
    const text =
      "ASEAN meets\n\nThe 58th ASEAN Foreign Ministers' Meeting was held in Kuala Lumpur.\n\n\"We expressed our deep concern over the escalation of conflicts in Myanmar,\" the communique, released after the meeting, said.\n";
    assert.deepEqual(quotes(text), ['direct:Association of Southeast Asian Nations:We expressed our deep concern over the escalation of conflicts in Myanmar,']);
  });
  it('is read with its accent, as the body it names is', () => {
    const lead = 'Summit\n\nThe African Union summit ended in Addis Ababa on Monday.\n\n"We stand united against pressure from outside," ';
    assert.deepEqual(quotes(`${lead}the AU communiqué said.\n`), ['direct:African Union:We stand united against pressure from outside,']);
    assert.deepEqual(quotes(`${lead}the AU communique said.\n`), ['direct:African Union:We stand united against pressure from outside,']);
    const paris = 'Talks\n\nPresident Macron met Olaf Scholz in Paris.\n\n"We stand united against pressure from outside," the Élysée said.\n';
    assert.deepEqual(quotes(paris), ['direct:Élysée Palace:We stand united against pressure from outside,']);
  });
  it('is no place named before it', () => {
    assert.deepEqual(quotes('Talks\n\nThe two sides met in Geneva.\n\n"We made progress on all issues," the joint statement said.\n'), ['direct:null:We made progress on all issues,']);
  });
});

describe('quotations joined by a dash and not', () => {
  it('share the report, and verbs of accusation report', () => {
    const text = 'Talks\n\nGeoffrey Onyeama says the engagements with Nigeria need to be “constructive” — not “alarmist”.\n';
    assert.deepEqual(quotes(text), ['direct:Geoffrey Onyeama:constructive', 'direct:Geoffrey Onyeama:alarmist']);
    assert.deepEqual(quotes('Talks\n\nSheikh Hasina alleged that the party was a "terrorist" and "militant" outfit.\n'), [
      'direct:Sheikh Hasina:terrorist',
      'direct:Sheikh Hasina:militant',
    ]);
  });
});

describe('a headline that quotes its subject, a role without an article', () => {
  it('names the holder the lead introduces', () => {
    const saudi = "Saudi foreign minister describes talks with Iran as 'cordial' and 'exploratory' - FT\n\nSaudi Foreign Minister Prince Faisal bin Farhan told the Financial Times the talks were useful.\n";
    assert.deepEqual(quotes(saudi), ['direct:Faisal bin Farhan:cordial', 'direct:Faisal bin Farhan:exploratory']);
    const un = 'UN Charter ‘Is Our Road Map’ to a Peaceful World, Secretary-General Tells Security Council in Open Debate\n\nSecretary-General António Guterres addressed the Council.\n';
    assert.deepEqual(quotes(un), ['direct:António Guterres:Is Our Road Map']);
  });
  it('takes no one the headline itself names for the role', () => {
    const text = 'Senior envoy says Moscow disappointed that Lavrov’s White House visit ‘raised a fuss’\n\nDeputy Foreign Minister Sergei Ryabkov told TASS so.\n';
    assert.deepEqual(quotes(text), ['direct:Sergei Ryabkov:raised a fuss']);
  });
  it('leaves a headline without such a cue alone', () => {
    assert.deepEqual(quotes('Lavrov’s ‘reset’ remark puzzles diplomats\n\nThe talks went on.\n'), ['scare:null:reset']);
  });
});

describe('a role with the body it serves as a cue’s subject', () => {
  it('names the holder named before', () => {
    const text =
      'Mali crisis\n\nMoussa Faki Mahamat, the president of the African Union Commission, spoke on Monday.\n\nIn a statement, the Chairperson of the AU Commission first of all welcomed “the peaceful nature of these protests so far.”\n';
    assert.deepEqual(quotes(text), ['direct:Moussa Faki Mahamat:the peaceful nature of these protests so far.']);
  });
});

describe('a nationality’s foreign ministry written lower-case', () => {
  it('speaks as that nationality’s Foreign Ministry', () => {
    assert.deepEqual(quotes('Talks\n\n"We oppose this," the South Korean foreign ministry said of the talks.\n'), ['direct:South Korean Foreign Ministry:We oppose this,']);
    assert.deepEqual(quotes('Talks\n\n"We oppose this," the foreign ministry said.\n'), ['scare:null:We oppose this,']);
  });
});

describe('cue subjects and adverbs of wire copy', () => {
  it('take a surname that opens with a hyphened particle', () => {
    assert.deepEqual(quotes('Talks\n\n"We will not allow this," el-Sisi said.\n'), ['direct:Abdel Fattah el-Sisi:We will not allow this,']);
  });
  it('take a weekday with its time of day before the verb', () => {
    assert.deepEqual(quotes('Talks\n\nThe UN Security Council on Sunday night called for an "immediate cessation of hostilities".\n'), [
      'direct:United Nations Security Council:immediate cessation of hostilities',
    ]);
  });
});

describe('a speaker named by the first word of a full name in the text', () => {
  it('is that full name, as a surname alone is (`Wang` after `Wang Yi`, `Imran` after `Imran Khan`)', () => {
    assert.deepEqual(quotes('Talks\n\nChinese Foreign Minister Wang Yi met Antony Blinken.\n\n"We will not allow this," Wang said.\n'), [
      'direct:Wang Yi:We will not allow this,',
    ]);
  });
});

describe('a name with its country, as UN meetings coverage writes it', () => {
  it('is a person and the speaker, not the country', () => {
    assert.deepEqual(quotes('Council meets\n\n"We need peace," Valentine Rugwabiza of Rwanda said.\n'), ['direct:Valentine Rugwabiza:We need peace,']);
    assert.deepEqual(quotes('Council meets\n\nEugene-Richard Gasana said the vote was close.\n\n"We need peace," Gasana of Rwanda said.\n'), ['direct:Eugene-Richard Gasana:We need peace,']);
  });
});

describe('a partial quotation after a verb of naming', () => {
  it('is the subject’s words (`dubbed`)', () => {
    const text = 'Talks\n\nIranian Foreign Minister Javad Zarif met the envoys. Zarif dubbed the talks "constructive" and left.\n';
    assert.deepEqual(quotes(text), ['direct:Mohammad Javad Zarif:constructive']);
  });
});

describe('an outlet that quoted someone as saying, after the quotation', () => {
  it('gives the one quoted, a qualified role before the name too', () => {
    const lead = 'Talks\n\nPakistani Foreign Minister Shah Mehmood Qureshi arrived in Dubai.\n\n';
    assert.deepEqual(quotes(`${lead}"I am here for a bilateral visit," The Express Tribune quoted Qureshi as saying.\n`), ['direct:Shah Mehmood Qureshi:I am here for a bilateral visit,']);
    const text = 'Talks\n\n"I can confirm that the talks are on," media reports quoted MEA spokesperson Raveesh Kumar as saying.\n';
    assert.deepEqual(quotes(text), ['direct:Raveesh Kumar:I can confirm that the talks are on,']);
  });
});

describe('an aside between the subject and its reporting verb', () => {
  it('leaves the subject the speaker: a date in brackets, words between double hyphens', () => {
    const griffiths = 'Yemen\n\nThe Special Envoy for Yemen, Martin Griffiths, today (14 May) told the Council that "the roadmap is feasible," and left.\n';
    assert.deepEqual(quotes(griffiths), ['direct:Martin Griffiths:the roadmap is feasible,']);
    const clinton = 'Syria\n\nSecretary of State Hillary Clinton -- not surprisingly -- told reporters that Syria was “at the top of our list.”\n';
    assert.deepEqual(quotes(clinton), ['direct:Hillary Clinton:at the top of our list.']);
  });
});

describe('abbreviated titles and a sentence’s full stop after a name', () => {
  it('keep the sentence whole, and the name without the stop', () => {
    assert.deepEqual(quotes('Syria\n\nHillary Clinton met the envoys. “We stand with the Syrian people,” Sec. Clinton said.\n'), ['direct:Hillary Clinton:We stand with the Syrian people,']);
    assert.deepEqual(quotes('Talks\n\n"We have a commitment to advance the agenda," added Malcorra.\n'), ['direct:Susana Malcorra:We have a commitment to advance the agenda,']);
  });
});
