// The quotation scanner over packed marks and a typed-array stack, against the scanner as first written: an
// object per mark, a plain array as the stack, the marks of each paragraph found by a binary search.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CAN_CLOSE, CAN_OPEN, classifyMark, doubledApostrophes, familyOfMark, isDoubledApostropheAt, SINGLE } from '../../src/core/quotes/marks';
import { scanQuotes } from '../../src/core/quotes/scanner';
import type { ScannedQuote } from '../../src/core/quotes/types';
import type { Span } from '../../src/core/text';
import { charClass, SPACE } from '../../src/core/text/chars';

interface Mark {
  offset: number;
  family: number;
  canOpen: boolean;
  canClose: boolean;
}
interface Open {
  mark: Mark;
  paragraph: number;
}

function oracleScan(text: string, paragraphs: readonly Span[]): ScannedQuote[] {
  const quotes: ScannedQuote[] = [];
  const marksOf = (p: Span): Mark[] => {
    const out: Mark[] = [];
    for (let i = p.start; i < p.end; i++) {
      if (isDoubledApostropheAt(text, i)) {
        // Two single marks for one double mark: the inner one stands for the pair.
        const d = doubledApostrophes(text, i);
        if (d !== 0) out.push({ offset: (d & CAN_OPEN) !== 0 ? i + 1 : i, family: familyOfMark(d), canOpen: (d & CAN_OPEN) !== 0, canClose: (d & CAN_CLOSE) !== 0 });
        i++;
        continue;
      }
      const m = classifyMark(text, i);
      if (m !== 0) out.push({ offset: i, family: familyOfMark(m), canOpen: (m & CAN_OPEN) !== 0, canClose: (m & CAN_CLOSE) !== 0 });
    }
    return out;
  };
  const marks = paragraphs.map(marksOf);
  const emit = (o: Open, close: Mark | null, endOffset: number, depth: number): void => {
    let start = o.mark.offset + 1;
    let end = close ? close.offset : endOffset;
    // Guillemets set with spaces inside leave the spaces out (`« help »`).
    if (text[o.mark.offset] === '«') while (start < end && (charClass(text.charCodeAt(start)) & SPACE) !== 0) start++;
    // The closing spaces go (since 2026-11-27 before any closing mark, not only `»` or a paragraph's end).
    while (end > start && (charClass(text.charCodeAt(end - 1)) & SPACE) !== 0) end--;
    if (end <= start) return;
    quotes.push({
      start, end, depth, paragraph: o.paragraph, unclosed: close === null,
      open: { start: isDoubledApostropheAt(text, o.mark.offset - 1) ? o.mark.offset - 1 : o.mark.offset, end: o.mark.offset + 1 },
      close: close ? { start: close.offset, end: isDoubledApostropheAt(text, close.offset) ? close.offset + 2 : close.offset + 1 } : null,
    });
  };
  let stack: Open[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    for (const mark of marks[pi]) {
      let matchAt = -1;
      for (let k = stack.length - 1; k >= 0 && matchAt < 0; k--) if (stack[k].mark.family === mark.family) matchAt = k;
      if (mark.canClose && matchAt >= 0) {
        for (let k = stack.length - 1; k > matchAt; k--) if (stack[k].mark.family !== SINGLE) emit(stack[k], null, mark.offset, k);
        emit(stack[matchAt], mark, mark.offset, matchAt);
        stack.length = matchAt;
      } else if (mark.canOpen) stack.push({ mark, paragraph: pi });
      else if (
        stack.length === 0 &&
        mark === marks[pi][0] &&
        '”»'.includes(text[mark.offset]) &&
        (',.!?'.includes(text[mark.offset - 1] ?? '') || (/\p{L}/u.test(text[mark.offset - 1] ?? '') && /^,\s+[^.,;:!?"“”\n]{0,30}?\b(?:said|says|added|adds|told|stated|noted|stressed|declared|underlined|emphasi[sz]ed)\b/.test(text.slice(mark.offset + 1, mark.offset + 50))))
      ) {
        // The copy lost the opening mark: the quotation runs from the paragraph's first word, an empty opening.
        let start = paragraphs[pi].start;
        while (start < mark.offset && (charClass(text.charCodeAt(start)) & SPACE) !== 0) start++;
        if (start < mark.offset) quotes.push({ start, end: mark.offset, depth: 0, paragraph: pi, unclosed: false, open: { start, end: start }, close: { start: mark.offset, end: mark.offset + 1 } });
      }
    }
    const keep: Open[] = [];
    for (let k = 0; k < stack.length; k++) {
      const o = stack[k];
      const next = marks[pi + 1]?.find((m) => m.family === o.mark.family);
      const continues = next !== undefined && next.canClose && !next.canOpen;
      if (o.mark.family !== SINGLE && k === keep.length && continues) keep.push(o);
      else if (o.mark.family !== SINGLE) emit(o, null, paragraphs[pi].end, k);
    }
    stack = keep;
  }
  return quotes.sort((a, b) => a.start - b.start || b.end - a.end);
}

const PIECES = ['"', '“', '”', '„', "'", "''", '``', '‘‘', '’’', '‘', '’', '`', '«', '»', '‹', '›', ' ', 'a', 'word', 'it’s', 's', '.', ',', '—', '(', '\n', ' he said'];

/** Paragraphs as the lines of the text, some of them left out (boilerplate), in text order. */
function paragraphsOf(text: string, skip: readonly boolean[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  let i = 0;
  for (const line of text.split('\n')) {
    if (!skip[i++ % Math.max(1, skip.length)]) out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

describe('quotation scanner over packed marks', () => {
  it('finds the quotations the object-per-mark scanner found, nested, interrupted, unclosed and across paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join('')), fc.array(fc.boolean(), { maxLength: 4 }), (text, skip) => {
        const paragraphs = paragraphsOf(text, skip);
        assert.deepEqual(scanQuotes(text, paragraphs), oracleScan(text, paragraphs), JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });
  it('keeps a deep stack of open quotations and many marks (beyond the first sizes of their arrays)', () => {
    const text = `${'“a '.repeat(150)}b${'” '.repeat(150)}\n${'« '.repeat(30)}`;
    const paragraphs = paragraphsOf(text, []);
    assert.deepEqual(scanQuotes(text, paragraphs), oracleScan(text, paragraphs));
    assert.equal(scanQuotes(text, paragraphs).filter((q) => q.depth === 149).length, 1);
  });
});
