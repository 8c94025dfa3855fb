// The fast paths of quotation attribution against the straightforward code they replace, as oracles: cue
// search with its pre-checks, the sticky cue after a quotation, the kind of a quotation without split and regexes,
// the masking of quotations piece by piece, mark classification by character codes.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cueRegexes, findCues, type Cue } from '../../src/core/quotes/cues';
import { cueAfter } from '../../src/core/quotes/cue-after';
import { classifyQuote } from '../../src/core/quotes/kind';
import { CAN_CLOSE, CAN_OPEN, classifyMark, DOUBLE, familyOfMark, GUILLEMET, SINGLE } from '../../src/core/quotes/marks';
import { MaskedText } from '../../src/core/quotes/masked';
import { narrowed } from '../../src/core/quotes/narrow';
import type { ScannedQuote, SpeakerAttribution } from '../../src/core/quotes/types';
import { notInside, plainCueAfter, scanCues } from './cue-oracle';

/** Pieces that make and break reporting cues: subjects, verbs, appositives, auxiliaries, punctuation, scripts. */
const PIECES = [
  ' ', '  ', '\n', '\t', '\u00a0', '\u2009', ',', ', ', '.', '. ', ';', ':', '!', '?', '"', '“', '”', '«', '»', '—', '–', '-', '(', ')',
  "'", '’', '‘', 's', 'x', 'é', 'Ж', '日本', '😀', '𝐀', '\ud800', '3', 'He', 'he', 'she', 'They', 'we', 'I', 'the', 'The', 'a', 'An',
  'his', 'Its', 'their', 'Lavrov', 'Sergei', 'Wang Yi', 'de', 'al', 'von', 'Mr.', 'U.S.', 'China’s', "Russia's", 'minister',
  'foreign minister', 'Foreign Ministry', 'spokesperson', 'envoy', 'the ministry', 'statement', 'said', 'says', 'say', 'saying',
  'told', 'added', 'pointed out', 'went on', 'put it', 'stressed', 'has', 'also', 'once again', 'would', 'has since', 'then',
  'according to', 'According to', 'ccording', 'quoted', 'as saying', 'who', 'and', 'in', 'on Monday', 'reporters', 'that',
];
const SEPARATORS = [' ', ' ', ' ', '', ', ', '\n', '  '];
/** Pieces mostly joined by spaces, so that subjects and verbs meet as words. */
const texts = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
  .map((xs) => xs.map(([piece, sep]) => piece + sep).join(''));

/** Every cue as a plain scan with each regular expression finds them. */
function oracleFindCues(s: string): Cue[] {
  const r = cueRegexes();
  const quoted = scanCues(new RegExp(r.quotedAs.source, 'gu'), s, false).map((c) => {
    // The subject stands right before `as saying` (`quoted The he as saying`: `he`, not the `he` of `The`).
    const end = c.start + s.slice(c.start, c.end).search(/\s+as\s+saying$/);
    return { ...c, subject: { ...c.subject, start: end - c.subject.text.length, end } };
  });
  const subjectFirst = scanCues(new RegExp(r.subjectFirst.source, 'gu'), s, true);
  return [...subjectFirst, ...notInside(scanCues(new RegExp(r.accordingTo.source, 'gu'), s, false), subjectFirst), ...quoted].sort((a, b) => a.start - b.start);
}
/** The cue right after a quotation, as sticky copies of the patterns tried at the lead find it (see plainCueAfter). */
const oracleCueAfter = (tail: string): Cue | null => plainCueAfter(tail, (re) => new RegExp(re.source, 'uy'));

