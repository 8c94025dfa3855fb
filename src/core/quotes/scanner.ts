// Finds quotations with a stack over quotation marks, paragraph by paragraph: nesting (also with the same
// mark), interruptions, quotations that run across a paragraph break, and quotations never closed.

import type { Span } from '../text';
import { charClass, LETTER, SPACE } from '../text/chars';
import { CAN_CLOSE, CAN_OPEN, classifyMark, LineStops, doubledApostrophes, familyOfMark, isDoubledApostropheAt, MARK_CHARS, SINGLE } from './marks';
import type { ScannedQuote } from './types';

/**
 * The marks of every paragraph, one list after another, in parallel arrays of numbers (no object per mark):
 * paragraph `pi` has marks `first[pi]` up to `first[pi + 1] - 1`, each at `offsets[k]`, classified as
 * `marks[k]` (see classifyMark). The lists are plain arrays that grow as pushed: typed arrays grown by hand
 * took a branch that only a big text reaches, and its first use dropped the optimised scan.
 */
interface ParagraphMarks {
  offsets: number[];
  marks: number[];
  first: Int32Array;
}

/**
 * Finds the mark characters with one regular expression over the whole text: a search per paragraph would run
 * on past the paragraph's end to the next mark, and a loop over character codes is several times slower than
 * the regular expression on a long text. Paragraphs come in text order, so one search walks through them all.
 */
function marksOfParagraphs(text: string, paragraphs: readonly Span[]): ParagraphMarks {
  const re = new RegExp(MARK_CHARS.source, 'g');
  const offsets: number[] = [];
  const marks: number[] = [];
  const first = new Int32Array(paragraphs.length + 1);
  const stops = new LineStops(text);
  // `test` moves lastIndex past the one-character match without making a match array as `exec` would.
  let found = re.test(text);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    first[pi] = offsets.length;
    const p = paragraphs[pi];
    while (found && re.lastIndex - 1 < p.start) found = re.test(text);
    for (; found && re.lastIndex - 1 < p.end; found = re.test(text)) {
      const at = re.lastIndex - 1;
      if (isDoubledApostropheAt(text, at)) {
        pushDoubled(text, at, offsets, marks);
        re.lastIndex = at + 2;
        continue;
      }
      const mark = classifyMark(text, at, stops);
      if (mark === 0) continue;
      offsets.push(at);
      marks.push(mark);
    }
  }
  first[paragraphs.length] = offsets.length;
  return { offsets, marks, first };
}

/** Two apostrophes for one double mark (see doubledApostrophes): the inner one stands for the pair. */
function pushDoubled(text: string, at: number, offsets: number[], marks: number[]): void {
  const mark = doubledApostrophes(text, at);
  if (mark === 0) return;
  offsets.push((mark & CAN_OPEN) !== 0 ? at + 1 : at);
  marks.push(mark);
}

function grown<T extends Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** True when paragraph `pi`'s first mark of this family can only close: the quotation goes on into it. */
function continuesInto(pm: ParagraphMarks, pi: number, family: number): boolean {
  for (let mi = pm.first[pi]; mi < pm.first[pi + 1]; mi++) {
    const m = pm.marks[mi];
    if (familyOfMark(m) === family) return (m & (CAN_OPEN | CAN_CLOSE)) === CAN_CLOSE;
  }
  return false;
}

/**
 * The quotations opened and not yet closed, innermost last: the mark (an index into the ParagraphMarks) and
 * the paragraph of each. Typed arrays with a size of their own: a plain array cut back to empty by setting its
 * length drops its storage, and the next push allocates it again, once per quotation.
 */
class Stack {
  size = 0;
  mark = new Int32Array(16);
  paragraph = new Int32Array(16);

  push(mark: number, paragraph: number): void {
    if (this.size === this.mark.length) {
      this.mark = grown(this.mark, new Int32Array(2 * this.size));
      this.paragraph = grown(this.paragraph, new Int32Array(2 * this.size));
    }
    this.mark[this.size] = mark;
    this.paragraph[this.size++] = paragraph;
  }
}

/** What the scan of one paragraph reads and adds to. */
interface Scan {
  text: string;
  paragraphs: readonly Span[];
  pm: ParagraphMarks;
  stack: Stack;
  quotes: ScannedQuote[];
}

