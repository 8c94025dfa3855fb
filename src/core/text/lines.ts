// Splits a text into lines with their offsets, whatever the line endings (LF, CRLF, CR).

import { isSpaceCode } from './chars';
import type { Span } from './types';

export interface Line extends Span {
  /** True when the line holds only white space. */
  blank: boolean;
}

const LF = 10;
const CR = 13;

export function splitLines(text: string): Line[] {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return text.indexOf('\r') < 0 ? splitLinesLF(text, start) : splitLinesAny(text, start);
}

/** Lines of a text without CR: the engine's indexOf finds each line end. */
function splitLinesLF(text: string, start: number): Line[] {
  const lines: Line[] = [];
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end, blank: isBlank(text, start, end) });
    start = end + 1;
  }
  return lines;
}

/** Lines of a text with CR or CRLF line ends (alone or mixed with LF). */
function splitLinesAny(text: string, start: number): Line[] {
  const lines: Line[] = [];
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      lines.push({ start, end: i, blank: isBlank(text, start, i) });
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      start = i + 1;
    }
  }
  if (start < text.length) lines.push({ start, end: text.length, blank: isBlank(text, start, text.length) });
  return lines;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The span without leading and trailing white space; empty spans stay where they are. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
