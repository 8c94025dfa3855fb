// Duplicate paragraphs: each verbatim repeat (white space aside) points at the paragraph's first occurrence.

import { hasIrregularSpace } from './paragraphs';
import type { Paragraph } from './types';

const SPACE_RUN = /\s+/g;

/**
 * Numbers the paragraphs and sets each one's duplicateOf: the index of the first paragraph with the same text,
 * each run of white space read as one space, or null.
 *
 * The map holds the raw text of every first occurrence as well as its normalised text, so a repeat (the common
 * case in texts with many) is found by its raw text alone; only a raw text not seen before is searched for
 * irregular white space, and normalised when it holds some.
 */
export function markDuplicates(text: string, paragraphs: Paragraph[]): void {
  const firstOf = new Map<string, number>();
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index];
    p.index = index;
    const raw = text.slice(p.start, p.end);
    let first = firstOf.get(raw);
    if (first === undefined) {
      if (hasIrregularSpace(raw)) {
        const normalised = raw.replace(SPACE_RUN, ' ');
        first = firstOf.get(normalised);
        if (first === undefined) firstOf.set(normalised, index);
      }
      firstOf.set(raw, first ?? index);
    }
    p.duplicateOf = first ?? null;
  }
}
