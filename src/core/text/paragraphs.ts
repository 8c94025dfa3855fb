// Groups lines into paragraphs: one per line in one-paragraph-per-line texts, one per block in hard-wrapped ones.

import { isBlank, LineCursor, trimSpan } from './lines';
import { isBoilerplateAt } from './boilerplate';
import { isSpaceCode } from './chars';
import type { Paragraph } from './types';

/** Characters that end a sentence or a clause at the end of a line. */
const UNIT_ENDS = new Set(Array.from('.!?:;"”»’\'‘)]', (c) => c.charCodeAt(0)));

/** The line, trailing white space aside, ends with one of UNIT_ENDS (read in place, without copying the line). */
function endsUnit(text: string, start: number, end: number): boolean {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > start && UNIT_ENDS.has(text.charCodeAt(end - 1));
}

/**
 * Hard-wrapped blocks have most of their lines ending mid-sentence; those are joined into one paragraph. The
 * block's lines are the pairs [start, end] of `block`.
 */
function isWrappedBlock(text: string, block: readonly number[]): boolean {
  const lines = block.length / 2;
  if (lines < 2) return false;
  let midSentence = 0;
  for (let k = 0; k < lines - 1; k++) {
    if (!endsUnit(text, block[2 * k], block[2 * k + 1])) midSentence++;
  }
  return midSentence * 2 >= lines - 1;
}

function addParagraph(text: string, start: number, end: number, boilerplate: boolean, out: Paragraph[]): void {
  const trimmed = trimSpan(text, { start, end });
  out.push({ start: trimmed.start, end: trimmed.end, index: 0, duplicateOf: null, boilerplate });
}

/**
 * Appends the paragraphs of the block (its lines' [start, end] pairs) and empties it: one paragraph when the
 * block is hard-wrapped, else one per line. A block's lines are not furniture (furniture stands alone), so only a
 * joined paragraph needs the check.
 */
function addBlock(text: string, block: number[], out: Paragraph[]): void {
  if (isWrappedBlock(text, block)) {
    const start = block[0];
    const end = block[block.length - 1];
    addParagraph(text, start, end, isBoilerplateAt(text, start, end), out);
  } else {
    for (let k = 0; k < block.length; k += 2) addParagraph(text, block[k], block[k + 1], false, out);
  }
  block.length = 0;
}

/** The paragraphs of the lines from `from` (the start of a line) to the end of the text. */
export function findParagraphs(text: string, from: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // The current block: consecutive lines that are not blank or furniture.
  const block: number[] = [];
  const line = new LineCursor(text, from);
  while (line.advance()) {
    if (isBlank(text, line.start, line.end)) {
      addBlock(text, block, paragraphs);
    } else if (isBoilerplateAt(text, line.start, line.end)) {
      // Page furniture stands alone even when no blank line sets it apart.
      addBlock(text, block, paragraphs);
      addParagraph(text, line.start, line.end, true, paragraphs);
    } else {
      block.push(line.start, line.end);
    }
  }
  addBlock(text, block, paragraphs);
  return paragraphs;
}

/** White space other than single ordinary spaces: where a text needs its white space runs normalised. */
const IRREGULAR = /[^\S ]| \s/;

/** True when the string holds white space other than single ordinary spaces. */
export function hasIrregularSpace(s: string): boolean {
  return IRREGULAR.test(s);
}
