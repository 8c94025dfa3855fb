// Forms met in blind batches 110–115 (Central Asia and the Caucasus; the Pacific and the Caribbean; briefings; UN releases; the Gulf): speakers and names.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findCues } from '../../src/core/quotes/cues';
import { peopleFound, quoteSpeakers } from './helpers';

describe('a verb in title case after a name', () => {
  it('ends the name (`Prime Minister Peter Smithson Chairing a Special Meeting`)', () => {
    assert.deepEqual(peopleFound('The conference began on Thursday, with Prime Minister Peter Smithson Chairing a Special Meeting Of The Leaders.'), [
      'Peter Smithson = Peter Smithson',
    ]);
    assert.deepEqual(peopleFound('Yesterday Minister Jane Dalloway Announced the new budget.'), ['Jane Dalloway = Jane Dalloway']);
  });

  it('leaves a name the gazetteer knows whole, and names whose last word only looks like a verb', () => {
    assert.deepEqual(peopleFound('Prime Minister Peter O’Neill Chairing a meeting of leaders.'), ["Peter O’Neill = Peter O'Neill"]);
    assert.deepEqual(peopleFound('Former Prime Minister Pieter Harding said the talks were useful.'), ['Pieter Harding = Pieter Harding']);
  });
});

describe('a time that opens the sentence before its subject', () => {
  const text = (opening: string): string =>
    'Cook Islands Prime Minister Mark Brown has told the parliament about the aid.\n\n' +
    'New Zealand Foreign Minister Winston Peters has paused $18.2 million in assistance to the Cook Islands.\n\n' +
    `The pause includes $10 million in core sector support. ${opening}, Brown said the money would have been used for health.\n\n` +
    '"The relationship is defined by partnership, not paternalism," he told his parliament on Thursday.\n';

  it('leaves the name after it the subject, whom a `he` after goes on with', () => {
    for (const opening of ['On Wednesday local time', 'Late on Tuesday', 'On 5 March', 'In March', 'In 2019', 'Earlier this week', 'Last month']) {
      assert.deepEqual(quoteSpeakers(text(opening)), ['Mark Brown'], opening);
    }
  });
});

describe('a portfolio small states name', () => {
  it('is part of the title, not of the name, so the name after it speaks', () => {
    const text = '“It is really pleasing to me because we ended up agreeing on the target,” Tonga’s Minister of Fisheries Semisi Fakahau said.\n';
    assert.deepEqual(quoteSpeakers(text), ['Semisi Fakahau']);
    assert.deepEqual(peopleFound(text), ['Semisi Fakahau = Semisi Fakahau']);
  });

  it('holds for other portfolios (`Minister of Tourism`, `Minister for Climate Change`)', () => {
    assert.deepEqual(quoteSpeakers('"We are ready," the Minister of Tourism Aisake Eke said.'), ['Aisake Eke']);
    assert.deepEqual(quoteSpeakers('"We are ready," Minister for Climate Change Seve Paeniu said.'), ['Seve Paeniu']);
  });
});

describe('the object of `in` before a comma and a verb in lower case', () => {
  it('is no subject: the words before the comma end another clause', () => {
    const head = 'His statement addressed the leading cause of mortality in Tuvalu, reaffirmed commitment to equality, and expressed regret over the ';
    assert.deepEqual(
      findCues(head).map((c) => c.subject.text),
      [],
    );
  });

  it('is still a subject with a name in apposition after the comma', () => {
    const cues = findCues('The Permanent Representative in Vienna, Mikhail Ulyanov, wrote that it was ');
    assert.deepEqual(
      cues.map((c) => c.subject.text),
      ['Vienna'],
    );
  });
});

describe('a consulate', () => {
  it('speaks as a body does (`the consulate said`), for the one named before', () => {
    const text = 'The Chinese Consulate General in Karachi issued a notice on Monday.\n\n"All Chinese citizens should take care," the consulate said.\n';
    assert.equal(quoteSpeakers(text).length, 1);
    assert.notEqual(quoteSpeakers(text)[0], null);
  });
});

describe('a title with complements that follow one another, then a name after a comma (batch 113)', () => {
  it('finds the whole name (`Special Representative of the Secretary-General for West Africa and the Sahel, Leonardo Santos Simão`)', () => {
    const text =
      'The Special Representative of the Secretary-General for West Africa and the Sahel, Leonardo Santos Simão, presented the report.\n\n' +
      '"Resource mobilization is urgently needed," Simão warned.\n';
    assert.deepEqual(peopleFound(text), ['Leonardo Santos Simão = Leonardo Santos Simão', 'Simão = Leonardo Santos Simão']);
    assert.deepEqual(quoteSpeakers(text), ['Leonardo Santos Simão']);
  });

  it('joins places with `and` in one complement (`for Mali and Niger, Leonardo Pedro Simão`)', () => {
    assert.deepEqual(peopleFound('The Special Representative for Mali and Niger, Leonardo Pedro Simão, presented the report.'), ['Leonardo Pedro Simão = Leonardo Pedro Simão']);
  });
});

