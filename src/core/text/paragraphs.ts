// Groups lines into paragraphs: one per line in one-paragraph-per-line texts, one per block in hard-wrapped ones.

import { type Line, trimSpan } from './lines';
import { isBoilerplateLine } from './boilerplate';
import type { Paragraph, Span } from './types';

const ENDS_UNIT = /[.!?:;"”»’'‘)\]]$/;

/** Hard-wrapped blocks have most of their lines ending mid-sentence; those are joined into one paragraph. */
function isWrappedBlock(text: string, block: Line[]): boolean {
  if (block.length < 2) return false;
  let midSentence = 0;
  for (let i = 0; i < block.length - 1; i++) {
    if (!ENDS_UNIT.test(text.slice(block[i].start, block[i].end).trimEnd())) midSentence++;
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
    const key = text.slice(p.start, p.end).replace(/\s+/g, ' ');
    p.duplicateOf = seen.get(key) ?? null;
    if (p.duplicateOf === null) seen.set(key, index);
  });
}
