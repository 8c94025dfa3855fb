// Groups lines into paragraphs: one per line in one-paragraph-per-line texts, one per block in hard-wrapped ones.

import { type Line, trimSpan } from './lines';
import { isBoilerplateLine } from './boilerplate';
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
  lines.forEach((line, i) => {
    if (line.blank || skip.has(i)) {
      flush();
    } else if (isBoilerplateLine(text.slice(line.start, line.end).trim())) {
      // Page furniture stands alone even when no blank line sets it apart.
      flush();
      block.push(line);
      flush();
    } else {
      block.push(line);
    }
  });
  flush();

  return spans.map((raw) => {
    const span = trimSpan(text, raw);
    return { ...span, index: 0, duplicateOf: null, boilerplate: isBoilerplateLine(text.slice(span.start, span.end)) };
  });
}

/** Numbers the paragraphs and points each verbatim repeat (white space aside) at its first occurrence. */
export function markDuplicates(text: string, paragraphs: Paragraph[]): void {
  const seen = new Map<string, number>();
  paragraphs.forEach((p, index) => {
    p.index = index;
    const raw = text.slice(p.start, p.end);
    // Most paragraphs have only single spaces, and are their own key: normalise only the others.
    const key = hasSpaceToNormalise(text, p.start, p.end) ? raw.replace(/\s+/g, ' ') : raw;
    p.duplicateOf = seen.get(key) ?? null;
    if (p.duplicateOf === null) seen.set(key, index);
  });
}

/** True when text[start, end) holds white space other than single ordinary spaces. */
function hasSpaceToNormalise(text: string, start: number, end: number): boolean {
  let afterSpace = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return true;
      afterSpace = true;
    } else if (c > 32 && c < 128) {
      afterSpace = false;
    } else if (isSpaceCode(c)) {
      return true;
    } else {
      afterSpace = false;
    }
  }
  return false;
}
