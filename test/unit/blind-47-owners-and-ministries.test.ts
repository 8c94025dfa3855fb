// From blind batches 47 and 48 (wire copy of visits and calls; Latin American, Caribbean and African papers):
// `An` as a word of a name, a dateline's dash, a role alone before a name after a quotation, the foreign
// ministry of a minister the gazetteer knows, `according to her`, the owner of a role, `external affairs`.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findCues } from '../../src/core/quotes/cues';
import { cueAfter } from '../../src/core/quotes/cue-after';
import { personNames, quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;
const people = personNames;

describe('`An` after a word of a name', () => {
  it('is a word of the name when no capital follows it', () => {
    const text = 'Phnom Penh, March 26, 2011 AKP – Deputy Prime Minister Dr. Sok An told the Thai ambassador that talks must go on.\n\n“Sooner or later the problem would be solved,” said Dr. Sok An, who is also Minister in charge of the Office of the Council of Ministers.\n';
    assert.deepEqual(people(text), ['Sok An', 'Sok An']);
    assert.deepEqual(speakers(text), ['Sok An']);
    assert.deepEqual(people('Talks resumed, said Nuth Sa An, secretary of state at the Ministry of Interior.'), ['Nuth Sa An']);
  });

  it('is the article of a title-case phrase when a capital follows it', () => {
    assert.deepEqual(people('Minister Kofi Annan An Agreement Is Near'), ['Kofi Annan']);
  });
});

describe('a dash after a dateline', () => {
  it('opens the clause whose subject a pronoun then stands for', () => {
    const text =
      'KUANTAN, Oct 6 — Foreign Minister Datuk Saifuddin Abdullah today denied a report that the government had sought the assistance of former defence minister Datuk Seri Hishammuddin Hussein to help restore ties.\n\n' +
      'He said the report was doubtful.\n\n“What happened was I had a discussion with the Saudi Arabian ambassador to Malaysia about a month after my appointment,” he said.\n';
    assert.deepEqual(speakers(text), ['Saifuddin Abdullah']);
  });
});

describe('a role alone before a name, after a quotation', () => {
  it('is part of the cue, the name its subject', () => {
    assert.equal(cueAfter(' spokesman Ned Price said in a released statement.')?.subject.text, 'Ned Price');
    assert.equal(cueAfter(' spokesperson Ned Price told reporters.')?.subject.text, 'Ned Price');
    // Cues that had a subject before keep it.
    assert.equal(cueAfter(' he said.')?.subject.text, 'he');
    assert.equal(cueAfter(' the ministry said.')?.subject.text, 'the ministry');
  });

  it('gives the quotation to the one named, not to the person the paragraph before spoke of', () => {
    const text =
      'Talks held\n\nThe US State Department said Blinken reiterated US support for inter-Korean reconciliation.\n\n"The secretary and the foreign minister reaffirmed their commitment to complete denuclearization," spokesman Ned Price said in a released statement.\n';
    assert.deepEqual(speakers(text), ['Ned Price']);
  });
});

describe('`the ministry` after `the foreign ministry`, with no country named', () => {
  it('is the foreign ministry of the country the gazetteer knows the foreign minister served', () => {
    const text =
      'SEOUL/WASHINGTON -- Foreign Minister Chung Eui-yong and US Secretary of State Antony Blinken agreed to make continued efforts to engage with North Korea during their phone talks Friday, the foreign ministry said.\n\n' +
      '"The minister and secretary agreed that the South and the US would continue to make coordinated diplomatic efforts," the ministry said in a press release.\n\n' +
      '"Especially, the two countries held concrete consultations on ways for cooperation with the North," it added.\n';
    assert.deepEqual(speakers(text), ['South Korean Foreign Ministry', 'South Korean Foreign Ministry']);
  });

  it('is no one when the minister is no one the gazetteer knows', () => {
    const text = 'Foreign Minister Ana Quispe met her counterpart on Friday, the foreign ministry said.\n\n"The talks were frank and useful for both of our countries," the ministry said in a press release.\n';
    assert.deepEqual(speakers(text), [null]);
  });
});

describe('`according to` before an object pronoun', () => {
  it('is a cue whose pronoun stands for the person', () => {
    assert.deepEqual(findCues('since according to her, ').map((c) => [c.subject.text, c.subject.kind]), [['her', 'pronoun']]);
    assert.deepEqual(findCues('According to him, ').map((c) => [c.subject.text, c.subject.kind]), [['him', 'pronoun']]);
    const text =
      'The Foreign Minister Abdulaziz Kamilov spoke about Afghanistan in an interview.\n\nAccording to him, a new situation is developing in Afghanistan, but "this is a new reality that we must deal with."\n';
    assert.deepEqual(speakers(text), ['Abdulaziz Kamilov']);
  });
});

describe('the owner of a role', () => {
  it('is no subject of a cue whose role’s holder is named', () => {
    const cue = findCues("After the crisis began, Javier Milei's Foreign Minister, Diana Mondino, called it an ").at(-1);
    assert.deepEqual([cue?.subject.text, cue?.subject.kind], ["Javier Milei's Foreign Minister", 'role']);
    assert.deepEqual(speakers('Talks\n\nJavier Milei\'s Foreign Minister, Diana Mondino, called the crisis an “anecdote that we have with Spain right now”.\n'), ['Diana Mondino']);
    assert.deepEqual(speakers('Talks\n\nPresident Javier Milei\'s spokesman, Manuel Adorni, called the crisis an “anecdote that we have with Spain right now”.\n'), ['Manuel Adorni']);
    assert.deepEqual(speakers('Talks\n\n"We are moving towards EU membership, and I personally believe in it," said North Macedonia\'s Foreign Minister, Bujar Osmani.\n'), ['Bujar Osmani']);
  });

  it('speaks through what is his when no one else is named', () => {
    const text = 'Fiji PM meets Wenda\n\nRabuka\'s Twitter account said he would support the movement, of which Wenda is chairman, "because they are Melanesians."\n';
    assert.deepEqual(speakers(text), ['Sitiveni Rabuka']);
  });
});

describe('a ministry of external affairs', () => {
  it('is the country’s foreign ministry', () => {
    const text =
      'Maldives assures Sri Lanka\n\nSri Lanka’s external affairs ministry said on Monday that it was concerned.\n\n“Sri Lanka encourages the government of the Maldives to ensure that recent developments are not used against activists,” the ministry said.\n';
    assert.deepEqual(speakers(text), ['Sri Lankan Foreign Ministry']);
  });
});

describe('a name in apposition after a role', () => {
  it('is a person, closed by a comma or a full stop', () => {
    assert.deepEqual(people('Libya’s ambassador to the United Nations, Taher El-Sonni, warned the Security Council on Tuesday.'), ['Taher El-Sonni']);
    assert.deepEqual(people('Lavrov met his Chinese counterpart, Wang Yi, in Beijing.'), ['Lavrov', 'Wang Yi']);
    // Places in a list after a role's complement are no one.
    assert.deepEqual(people('He met the ambassador of France, Germany and Italy.'), []);
  });

  it('is the speaker of a cue whose subject is the role', () => {
    const text = 'Row over plane\n\n"Imagine what situation Argentina would have found itself in?" asked Argentina\'s cabinet chief, Anibal Fernandez.\n\n"We would have ended up in Guantanamo," he told reporters.\n';
    assert.deepEqual(speakers(text), ['Anibal Fernandez', 'Anibal Fernandez']);
  });

  it('is not the subject when the role is the object of an opening phrase', () => {
    const text =
      'Turkish Foreign Minister Hakan Fidan announced on Thursday that a meeting will take place.\n' +
      'Speaking to SKAI’s correspondent in Istanbul, Manolis Kostidis, during a press conference, Fidan was asked what could be expected. He emphasised the need “to resolve the Aegean issue permanently”.\n';
    assert.deepEqual(people(text), ['Hakan Fidan', 'Manolis Kostidis', 'Fidan']);
    assert.deepEqual(speakers(text), ['Hakan Fidan']);
  });
});

describe('a given name written without its accents', () => {
  it('opens a name as the accented one does', () => {
    // Only the list of given names finds these (no title, no reporting verb, no gazetteer entry).
    assert.deepEqual(people('Talks with Anibal Fernandez went well on Monday.'), ['Anibal Fernandez']);
    assert.deepEqual(people('Talks with Oscar Camacho went well on Monday.'), ['Oscar Camacho']);
  });

  it('is no name when its plain form is a word (`German` of `Germán`)', () => {
    assert.deepEqual(people('The German Foreign Office said talks went well.'), []);
  });
});

describe('a participle after a clause that a role opens', () => {
  it('is the role’s words, not those of the person named later in the clause', () => {
    const text =
      'Iran briefing\n\nForeign Ministry Spokesman Bahram Ghasemi spoke on Monday.\n\n' +
      'The Iranian diplomat touched upon the remarks made by President Emmanuel Macron about Iran’s missile capabilities, saying “Macron’s position on Iran’s missile program was not accurate and we would like to ask for more consideration.”\n';
    assert.deepEqual(speakers(text), ['Bahram Ghasemi']);
  });
});

describe('a body’s representative', () => {
  it('is the spokesperson named for the body, by a role before or in apposition after the name', () => {
    const text =
      'Entry list\n\nKazakhstan keeps those who speak hostilely about it on a list of those barred from entry, said spokesman Aibek Smadiyarov, Spokesman of the Foreign Ministry.\n\n' +
      '“The border is closing, and people cannot enter,” a Foreign Ministry representative clarified.\n';
    assert.deepEqual(speakers(text), ['Aibek Smadiyarov']);
  });

  it('is the body when no one was named for it', () => {
    const text = 'Entry list\n\nKazakhstan keeps a list of those barred from entry.\n\n“The border is closing, and people cannot enter,” a Foreign Ministry representative clarified.\n';
    assert.deepEqual(speakers(text), ['Foreign Ministry']);
  });
});

describe('a text that ends in a possessive', () => {
  it('is analysed (the owner test reads no character past the end)', () => {
    assert.deepEqual(speakers('Talks\n\n“We are ready,” said Putin’s'), ['Vladimir Putin']);
    assert.deepEqual(speakers("Talks\n\n“We are ready,” said Putin's"), ['Vladimir Putin']);
  });
});

describe('a subject and a verb that takes an object, after a quotation', () => {
  it('open a statement of their own, not a cue of the quotation before', () => {
    assert.equal(cueAfter(', NP Saud thanked the US government and American people.'), null);
    assert.equal(cueAfter(', the minister thanked.')?.subject.text, 'the minister');
    const text =
      'Nepal’s foreign minister meets his US counterpart\n\nAntony Blinken called Nepal a ‘valued partner in the Indo-Pacific region’, NP Saud thanked the US government and American people for helping Nepal.\n';
    assert.deepEqual(speakers(text), ['Antony Blinken']);
  });
});
