// From blind batch 51 (African and American papers and wires): `Said` opening a sentence is no one's name, a
// sentence that opens with a reporting verb and ends in a colon is an inverted cue, and a role whose owner the
// gazetteer knows serves the owner's country.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { coordinatedCue } from '../../src/core/quotes/coordinated';
import { personNames, quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;
const people = personNames;

const LEAD =
  'Zambia spits fire\n\nIn an exclusive telephone interview on Wednesday, Zambia’s Information, Broadcasting and Tourism Minister Given Lubinda said President Michael Sata does not owe Malawi President Bingu wa Mutharika an official communication.\n\n' +
  'Malawi, through Minister of Information Patricia Kaliati, is on record saying Lilongwe would wait for official communication.\n\n';

describe('a sentence that opens with `Said` and ends in a colon', () => {
  it('is an inverted cue, and `Said` no one’s name', () => {
    const text = `${LEAD}Said Sata’s information minister: “I advise my brothers and sisters in Malawi not to be dogmatic over this matter.”\n`;
    assert.equal(people(text).includes('Said'), false);
    assert.deepEqual(speakers(text), ['Given Lubinda']);
  });

  it('names someone other than the owner of the role', () => {
    const text = `${LEAD}Said Sata’s spokesman, Amos Chanda: “President Sata is the one who is owed an explanation.”\n`;
    assert.deepEqual(speakers(text), ['Amos Chanda']);
  });
});

describe('the owner of a role', () => {
  it('is the role’s country when the gazetteer knows whom the owner serves', () => {
    const text = `${LEAD}"President Sata is the one who is owed an explanation by President Mutharika," Sata’s information minister told reporters.\n`;
    assert.deepEqual(speakers(text), ['Given Lubinda']);
  });
});

describe('adverbs and complaints from blind batch 51', () => {
  it('an adverb may stand between a subject and its verb (`merely answered`)', () => {
    assert.deepEqual(speakers('Talks\n\nInitially, Ossufo Momade merely answered "send my compliments to our Portuguese brothers".\n'), ['Ossufo Momade']);
  });

  it('and between `and` and a coordinated verb (`smiled and calmly replied`)', () => {
    assert.equal(coordinatedCue('Mia Mottley smiled and calmly replied, ')?.subject.text, 'Mia Mottley');
    const q = analyze('Caricom\n\nAsked if she was optimistic about Caricom, Mia Mottley smiled and calmly replied, "Always."\n').quotes;
    assert.deepEqual(q.map((x) => [x.kind, x.speaker?.name]), [['direct', 'Mia Mottley']]);
  });

  it('a complaint is its owner’s words, with or without `that`', () => {
    const text =
      'Lesotho\n\nBotswana President Ian Khama threatened to withdraw in light of Prime Minister Pakalitha Mosisili’s complaint the bloc’s decisions were “gnawing” at the kingdom’s sovereignty.\n';
    assert.deepEqual(speakers(text), ['Pakalitha Mosisili']);
  });
});

describe('a participle’s phrase that opens the sentence', () => {
  it('may stand before the subject of coordinated verbs (`Asked if …, she smiled and calmly replied`)', () => {
    const text =
      'Caricom\n\nPrime Minister Mia Mottley spoke in Port of Spain.\n\n"The dream is very much alive," Mottley said.\n\nAsked if she was optimistic about Caricom, she smiled and calmly replied, "Always."\n';
    assert.deepEqual(analyze(text).quotes.map((x) => [x.kind, x.speaker?.name]), [['direct', 'Mia Mottley'], ['direct', 'Mia Mottley']]);
  });
});
