import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteSpeakers, quoteKindsAndSpeakers } from './helpers';

const speakers = quoteSpeakers;

describe('a pronoun after a name in apposition to a role', () => {
  it('goes to the name set off after the role, not to an earlier speaker of the same gender', () => {
    const text =
      'British Ambassador Barbara Woodward welcomed the extension. “UNMISS remains a lifeline,” she said.\n\n' +
      'South Sudan’s ambassador, Cecilia Adeng Nyok, thanked council members. “We are ready,” she said.';
    assert.deepEqual(speakers(text), ['Barbara Woodward', 'Cecilia Adeng Nyok']);
  });
  it('leaves a name in a list after a verb as it was: not the subject', () => {
    const text = 'Sergei Lavrov met John Kerry and Wang Yi. “The talks were useful,” he said.';
    assert.deepEqual(speakers(text), ['Sergei Lavrov']);
  });
});

describe('what the article has said of a speaker before', () => {
  const interview =
    'Ambassador Elitsa Dragomirova of Bulgaria has spent her career far from the headlines.\n\n' +
    '“The Black Sea used to be a footnote,” Dragomirova said.\n\n' +
    'Her Romanian counterpart, Ambassador Sorin Vlădescu, who joined part of the conversation, agreed. “We speak with one voice,” he said.\n\n' +
    'Border controls remain, a point on which Dragomirova allowed herself some irritation. “We are the eastern flank too,” she said.\n\n' +
    '“I don’t have illusions,” Dragomirova said.\n\n' +
    'Before returning to Sofia, she hopes to see a decision. “Small steps,” the ambassador said.';
  it('a pronoun that named a speaker tells that speaker’s gender to later pronouns', () => {
    assert.deepEqual(speakers(interview).slice(0, 3), ['Elitsa Dragomirova', 'Sorin Vlădescu', 'Elitsa Dragomirova']);
  });
  it('a role given at a person’s first mention holds for later mentions by surname', () => {
    assert.equal(speakers(interview)[4], 'Elitsa Dragomirova');
  });
});

describe('a second quotation in a sentence whose report goes on', () => {
  const kinds = quoteKindsAndSpeakers;
  it('has the first quotation’s speaker after `and warned`, `and said`, `and that`', () => {
    assert.deepEqual(
      kinds('Earlier, Russian Foreign Minister Sergey Lavrov said that Moscow was following developments in Moldova «with great concern» and warned the West against attempts to turn the country into «another Ukraine».'),
      ['direct:Sergei Lavrov', 'direct:Sergei Lavrov'],
    );
    assert.deepEqual(
      kinds('Moldovan Foreign Minister Nicu Popescu said on Monday that the expulsion was «a response to concrete actions, not to words» and that Chisinau remained open to «pragmatic contacts» with Moscow.'),
      ['direct:Nicu Popescu', 'direct:Nicu Popescu'],
    );
  });
  it('stays a scare quote when the words between carry no report on', () => {
    assert.deepEqual(
      kinds('Sergey Lavrov said Moscow was watching «with great concern» and the talk of a new «reset» with scepticism.'),
      ['direct:Sergei Lavrov', 'scare:null'],
    );
  });
});

describe('a name after a body and a role in lower case', () => {
  it('is the subject a later pronoun refers to (UNHCR spokesperson Thomas Lindqvist told …)', () => {
    const text =
      '“What we do not have is permission to move it,” said Mariam Osei, WFP’s deputy country director for Sudan.\n\n' +
      'Arrivals rose sharply in June, UNHCR spokesperson Thomas Lindqvist told a press briefing in Geneva.\n\n' +
      'He described conditions in the camps as “dire and getting worse by the day”.';
    assert.deepEqual(speakers(text), ['Mariam Osei', 'Thomas Lindqvist']);
  });
  it('does not make the object of a verb a subject (Lavrov met Kerry)', () => {
    const text = 'UNHCR spokesperson Thomas Lindqvist met Secretary of State John Kerry in Geneva. “The talks were useful,” he said.';
    assert.deepEqual(speakers(text), ['Thomas Lindqvist']);
  });
});

describe('a body in a clause that a person reports', () => {
  it('speaks through the person (Ned Price said Washington welcomed "…")', () => {
    const text = 'State Department spokesman Ned Price said Washington welcomed "any efforts to help end the war in Yemen" in the region.';
    assert.deepEqual(speakers(text), ['Ned Price']);
  });
  it('but a person in the reported clause speaks for himself (the ministry said Lavrov told reporters: "…")', () => {
    const text = 'The Russian Foreign Ministry said Sergei Lavrov told reporters: "We will answer in kind."';
    assert.deepEqual(speakers(text), ['Sergei Lavrov']);
  });
});

describe('a title with no one named to hold it', () => {
  const briefing =
    'Washington, March 29, 2022\n\nDepartment Press Briefing\n\nNed Price, Department Spokesperson\n\n' +
    'QUESTION: Do you take that at face value?\n\n' +
    "MR. PRICE: We have not seen any sign of progress. As the President said, 'we will not back down' when it comes to Ukraine.";
  it('is whoever held it in the country of the turn’s speaker in the dateline’s year', () => {
    assert.deepEqual(speakers(briefing), ['Joe Biden']);
  });
  it('is left to the nearby mentions without a dateline', () => {
    assert.notDeepEqual(speakers(briefing.replace('Washington, March 29, 2022\n\n', '')), ['Joe Biden']);
  });
  it('goes to the person the title stands before, not to the next one named', () => {
    const text = 'Secretary Blinken spoke with Turkish Foreign Minister Mevlüt Çavuşoğlu on Sunday. "Diplomacy is the path we prefer," the Secretary said.';
    assert.deepEqual(speakers(text), ['Antony Blinken']);
  });
});

describe('a speaker quoting someone', () => {
  it('gives the words to the person `I’ll quote him` points at', () => {
    const text =
      'MR. PRICE: President Zelenskyy has been very clear, and I’ll quote him here, that "nothing about Ukraine without Ukraine" remains the principle.';
    assert.deepEqual(speakers(text), ['Volodymyr Zelensky']);
  });
});
