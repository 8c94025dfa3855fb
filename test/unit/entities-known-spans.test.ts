// Rules make no candidate of the same span as a mention of the gazetteer of no lower priority (see KnownSpans):
// such a candidate could only lose, so the selection must come out the same as with every candidate made.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { unknownAcronyms } from '../../src/core/entities/acronyms';
import { type Candidate, selectCandidates } from '../../src/core/entities/candidates';
import { KnownSpans } from '../../src/core/entities/knownspans';
import { gazetteer, titleTrie } from '../../src/core/entities/load';
import { gazetteerCandidates } from '../../src/core/entities/lookup';
import { headedNames } from '../../src/core/entities/headed';
import { reportingPeople } from '../../src/core/entities/reporting-people';
import { rolePeople, titledPeople } from '../../src/core/entities/rules';
import { TokenView } from '../../src/core/entities/view';

/**
 * Known spans that never say a candidate could only lose: every candidate is made. The rules still see the
 * gazetteer's mentions for what they decide by them (a body's `of …` tail ends before a person the gazetteer knows,
 * `Foreign Ministry of NATO Vladimir Putin`), so that only the skipping differs between the two runs.
 */
class EveryCandidate extends KnownSpans {
  override outrank(): boolean {
    return false;
  }
}

/** The candidates of the gazetteer and the rules (those asked about known spans), with or without asking. */
function candidates(text: string, ask: boolean): Candidate[] {
  const v = new TokenView(text);
  const out: Candidate[] = [];
  gazetteerCandidates(v, gazetteer(), out);
  const known = ask ? new KnownSpans(out, out.length) : new EveryCandidate(out, out.length);
  titledPeople(v, titleTrie(), out, known);
  reportingPeople(v, titleTrie(), out, known);
  rolePeople(v, titleTrie(), out, known);
  headedNames(v, out, known);
  unknownAcronyms(v, out, known);
  return out;
}

const PIECES = [
  'NATO', 'UN', 'EU', 'OSCE', 'Foreign Ministry', 'Russian Foreign Ministry', 'Security Council', 'President',
  'Vladimir Putin', 'Putin', 'Sergey Lavrov', 'said', 'told', 'ambassador', 'minister', 'Treaty', 'START Treaty',
  'United Nations', 'Commission', 'European', 'of', 'the', ' ', ' ', ', ', '. ', '\n',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));
// A rule's person takes the canonical name of the gazetteer's person the known spans hold (`President Putin` is
// Vladimir Putin): without asking, the rules have no known spans to look in, so that name is left out here.
const spanOf = (c: Candidate): string =>
  `${c.start}-${c.end} ${c.type} ${c.source} ${c.source === 'rule' && c.type === 'PERSON' ? '' : c.canonical} ${c.priority}`;

describe('candidates that could only lose', () => {
  // The ids of the tokens come from the vocabulary the lists build: build them before any scan.
  gazetteer();
  titleTrie();
  it('are not made, and the selection is the same', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const all = candidates(text, false);
        const asked = candidates(text, true);
        assert.ok(asked.length <= all.length);
        assert.deepEqual(selectCandidates(asked).map(spanOf), selectCandidates(all).map(spanOf), JSON.stringify(text));
      }),
      { numRuns: 400 },
    );
  });

  it('holds on a counterexample a run of the property found (a body’s tail before a person the gazetteer knows)', () => {
    const text = 'Foreign Ministry of NATOVladimir Putin';
    assert.deepEqual(selectCandidates(candidates(text, true)).map(spanOf), selectCandidates(candidates(text, false)).map(spanOf));
  });

  it('holds on the counterexample a run of the property found (a nationality that opens the words after a verb)', () => {
    // The rule asked the known spans whether the words open with a nationality, and made a person without them.
    const text = 'told Russian Foreign MinistryNATO';
    assert.deepEqual(selectCandidates(candidates(text, true)).map(spanOf), selectCandidates(candidates(text, false)).map(spanOf));
  });

  it('gives a rule’s person the gazetteer’s canonical name when asked (the case the property leaves out)', () => {
    assert.deepEqual(selectCandidates(candidates('President Putin', true)).map((c) => c.canonical), ['Vladimir Putin']);
  });

  it('tells a known span of no lower priority as a search of every mention would', () => {
    const mention = fc.record({ start: fc.nat(20), len: fc.nat(5), priority: fc.nat(4) });
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 12 }), mention, (ms, q) => {
        const sorted = ms
          .map((m): Candidate => ({ start: m.start, end: m.start + m.len, type: 'ORG', canonical: '', source: 'gazetteer', priority: m.priority }))
          .sort((a, b) => a.start - b.start);
        const plain = sorted.some((m) => m.start === q.start && m.end === q.start + q.len && m.priority >= q.priority);
        assert.equal(new KnownSpans(sorted, sorted.length).outrank(q.start, q.start + q.len, q.priority), plain);
      }),
      { numRuns: 1000 },
    );
  });
});
