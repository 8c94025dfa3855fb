// The line cursor and the paragraphs found in one pass over it, against the plain definitions they replace: the
// text split into an array of line objects first, and the paragraphs grouped from that array.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isBoilerplateAt } from '../../src/core/text/boilerplate';
import { isSpaceCode } from '../../src/core/text/chars';
import { isBlank, LineCursor, trimSpan } from '../../src/core/text/lines';
import { findParagraphs } from '../../src/core/text/paragraphs';
import type { Paragraph } from '../../src/core/text';

interface Line {
  start: number;
  end: number;
  blank: boolean;
}

function plainLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i, blank: isBlank(text, start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < text.length) lines.push({ start, end: text.length, blank: isBlank(text, start, text.length) });
  return lines;
}

const UNIT_ENDS = new Set(Array.from('.!?:;"”»’\'‘)]', (c) => c.charCodeAt(0)));

function endsUnit(text: string, line: Line): boolean {
  let end = line.end;
  while (end > line.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > line.start && UNIT_ENDS.has(text.charCodeAt(end - 1));
}

/** The paragraphs of lines[first, …), grouped from the array of lines. */
function plainParagraphs(text: string, lines: readonly Line[], first: number): Paragraph[] {
  const out: Paragraph[] = [];
  const add = (span: { start: number; end: number }, boilerplate: boolean): void => {
    const { start, end } = trimSpan(text, span);
    out.push({ start, end, index: 0, duplicateOf: null, boilerplate });
  };
  const addBlock = (from: number, to: number): void => {
    let midSentence = 0;
    for (let i = from; i < to - 1; i++) if (!endsUnit(text, lines[i])) midSentence++;
    if (to - from >= 2 && midSentence * 2 >= to - from - 1) {
      const joined = { start: lines[from].start, end: lines[to - 1].end };
      add(joined, isBoilerplateAt(text, joined.start, joined.end));
    } else {
      for (let i = from; i < to; i++) add(lines[i], false);
    }
  };
  let from = first;
  for (let i = first; i < lines.length; i++) {
    if (lines[i].blank) {
      addBlock(from, i);
      from = i + 1;
    } else if (isBoilerplateAt(text, lines[i].start, lines[i].end)) {
      addBlock(from, i);
      add(lines[i], true);
      from = i + 1;
    }
  }
  addBlock(from, lines.length);
  return out;
}

const LINE = fc.constantFrom('', ' ', '\t', 'He said.', 'the talks went on', 'and on', 'Lavrov said:', '“No”', 'Download audio file', '•', 'and share via', 'Photo: AP', ' x ');
const BREAK = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
const TEXT = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(LINE, BREAK), { maxLength: 12 }), LINE)
  .map(([bom, lines, last]) => (bom ? '\ufeff' : '') + lines.map(([l, b]) => l + b).join('') + last);

describe('line cursor and paragraphs against the plain definitions', () => {
  it('the cursor walks the lines of the split, whatever the line breaks', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        const walked: Line[] = [];
        const line = new LineCursor(text);
        while (line.advance()) walked.push({ start: line.start, end: line.end, blank: isBlank(text, line.start, line.end) });
        assert.deepEqual(walked, plainLines(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('paragraphs from any line agree with those grouped from the array of lines', () => {
    fc.assert(
      fc.property(TEXT, fc.nat(), (text, k) => {
        const lines = plainLines(text);
        const first = lines.length === 0 ? 0 : k % (lines.length + 1);
        const from = first === 0 ? 0 : first < lines.length ? lines[first].start : text.length + 1;
        // The paragraphs are records (class instances): their fields are compared.
        assert.deepEqual(findParagraphs(text, from).map((p) => ({ ...p })), plainParagraphs(text, lines, first));
      }),
      { numRuns: 3000 },
    );
  });
});