describe('`he` after a sentence in which one person reports another\'s words (batch 113)', () => {
  const text =
    'Assistant Secretary-General Khaled Khiari briefed the Security Council on Myanmar.\n\n' +
    'Khiari said Guterres urged a "unified response" as violence continues throughout Myanmar.\n\n' +
    '"The expansion of armed conflict has deprived communities of their livelihoods," he said.\n';

  it('goes on with the one who reports, not the one reported', () => {
    assert.deepEqual(quoteSpeakers(text), ['António Guterres', 'Khaled Khiari']);
  });

  it('goes on with the last speaker when no one reports their words', () => {
    const own = text.replace('Khiari said Guterres urged', 'Guterres urged');
    assert.deepEqual(quoteSpeakers(own), ['António Guterres', 'António Guterres']);
  });
});

describe('a line that introduces someone\'s quotations without its colon (batch 112)', () => {
  it('gives them the one whose quotations they are (`Here are a few examples of Mr Zhong’s striking quotes`)', () => {
    const text =
      'Here’s a blunt interview with Zhong Jianhua, China’s Special Representative on African Affairs.\n\n' +
      'Here are a few examples of Mr Zhong’s striking quotes\n\n' +
      '• “When I need data, I have to go to different ministries and departments to extract it myself.”\n\n' +
      '• “I administered a flawed project when I was the ambassador in South Africa.”\n';
    assert.deepEqual(quoteSpeakers(text), ['Zhong Jianhua', 'Zhong Jianhua']);
  });

  it('does not when the line ends a sentence', () => {
    const text = 'Zhong Jianhua spoke in London.\n\nReporters asked about Mr Zhong’s striking quotes.\n\n“When I need data, I have to go to different ministries.”\n';
    assert.deepEqual(quoteSpeakers(text), [null]);
  });
});

describe('a closing mark typed after a space, between two quotations (batch 112)', () => {
  it('closes the first, so the second is a quotation of its own that goes on with the speaker', () => {
    const text =
      'EU High Representative Josep Borrell told the press conference "this was the first day of talks. Tomorrow, we will continue. " "The Two-State solution is not a painful concession. It is not a threat."\n';
    assert.deepEqual(quoteSpeakers(text), ['Josep Borrell', 'Josep Borrell']);
  });
});

describe('a quotation that opens a sentence after one whose subject is a person (batch 113)', () => {
  const text = (sentence: string): string =>
    'UN refugee chief Filippo Grandi visited eastern Chad on Sunday.\n\n' + `${sentence} “Refugees can grow their crops alongside the host community and become self-reliant.”\n`;

  it('is that person\'s words, though no verb reports them', () => {
    assert.deepEqual(quoteSpeakers(text('Grandi commended local communities at the new sites who offered land to the refugees.')), ['Filippo Grandi']);
  });

  it('is no one\'s when that sentence names someone else too', () => {
    assert.deepEqual(quoteSpeakers(text('Grandi met Mahamat Idriss Deby at the new sites.')), [null]);
  });
});

describe('a document that opens its sentence before the organisation that issued it (batch 113)', () => {
  it('speaks for that organisation (`In a communique issued in Nigeria, the ECOWAS Commission noted …`)', () => {
    const text =
      'Burkina Faso, Mali and Niger announced their withdrawal from the Economic Community of West African States (ECOWAS).\n\n' +
      'In a communique issued in Nigeria, the ECOWAS Commission noted that it had not been told, unlike ECOWAS members.\n\n' +
      '“The Commission has been working with the three countries,” the communique said.\n';
    assert.deepEqual(quoteSpeakers(text), ['ECOWAS Commission']);
  });
});

describe('`the Prime Minister`, alone or with a second title (batch 115)', () => {
  const text = (cue: string): string =>
    'Prime Minister and Minister of Foreign Affairs HE Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani affirmed Qatar’s refusal to abuse its role.\n\n' +
    'The prime minister said, during a joint press conference with Minister of Foreign Affairs of the Republic of Turkey HE Hakan Fidan, on Wednesday, that the talks are at a delicate stage.\n\n' +
    '“We have seen there is a misuse of this mediation,” he said.\n\n' +
    `${cue}: “We engaged in the mediation process from a humanitarian standpoint.”\n`;

  it('is the one introduced as prime minister, not a foreign minister named since', () => {
    assert.deepEqual(quoteSpeakers(text('The Prime Minister added')), ['Mohammed bin Abdulrahman Al Thani', 'Mohammed bin Abdulrahman Al Thani']);
  });

  it('is the holder of the first of two titles (`The Prime Minister and Minister of Foreign Affairs added`)', () => {
    assert.deepEqual(quoteSpeakers(text('The Prime Minister and Minister of Foreign Affairs added')), ['Mohammed bin Abdulrahman Al Thani', 'Mohammed bin Abdulrahman Al Thani']);
  });

  it('leaves `the Foreign Minister` to the foreign minister named last', () => {
    assert.deepEqual(quoteSpeakers(text('The Turkish Foreign Minister added')), ['Mohammed bin Abdulrahman Al Thani', 'Hakan Fidan']);
  });
});

