// Groups lines into paragraphs: one per line in one-paragraph-per-line texts, one per block in hard-wrapped ones.

import { type Line, trimSpan } from './lines';
import { isBoilerplateAt } from './boilerplate';
import { isSpaceCode } from './chars';
import type { Paragraph, Span } from './types';

/** Characters that end a sentence or a clause at the end of a line. */
const UNIT_ENDS = new Set(Array.from('.!?:;"”»’\'‘)]', (c) => c.charCodeAt(0)));

/** The line, trailing white space aside, ends with one of UNIT_ENDS (read in place, without copying the line). */
function endsUnit(text: string, line: Line): boolean {
  let end = line.end;
  while (end > line.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > line.start && UNIT_ENDS.has(text.charCodeAt(end - 1));
}

/** Hard-wrapped blocks have most of their lines ending mid-sentence; those are joined into one paragraph. */
function isWrappedBlock(text: string, lines: readonly Line[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  let midSentence = 0;
  for (let i = from; i < to - 1; i++) {
    if (!endsUnit(text, lines[i])) midSentence++;
  }
  return midSentence * 2 >= to - from - 1;
}

function addParagraph(text: string, span: Span, boilerplate: boolean, out: Paragraph[]): void {
  const { start, end } = trimSpan(text, span);
  out.push({ start, end, index: 0, duplicateOf: null, boilerplate });
}

/**
 * Appends the paragraphs of the block lines[from, to): one when the block is hard-wrapped, else one per line.
 * A block's lines are not furniture (furniture stands alone), so only a joined paragraph needs the check.
 */
function addBlock(text: string, lines: readonly Line[], from: number, to: number, out: Paragraph[]): void {
  if (isWrappedBlock(text, lines, from, to)) {
    const joined = { start: lines[from].start, end: lines[to - 1].end };
    addParagraph(text, joined, isBoilerplateAt(text, joined.start, joined.end), out);
  } else {
    for (let i = from; i < to; i++) addParagraph(text, lines[i], false, out);
  }
}

/** The paragraphs of lines[first, …): the lines before `first` are the dateline's and the headline's, or blank. */
export function findParagraphs(text: string, lines: readonly Line[], first: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // The current block is lines[from, i): consecutive lines that are not blank or furniture.
  let from = first;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) {
      addBlock(text, lines, from, i, paragraphs);
      from = i + 1;
    } else if (isBoilerplateAt(text, line.start, line.end)) {
      // Page furniture stands alone even when no blank line sets it apart.
      addBlock(text, lines, from, i, paragraphs);
      addParagraph(text, line, true, paragraphs);
      from = i + 1;
    }
  }
  addBlock(text, lines, from, lines.length, paragraphs);
  return paragraphs;
}

/** White space other than single ordinary spaces: where a text needs its white space runs normalised. */
const IRREGULAR = /[^\S ]| \s/;

/** True when the string holds white space other than single ordinary spaces. */
export function hasIrregularSpace(s: string): boolean {
  return IRREGULAR.test(s);
}
