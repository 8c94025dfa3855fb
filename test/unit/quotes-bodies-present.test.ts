// Reports in the present tense (`admits`, `points out`), a body's `It added`, `the Council members`, and a role
// that an earlier mention of the person, not the first, gives them. Sentences after blind batches 10 and 11.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;

describe('a report in the present tense', () => {
  it('gives a partial quotation after it to the subject', () => {
    assert.deepEqual(speakers('Talks\n\nForeign Minister Sergei Lavrov admits the talks are "difficult but necessary".'), ['Sergei Lavrov']);
    assert.deepEqual(speakers('Talks\n\nSergei Lavrov spoke. Lavrov points out that the sides remain "far apart".'), ['Sergei Lavrov']);
  });
});

describe('a body as the subject', () => {
  it('`It added` after a body spoke is the body', () => {
    assert.deepEqual(speakers('Talks\n\nThe Russian Foreign Ministry said it was "concerned". It added that the sides must "show restraint".'), [
      'Russian Foreign Ministry',
      'Russian Foreign Ministry',
    ]);
  });
  it('`It said` with no body speaking before is no one', () => {
    assert.deepEqual(speakers('Talks\n\nSergei Lavrov arrived on Monday. It said the sides must "show restraint".'), [null]);
  });
  it('`the Council members` are the council named before', () => {
    assert.deepEqual(speakers('Council statement\n\nThe members of the Security Council condemned the attack. The Council members expressed "their deep sympathy to the families of the victims."'), [
      'United Nations Security Council',
    ]);
  });
});

describe('a role that an earlier mention gives a person', () => {
  it('counts when the first mention had no title', () => {
    const text =
      'Malcorra admits differences with UK\n\nForeign minister Susana Malcorra met Foreign Secretary Boris Johnson in Munich.\n\n' +
      '"It was the first issue we talked about," according to Ms Malcorra.\n\n"We have a very big difference," Malcorra is quoted.\n\n' +
      'The minister also points out that Johnson "apologized for the issue of the graves".';
    assert.equal(speakers(text).at(-1), 'Susana Malcorra');
  });
});

describe('more frames from blind batch 12', () => {
  it('`indicated` reports speech', () => {
    assert.deepEqual(speakers('Talks\n\nSri Lankan Foreign Minister Mangala Samaraweera indicated that his visit "reflects the priority of our relations".'), ['Mangala Samaraweera']);
  });
  it('a person right before a participle is its subject, not the subject of the sentence', () => {
    const text =
      'Ministry denies report\n\nTurkish Foreign Ministry Spokesperson Levent Gumrukcu denied allegations of Turkish Foreign Minister Ahmet Davutoglu saying, "some foreign forces are troubled with Turkey" during a meeting.';
    assert.deepEqual(speakers(text), ['Ahmet Davutoğlu']);
    assert.deepEqual(speakers('Talks\n\nSergei Lavrov met John Kerry, saying "we are ready to talk".'), ['Sergei Lavrov']);
  });
});

describe('the Secretary-General named by title only (blind batch 13)', () => {
  it('is the UN Secretary-General, for the title and for `he` after it', () => {
    assert.deepEqual(speakers('Guterres at the Assembly\n\nOn Tuesday, the Secretary-General addressed the General Assembly on the first day of its General Debate. "We must act," he said.'), [
      'António Guterres',
    ]);
    assert.deepEqual(speakers('Assembly opens\n\nThe Secretary-General addressed the Assembly. "We must act," the Secretary-General said.'), ['António Guterres']);
  });
  it('but not another body’s secretary general, nor one the text names', () => {
    assert.deepEqual(speakers('NATO meets\n\nThe NATO Secretary General spoke. "We must act," the NATO Secretary General said.'), [null]);
    assert.deepEqual(speakers('NATO meets\n\nNATO Secretary General Jens Stoltenberg spoke in Brussels. "We must act," the Secretary General said.'), ['Jens Stoltenberg']);
  });
  it('a pronoun of the other gender than the role’s holder stays unresolved', () => {
    assert.deepEqual(speakers('Talks\n\nThe Foreign Minister of France, Catherine Colonna, arrived. "We must act," she said.'), ['Catherine Colonna']);
    assert.deepEqual(speakers('Talks\n\nThe minister met officials in Paris. "We must act," he said.'), [null]);
  });
});

describe('a name that ends its sentence', () => {
  it('is no subject for a pronoun after it', () => {
    const text =
      "Cyprus President says relations with US are improving\n\nNicosia, May 2 - Relations with the United States show constant improvement, Cypriot President Tassos Papadopoulos has pointed out.\n\n" +
      "''We want cooperation and friendship with the US,'' he added.\n\n" +
      'Asked whether he was planning to travel to the US, he said that he is in contact with the US Ambassador in Nicosia, Mr. Roland Schlicher.\n\n' +
      "''I have not asked for any contact,'' he noted.";
    assert.deepEqual(speakers(text), ['Tassos Papadopoulos', 'Tassos Papadopoulos']);
  });
});
