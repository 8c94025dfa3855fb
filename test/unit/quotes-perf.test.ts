// The fast paths of quotation attribution against the straightforward code they replace, as oracles: cue
// search with its pre-checks, the sticky cue after a quotation.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cueAfter, cueRegexes, findCues, type Cue } from '../../src/core/quotes/cues';

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

function toCue(m: RegExpExecArray, subjectFirst: boolean): Cue {
  const g = m.groups ?? {};
  const kind = g.pron !== undefined ? 'pronoun' : g.role !== undefined ? 'role' : 'name';
  const subjText = g.pron ?? g.role ?? g.name ?? '';
  const sStart = subjectFirst ? m.index : m.index + m[0].length - subjText.length;
  return { start: m.index, end: m.index + m[0].length, subject: { start: sStart, end: sStart + subjText.length, text: subjText, kind } };
}
function matchAll(source: string, s: string, subjectFirst: boolean): Cue[] {
  const re = new RegExp(source, 'gu');
  const out: Cue[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push(toCue(m, subjectFirst));
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
  return out;
}
/** Every cue as a plain scan with each regular expression finds them. */
function oracleFindCues(s: string): Cue[] {
  const r = cueRegexes();
  const quoted = matchAll(r.quotedAs.source, s, false).map((c) => {
    const start = s.indexOf(c.subject.text, c.start + 'quoted'.length);
    return { ...c, subject: { ...c.subject, start, end: start + c.subject.text.length } };
  });
  return [...matchAll(r.subjectFirst.source, s, true), ...matchAll(r.accordingTo.source, s, false), ...quoted].sort((a, b) => a.start - b.start);
}
/** The cue right after a quotation as a global search from the start of the rest finds it. */
function oracleCueAfter(tail: string): Cue | null {
  const r = cueRegexes();
  const lead = /^[\s,—–-]*/.exec(tail)?.[0].length ?? 0;
  const rest = tail.slice(lead);
  let first: Cue | null = null;
  for (const [source, subjectFirst] of [[r.subjectFirst.source, true], [r.verbFirst.source, false], [r.accordingTo.source, false]] as const) {
    const m = new RegExp(source, 'gu').exec(rest);
    if (m && m.index === 0) {
      const c = toCue(m, subjectFirst);
      if (!first || c.end > first.end) first = c;
    }
  }
  return first ? { start: first.start + lead, end: first.end + lead, subject: { ...first.subject, start: first.subject.start + lead, end: first.subject.end + lead } } : null;
}

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
