// The text as the cue search sees it: every top-level quotation blanked out (line breaks kept), so that cues
// are only found outside quotations.

import { MAX_COPY, scratchBytes, scratchUnits, stringOfUnits } from './narrow';
import { SortedOffsets } from './offsets';
import { closeEnd, type ScannedQuote } from './types';

/** Longest piece made in one go: as much as the scratch space of code units holds. */
const PIECE = MAX_COPY;
/** How many stretches MaskedText remembers (see slice). */
const RECENT = 4;

/**
 * The blanked text, made piece by piece on demand: attribution reads only the words around quotations, so
 * building the whole blanked text (a copy of all of it) would cost more than every piece together. A piece is
 * stored one byte per character whenever its characters allow (a slice of a text with any `’` would be two
 * bytes wide), which makes the cue regular expressions run about three times faster on it.
 */
export class MaskedText {
  /** The blanked stretches, in order and apart: top-level quotations from their opening mark to their closing one. */
  private readonly starts: number[] = [];
  private readonly ends: SortedOffsets;
  /**
   * The last stretches made and their strings, oldest overwritten first: the rules around one quotation ask for
   * the same words before it several times (a sixth of the requests).
   */
  private readonly recentStarts = [-1, -1, -1, -1];
  private readonly recentEnds = [-1, -1, -1, -1];
  private readonly recentStrings = ['', '', '', ''];
  private recentNext = 0;

  constructor(
    private readonly text: string,
    topLevel: readonly ScannedQuote[],
  ) {
    const ends: number[] = [];
    let at = 0;
    for (let i = 0; i < topLevel.length; i++) {
      const q = topLevel[i];
      if (q.open.start < at) continue; // within a quotation already blanked
      const end = closeEnd(q);
      this.starts.push(q.open.start);
      ends.push(end);
      at = end;
    }
    this.ends = new SortedOffsets(Float64Array.from(ends));
  }

  /** The blanked text from `from` to `to`, as `slice` would give it for offsets within the text. */
  slice(from: number, to: number): string {
    const start = Math.min(Math.max(from, 0), this.text.length);
    const end = Math.min(Math.max(to, start), this.text.length);
    if (end === start) return '';
    for (let i = 0; i < RECENT; i++) if (this.recentStarts[i] === start && this.recentEnds[i] === end) return this.recentStrings[i];
    const blanked = this.made(start, end);
    const k = this.recentNext;
    this.recentStarts[k] = start;
    this.recentEnds[k] = end;
    this.recentStrings[k] = blanked;
    this.recentNext = (k + 1) % RECENT;
    return blanked;
  }

  private made(start: number, end: number): string {
    if (end - start <= PIECE) return this.piece(start, end);
    const pieces: string[] = [];
    for (let at = start; at < end; at += PIECE) pieces.push(this.piece(at, Math.min(at + PIECE, end)));
    return pieces.join('');
  }

  private piece(from: number, to: number): string {
    const text = this.text;
    const codes = scratchUnits(to - from);
    const bytes = scratchBytes();
    let wide = 0;
    let j = 0;
    const ends = this.ends.offsets;
    let k = this.ends.firstAtOrAfter(from + 1);
    for (let i = from; i < to; ) {
      // Plain characters up to the next blanked stretch, then that stretch's spaces and line breaks.
      const blankFrom = k < this.starts.length ? Math.min(Math.max(this.starts[k], i), to) : to;
      for (; i < blankFrom; i++) {
        const c = text.charCodeAt(i);
        wide |= c;
        bytes[j] = codes[j++] = c;
      }
      const blankTo = k < ends.length ? Math.min(ends[k], to) : to;
      for (; i < blankTo; i++) {
        const c = text.charCodeAt(i);
        bytes[j] = codes[j++] = c === 0x0a || c === 0x0d ? c : 0x20;
      }
      k++;
    }
    return stringOfUnits(j, wide);
  }
}

