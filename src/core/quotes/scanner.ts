// Finds quotations with a stack over quotation marks, paragraph by paragraph: nesting (also with the same
// mark), interruptions, quotations that run across a paragraph break, and quotations never closed.

import type { Span } from '../text';
import { charClass, SPACE } from '../text/chars';
import { firstOffsetAtOrAfter } from '../text/search';
import { classifyMark, MARK_CHARS, type Mark, type MarkFamily } from './marks';
import type { ScannedQuote } from './types';

interface Open {
  mark: Mark;
  paragraph: number;
}

/**
 * Offsets of every quotation mark character of the text, in order. One regular expression over the whole text:
 * a search per paragraph would run on past the paragraph's end to the next mark, and a loop over character codes
 * is several times slower than the regular expression on a long text.
 */
function markOffsets(text: string): number[] {
  const re = new RegExp(MARK_CHARS.source, 'g');
  const out: number[] = [];
  // `test` moves lastIndex past the one-character match without making a match array as `exec` would.
  while (re.test(text)) out.push(re.lastIndex - 1);
  return out;
}

/**
 * The marks of every paragraph, one list after another (no list per paragraph): paragraph `pi` has
 * `marks[first[pi]]` up to `marks[first[pi + 1] - 1]`.
 */
interface ParagraphMarks {
  marks: Mark[];
  first: Int32Array;
}

function marksOfParagraphs(text: string, paragraphs: readonly Span[]): ParagraphMarks {
  const offsets = markOffsets(text);
  const marks: Mark[] = [];
  const first = new Int32Array(paragraphs.length + 1);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    first[pi] = marks.length;
    const p = paragraphs[pi];
    for (let k = firstOffsetAtOrAfter(offsets, p.start); k < offsets.length && offsets[k] < p.end; k++) {
      const mark = classifyMark(text, offsets[k]);
      if (mark) marks.push(mark);
    }
  }
  first[paragraphs.length] = marks.length;
  return { marks, first };
}

/** True when paragraph `pi`'s first mark of this family can only close: the quotation goes on into it. */
function continuesInto(pm: ParagraphMarks, pi: number, family: MarkFamily): boolean {
  for (let mi = pm.first[pi]; mi < pm.first[pi + 1]; mi++) {
    const m = pm.marks[mi];
    if (m.family === family) return m.canClose && !m.canOpen;
  }
  return false;
}

export function scanQuotes(text: string, paragraphs: readonly Span[]): ScannedQuote[] {
  const quotes: ScannedQuote[] = [];
  let stack: Open[] = [];
  const pm = marksOfParagraphs(text, paragraphs);

  for (let pi = 0; pi < paragraphs.length; pi++) {
    for (let mi = pm.first[pi]; mi < pm.first[pi + 1]; mi++) {
      const mark = pm.marks[mi];
      const matchAt = findOpen(stack, mark.family);
      if (mark.canClose && matchAt >= 0) {
        // Quotations opened inside the one now closing and never closed themselves were not quotations,
        // except double ones, which end here unclosed.
        for (let k = stack.length - 1; k > matchAt; k--) {
          if (stack[k].mark.family !== 'single') emit(quotes, text, stack[k], null, mark.offset, k);
        }
        emit(quotes, text, stack[matchAt], mark, mark.offset, matchAt);
        stack.length = matchAt;
      } else if (mark.canOpen) {
        stack.push({ mark, paragraph: pi });
      }
    }
    if (stack.length === 0) continue;
    const hasNext = pi + 1 < paragraphs.length;
    const keep: Open[] = [];
    for (let k = 0; k < stack.length; k++) {
      const o = stack[k];
      if (o.mark.family !== 'single' && k === keep.length && hasNext && continuesInto(pm, pi + 1, o.mark.family)) keep.push(o);
      else if (o.mark.family !== 'single') emit(quotes, text, o, null, paragraphs[pi].end, k);
    }
    stack = keep;
  }
  return quotes.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Adds the quotation opened by `o` and closed by `close` (or ending at `endOffset`, spaces trimmed), unless empty. */
function emit(quotes: ScannedQuote[], text: string, o: Open, close: Mark | null, endOffset: number, depth: number): void {
  const start = o.mark.offset + 1;
  let end = close ? close.offset : endOffset;
  if (!close) while (end > start && (charClass(text.charCodeAt(end - 1)) & SPACE) !== 0) end--;
  if (end <= start) return;
  quotes.push({
    start, end, depth, paragraph: o.paragraph, unclosed: close === null,
    open: { start: o.mark.offset, end: start },
    close: close ? { start: close.offset, end: close.offset + 1 } : null,
  });
}

function findOpen(stack: Open[], family: MarkFamily): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].mark.family === family) return k;
  return -1;
}
