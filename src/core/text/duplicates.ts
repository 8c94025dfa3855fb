// Duplicate paragraphs: each verbatim repeat (white space aside) points at the paragraph's first occurrence.

import { isSpaceCode } from './chars';
import { hasIrregularSpace } from './paragraphs';
import type { Paragraph } from './types';

/**
 * Numbers the paragraphs and sets each one's duplicateOf: the index of the first paragraph with the same text,
 * each run of white space read as one space, or null.
 *
 * The texts seen hold the raw text of every first occurrence as well as its normalised text, so a repeat (the
 * common case in texts with many) is found by its raw text alone; only a raw text not seen before is searched for
 * irregular white space, and normalised when it holds some.
 */
export function markDuplicates(text: string, paragraphs: Paragraph[]): void {
  const seen: Seen = { text, bucketOf: new Map(), keys: [], firsts: [], nextInBucket: [] };
  paragraphs.forEach(markDuplicate, seen);
}

/**
 * The paragraphs' texts seen so far, raw and normalised, each with the index of its first paragraph. They are
 * found by a fingerprint (see fingerprint) and then compared whole: a map keyed by the texts themselves hashed
 * every character of every paragraph, which cost several times the comparison of a repeat with its first.
 */
interface Seen {
  text: string;
  /** The last text seen of each fingerprint, by its position in `keys`. */
  bucketOf: Map<number, number>;
  keys: string[];
  /** The index of the first paragraph of each text of `keys`. */
  firsts: number[];
  /** The text seen before of the same fingerprint, by its position in `keys`, or -1. */
  nextInBucket: number[];
}

/** Numbers one paragraph and points it at its first occurrence (see findParagraphs for why a forEach). */
function markDuplicate(this: Seen, p: Paragraph, index: number): void {
  p.index = index;
  const raw = this.text.slice(p.start, p.end);
  let first = firstOf(this, raw);
  if (first < 0) {
    if (hasIrregularSpace(raw)) {
      const normalised = collapseSpaceRuns(raw);
      first = firstOf(this, normalised);
      if (first < 0) addSeen(this, normalised, index);
    }
    addSeen(this, raw, first < 0 ? index : first);
  }
  p.duplicateOf = first < 0 ? null : first;
}

/** The index of the first paragraph whose raw or normalised text is `s`, or -1. */
function firstOf(seen: Seen, s: string): number {
  const bucket = seen.bucketOf.get(fingerprint(s));
  for (let k = bucket ?? -1; k >= 0; k = seen.nextInBucket[k]) if (seen.keys[k] === s) return seen.firsts[k];
  return -1;
}

function addSeen(seen: Seen, s: string, first: number): void {
  const fp = fingerprint(s);
  const k = seen.keys.length;
  seen.keys.push(s);
  seen.firsts.push(first);
  seen.nextInBucket.push(seen.bucketOf.get(fp) ?? -1);
  seen.bucketOf.set(fp, k);
}

/** How many code units a fingerprint samples, spread over the string. */
const SAMPLES = 16;

/** A small integer told from a string's length and a few of its code units, equal for equal strings. */
function fingerprint(s: string): number {
  const n = s.length;
  let h = n;
  if (n === 0) return h;
  for (let k = 0; k < SAMPLES; k++) h = (Math.imul(h, 31) + s.charCodeAt(((k * n) / SAMPLES) | 0)) | 0;
  return h;
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
