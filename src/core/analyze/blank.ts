// The text with its page furniture blanked out, for the entity scan.

import type { Span } from '../text';
import { nodeBuffer } from '../text/nodebuffer';

/**
 * The text with every span (in order, apart) replaced by as many spaces: the offsets stay those of the text.
 *
 * In Node the code units are copied into an array, the spans overwritten there, and the array read back as one
 * string. Joined piece by piece (a 5 MB text has a thousand spans), the string is a tree of pieces that the
 * entity scan's own copy of the code units first had to flatten into a new 10 MB string on the heap: the copy
 * and the collections it brought on cost several times what this does.
 */
export function blankSpans(text: string, spans: readonly Span[]): string {
  if (nodeBuffer === undefined) return blankSpansByPieces(text, spans);
  const units = new Uint16Array(text.length);
  const bytes = nodeBuffer.from(units.buffer, 0, units.byteLength);
  bytes.write(text, 'utf16le');
  spans.forEach(blankUnits, units);
  return bytes.toString('utf16le', 0, units.byteLength);
}

/**
 * Blanks one span. The spans are walked by the builtin forEach calling a function of the module, as in
 * findParagraphs: a loop here, with the thousand spans of a big text, had the caller compiled twice more (on
 * the stack and whole) in its third run.
 */
function blankUnits(this: Uint16Array, s: Span): void {
  this.fill(32, s.start, s.end);
}

/**
 * The union of two lists of spans, each in order and apart: in order and apart, overlapping or touching spans
 * joined into one.
 */
export function unionOfSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The text being blanked piece by piece: the blanked text up to `at`. */
interface Blanking {
  text: string;
  out: string;
  at: number;
}

/** blankSpans without a Buffer (a browser worker): the pieces joined. */
export function blankSpansByPieces(text: string, spans: readonly Span[]): string {
  const blanking: Blanking = { text, out: '', at: 0 };
  spans.forEach(blankPiece, blanking);
  return blanking.out + text.slice(blanking.at);
}

function blankPiece(this: Blanking, s: Span): void {
  this.out += this.text.slice(this.at, s.start) + ' '.repeat(s.end - s.start);
  this.at = s.end;
}
