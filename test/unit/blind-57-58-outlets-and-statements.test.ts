// From blind batches 57 and 58 (South and Southeast Asia; Turkey, Iran and China): a newspaper's name after `told`,
// the outlet of an opening interview phrase, a river's name before a role in apposition, and a paragraph that
// introduces someone's statements with a colon.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;
const typed = (text: string, type: string): string[] => analyze(text).entities.filter((e) => e.type === type).map((e) => e.text);

describe('a newspaper named after `told`', () => {
  it('is an organisation, not a person a later role stands for (`told Manila Bulletin`)', () => {
    const text =
      'Wiretap\n\nForeign Affairs Secretary Enrique Manalo spoke on Tuesday.\n\n' +
      'The call allegedly happened in January, a ranking official of the Chinese embassy told Manila Bulletin.\n\n' +
      '"We will have to see whatever evidence," the Foreign Affairs chief told reporters.\n';
    assert.ok(typed(text, 'ORG').includes('Manila Bulletin'));
    assert.deepEqual(speakers(text), ['Enrique Manalo']);
  });
});

describe('an opening phrase that names an interviewer', () => {
  it('leaves the participle to the subject after it (`In an exclusive interview with VOA Cambodia, Sokhon …, saying`)', () => {
    const text =
      'Cambodia\n\nForeign Minister Prak Sokhon spoke.\n\n' +
      'In an exclusive interview with VOA Cambodia, Sokhon softened his tone, saying Cambodia wants to "normalize relations" with the United States.\n';
    assert.deepEqual(speakers(text), ['Prak Sokhon']);
  });
});

describe('a river’s name before a role in apposition', () => {
  it('is a place, and the role is the diplomat’s (`both sides of the Aras River, the diplomat noted`)', () => {
    const text =
      'Iran\n\nIranian Foreign Ministry spokesman Abbas Mousavi said the two nations are close.\n\n' +
      'The people of Iran and Azerbaijan are “close relatives” and there are many families living on both sides of the Aras River, the diplomat noted.\n';
    assert.ok(typed(text, 'LOC').includes('Aras River'));
    assert.deepEqual(typed(text, 'PERSON'), ['Abbas Mousavi']);
    assert.deepEqual(speakers(text), ['Abbas Mousavi']);
  });
  it('but not a title before a surname (`Mr River`)', () => {
    assert.deepEqual(typed('Sea\n\nThe fleet sailed on the Caspian Sea. Mr River spoke.\n', 'LOC'), ['Caspian Sea']);
  });
});

describe('a paragraph that ends in a colon after someone’s statements', () => {
  it('gives the quotations after it to that person, not to the one reporting them', () => {
    const text =
      'Erdoğan on Russia\n\nTurkish President Recep Tayyip Erdoğan answered the questions of journalists on the plane.\n\n' +
      'According to Hürriyet daily reporter Vahap Munyar, here are some of important parts from Erdoğan\'s statements:\n\n' +
      '"Russia\'s remarks on violations are frivolous"\n\n"Violation of Turkey\'s airfield is a violation of NATO airfield."\n';
    assert.deepEqual(speakers(text), ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdoğan']);
  });
});
