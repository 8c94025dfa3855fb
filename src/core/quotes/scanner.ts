// Finds quotations with a stack over quotation marks, paragraph by paragraph: nesting (also with the same
// mark), interruptions, quotations that run across a paragraph break, and quotations never closed.

import type { Span } from '../text';
import { classifyMark, isMarkChar, type Mark, type MarkFamily } from './marks';
import type { ScannedQuote } from './types';

interface Open {
  mark: Mark;
  paragraph: number;
}

function marksIn(text: string, p: Span): Mark[] {
  const out: Mark[] = [];
  for (let i = p.start; i < p.end; i++) {
    if (!isMarkChar(text.charCodeAt(i))) continue;
    const mark = classifyMark(text, i);
    if (mark) out.push(mark);
  }
  return out;
}

/** True when the paragraph's first mark of this family can only close: the quotation goes on into it. */
function continuesInto(marks: Mark[], family: MarkFamily): boolean {
  const first = marks.find((m) => m.family === family);
  return first !== undefined && first.canClose && !first.canOpen;
}

export function scanQuotes(text: string, paragraphs: readonly Span[]): ScannedQuote[] {
  const quotes: ScannedQuote[] = [];
  let stack: Open[] = [];
  const marksByParagraph = paragraphs.map((p) => marksIn(text, p));

  const emit = (o: Open, close: Mark | null, endOffset: number, depth: number): void => {
    const start = o.mark.offset + 1;
    let end = close ? close.offset : endOffset;
    if (!close) while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    quotes.push({
      start, end, depth, paragraph: o.paragraph, unclosed: close === null,
      open: { start: o.mark.offset, end: start },
      close: close ? { start: close.offset, end: close.offset + 1 } : null,
    });
  };

  paragraphs.forEach((p, pi) => {
    for (const mark of marksByParagraph[pi]) {
      const matchAt = findOpen(stack, mark.family);
      if (mark.canClose && matchAt >= 0) {
        // Quotations opened inside the one now closing and never closed themselves were not quotations,
        // except double ones, which end here unclosed.
        for (let k = stack.length - 1; k > matchAt; k--) {
          if (stack[k].mark.family !== 'single') emit(stack[k], null, mark.offset, k);
        }
        emit(stack[matchAt], mark, mark.offset, matchAt);
        stack = stack.slice(0, matchAt);
      } else if (mark.canOpen) {
        stack.push({ mark, paragraph: pi });
      }
    }
    if (stack.length === 0) return;
    const next = marksByParagraph[pi + 1];
    const keep: Open[] = [];
    for (let k = 0; k < stack.length; k++) {
      const o = stack[k];
      if (o.mark.family !== 'single' && k === keep.length && next && continuesInto(next, o.mark.family)) keep.push(o);
      else if (o.mark.family !== 'single') emit(o, null, p.end, k);
    }
    stack = keep;
  });
  return quotes.sort((a, b) => a.start - b.start || b.end - a.end);
}

function findOpen(stack: Open[], family: MarkFamily): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].mark.family === family) return k;
  return -1;
}
