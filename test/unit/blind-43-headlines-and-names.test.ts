// Blind batch 43's PTI copy: a quoted headline whose speaker the lead names past a deck line (`Says Nepal Dy PM
// after …`) and a date line, and `also referred to as “…”`, which names a thing and reports no one. Sentences
// after the batch, and variants.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { findCues } from '../../src/core/quotes/cues';

describe('a quoted headline', () => {
  const text = (deck: string): string =>
    [
      '‘BRI implementation plan discussed with China for Nepal’s development’',
      '',
      deck,
      '',
      'Nepal and China have made progress on the Belt and Road Initiative projects, Deputy Prime Minister Narayan Kaji Shrestha said here on Monday.',
    ].join('\n');

  it('is the words of the one the lead names, past a short deck line', () => {
    assert.equal(analyze(text('Says Nepal Dy PM after concluding his China visit')).quotes[0].speaker?.name, 'Narayan Kaji Shrestha');
  });

  it('is no one’s past a long paragraph with no cue', () => {
    const long = 'Nepal and China signed the framework agreement seven years ago, and the Chinese side forwarded the plan’s text at the end of 2019 after talks.';
    assert.equal(analyze(text(long)).quotes[0].speaker, null);
  });
});

describe('`referred to as`', () => {
  it('names a thing: no cue, and the quotation is a scare quote', () => {
    assert.deepEqual(findCues('The BRI, also referred to as the '), []);
    const q = analyze('Nepal and China\n\nThe BRI, also referred to as the “New Silk Road”, is a project initiated by China.').quotes;
    assert.deepEqual(
      q.map((x) => [x.kind, x.speaker]),
      [['scare', null]],
    );
  });

  it('still reports what someone calls a thing (`He referred to the talks as “…”`)', () => {
    assert.deepEqual(
      findCues('He referred to the talks as ').map((c) => c.subject.text),
      ['He'],
    );
  });
});
