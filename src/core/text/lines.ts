// Walks the lines of a text with their offsets, whatever the line endings (LF, CRLF, CR).

import { isSpaceCode } from './chars';
import type { Span } from './types';

const LF = 10;
const CR = 13;
const BYTE_ORDER_MARK = 0xfeff;

/**
 * The lines of a text one after the other, read in place: the paragraphs are found in one pass over the lines
 * without an object for each line (a 5 MB text has some 30 000).
 */
export class LineCursor {
  /** The current line is text[start, end), its line break excluded. */
  start = 0;
  end = 0;
  /** Where the line after the current one begins. */
  next: number;
  /** A text without CR has its line ends found by the engine's indexOf. */
  private readonly onlyLF: boolean;

  /** Lines from `from`, the start of a line; a byte order mark at the start of the text is not part of a line. */
  constructor(
    private readonly text: string,
    from = 0,
  ) {
    this.next = from === 0 && text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : from;
    this.onlyLF = text.indexOf('\r', this.next) < 0;
  }

  /** Moves to the next line; false after the last one. A text that ends with a line break has no empty last line. */
  advance(): boolean {
    const text = this.text;
    const start = this.next;
    if (start >= text.length) return false;
    let end: number;
    if (this.onlyLF) {
      end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      this.next = end + 1;
    } else {
      end = start;
      while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
      this.next = text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
    }
    this.start = start;
    this.end = end;
    return true;
  }
}

/**
 * Where each line from `from` (the start of a line) begins and ends, line breaks excluded: one small loop, so that
 * the work on each line can be done in a callback (see findParagraphs).
 */
export function lineBounds(text: string, from: number): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const line = new LineCursor(text, from);
  while (line.advance()) {
    starts.push(line.start);
    ends.push(line.end);
  }
  return { starts, ends };
}

/** True when text[start, end) holds only white space. */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The span without leading and trailing white space; empty spans stay where they are. */
export function trimSpan(text: string, span: Span): Span {
  const start = trimmedStart(text, span.start, span.end);
  return { start, end: trimmedEnd(text, start, span.end) };
}

/** Where text[start, end) begins once its leading white space is left out. */
export function trimmedStart(text: string, start: number, end: number): number {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  return start;
}

/** Where text[start, end) ends once its trailing white space is left out. */
export function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}
