// The cue patterns search a one-byte form of the words around a quotation, where every character beyond Latin-1
// stands in as a Latin-1 character the patterns treat alike: held to plain scans of the string itself with the
// patterns as they read without the stand-in apostrophe.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cueRegexes, findCues, type Cue } from '../../src/core/quotes/cues';
import { cueAfter } from '../../src/core/quotes/cue-after';
import { APOSTROPHE_IN_PATTERN, oneByteForm } from '../../src/core/quotes/onebyte';
import { notInside, plainCueAfter, scanCues } from './cue-oracle';

/** A cue pattern as it read before it listed the stand-in apostrophe. */
const plain = (re: RegExp, flags: string): RegExp => new RegExp(re.source.replaceAll(APOSTROPHE_IN_PATTERN, ''), flags);

/** Every cue as a plain scan of the string with each pattern finds them. */
function oracleFindCues(s: string): Cue[] {
  const r = cueRegexes();
  const quoted = scanCues(plain(r.quotedAs, 'gu'), s, false).map((c) => {
    // The subject stands right before `as saying` (`quoted The he as saying`: `he`, not the `he` of `The`).
    const end = c.start + s.slice(c.start, c.end).search(/\s+as\s+saying$/);
    return { ...c, subject: { ...c.subject, start: end - c.subject.text.length, end } };
  });
  const quoteHim = [...s.matchAll(/(?<![\p{L}\p{N}])quote\s+(him|her)(?![\p{L}])/gu)].map((m) => {
    const start = m.index + m[0].length - m[1].length;
    return { start: m.index, end: m.index + m[0].length, subject: { start, end: start + m[1].length, text: m[1], kind: 'pronoun' as const } };
  });
  const subjectFirst = scanCues(plain(r.subjectFirst, 'gu'), s, true);
  return [...subjectFirst, ...notInside(scanCues(plain(r.accordingTo, 'gu'), s, false), subjectFirst), ...quoted, ...quoteHim].sort((a, b) => a.start - b.start);
}

/** The cue right after a quotation, tried with plain sticky patterns (see plainCueAfter). */
const oracleCueAfter = (tail: string): Cue | null => plainCueAfter(tail, (re) => plain(re, 'uy'));

/** Words and characters that make and break cues, with characters beyond Latin-1 of every kind the form tells apart. */
const PIECES = [
  ' ', '\n', '\u2009', '\u3000', '\u2028', ',', '.', ';', '"', '“', '”', '«', '»', '—', '–', '€', "'", '’', '‘', '×', '\u0001', 'À', 'ª', '²', '¤', '\u00a0',
  's', 'é', 'Ж', 'ж', 'ǅ', '٣', 'Ⅻ', '日本', '😀', '𝐀', '\ud800', 'He', 'she', 'they', 'the', 'The', 'his', 'Its', 'Lavrov', 'Łukasz', 'Çavuşoğlu',
  'Шойгу', 'de', 'al', 'U.S.', 'China’s', "Russia's", 'minister', 'minister’s', "minister's", 'Foreign Ministry', 'spokesperson', 'envoy',
  'said', 'says', 'told', 'pointed out', 'put it', 'has', 'also', 'according to', 'According to', 'quoted', 'as saying', 'quote him', 'that',
];
const texts = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', ' ', '', ', ', '\n', '’s ')), { maxLength: 24 })
  .map((xs) => xs.map(([piece, sep]) => piece + sep).join(''));

describe('cues in the one-byte form', () => {
  it('end their search after a subject dropped for its preposition, also before a letter beyond the BMP', () => {
    // `to 𝐀𝐁 said`: the name is dropped (noSubject) and the search goes on from inside its surrogate pair,
    // where a search with the `u` flag starts again at the pair: it must move on, not find the same match forever.
    assert.deepEqual(findCues('He spoke to \u{1D400}\u{1D401} said it, and to \u{1D400}x said'), []);
    assert.deepEqual(scanCues(cueRegexes().subjectFirst, 'He spoke to \u{1D400}\u{1D401} said it', true), []);
  });
  const cases = [
    'Russia’s foreign minister, Sergei Lavrov, said',
    'the minister’s said, and the minister×s said',
    'Mevlüt Çavuşoğlu, Turkey’s top diplomat, told',
    'Шойгу said — and Łukasz\u2009Nowak said',
    'Xinhua quoted China’s envoy as saying, and ‘we’ said',
    '𝐀 said 𝐀b said',
    ', — said the Ministry’s spokesperson',
  ];
  for (const s of cases) {
    it(`finds the cues of ${JSON.stringify(s)} as a plain scan of the string does`, () => assert.deepEqual(findCues(s), oracleFindCues(s)));
    it(`finds the cue after ${JSON.stringify(s)} as a plain search of the string does`, () => assert.deepEqual(cueAfter(s), oracleCueAfter(s)));
  }
  it('finds the cues of any mix of pieces as a plain scan of the string does', () => {
    fc.assert(fc.property(texts, (s) => assert.deepEqual(findCues(s), oracleFindCues(s))), { numRuns: 3000 });
  });
  it('finds the cue after any mix of pieces as a plain search of the string does', () => {
    fc.assert(fc.property(texts, (s) => assert.deepEqual(cueAfter(s), oracleCueAfter(s))), { numRuns: 3000 });
  });
  it('finds the same cues in a string longer than one piece of the form', () => {
    const s = `${'Lavrov’s aide said. '.repeat(600)}he said`;
    assert.deepEqual(findCues(s), oracleFindCues(s));
  });
});

describe('the one-byte form', () => {
  it('keeps the length and is all Latin-1 when the string holds no surrogate', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const form = oneByteForm(s);
        assert.equal(form.length, s.length);
        if (!/[\ud800-\udfff]/.test(s)) assert.ok([...form].every((c) => c.charCodeAt(0) < 0x100));
      }),
      { numRuns: 2000 },
    );
  });
  it('stands in only for characters the patterns name nowhere but `’‘“”`, with none the patterns name', () => {
    const r = cueRegexes();
    const named = new Set([r.subjectFirst, r.verbFirst, r.accordingTo, r.quotedAs, r.spaceVerb].flatMap((re) => [...re.source]));
    assert.deepEqual([...named].filter((c) => c.charCodeAt(0) >= 0x100).sort(), ['‘', '’', '“', '”']);
    for (const standIn of ['×', 'À', 'ª', '²', '\u00a0', '¤']) assert.ok(!named.has(standIn), standIn);
  });
});
