// The line breaks of hard-wrapped paragraphs that only wrap the text: a name or a term runs on over them, as it
// would over a space (`Linda\nThomas-Greenfield`, `U.N. Office for the Coordination of\nHumanitarian Affairs`).

import type { Paragraph, Span } from './types';

/**
 * The width a paragraph was wrapped at is read as the median length of its lines but the last (wrapped lines fill
 * up to near it; the median, not the longest, so that one long line such as a lead left unwrapped does not count).
 * A line shorter than this share of the width ends where its writer broke it (a short line of an address, the end
 * of a paragraph in a block without blank lines), not where the text was wrapped.
 */
const FULL_LINE_SHARE = 0.75;
/** A wrapped paragraph's width is at least this: shorter lines are a list (tags, an address). */
const MIN_WRAP_WIDTH = 40;
/** A wrapped paragraph's lines but the last are nearly all full (see FULL_LINE_SHARE). */
const FULL_LINES_SHARE = 0.75;
/** A line longer than this times the width does not fit it; a quarter of the lines may (lines never wrapped). */
const OVERLONG = 1.25;

/** Line breaks, `\n`, `\r` or `\r\n`. */
const BREAK = /\r\n?|\n/g;

/**
 * The soft line breaks of the paragraphs, in order: those inside a paragraph (only the paragraphs of hard-wrapped
 * blocks hold one, see findParagraphs) after a line that fills the width the paragraph was wrapped at, in a
 * paragraph whose lines nearly all fill it. Furniture is left alone. Each span covers the break's one or two code
 * units.
 */
export function softBreaks(text: string, paragraphs: readonly Paragraph[]): Span[] {
  const out: Span[] = [];
  // Most texts hold a paragraph per line: a look for `\n` inside each (and a `\r` anywhere) settles them.
  const cr = text.includes('\r');
  for (const p of paragraphs) {
    if (p.boilerplate) continue;
    if (!cr) {
      const nl = text.indexOf('\n', p.start);
      if (nl < 0 || nl >= p.end) continue;
    }
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
  /** The length of each line that a break ends (all but the last line). */
  const lengths: number[] = [];
  let lineStart = p.start;
  for (let m: RegExpExecArray | null = first; m !== null && m.index < p.end; m = BREAK.exec(text)) {
    lengths.push(m.index - lineStart);
    breaks.push({ start: m.index, end: m.index + m[0].length });
    lineStart = m.index + m[0].length;
  }
  const last = p.end - lineStart;
  const width = [...lengths].sort((a, b) => a - b)[lengths.length >> 1];
  if (width < MIN_WRAP_WIDTH) return;
  const full = breaks.filter((_, k) => lengths[k] >= width * FULL_LINE_SHARE);
  const overlong = lengths.filter((n) => n > width * OVERLONG).length + (last > width * OVERLONG ? 1 : 0);
  if (full.length >= breaks.length * FULL_LINES_SHARE && overlong * 4 <= breaks.length + 1) out.push(...full);
}
