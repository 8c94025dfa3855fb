// Transcript turns, whose label pre-check rules paragraphs out without the label pattern, against the plain
// definition: the pattern tried on every paragraph.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Paragraph, Turn } from '../../src/core/text';
import { findTurns } from '../../src/core/text/turns';

const GENERIC = '(?:Question|Answer|Q|A|Moderator|Interviewer|Correspondent|Journalist|Reporter|Audience member|Participant)';
const CAPS = "(?:(?:MR|MS|MRS|DR|GEN|AMB|SEN)\\.?\\s+)?\\p{Lu}[\\p{Lu}'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}'’\\-]+){0,3}";
const NAME = "\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){1,3}";
const LABEL = new RegExp(`^(${GENERIC}(?:\\s*\\(\\p{L}+\\))?|${CAPS}|${NAME})\\s*:\\s+(?=\\S)`, 'u');

function plainTurns(text: string, paragraphs: readonly Paragraph[], headlineStart: number | null): Turn[] {
  const labelled = paragraphs.flatMap((p) => {
    if (p.start === headlineStart || p.boilerplate) return [];
    const m = LABEL.exec(text.slice(p.start, p.end));
    return m ? [{ p, label: m[1], contentStart: p.start + m[0].length }] : [];
  });
  if (labelled.length < 2) return [];
  return labelled.map((l, i) => {
    const next = labelled[i + 1];
    const endParagraph = next ? paragraphs[next.p.index - 1] : paragraphs[paragraphs.length - 1];
    return {
      label: { start: l.p.start, end: l.p.start + l.label.length, text: l.label },
      content: { start: l.contentStart, end: Math.max(l.contentStart, endParagraph.end) },
    };
  });
}

const WORDS = [
  'Question', 'Answer', 'Audience', 'member', 'Audience member', 'Q', 'A', 'MR.', 'MR', 'DR', 'SULLIVAN', 'JONES',
  "O'BRIEN", 'Sergey', 'Lavrov', 'lavrov', 'Smith-Jones', 'ЛАВРОВ', 'Лавров', 'said', 'is', '(translated)', '(', ')',
  '.', ',', '1', '’', '-', 'É', 'é', '𝐀', 'Ab',
];
const GAPS = [' ', ' ', ' ', '  ', '\t', '\u00a0', ''];
/** Words and gaps, then often a colon and a few words: labels of up to eight words and near misses. */
const paragraph = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 8 }),
    fc.constantFrom(': ', ':  x', ' : We will meet.', ':', ': We will meet.', ' said.'),
  )
  .map(([words, end]) => words.map(([w, g]) => w + g).join('').trimEnd() + end);

describe('transcript turns against the plain definition', () => {
  it('label the same paragraphs', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), (paras) => {
        let text = '';
        const paragraphs: Paragraph[] = paras.map((p, index) => {
          const start = text.length;
          text += p + '\n\n';
          return { start, end: start + p.length, index, duplicateOf: null, boilerplate: false };
        });
        assert.deepEqual(findTurns(text, paragraphs, null), plainTurns(text, paragraphs, null));
      }),
      { numRuns: 5000 },
    );
  });

  it('examples', () => {
    const lines = ['Audience member: Why?', 'Question (translated): And?', 'Russia is: not a label.', 'MR. JOHN PAUL JONES SMITH : Hi.'];
    const text = lines.join('\n\n');
    const paragraphs: Paragraph[] = lines.map((l, index) => {
      const start = text.indexOf(l);
      return { start, end: start + l.length, index, duplicateOf: null, boilerplate: false };
    });
    assert.deepEqual(
      findTurns(text, paragraphs, null).map((t) => t.label.text),
      ['Audience member', 'Question (translated)', 'MR. JOHN PAUL JONES SMITH'],
    );
  });
});
