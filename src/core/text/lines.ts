// Splits a text into lines with their offsets, whatever the line endings (LF, CRLF, CR).

import type { Span } from './types';

export interface Line extends Span {
  /** True when the line holds only white space. */
  blank: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const re = /\r\n|\n|\r/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    lines.push(makeLine(text, start, m.index));
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push(makeLine(text, start, text.length));
  return lines;
}

function makeLine(text: string, start: number, end: number): Line {
  return { start, end, blank: !/\S/.test(text.slice(start, end)) };
}

/** The span without leading and trailing white space; empty spans stay where they are. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