describe('`he` or `she` as the subject of the sentence a quotation is in (batch 115)', () => {
  const text = (sentence: string): string =>
    'Arab League Secretary General Ahmad Abul-Gheit on Wednesday addressed the council in Cairo.\n\n' + `${sentence}\n`;

  it('makes the words the pronoun\'s person\'s, though no verb reports them', () => {
    assert.deepEqual(quoteSpeakers(text('In this context, he reviewed the “latest deplorable developments” in Syria.')), ['Ahmad Abul-Gheit']);
    assert.deepEqual(quoteSpeakers(text('He will “reiterate the urgency of a credible political process” at the summit.')), ['Ahmad Abul-Gheit']);
  });

  it('does not for the subject of a passive, to whom the words were said', () => {
    assert.deepEqual(quoteSpeakers(text('He was asked about the “latest deplorable developments” in Syria.')), [null]);
  });
});

describe('a dateline ended by `--` (batch 114)', () => {
  it('ends the clause, so the name after it is the subject whose words the sentence quotes', () => {
    const text = 'Quito, January 28 (RHC-teleSUR) -- Ecuadorean President Rafael Correa closed the meeting with a call for “justice, freedom and sovereignty.”\n';
    assert.deepEqual(quoteSpeakers(text), ['Rafael Correa']);
  });
});

describe('a participle after `, but` and a person (batch 114)', () => {
  it('is that person\'s, not the first body named in the sentence', () => {
    const text =
      'The agreement between Mercosur and the EU, under negotiation for almost 24 years, is on the verge of being finalized, but Macron stopped the signing by describing the consensus text as "outdated".\n';
    assert.deepEqual(quoteSpeakers(text), ['Emmanuel Macron']);
  });
});

describe('from a review of this change: what the new rules must leave alone', () => {
  it('a quotation whose own sentence reports it, though naming no one, after a sentence about a person', () => {
    const text =
      'Indian Prime Minister Narendra Modi visited the flood-hit areas of Assam on Sunday. “The water has destroyed everything we had,” one villager told AFP.\n\n' +
      'Pakistani opposition leader Imran Khan addressed a rally in Lahore. “Protesters chanted slogans against the army,” local media reported.\n';
    assert.deepEqual(quoteSpeakers(text), [null, null]);
  });

  it('`he` or `she` after an opening phrase no subject follows, in a relative clause, as a passive, before a title', () => {
    const merkel = 'German Chancellor Angela Merkel arrived in Athens on Tuesday for talks on the debt crisis.\n\n';
    assert.deepEqual(quoteSpeakers(`${merkel}In Greece, she faces protesters who call her “the new Hitler” and accuse her of imposing “austerity without end.”\n`), [null, null]);
    assert.deepEqual(quoteSpeakers(`${merkel}She has long been described as “the most powerful woman in the world” by Forbes.\n`), [null]);
    assert.deepEqual(quoteSpeakers('Pakistani opposition leader Imran Khan was arrested in Islamabad on Tuesday.\n\nHe faces charges under the “Official Secrets Act” and a “corruption reference”.\n'), [null, null]);
  });

  it('a list of names with a serial comma before a participle: the list\'s last name is no subject', () => {
    const text = 'US President Joe Biden held talks with Emmanuel Macron, Olaf Scholz, and Giorgia Meloni in Rome on Tuesday, describing the meeting as “very productive.”\n';
    assert.deepEqual(quoteSpeakers(text), ['Joe Biden']);
  });

  it('a bracket and a dash in the middle of a sentence: no dateline', () => {
    const text = 'The G20 summit (held in New Delhi) -- Chinese President Xi Jinping did not attend -- was called a “failure” by US officials.\n';
    assert.notDeepEqual(quoteSpeakers(text), ['Xi Jinping']);
  });

  it('a line without a colon about the statements others answer', () => {
    const biden = 'US President Joe Biden spoke in Warsaw on Saturday about the war in Ukraine.\n\nWorld leaders responded to Biden\'s remarks\n\n“This is a dangerous escalation.”\n';
    assert.deepEqual(quoteSpeakers(biden), [null]);
    const lavrov = 'Russian Foreign Minister Sergey Lavrov met reporters on Friday.\n\nBelow is the full text of the response to Lavrov\'s comments\n\n“The claims are baseless and we reject them.”\n';
    assert.deepEqual(quoteSpeakers(lavrov), [null]);
  });

  it('a mark between spaces after a comma still opens (`He added , " The West …`)', () => {
    const text = 'Lavrov said: "We will respond. " He added , " The West must listen. "\n';
    assert.equal(quoteSpeakers(text).length, 2);
  });

  it('two titles with an article before the second are two people', () => {
    const text =
      'Kenyan President William Ruto met Foreign Minister Musalia Mudavadi in Nairobi on Monday.\n\n"We are united," the President and the Foreign Minister said.\n';
    assert.notDeepEqual(quoteSpeakers(text), ['William Ruto']);
  });
});
