// The attribution taken from earlier in the paragraph, against the way it was first picked: every cue and
// every earlier speaker in one list, sorted by where each ends, the first that names someone winning.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Cue } from '../../src/core/quotes/cues';
import { lastAttribution } from '../../src/core/quotes/earlier';
import type { Quote, SpeakerAttribution } from '../../src/core/quotes/types';

type Via = SpeakerAttribution['via'];

function oracle(cues: Cue[], from: number, to: number, done: readonly Quote[], via: Via, attribute: (c: Cue, base: number, via: Via) => SpeakerAttribution | null): SpeakerAttribution | null {
  const items: { at: number; cue: Cue | null; speaker: SpeakerAttribution | null }[] = [];
  for (const c of cues) items.push({ at: from + c.end, cue: c, speaker: null });
  for (let i = done.length - 1; i >= 0 && done[i].start >= from; i--) {
    const speaker = done[i].speaker;
    if (!done[i].nested && speaker && done[i].end <= to) items.push({ at: done[i].close?.end ?? done[i].end, cue: null, speaker });
  }
  items.sort((a, b) => b.at - a.at);
  for (const item of items) {
    const a = item.cue ? attribute(item.cue, from, via) : { ...item.speaker!, via };
    if (a) return a;
  }
  return null;
}

const speakerOf = (name: string, at: number): SpeakerAttribution => ({ name, cue: { start: at, end: at + 1, text: name }, antecedent: null, via: 'cue-after' });

/** Cues in order of their start (ends often equal, some overlapping); quotations in order, some nested or closed later. */
const cases = fc.record({
  from: fc.nat({ max: 20 }),
  cues: fc.array(fc.record({ start: fc.nat({ max: 40 }), length: fc.integer({ min: 1, max: 8 }), names: fc.boolean() }), { maxLength: 5 }),
  quotes: fc.array(
    fc.record({ start: fc.nat({ max: 60 }), length: fc.nat({ max: 10 }), closed: fc.boolean(), nested: fc.boolean(), speaks: fc.boolean() }),
    { maxLength: 6 },
  ),
  to: fc.nat({ max: 70 }),
});

describe('the attribution from earlier in the paragraph', () => {
  it('is the one the sorted list of every cue and earlier speaker gave', () => {
    fc.assert(
      fc.property(cases, ({ from, cues: rawCues, quotes: rawQuotes, to }) => {
        const makeCues = (): Cue[] =>
          rawCues
            .map((c, i) => ({ start: c.start, end: c.start + c.length, subject: { start: c.start, end: c.start + 1, text: `s${i}`, kind: 'name' as const } }))
            .sort((a, b) => a.start - b.start);
        const naming = new Set(rawCues.flatMap((c, i) => (c.names ? [`s${i}`] : [])));
        const attribute = (c: Cue, base: number, via: Via): SpeakerAttribution | null =>
          naming.has(c.subject.text) ? { ...speakerOf(c.subject.text, base + c.start), via } : null;
        const done: Quote[] = rawQuotes
          .map((q, i) => ({
            start: from + q.start - 10, end: from + q.start - 10 + q.length, text: '', open: { start: 0, end: 0 },
            close: q.closed ? { start: from + q.start - 10 + q.length, end: from + q.start - 9 + q.length } : null,
            nested: q.nested, unclosed: !q.closed, kind: 'direct' as const, speaker: q.speaks ? speakerOf(`q${i}`, q.start) : null,
          }))
          .sort((a, b) => a.start - b.start);
        assert.deepEqual(lastAttribution(makeCues(), from, to, done, 'previous-quote', (_: null, c, base, via) => attribute(c, base, via), null), oracle(makeCues(), from, to, done, 'previous-quote', attribute));
      }),
      { numRuns: 5000 },
    );
  });
});
