// The line breaks of hard-wrapped paragraphs that only wrap the text: a name or a term runs on over them, as it
// would over a space (`Linda\nThomas-Greenfield`, `U.N. Office for the Coordination of\nHumanitarian Affairs`).

import type { Paragraph, Span } from './types';

/**
 * A line shorter than this share of the longest line of its paragraph ends where its writer broke it (a short
 * last line of a list item, a line of an address), not where the text was wrapped: wrapped lines fill up to near
 * the width, which is that of the longest.
 */
const FULL_LINE_SHARE = 0.7;
/** A wrapped paragraph's longest line is at least this long: shorter lines are a list (tags, an address). */
const MIN_WRAP_WIDTH = 40;
/** A wrapped paragraph's lines but the last are nearly all full (see FULL_LINE_SHARE). */
const FULL_LINES_SHARE = 0.75;

/** Line breaks, `\n`, `\r` or `\r\n`. */
const BREAK = /\r\n?|\n/g;

/**
 * The soft line breaks of the paragraphs, in order: those inside a paragraph (only the paragraphs of hard-wrapped
 * blocks hold one, see findParagraphs) after a line that is nearly as long as the paragraph's longest, in a
 * paragraph whose lines are nearly all that long, as wrapping makes them. Furniture is left alone. Each span
 * covers the break's one or two code units.
 */
export function softBreaks(text: string, paragraphs: readonly Paragraph[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    if (p.boilerplate) continue;
    BREAK.lastIndex = p.start;
    const first = BREAK.exec(text);
    if (first === null || first.index >= p.end) continue;
    addSoftBreaks(text, p, first, out);
  }
  return out;
}

/** Adds the soft breaks of one paragraph, `first` being its first line break. */
function addSoftBreaks(text: string, p: Span, first: RegExpExecArray, out: Span[]): void {
  const breaks: Span[] = [];
  let longest = 0;
  let lineStart = p.start;
  for (let m: RegExpExecArray | null = first; m !== null && m.index < p.end; m = BREAK.exec(text)) {
    longest = Math.max(longest, m.index - lineStart);
    breaks.push({ start: m.index, end: m.index + m[0].length });
    lineStart = m.index + m[0].length;
  }
  longest = Math.max(longest, p.end - lineStart);
  if (longest < MIN_WRAP_WIDTH) return;
  const full: Span[] = [];
  lineStart = p.start;
  for (const b of breaks) {
    if (b.start - lineStart >= longest * FULL_LINE_SHARE) full.push(b);
    lineStart = b.end;
  }
  if (full.length >= breaks.length * FULL_LINES_SHARE) out.push(...full);
}
