// A body called again by the head noun of its name (`the Council` after the Security Council), the blind batches'
// UN, Pacific Islands Forum and EU releases; a dotted abbreviation of a state that ends a person's name before it;
// and places those batches named that the gazetteer lacked. Sentences after forms met in the blind batches.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { headNounOf } from '../../src/core/entities/short-forms';

const mentions = (text: string, type?: string): string[] =>
  analyze(text)
    .entities.filter((e) => type === undefined || e.type === type)
    .map((e) => `${e.type} ${e.text} → ${e.canonical}`);

describe('the head noun of a body named before', () => {
  it('is that body after `the`, with the possessive too', () => {
    const text =
      'Central African Republic\n\nThe Special Representative briefed the Security Council on Monday. Briefing the Council for the first time, she urged the Council to act, matters which deserve the Council’s attention.';
    assert.deepEqual(mentions(text, 'ORG'), [
      'ORG Security Council → United Nations Security Council',
      'ORG Council → United Nations Security Council',
      'ORG Council → United Nations Security Council',
      'ORG Council → United Nations Security Council',
    ]);
  });

  it('takes the body an abbreviation names and the body of its own name (`this Council`)', () => {
    const eu = 'Balkans\n\nThe EU enlargement is crucial for the Union’s credibility.';
    assert.deepEqual(mentions(eu, 'ORG'), ['ORG EU → European Union', 'ORG Union → European Union']);
    const unsc = 'Syria\n\nThe UN Security Council met. It is important that this Council send a strong signal.';
    assert.deepEqual(mentions(unsc, 'ORG').slice(1), ['ORG Council → United Nations Security Council']);
  });

  it('is the latest body with that head when two have it', () => {
    const text = 'Geneva\n\nThe Security Council and then the Human Rights Council met. The Council adopted a resolution.';
    assert.equal(mentions(text, 'ORG').at(-1), 'ORG Council → United Nations Human Rights Council');
  });

  it('is nothing before any body with that head is named, nor in a longer name', () => {
    assert.deepEqual(mentions('Summit\n\nThe Council met in Brussels on Monday.', 'ORG'), []);
    const longer = 'Europe\n\nThe Security Council met. The Council of Europe said nothing, and the Council Secretariat neither.';
    assert.deepEqual(
      mentions(longer, 'ORG').map((m) => m.split(' → ')[0]),
      ['ORG Security Council', 'ORG Council of Europe', 'ORG Council Secretariat'],
    );
    // A head noun without `the` or `this` before it is a word of a longer phrase (`Forum leaders`).
    assert.deepEqual(mentions('Pacific\n\nThe Pacific Islands Forum met. Forum leaders agreed.', 'ORG'), ['ORG Pacific Islands Forum → Pacific Islands Forum']);
  });

  it('reads the head noun of a name as the word before its first lower-case word, else its last', () => {
    assert.equal(headNounOf('International Court of Justice'), 'Court');
    assert.equal(headNounOf('United Nations Mission in South Sudan'), 'Mission');
    assert.equal(headNounOf('Pacific Islands Forum'), 'Forum');
    assert.equal(headNounOf('European Union'), 'Union');
    assert.equal(headNounOf('Ministry of Foreign Affairs'), null);
    assert.equal(headNounOf('Hamas'), null);
  });
});

describe('a dotted abbreviation of a state after a name', () => {
  it('is no word of the name', () => {
    const text = 'Amman\n\nAyman Safadi discussed on Tuesday with U.S. Secretary of State Mike Pompeo U.S.-Jordanian relations.';
    assert.deepEqual(mentions(text).slice(1), [
      'PERSON Ayman Safadi → Ayman Safadi',
      'DATE Tuesday → Tuesday',
      'GPE U.S. → United States',
      'PERSON Mike Pompeo → Mike Pompeo',
      'GPE U.S. → United States',
      'NORP Jordanian → Jordanian',
    ]);
  });

  it('leaves the initials inside a name', () => {
    assert.deepEqual(mentions('History\n\nGeorge H.W. Bush came to Kuwait.', 'PERSON'), ['PERSON George H.W. Bush → George H. W. Bush']);
  });
});

describe('places the blind batches named', () => {
  it('finds the short and misspelt forms of states and cities', () => {
    const text =
      'Pacific\n\nKenya and U.S relations grew. The Solomons and Bougainville sent envoys to Delhi, Konya and the port of Hodeida.';
    assert.deepEqual(mentions(text, 'GPE'), [
      'GPE Kenya → Kenya',
      'GPE U.S → United States',
      'GPE Solomons → Solomon Islands',
      'GPE Bougainville → Bougainville',
      'GPE Delhi → Delhi',
      'GPE Konya → Konya',
      'GPE Hodeida → Hodeidah',
    ]);
  });
});

describe('provinces and territories the blind batches name as places that govern themselves', () => {
  it('are GPE: the Gaza Strip, Papua, Bali; and Papuan people are a group', () => {
    assert.deepEqual(mentions('Jakarta\n\nPapuan activists met in Bali and Papua; aid reached the Gaza Strip. Termez and Putrajaya hosted talks.'), [
      'GPE Jakarta → Jakarta',
      'NORP Papuan → Papuan',
      'GPE Bali → Bali',
      'GPE Papua → Papua',
      'GPE Gaza Strip → Gaza Strip',
      'GPE Termez → Termez',
      'GPE Putrajaya → Putrajaya',
    ]);
  });
});