describe('cue search keeps its results', () => {
  const cases = [
    'In comments on the issue, Colonna said the problem could hardly be solved.',
    'Lavrov, the Russian foreign minister, has also said that',
    'According to the ministry, and as the spokesperson told reporters: ',
    'Xinhua quoted Wang Yi as saying',
    '," he said. Then she added, and they',
    ' — said the Foreign Ministry, according to',
    '',
  ];
  for (const s of cases) {
    it(`finds the cues of ${JSON.stringify(s)} as a plain scan does`, () => assert.deepEqual(findCues(s), oracleFindCues(s)));
    it(`finds the cue after ${JSON.stringify(s)} as a search from the start does`, () => assert.deepEqual(cueAfter(s), oracleCueAfter(s)));
  }
  it('finds the cues of any mix of pieces as a plain scan does', () => {
    fc.assert(fc.property(texts, (s) => assert.deepEqual(findCues(s), oracleFindCues(s))), { numRuns: 3000 });
  });
  it('finds the cue after any mix of pieces as a search from the start does', () => {
    fc.assert(fc.property(texts, (s) => assert.deepEqual(cueAfter(s), oracleCueAfter(s))), { numRuns: 3000 });
  });
});

describe('quotation kind keeps its results', () => {
  const SCARE_LEAD = /(?:so-called|so called|the term|the word|the phrase|dubbed|known as|termed|nicknamed)\s*$/i;
  /** The kind as the original code decided it, with split, filter and regular expressions (and a cue naming someone unnamed). */
  function oracleKind(content: string, nested: boolean, speaker: SpeakerAttribution | null, cued: boolean, before: string): 'direct' | 'scare' {
    if (SCARE_LEAD.test(before)) return 'scare';
    if (speaker?.via === 'user') return 'direct';
    if (nested) return cued && speaker ? 'direct' : 'scare';
    const trimmed = content.trim();
    const words = trimmed.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const sentenceLike = /[.!?,;:…]["'’”»]?$/.test(trimmed) || (/^\p{Lu}/u.test(trimmed) && words >= 4);
    if (cued) return 'direct';
    if (speaker) return words >= 4 || sentenceLike ? 'direct' : 'scare';
    return words >= 6 && sentenceLike ? 'direct' : 'scare';
  }
  const WORDS = [
    ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\ufeff', '\u2028', 'a', 'Word', 'é', 'É', 'İ', 'ı', 'K', '\u212a', 'ſ', 'Ж', '日本', '٣', '²',
    '😀', '𝐀', '𝐚', '\ud835', '\udc00', '\ud800', '-', '—', '.', '!', '?', ',', ';', ':', '…', '"', "'", '’', '”', '»', '«', '“',
    'so-called', 'SO-CALLED', 'So Called', 'so  called', 'the term', 'THE WORD', 'the phrase', 'dubbed', 'known as', 'Termed',
    'nicknamed', 'NICKNAMED', 'the', 'word', '12', 'x.',
  ];
  const piece = fc.array(fc.constantFrom(...WORDS), { maxLength: 16 }).map((xs) => xs.join(''));
  const speaker = fc.constantFrom<SpeakerAttribution | null>(
    null,
    { name: 'X', cue: { start: 0, end: 0, text: '' }, antecedent: null, via: 'cue-after' },
    { name: 'X', cue: { start: 0, end: 0, text: '' }, antecedent: null, via: 'user' },
  );
  it('folds only ASCII letters when it looks for a scare lead, as /i without u does', () => {
    for (const before of ['\u212anown as ', 'ſo-called', 'the ſo-called\n', 'İs the term', 'The Term \u00a0', 'so-calledx', 'dubbed']) {
      assert.equal(classifyQuote('Five words are in here.', false, null, false, before, 0, before.length), oracleKind('Five words are in here.', false, null, false, before), before);
    }
  });
  it('decides any quotation as the original code does', () => {
    fc.assert(
      // The words before are given as a stretch of a longer text: what lies around them must not count.
      fc.property(piece, fc.boolean(), speaker, fc.boolean(), piece, piece, piece, (content, nested, sp, cued, before, prefix, suffix) => {
        const text = prefix + before + suffix;
        assert.equal(classifyQuote(content, nested, sp, cued, text, prefix.length, prefix.length + before.length), oracleKind(content, nested, sp, cued, before));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('marks and masking keep their results', () => {
  /** The masked text as the original code made it, with a regular expression per quotation. */
  function oracleMask(text: string, topLevel: readonly ScannedQuote[]): string {
    const parts: string[] = [];
    let at = 0;
    for (const q of topLevel) {
      if (q.open.start < at) continue;
      const end = q.close?.end ?? q.end;
      parts.push(text.slice(at, q.open.start), text.slice(q.open.start, end).replace(/[^\n\r]+/g, (s) => ' '.repeat(s.length)));
      at = end;
    }
    parts.push(text.slice(at));
    return parts.join('');
  }
  const text = fc.array(fc.constantFrom('a', 'b c', '\n', '\r\n', '\r', '“', '”', ' ', '😀', '\u2028', 'Ж'), { maxLength: 40 }).map((xs) => xs.join(''));
  it('blanks quotations out as the regular expression did, line breaks kept, in any slice', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 }), fc.nat(), fc.nat(), (t, spans, a, b) => {
        // Quotations in order of their opening, some overlapping, some unclosed, as the scanner might give them.
        const quotes: ScannedQuote[] = spans
          .map(([x, y, closed]) => {
            const open = x % (t.length + 1);
            const end = Math.min(t.length, open + 1 + (y % 12));
            const close = closed && end < t.length ? { start: end, end: end + 1 } : null;
            return { start: Math.min(open + 1, end), end, open: { start: open, end: open + 1 }, close, depth: 0, unclosed: close === null, paragraph: 0 };
          })
          .sort((x, y) => x.open.start - y.open.start);
        const whole = oracleMask(t, quotes);
        const masked = new MaskedText(t, quotes);
        const from = a % (t.length + 1);
        const to = from + (b % (t.length - from + 1));
        assert.equal(masked.slice(0, t.length), whole);
        assert.equal(masked.slice(from, to), whole.slice(from, to));
      }),
      { numRuns: 3000 },
    );
  });
  it('blanks long slices, made in pieces, as the regular expression did', () => {
    const t = `${'ab “cd” ef\n'.repeat(3000)}’`;
    const quotes: ScannedQuote[] = [];
    for (let i = 0; i < 3000; i++) {
      const open = i * 11 + 3;
      quotes.push({ start: open + 1, end: open + 3, open: { start: open, end: open + 1 }, close: { start: open + 3, end: open + 4 }, depth: 0, unclosed: false, paragraph: 0 });
    }
    const whole = oracleMask(t, quotes);
    const masked = new MaskedText(t, quotes);
    assert.equal(masked.slice(0, t.length), whole);
    assert.equal(masked.slice(5, 20000), whole.slice(5, 20000));
  });
});

describe('mark classification keeps its results', () => {
  interface Mark {
    offset: number;
    char: string;
    family: 'double' | 'single' | 'guillemet';
    canOpen: boolean;
    canClose: boolean;
  }
  const FAMILY_NAMES: Record<number, Mark['family']> = { [DOUBLE]: 'double', [SINGLE]: 'single', [GUILLEMET]: 'guillemet' };
  /** The packed classification spelled out as the object it once was. */
  function markAt(text: string, i: number): Mark | null {
    const m = classifyMark(text, i);
    if (m === 0) return null;
    return { offset: i, char: text[i], family: FAMILY_NAMES[familyOfMark(m)], canOpen: (m & CAN_OPEN) !== 0, canClose: (m & CAN_CLOSE) !== 0 };
  }
  // The classification as first written, with a regular expression per character test.
  const FAMILY: Record<string, Mark['family']> = {
    '"': 'double', '“': 'double', '”': 'double', '„': 'double', '‟': 'double',
    "'": 'single', '‘': 'single', '’': 'single', '‚': 'single', '‛': 'single',
    '«': 'guillemet', '»': 'guillemet', '‹': 'guillemet', '›': 'guillemet',
  };
  const ONLY_OPEN = new Set(['«', '‹', '„', '‚']);
  const ONLY_CLOSE = new Set(['»', '›']);
  const isSpace = (c: string): boolean => c === '' || /[\s\u00a0]/.test(c);
  const isLetter = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
  const isMark = (c: string): boolean => c !== '' && FAMILY[c] !== undefined;
  const OPEN_PUNCT = /[([{\u2014\u2013\-/:]/;
  const CLOSE_PUNCT = /[.,;:!?)\]}\u2014\u2013\-…/]/;
  function isApostrophe(text: string, i: number): boolean {
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    if (isLetter(prev) && isLetter(next)) return true;
    const after = text.slice(i + 1, i + 4);
    if (isSpace(prev) && /^s(?![\p{L}\p{N}])/u.test(after)) return true;
    if (/^\d\ds/.test(after) || /^\d\d(?!\d)/.test(after)) return isSpace(prev);
    if (/^n['’‘]/.test(after)) return true;
    if (prev === 'n' && /['’‘]/.test(text[i - 2] ?? '')) return true;
    return false;
  }
  function oracleMark(text: string, i: number): Mark | null {
    const char = text[i];
    const family = FAMILY[char];
    if (!family) return null;
    if (family === 'single' && isApostrophe(text, i)) return null;
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    // `said: ‘”The …`: a stray `‘` before the double mark that opens.
    if (char === '‘' && /[“”]/.test(next) && !/[\p{L}\p{N}]/u.test(prev)) return null;
    let canOpen = !isSpace(next) && (isSpace(prev) || OPEN_PUNCT.test(prev) || isMark(prev));
    let canClose = !isSpace(prev) && (isSpace(next) || CLOSE_PUNCT.test(next) || isMark(next));
    // French spacing, with the partner on the same line: `« help »`.
    const line = (from: number, to: number): string => text.slice(from, to);
    if (char === '«' && isSpace(next) && (isSpace(prev) || OPEN_PUNCT.test(prev)) && /^[^\n]*»/.test(line(i + 1, text.length))) canOpen = true;
    if (char === '»' && isSpace(prev) && (isSpace(next) || CLOSE_PUNCT.test(next)) && /«[^\n]*$/.test(line(0, i))) canClose = true;
    // `Morsi."We`: a double mark after a full stop and before a capital opens.
    if (!canOpen && !canClose && (char === '"' || char === '“') && /[.!?]/.test(prev) && prev !== '' && /\p{Lu}/u.test(next)) canOpen = true;
    // A guillemet goes the other way where the spacing says only that (`»crisis»`, `»Krise«`).
    const reversible = '«»‹›'.includes(char) && canOpen !== canClose;
    if (ONLY_OPEN.has(char) && !reversible) canClose = false;
    if (ONLY_CLOSE.has(char) && !reversible) canOpen = false;
    if (canOpen === canClose) {
      if (char === '“') [canOpen, canClose] = [true, false];
      else if (char === '”') [canOpen, canClose] = [false, true];
    }
    // `, ”he said`: a `”` that could only open may close an open quotation too.
    if (char === '”' && canOpen && !canClose) canClose = true;
    // `… now. "` at a line's end, after a space: it closes.
    if ((char === '"' || char === '”') && !canOpen && !canClose && prev !== '' && isSpace(prev) && (next === '' || next === '\n' || next === '\r')) canClose = true;
    if (!canOpen && !canClose) return null;
    return { offset: i, char, family, canOpen, canClose };
  }
  const CHARS = [
    '"', '“', '”', '„', '‟', "'", '‘', '’', '‚', '‛', '«', '»', '‹', '›', ' ', '\n', '\u00a0', '\u2009', 'a', 's', 'n', 'S', 'é',
    'Ж', '1', '9', '0', '٣', '😀', '𝐀', '\ud835', '\udc00', '(', '[', '{', '—', '–', '-', '/', ':', '.', ',', ';', '!', '?', ')',
    ']', '}', '…', 'x', 'rock', 's ', 'sx', '90s', '90', '901',
  ];
  it('classifies every position of any mix of marks, letters, digits and punctuation as the regexes did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((xs) => xs.join('')), (text) => {
        for (let i = -1; i <= text.length; i++) assert.deepEqual(markAt(text, i), oracleMark(text, i), `${JSON.stringify(text)} at ${i}`);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('narrowed strings', () => {
  it('are the same strings', () => {
    const wide = `x\u2019${'a'.repeat(9000)}`;
    for (const s of ['', 'a', 'Lavrov said', 'caf\u00e9 \u00ff\u0000', 'Russia\u2019s', '😀', wide.slice(2), wide.slice(2, 50), `${'b'.repeat(8192)}`]) assert.equal(narrowed(s), s);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => assert.equal(narrowed(s), s)), { numRuns: 2000 });
  });
});
