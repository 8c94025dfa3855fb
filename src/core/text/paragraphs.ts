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
function isWrappedBlock(text: string, block: Line[]): boolean {
  if (block.length < 2) return false;
  let midSentence = 0;
  for (let i = 0; i < block.length - 1; i++) {
    if (!endsUnit(text, block[i])) midSentence++;
  }
  return midSentence * 2 >= block.length - 1;
}

export function findParagraphs(text: string, lines: Line[], skip: ReadonlySet<number>): Paragraph[] {
  const spans: Span[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    if (isWrappedBlock(text, block)) spans.push({ start: block[0].start, end: block[block.length - 1].end });
    else for (const l of block) spans.push({ start: l.start, end: l.end });
    block = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank || skip.has(i)) {
      flush();
    } else if (isBoilerplateAt(text, line.start, line.end)) {
      // Page furniture stands alone even when no blank line sets it apart.
      flush();
      block.push(line);
      flush();
    } else {
      block.push(line);
    }
  }
  flush();

  const paragraphs: Paragraph[] = [];
  for (const raw of spans) {
    const { start, end } = trimSpan(text, raw);
    paragraphs.push({ start, end, index: 0, duplicateOf: null, boilerplate: isBoilerplateAt(text, start, end) });
  }
  return paragraphs;
}

/** White space other than single ordinary spaces: where a text needs its white space runs normalised. */
const IRREGULAR = /[^\S ]| \s/;

/** True when the string holds white space other than single ordinary spaces. */
export function hasIrregularSpace(s: string): boolean {
  return IRREGULAR.test(s);
}
