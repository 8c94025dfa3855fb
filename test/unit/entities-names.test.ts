// The entity rules rewritten so that a short text runs all their code (see nameEnd, capsSpelling) against their
// plain definitions: the end of a personal name, and the capitalised tokens that spell a word of a list; and the
// surname of a full name read without splitting it.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { gazetteer } from '../../src/core/entities/load';
import { surnameOf } from '../../src/core/entities/name-forms';
import { hyphenSyllable, nameEnd } from '../../src/core/entities/names';
import { capsSpelling } from '../../src/core/entities/shapes';
import { TokenSet } from '../../src/core/entities/tokenset';
import { TokenView } from '../../src/core/entities/view';
import { NAME_PARTICLES, NOT_NAME_START } from '../../src/core/entities/words';

const NOT_NAME_STARTS = new TokenSet(NOT_NAME_START);
const DASH = new TokenSet(new Set(['-']));

/** nameEnd as first written, with one space or none after every step: a name word, a particle before a capital, or a hyphen joined to both its neighbours. */
function plainNameEnd(v: TokenView, i: number, maxWords = 4): number {
  let j = i;
  let words = 0;
  while (j < v.count && words < maxWords) {
    const word = v.isCap(j) && v.isWord(j) && !NOT_NAME_STARTS.has(v, j) && !(words > 0 && ['U.S.', 'U.K.', 'U.N.', 'E.U.', 'U.S.A.', 'U.A.E.'].includes(v.str(j)));
    // `An` after a word of the name, with no capital after it, is a word of the name (`Sok An told`).
    const an = words > 0 && v.str(j) === 'An' && v.gap(j - 1) !== '' && !v.isCap(j + 1);
    if (word || an) {
      // A capital `Bin` or `Al` with a space and a capital after it joins two words of a name, as `bin` does
      // (`Salman Bin Hamad Al Khalifa` is three words).
      // So does the second part of a hyphened word (`Jean-Victor`).
      const joint = word && words > 0 && ((['Bin', 'Ibn', 'Bint', 'Al', 'El'].includes(v.str(j)) && v.gap(j) !== '' && v.isCap(j + 1)) || (v.str(j - 1) === '-' && v.gap(j - 1) === ''));
      if (!joint) words++;
      j++;
      // An apostrophe inside the word before two lower-case letters or more (`Mua'lemi`) belongs to it.
      if ((v.str(j) === "'" || v.str(j) === '’') && v.gap(j - 1) === '' && v.gap(j) === '' && v.isLowerAscii(j + 1) && v.length(j + 1) >= 2) j += 2;
    } else if (words > 0 && !v.isCap(j) && (v.isCap(j + 1) || particleHyphen(v, j)) && NAME_PARTICLES.has(v.str(j).toLowerCase()) && (v.joined(j) || v.touching(j))) {
      // A particle with one space or none after it (`Bashar al` then a line break ends at `Bashar`).
      j++;
    } else if (words > 0 && (DASH.has(v, j) || v.str(j) === "'" || v.str(j) === '’') && v.touching(j - 1) && v.touching(j) && (v.isCap(j + 1) || hyphenSyllable(v, j + 1))) {
      // A hyphen or an apostrophe inside a word between capitalised parts (`Abdel-Fattah`, `O’Brien`).
      j++;
    } else if (words > 0 && hyphenSyllable(v, j)) {
      // The second syllable of a Korean given name (`Byung-se`), after the hyphen.
      j++;
    } else if (words > 0 && (initial(v, j) || (v.str(j) === '.' && initial(v, j - 1)))) {
      // A middle initial (`Vitaly I. Churkin`): its letter (when not a name word, as `I`) and its dot.
      j++;
    } else {
      break;
    }
    // After a word and after what joins two, a name goes on only over one space or none.
    if (!v.joined(j - 1) && j < v.count && !v.touching(j - 1)) break;
  }
  // At the word limit a name goes on through a hyphened surname after `Al` or `El` (`Jabor Bin Ali Al-Dosari`).
  if (words === maxWords && (v.str(j - 1) === 'Al' || v.str(j - 1) === 'El') && v.gap(j - 1) === '' && v.str(j) === '-' && v.gap(j) === '' && v.isCap(j + 1)) return j + 2;
  // And past the limit through a family name joined to its particle (`Ahmed Nasser Al-Mohammed Al-Sabah`).
  const particleNext = (k: number): boolean => (v.str(k) === 'Al' || v.str(k) === 'El') && v.gap(k) === '' && v.str(k + 1) === '-' && v.gap(k + 1) === '' && v.isCap(k + 2);
  if (words === maxWords) while (j + 2 < v.count && v.joined(j - 1) && v.gap(j - 1) !== '' && particleNext(j)) j += 3;
  return words > 0 ? j : i;
}

