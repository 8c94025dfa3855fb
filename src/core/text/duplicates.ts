// Duplicate paragraphs: each verbatim repeat (white space aside) points at the paragraph's first occurrence.

import { isSpaceCode } from './chars';
import { hasIrregularSpace } from './paragraphs';
import type { Paragraph } from './types';

/**
 * Numbers the paragraphs and sets each one's duplicateOf: the index of the first paragraph with the same text,
 * each run of white space read as one space, or null.
 *
 * The map holds the raw text of every first occurrence as well as its normalised text, so a repeat (the common
 * case in texts with many) is found by its raw text alone; only a raw text not seen before is searched for
 * irregular white space, and normalised when it holds some.
 */
export function markDuplicates(text: string, paragraphs: Paragraph[]): void {
  const seen: Seen = { text, firstOf: new Map() };
  paragraphs.forEach(markDuplicate, seen);
}

/** The paragraphs' texts seen so far, raw and normalised, each with the index of its first paragraph. */
interface Seen {
  text: string;
  firstOf: Map<string, number>;
}

/** Numbers one paragraph and points it at its first occurrence (see findParagraphs for why a forEach). */
function markDuplicate(this: Seen, p: Paragraph, index: number): void {
  const firstOf = this.firstOf;
  p.index = index;
  const raw = this.text.slice(p.start, p.end);
  let first = firstOf.get(raw);
  if (first === undefined) {
    if (hasIrregularSpace(raw)) {
      const normalised = collapseSpaceRuns(raw);
      first = firstOf.get(normalised);
      if (first === undefined) firstOf.set(normalised, index);
    }
    firstOf.set(raw, first ?? index);
  }
  p.duplicateOf = first ?? null;
}

/**
 * `s.replace(/\s+/g, ' ')`, built from the pieces between the runs that change: the regular expression's
 * replace allocated several kilobytes per paragraph, most of the garbage of duplicate marking.
 */
export function collapseSpaceRuns(s: string): string {
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < s.length && isSpaceCode(s.charCodeAt(end))) end++;
    // A single ordinary space is already what the run becomes.
    if (end - i > 1 || s.charCodeAt(i) !== 32) {
      pieces.push(s.slice(from, i));
      from = end;
    }
    i = end - 1;
  }
  if (pieces.length === 0) return s;
  pieces.push(s.slice(from));
  return pieces.join(' ');
}
