// Who speaks when a name's words run over a sentence's end, when a quotation runs over a line break before its
// cue, when a surname is misspelt, when a that-clause holds several quotations, and when a paragraph of quotation
// follows paragraphs that report no one. Sentences from the wire copy and national papers of blind batch 28.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findCues } from '../../src/core/quotes/cues';
import { oneEditApart } from '../../src/core/text/spelling';
import { quoteKindsAndSpeakers } from './helpers';

const quotes = quoteKindsAndSpeakers;

describe('a name’s words over the end of a sentence', () => {
  it('are cut at the sentence’s end, a pronoun left a pronoun', () => {
    const cues = findCues('working together under the Boe Declaration. They underlined the importance');
    assert.deepEqual(cues.map((c) => [c.subject.text, c.subject.kind]), [['They', 'pronoun']]);
    assert.deepEqual(findCues('the missile attack by Iran. The White House said').map((c) => c.subject.text), ['The White House']);
  });
  it('keep initials and abbreviations that end in capitals', () => {
    assert.deepEqual(findCues('U.S. Ambassador John Smith said').map((c) => c.subject.text), ['U.S. Ambassador John Smith']);
  });
});

describe('a quotation over a line break', () => {
  it('takes the cue after its close', () => {
    const text =
      'Call\n\nThe White House said the call was direct. "The US and the Israeli government have had discussions since last week.\n' +
      'Those discussions continued with the president and the prime minister," White House press secretary Karine Jean-Pierre said.';
    assert.deepEqual(quotes(text), ['direct:Karine Jean-Pierre']);
  });
});

describe('a misspelt surname', () => {
  it('is the person named in full whose surname it is one letter off', () => {
    const text = 'Recall\n\nIsrael\'s Foreign Minister Israel Katz ordered the recall.\n\n"Israel will not remain silent - there will be further severe consequences," Kantz warned.';
    assert.deepEqual(quotes(text), ['direct:Israel Katz']);
  });
  it('one edit apart: a letter changed, added or left out', () => {
    assert.equal(oneEditApart('Katz', 'Kantz'), true);
    assert.equal(oneEditApart('Tsahkna', 'Tsahknas'), true);
    assert.equal(oneEditApart('Katz', 'Kats'), true);
    assert.equal(oneEditApart('Katz', 'Katz'), false);
    assert.equal(oneEditApart('Katz', 'Kantzi'), false);
    assert.equal(oneEditApart('Lavrov', 'Lapkov'), false);
  });
});

describe('a that-clause after a reporting verb', () => {
  it('holds every quotation of its sentence', () => {
    const text =
      'Recall\n\nForeign Minister Israel Katz recalled the envoys.\n\nHe stated that the "distorted step" taken by both countries is an "injustice" to the victims and a "blow" to efforts.';
    assert.deepEqual(quotes(text), ['direct:Israel Katz', 'direct:Israel Katz', 'direct:Israel Katz']);
  });
});

describe('a reported clause without `that`', () => {
  // Batches 32, 35 and 38: later quotations of a sentence whose subject and verb come before the first.
  it('holds the later quotations of its sentence', () => {
    const wong = 'Pacific\n\nForeign Minister Penny Wong spoke in Suva. Wong said the "new Australian government" signalled a "new Australia" that would work with the region.';
    assert.deepEqual(quotes(wong), ['direct:Penny Wong', 'direct:Penny Wong']);
    const managua =
      'Row\n\nThe Nicaraguan government rejected the remarks. The Nicaraguan government said the content of the statement was “pretentious and insolent”, and merely “a smokescreen” to distract from the crisis.';
    assert.deepEqual(quotes(managua), ['direct:Nicaragua', 'direct:Nicaragua']);
    const boluarte =
      'Envoy\n\nPeruvian President Dina Boluarte announced on Friday the “permanent withdrawal” of the ambassador, after rejecting the repeated “unacceptable questioning” of her government.';
    assert.deepEqual(quotes(boluarte), ['direct:Dina Boluarte', 'direct:Dina Boluarte']);
  });
  it('not past someone else named, nor past a break of the clause', () => {
    const other = 'Pacific\n\nForeign Minister Penny Wong spoke in Suva. Wong said the "new Australian government" would listen, as Fiji\'s Sitiveni Rabuka called for "a new deal".';
    assert.notDeepEqual(quotes(other)[1], 'direct:Penny Wong');
    const semicolon = 'Pacific\n\nForeign Minister Penny Wong spoke in Suva. Wong said the "new Australian government" would listen; critics want a "new deal".';
    assert.deepEqual(quotes(semicolon), ['direct:Penny Wong', 'scare:null']);
  });
});

describe('a paragraph of quotation after paragraphs that report no one', () => {
  it('goes on with the last speaker, no one else named since', () => {
    const text =
      'Embassy\n\nForeign Affairs Minister Mélanie Joly spoke on Monday.\n\n“I never had that list,” said the minister in an interview.\n\n' +
      'To shed light on the situation, her colleagues may study everything in a committee.\n\n“I want to collaborate. I am ready to give all the information I have.”';
    assert.deepEqual(quotes(text), ['direct:Mélanie Joly', 'direct:Mélanie Joly']);
  });
  it('not when someone else is named since', () => {
    const text =
      'Embassy\n\nForeign Affairs Minister Mélanie Joly spoke on Monday.\n\n“I never had that list,” said the minister in an interview.\n\n' +
      'Opposition leader Pierre Poilievre asked for a committee.\n\n“I want to collaborate. I am ready to give all the information I have.”';
    assert.notDeepEqual(quotes(text)[1], 'direct:Mélanie Joly');
  });
});