/** The quotations of the paragraphs (in text order and apart, as the structure gives them), by start. */
export function scanQuotes(text: string, paragraphs: readonly Span[]): ScannedQuote[] {
  const scan: Scan = { text, paragraphs, pm: marksOfParagraphs(text, paragraphs), stack: new Stack(), quotes: [] };
  scanEach(scan);
  return scan.quotes.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The loop over the paragraphs, a function of its own that only calls one per paragraph. On a big text the loop
 * is what gets hot: the engine then compiles this small function (on the stack in the first run, whole in the
 * second) rather than the whole scan with the search for marks and the pairing of them inlined.
 */
function scanEach(scan: Scan): void {
  for (let pi = 0; pi < scan.paragraphs.length; pi++) scanParagraph(scan, pi);
}

/** Pairs the marks of paragraph `pi`, then keeps open only the double quotations that go on into the next one. */
function scanParagraph(scan: Scan, pi: number): void {
  const { text, paragraphs, pm, stack, quotes } = scan;
  for (let mi = pm.first[pi]; mi < pm.first[pi + 1]; mi++) {
    const mark = pm.marks[mi];
    const offset = pm.offsets[mi];
    const matchAt = findOpen(pm, stack, familyOfMark(mark));
    if ((mark & CAN_CLOSE) !== 0 && matchAt >= 0) {
      // Quotations opened inside the one now closing and never closed themselves were not quotations,
      // except double ones, which end here unclosed.
      for (let k = stack.size - 1; k > matchAt; k--) {
        if (familyAt(pm, stack, k) !== SINGLE) emit(quotes, text, pm, stack, k, -1, offset);
      }
      emit(quotes, text, pm, stack, matchAt, offset, offset);
      stack.size = matchAt;
    } else if ((mark & CAN_OPEN) !== 0) {
      stack.push(mi, pi);
    } else if (stack.size === 0 && mi === pm.first[pi] && lacksItsOpening(text, offset)) {
      emitUnopened(quotes, text, paragraphs[pi], pi, offset);
    }
  }
  if (stack.size === 0) return;
  const hasNext = pi + 1 < paragraphs.length;
  // Kept are the double quotations from the bottom of the stack up that go on into the next paragraph.
  let kept = 0;
  for (let k = 0; k < stack.size; k++) {
    const family = familyAt(pm, stack, k);
    if (family === SINGLE) continue;
    if (k === kept && hasNext && continuesInto(pm, pi + 1, family)) {
      stack.mark[kept] = stack.mark[k];
      stack.paragraph[kept++] = stack.paragraph[k];
    } else emit(quotes, text, pm, stack, k, -1, paragraphs[pi].end);
  }
  stack.size = kept;
}

/** The family of the mark at stack entry `k`. */
function familyAt(pm: ParagraphMarks, stack: Stack, k: number): number {
  return familyOfMark(pm.marks[stack.mark[k]]);
}

/**
 * Adds the quotation opened at stack entry `k` and closed by the mark at offset `close` (or, when `close` is -1,
 * ending at `endOffset`), its closing spaces trimmed, unless empty.
 */
function emit(quotes: ScannedQuote[], text: string, pm: ParagraphMarks, stack: Stack, k: number, close: number, endOffset: number): void {
  const open = pm.offsets[stack.mark[k]];
  let start = open + 1;
  let end = close >= 0 ? close : endOffset;
  // Guillemets set with spaces inside (`« help this country »`) leave the spaces out of the quotation.
  if (text.charCodeAt(open) === 0xab) while (start < end && (charClass(text.charCodeAt(start)) & SPACE) !== 0) start++;
  // Nor the spaces before the closing mark (`… right now. "`, `« … »`), or at the paragraph's end of an unclosed one.
  while (end > start && (charClass(text.charCodeAt(end - 1)) & SPACE) !== 0) end--;
  if (end <= start) return;
  quotes.push({
    start, end, depth: k, paragraph: stack.paragraph[k], unclosed: close < 0,
    // A mark typed as two apostrophes (see doubledApostrophes) spans both.
    open: { start: open > 0 && isDoubledApostropheAt(text, open - 1) ? open - 1 : open, end: open + 1 },
    close: close >= 0 ? { start: close, end: isDoubledApostropheAt(text, close) ? close + 2 : close + 1 } : null,
  });
}

/**
 * `Regrettably, instead of the pause, I was surprised …,” he said.`: a paragraph's first mark is a curly double
 * mark or a guillemet that only closes, right after the quotation's last punctuation (or after a word, before a
 * comma and a reporting verb), and nothing is open. The
 * copy lost the opening mark, and the quotation runs from the paragraph's start.
 */
function lacksItsOpening(text: string, close: number): boolean {
  const c = text.charCodeAt(close);
  // Not at the text's start, where there is no character before (charClass takes no NaN).
  if ((c !== 0x201d && c !== 0xbb) || close === 0) return false;
  const before = text.charCodeAt(close - 1);
  // Or after a word, with the comma of the cue after the mark (`… Abkhazia and Tskhinvali”, he said.`).
  return before === 0x2c || before === 0x2e || before === 0x21 || before === 0x3f || ((charClass(before) & LETTER) !== 0 && CUE_AFTER.test(text.slice(close + 1, close + 50)));
}
/** A comma, then a reporting verb within a few words (`, he said`, `, the FM added`). */
const CUE_AFTER = /^,\s+[^.,;:!?"“”\n]{0,30}?\b(?:said|says|added|adds|told|stated|noted|stressed|declared|underlined|emphasi[sz]ed)\b/;

/** The quotation that lacks its opening mark (see lacksItsOpening): its opening is an empty span where it starts. */
function emitUnopened(quotes: ScannedQuote[], text: string, paragraph: Span, pi: number, close: number): void {
  let start = paragraph.start;
  while (start < close && (charClass(text.charCodeAt(start)) & SPACE) !== 0) start++;
  if (start >= close) return;
  quotes.push({ start, end: close, depth: 0, paragraph: pi, unclosed: false, open: { start, end: start }, close: { start: close, end: close + 1 } });
}

function findOpen(pm: ParagraphMarks, stack: Stack, family: number): number {
  for (let k = stack.size - 1; k >= 0; k--) if (familyOfMark(pm.marks[stack.mark[k]]) === family) return k;
  return -1;
}
