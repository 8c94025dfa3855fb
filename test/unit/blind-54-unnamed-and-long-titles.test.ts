// From blind batch 54 (Europe, the Balkans, the Caucasus): a title with two complements and a ministry's long
// name for its owner, states in the plural that are no person, and the official or spokesperson a text introduces
// unnamed and then calls `the official`.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { cueAfter } from '../../src/core/quotes/cue-after';
import { quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;

describe('a long title after a quotation', () => {
  it('takes a second complement and a ministry’s name with `and` for its owner', () => {
    assert.equal(cueAfter(', the Minister of State for Communication said in a statement.')?.subject.text, 'the Minister of State for Communication');
    assert.equal(
      cueAfter(', the Ministry of Foreign Affairs and Trade’s Minister of State for Communication said.')?.subject.text,
      'the Ministry of Foreign Affairs and Trade’s Minister of State for Communication',
    );
  });
  it('is the holder named in the next paragraph', () => {
    const text =
      'The Hungarian Ambassador was not summoned\n\n' +
      '“The Hungarian Ambassador held talks at Ukraine’s Ministry of Foreign Affairs at the initiative of Hungary; he was not summoned”, the Ministry of Foreign Affairs and Trade’s Minister of State for Communication said in a statement on Saturday.\n\n' +
      '“The talks were aimed at improving bilateral relations”, Tamás Menczer wrote.\n';
    assert.deepEqual(speakers(text), ['Tamás Menczer', 'Tamás Menczer']);
  });
  it('but a president’s name of four words is no owner of his government', () => {
    // `Argentine President Cristina Kirchner's government said`: the owner stays at most three words with no `of`.
    assert.equal(cueAfter(', Argentine President Cristina Kirchner’s government said.')?.subject.text ?? null, null);
  });
});

describe('states in the plural before a role in apposition', () => {
  it('are no person (`with the Member States, an EU Spokesperson confirmed`)', () => {
    const text = 'Borrell\n\nBRUSSELS – Josep Borrell will continue the discussion with the Member States, an EU Spokesperson confirmed.\n';
    assert.deepEqual(
      analyze(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.text),
      ['Borrell', 'Josep Borrell'],
    );
  });
});

describe('an official introduced unnamed', () => {
  it('is still unnamed as `the official`, `the spokesperson`, in any case', () => {
    assert.deepEqual(speakers('Talks\n\nJosep Borrell will continue talks, a senior EU official said.\n\n"The Western Balkans are a priority," the official added.\n'), [null]);
    assert.deepEqual(
      speakers('Talks\n\nJosep Borrell will continue talks, an EU Spokesperson confirmed.\n\nAccording to the Spokesperson, the region remains a priority.\n\n“The Western Balkans are a priority”, she stressed.\n'),
      [null],
    );
  });
  it('not when the text names someone in the role since', () => {
    assert.deepEqual(speakers('Talks\n\nA spokesman for the ministry, Ned Price, said the talks went on.\n\n"The Western Balkans are a priority," the spokesman added.\n'), ['Ned Price']);
  });
});