describe('more verbs that report', () => {
  it('`mentioned`, and base forms after `did`', () => {
    assert.deepEqual(quotes('Talks\n\nForeign Minister Mevlüt Çavuşoğlu also mentioned that Turkey did not see “any difference between the PKK, PYD and PJAK,” adding more.'), ['direct:Mevlüt Çavuşoğlu']);
    assert.deepEqual(quotes('Dam\n\nForeign Minister Sameh Shoukry spoke. However, he did emphasise that "there are definitely clear risks, and we are discussing them" with partners.'), ['direct:Sameh Shoukry']);
  });
});

describe('a long opening phrase before the subject', () => {
  it('still leaves the name after it the subject a pronoun stands for', () => {
    const text =
      'Talks\n\nJamaica’s Foreign Affairs Minister Kamina Johnson Smith has moved to soften tensions after Prime Minister Kamla Persad-Bissessar described Caricom as an “unreliable partner,” stressing that dialogue remains.\n' +
      'Speaking in an interview at the CAF International Economic Forum in Panama, Johnson Smith framed disagreements as manageable.\n' +
      '“As in any family, you will have disagreements,” she said.';
    assert.deepEqual(quotes(text), ['direct:Kamla Persad-Bissessar', 'direct:Kamina Johnson Smith']);
  });
});

describe('the Secretary-General at a noon briefing', () => {
  it('is the UN’s, not the briefer named before, also for a pronoun after the role', () => {
    const text =
      '24 October 2018\n\nDaily Press Briefing\n\nThe following is a transcript of today’s noon briefing by Farhan Haq, Deputy Spokesman for the Secretary-General.\n\n' +
      'All right, good afternoon.\n\nToday is UN Day.  In his message, the Secretary-General said that the staff work every day.  “Despite the odds and the obstacles, we never give up,” he said.';
    assert.deepEqual(quotes(text), ['direct:António Guterres']);
  });
});

describe('quoted in the passive', () => {
  it('the subject before `was quoted` speaks, not a place after it', () => {
    assert.deepEqual(quotes('Talks\n\nAmbassador Carlos Enciso met them. “We agreed on a line of action,” Enciso was quoted in Montevideo as saying.'), ['direct:Carlos Enciso']);
  });
});

describe('a quotation left open whose paragraph ends in its cue', () => {
  it('takes the cue inside it', () => {
    const text =
      'Visit\n\nNew Zealand Foreign Minister Winston Peters visited Tonga.\n\n"New Zealand\'s relationship with Tonga has been strengthened by the visit of a delegation, Peters said.\n\nHe left on Sunday.';
    assert.deepEqual(quotes(text), ['direct:Winston Peters']);
  });
  it('not a comma and words that make no cue', () => {
    const text = 'Visit\n\nNew Zealand Foreign Minister Winston Peters visited Tonga.\n\n"We came for the talks, and the people of Tonga welcomed us.\n\nHe left on Sunday.';
    assert.notDeepEqual(quotes(text), ['direct:people of Tonga']);
  });
});

describe('a participle after `with` and a name', () => {
  it('gives the words to the name', () => {
    const text =
      'Tweets\n\nIn an interview, Donald Trump had said that "they don\'t do a damn thing for us". The statement did not sit well with Pakistani officials, with Human Rights Minister Shireen Mazari saying Trump "suffers conveniently from perpetual historic amnesia!".';
    assert.deepEqual(quotes(text), ['direct:Donald Trump', 'direct:Shireen Mazari']);
  });
});

describe('a sentence that names a person and goes on into the quotation without a verb', () => {
  it('gives the words to the person', () => {
    assert.deepEqual(quotes('Talks\n\nGerman Foreign Minister Sigmar Gabriel, on a question about the Incirlik base, “There is no clear plan yet.”'), ['direct:Sigmar Gabriel']);
  });
  it('not when a verb ends a clause in the aside', () => {
    assert.deepEqual(quotes('Talks\n\nSigmar Gabriel arrived. The base, he was told. “There is no clear plan yet for the visit,” an official said.'), ['direct:null']);
  });
});

describe('a report inverted at the end of a sentence', () => {
  it('holds every quotation of the sentence, past a title’s rest and the day after its subject', () => {
    const text =
      'KUWAIT, Oct 29 (KUNA) -- Palestinian cause is a "priority" for Kuwait and supporting it is a "mainstay" policy for six decades, said Minister of Foreign Affairs Sheikh Salem Abdullah Al-Jaber Al-Sabah on Sunday.';
    assert.deepEqual(quotes(text), ['direct:Salem Abdullah Al-Jaber Al-Sabah', 'direct:Salem Abdullah Al-Jaber Al-Sabah']);
  });
});

describe('a sentence that opens with a participle of report', () => {
  it('goes on with the last quotation’s speaker', () => {
    const text =
      'Somalia\n\nForeign Affairs Minister Mohamed Abdirizak Mohamud said the envoy must go.\n\n“The FGS will hold accountable AMISOM personnel,” the minister tweeted earlier.\n\n' +
      'Adding “Somalia will realise the implementation of the STP, everyone will be held accountable”';
    assert.deepEqual(quotes(text), ['direct:Mohamed Abdirizak Mohamud', 'direct:Mohamed Abdirizak Mohamud']);
  });
});
