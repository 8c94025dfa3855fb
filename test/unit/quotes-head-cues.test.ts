// A quotation with no cue of its own looks for the last cue before it in its paragraph; when its head (the words
// before it searched by cueAround) opens the paragraph, that is the same stretch, and the head's cues are used
// again instead of a second search. Held to what a fresh search of the stretch gives.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findCues } from '../../src/core/quotes/cues';
import { findQuotes } from '../../src/core/quotes';
import { analyzeStructure } from '../../src/core/text/structure';

describe('the cues of a quotation head searched again', () => {
  it('give the last cue that names someone when the last one of all names no one', () => {
    // `the committee said` names no body of the text, so no cue around the quotation gives a speaker; the search
    // of the paragraph before it (the head again) goes back to `Lavrov said`.
    const text = 'Lavrov said the talks went well and the committee said "we agree."\n';
    const [quote] = findQuotes(text, analyzeStructure(text), []);
    assert.equal(quote.speaker?.name, 'Lavrov');
    assert.equal(quote.speaker?.via, 'previous-quote');
    assert.equal(quote.kind, 'direct');
  });

  it('are the cues a fresh search finds, whatever was searched or reordered in between', () => {
    const words = fc.constantFrom('Lavrov', 'said', 'he', 'the minister', 'told', 'and', 'according to', 'the ministry', ',', '.', '’s');
    const stretch = fc.array(words, { maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(stretch, stretch, (a, b) => {
        const first = findCues(a);
        const fresh = JSON.stringify(first);
        first.sort((x, y) => y.end - x.end); // as lastAttribution reorders them
        findCues(b);
        assert.equal(JSON.stringify(findCues(a)), fresh);
      }),
      { numRuns: 500 },
    );
  });
});
