// The attribution's look-ups as functions of its context instead of closures made per text, and its speaker
// attributions made in one place, against the plain definitions they replace.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SortedOffsets } from '../../src/core/quotes/offsets';
import { newMentionFacts, paragraphStartBefore, startsOf, type Context } from '../../src/core/quotes/context';
import { speakerAttribution, withVia, type SpeakerAttribution } from '../../src/core/quotes/types';

function contextOf(paragraphs: { start: number; end: number }[]): Context {
  return {
    text: '', mentions: [], firstMention: new Map(), entities: [], mentionStarts: new SortedOffsets(new Float64Array(0)), entityStarts: new SortedOffsets(new Float64Array(0)),
    fullBySurname: new Map(), speakers: [], roleHolders: new Map(), bodies: new Set(), people: new Map(), facts: newMentionFacts(),
    paragraphs, paragraphStarts: new SortedOffsets(startsOf(paragraphs)), year: null, turnSpeakerAt: () => null,
  };
}

/** The closure it replaces: the paragraph holding `pos` found by a search from the start, then `k` back. */
function plainStartBefore(paragraphs: readonly { start: number }[], pos: number, k: number): number {
  let at = 0;
  for (let i = 0; i < paragraphs.length; i++) if (paragraphs[i].start <= pos) at = i;
  return paragraphs[Math.max(0, at - k)]?.start ?? 0;
}

describe('the paragraph start k paragraphs back', () => {
  it('is the one a search from the first paragraph finds', () => {
    const cases = fc.record({
      gaps: fc.array(fc.record({ gap: fc.nat({ max: 5 }), length: fc.integer({ min: 1, max: 9 }) }), { maxLength: 12 }),
      pos: fc.integer({ min: -2, max: 160 }),
      k: fc.nat({ max: 10 }),
    });
    fc.assert(
      fc.property(cases, ({ gaps, pos, k }) => {
        const paragraphs: { start: number; end: number }[] = [];
        let at = 0;
        for (const g of gaps) {
          paragraphs.push({ start: at + g.gap, end: at + g.gap + g.length });
          at += g.gap + g.length;
        }
        assert.equal(paragraphStartBefore(contextOf(paragraphs), pos, k), plainStartBefore(paragraphs, pos, k));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a speaker attribution found another way', () => {
  it('is the copy a spread makes, keys in the same order', () => {
    const vias: SpeakerAttribution['via'][] = ['cue-after', 'cue-before', 'same-sentence', 'previous-quote', 'previous-paragraph', 'continuation', 'same-words', 'turn', 'user'];
    const span = fc.record({ start: fc.nat({ max: 99 }), end: fc.nat({ max: 99 }), text: fc.string({ maxLength: 6 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), span, fc.option(span), fc.constantFrom(...vias), fc.constantFrom(...vias), (name, cue, antecedent, via, other) => {
        const a = speakerAttribution(name, cue, antecedent, via);
        const spread = { ...a, via: other };
        assert.deepEqual(withVia(a, other), spread);
        assert.equal(JSON.stringify(withVia(a, other)), JSON.stringify(spread));
      }),
      { numRuns: 500 },
    );
  });
});