/** A hyphen touches token j and a capitalised word after it (`al-Ansari`). */
const particleHyphen = (v: TokenView, j: number): boolean => v.gap(j) === '' && v.str(j + 1) === '-' && v.gap(j + 1) === '' && v.isCap(j + 2);

/** Token k is a capital letter with one space before it and its dot touching it, then one space and a capital. */
const initial = (v: TokenView, k: number): boolean =>
  k > 0 && /^\p{Lu}$/u.test(v.str(k)) && v.gap(k - 1) === ' ' && v.str(k + 1) === '.' && v.gap(k) === '' && v.gap(k + 1) === ' ' && v.isCap(k + 2);

const PIECES = ['Bashar', 'al', 'Al', 'Bin', 'An', '-', '–', 'Assad', 'von', 'der', 'Leyen', 'bin', 'BIN', 'The', 'said', ' ', '  ', '\n', ',', '.', "'", 'U.S.', 'NATO', '7', 'I', 'H', ' H. ', '’', '’s', 'se', 'era', 'Yun', 'lemi', 'Dosari'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));

describe('entity rules that run all their code on any text', () => {
  gazetteer();
  it('ends a personal name as the plain definition does', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 4 }), (text, maxWords) => {
        const v = new TokenView(text);
        for (let i = 0; i < v.count; i++) assert.equal(nameEnd(v, i, maxWords), plainNameEnd(v, i, maxWords), `${JSON.stringify(text)} at ${i}`);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps particles and joined hyphens inside a name', () => {
    const v = new TokenView('Mohammed bin Salman and Abdel-Fattah el-Sisi met');
    assert.equal(nameEnd(v, 0), 3);
    const hyphen = v.count - 6;
    assert.equal(v.str(hyphen + 1), 'Fattah');
    // A particle joined by a hyphen (`el-Sisi`) is inside the name as well.
    assert.equal(nameEnd(v, hyphen - 1), hyphen + 5);
    assert.equal(v.str(hyphen + 4), 'Sisi');
  });

  it('finds the capitalised tokens that spell a word of a list', () => {
    const words = fc.subarray(['NATO', 'Assad', 'Leyen', 'U.S.', 'Al', 'A', 'Zz']);
    fc.assert(
      fc.property(texts, words, (text, list) => {
        const v = new TokenView(text);
        const map = new Map(list.map((w) => [w, w.length]));
        const plain = [...v.capIndices()].filter((i) => map.has(v.str(i)));
        assert.deepEqual(capsSpelling(v, map), plain);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the surname as the last word of splitting the span at white space', () => {
    const span = fc.stringMatching(/^[^\s](?:[A-Za-z\-’ \t\n\u00a0\u2009\u3000é]{0,12}[^\s])?$/);
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), span, fc.string({ maxLength: 4 }), (before, s, after) => {
        const words = s.split(/\s+/);
        const text = before + s + after;
        assert.equal(surnameOf(text, before.length, before.length + s.length), words.length >= 2 ? words[words.length - 1] : null);
      }),
      { numRuns: 1000 },
    );
  });
});
