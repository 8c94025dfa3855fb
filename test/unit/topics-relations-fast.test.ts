// Relation key phrases found from the article's tokens, and the regular expression run only from dashes with a
// relation word after them: against the plain definitions (indexOf for the dashes, matchAll per paragraph).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tokenize } from '../../src/core/entities/tokens';
import { charClass, codePointAt, UPPER } from '../../src/core/text/chars';
import { dashesBeforeCapitals, relationsIn } from '../../src/core/topics/keyphrases';

const RELATIONS = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}.]*)[-–](\p{Lu}[\p{L}.]*)\s+(relations|ties|dialogue|partnership|talks|summit|cooperation)\b/gu;

function plainDashes(text: string): number[] {
  const out: number[] = [];
  for (const dash of ['-', '\u2013']) {
    for (let i = text.indexOf(dash); i >= 0 && i < text.length - 1; i = text.indexOf(dash, i + 1)) {
      if ((charClass(codePointAt(text, i + 1)) & UPPER) !== 0) out.push(i);
    }
  }
  return out.sort((x, y) => x - y);
}

const PIECES = [
  'Russia', 'NATO', 'U.S.', 'EU', 'Franco', 'German', 'Sino', 'É', 'é', 'Ж', '𝐀', '😀', '2', '.', '-', '–', '—', ' ', '  ', '\n', '\t',
  '\u00a0', 'relations', 'ties', 'talks', 'talksX', 'talks_', 'talks2', 'talksé', 'summit', 'Relations', 'cooperation', 'dialogue',
  'partnership', 'x',
];
const pick = (...xs: string[]): fc.Arbitrary<string> => fc.constantFrom(...xs);
/** Near misses of `Side-Side relations`: sides with dots, digits and odd letters, odd white space, words cut or run on. */
const phrase = fc
  .tuple(
    pick('', ' ', 'x', '2', '.', 'é'),
    pick('Russia', 'U.S.', 'EU', 'É', 'Ж', '𝐀', 'x', '2', 'US2'),
    pick('-', '–', '—'),
    pick('NATO', 'U.S.', 'Russian', 'É', 'Ж', '𝐀', 'e', '2', 'U.S.2', 'A.'),
    pick(' ', '', '\n', '\t', '\u00a0', '  ', ' 2 '),
    pick('relations', 'ties', 'talks', 'summit', 'cooperation', 'dialogue', 'partnership', 'Relations', 'tie'),
    pick('', ' ', 'X', '_', '2', 'é', '.', '-'),
  )
  .map((xs) => xs.join(''));
const text = fc.array(fc.oneof(phrase, fc.constantFrom(...PIECES)), { maxLength: 12 }).map((xs) => xs.join(''));

describe('relation key phrases, fast paths', () => {
  it('find the dashes before capitals among the tokens as indexOf finds them in the text', () => {
    fc.assert(
      fc.property(text, (t) => assert.deepEqual(dashesBeforeCapitals(t, tokenize(t)), plainDashes(t))),
      { numRuns: 2000 },
    );
  });

  it('find the matches of each paragraph as matchAll does', () => {
    fc.assert(
      fc.property(text, fc.nat(120), fc.nat(120), (t, a, b) => {
        const dashes = dashesBeforeCapitals(t, tokenize(t));
        // Paragraph ends anywhere, often right after a relation word.
        const ends = [...t.matchAll(/relations|ties|talks|summit/g)].map((m) => m.index + m[0].length);
        const end = b % 3 === 0 && ends.length > 0 ? ends[a % ends.length] : Math.min(Math.max(a, b), t.length);
        const p = { start: Math.min(a, end), end };
        const got = relationsIn(t, p, dashes).map((m) => `${m.index}:${m[0]}`);
        const want = [...t.slice(p.start, p.end).matchAll(RELATIONS)].map((m) => `${m.index}:${m[0]}`);
        assert.deepEqual(got, want);
      }),
      { numRuns: 10000 },
    );
  });
});
