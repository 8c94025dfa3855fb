// unknownAcronyms and placesInCapitals walk only the words of ASCII capitals, picked out of the capitalised tokens
// first (see keepIndices): they must make the same candidates as walking every capitalised token, as before.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { asciiCapitals, unknownAcronyms } from '../../src/core/entities/acronyms';
import { type Candidate } from '../../src/core/entities/candidates';
import { gazetteer } from '../../src/core/entities/load';
import { placesInCapitals } from '../../src/core/entities/lookup';
import { TokenView } from '../../src/core/entities/view';

/** The capitalised tokens of `min` to `max` ASCII capitals, as the rules' first tests used to pick them one by one. */
function plainCapitalWords(v: TokenView, min: number, max: number): number[] {
  return [...v.capIndices()].filter((i) => v.length(i) >= min && v.length(i) <= max && asciiCapitals(v, i, min));
}

describe('rules over the words of ASCII capitals', () => {
  const g = gazetteer();
  const PIECES = [
    'NATO', 'UN', 'OSCE', 'ABCDEFG', 'XYZ', 'MR', 'Mr', '.', 'PRICE', 'VIENNA', 'Vienna', 'NEW', 'YORK', 'UNITED',
    'NATIONS', 'Nato', 'said', 'the', ',', '(', ')', '\n', '1999', 'U.S.',
  ];
  const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(' '));

  it('make the candidates of the capitalised words in capitals', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const v = new TokenView(text);
        const acronyms: Candidate[] = [];
        unknownAcronyms(v, acronyms);
        const places: Candidate[] = [];
        placesInCapitals(v, g, places);
        // Each candidate starts at such a word; a word of 3-6 capitals alone on its line is an unknown acronym.
        const upper3 = new Set(plainCapitalWords(v, 3, 6).map((i) => v.start(i)));
        const upper2 = new Set(plainCapitalWords(v, 2, Infinity).map((i) => v.start(i)));
        for (const c of acronyms) assert.ok(upper3.has(c.start));
        for (const c of places) assert.ok(upper2.has(c.start));
        for (const i of plainCapitalWords(v, 3, 6)) {
          const alone = !(i > 0 && asciiCapitals(v, i - 1, 2)) && !(i + 1 < v.count && asciiCapitals(v, i + 1, 2)) && !(i >= 2 && v.is(i - 1, '.'));
          if (alone && !['UN', 'NATO', 'OSCE'].includes(v.str(i))) assert.ok(acronyms.some((c) => c.start === v.start(i)), text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds the examples', () => {
    const at = (text: string): string[] => {
      const v = new TokenView(text);
      const out: Candidate[] = [];
      placesInCapitals(v, g, out);
      unknownAcronyms(v, out);
      return out.map((c) => `${c.type}:${text.slice(c.start, c.end)}:${c.canonical}`);
    };
    assert.deepEqual(at('VIENNA (Reuters) - the XYZ said'), ['GPE:VIENNA:Vienna', 'ORG:VIENNA:VIENNA', 'ORG:XYZ:XYZ']);
    assert.deepEqual(at('MR. PRICE: thanks'), ['PERSON:PRICE:Price']);
    assert.deepEqual(at('UNITED NATIONS, March 14'), ['ORG:UNITED NATIONS:United Nations']);
  });
});
