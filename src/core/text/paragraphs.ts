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
    } else if (isBoilerplateAt(text, ...bounds(text, line))) {
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

function bounds(text: string, line: Line): [number, number] {
  const { start, end } = trimSpan(text, line);
  return [start, end];
}

/**
 * Numbers the paragraphs and points each verbatim repeat (white space aside) at its first occurrence. Paragraphs
 * are bucketed by a hash of their words and compared only within a bucket, in place.
 */
export function markDuplicates(text: string, paragraphs: Paragraph[]): void {
  const seen = new Map<number, number[]>();
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index];
    p.index = index;
    p.duplicateOf = null;
    const hash = wordsHash(text, p.start, p.end);
    const earlier = seen.get(hash);
    if (earlier === undefined) {
      seen.set(hash, [index]);
      continue;
    }
    for (const e of earlier) {
      if (sameSpaced(text, paragraphs[e], p)) {
        p.duplicateOf = e;
        break;
      }
    }
    if (p.duplicateOf === null) earlier.push(index);
  }
}

/**
 * A 32-bit FNV-1a hash of the characters of text[start, end) that are not white space: spans that read the same
 * with white space aside hash the same (others rarely do, and sameSpaced tells them apart).
 */
function wordsHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && (c < 128 || !isSpaceCode(c))) h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** True when the two spans read the same with every run of white space read as one space. */
function sameSpaced(text: string, a: Span, b: Span): boolean {
  // Verbatim copies, the usual case, are compared by the engine in one go.
  if (a.end - a.start === b.end - b.start && text.slice(a.start, a.end) === text.slice(b.start, b.end)) return true;
  let i = a.start;
  let j = b.start;
  while (i < a.end && j < b.end) {
    const ci = text.charCodeAt(i);
    const cj = text.charCodeAt(j);
    const si = isSpaceCode(ci);
    const sj = isSpaceCode(cj);
    if (si !== sj || (!si && ci !== cj)) return false;
    i++;
    j++;
    if (si) {
      while (i < a.end && isSpaceCode(text.charCodeAt(i))) i++;
      while (j < b.end && isSpaceCode(text.charCodeAt(j))) j++;
    }
  }
  return i === a.end && j === b.end;
}
