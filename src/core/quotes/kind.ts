// Direct quotation or scare quote: someone's words, or an expression set off by marks that nobody says.

import { charClass, codePointAt, LETTER, NUMBER, SPACE, UPPER } from '../text/chars';
import type { SpeakerAttribution } from './types';

/** Words that make what follows them an expression, not someone's words (`the so-called "reset"`). */
const SCARE_LEADS = ['so-called', 'so called', 'the term', 'the word', 'the phrase', 'dubbed', 'known as', 'termed', 'nicknamed'];

/**
 * `cued` says a reporting cue in the quotation's own sentence names its speaker: then even two words are
 * someone's words (`She said the draft was "carefully balanced"`). A quotation that only inherits a speaker
 * from the paragraph must look like speech; one with no speaker at all must be a long sentence. The words
 * before the quotation are `text` from `beforeStart` to `beforeEnd` (given as offsets: a slice would be one
 * more string per quotation).
 */
export function classifyQuote(
  content: string,
  nested: boolean,
  speaker: SpeakerAttribution | null,
  cued: boolean,
  text: string,
  beforeStart: number,
  beforeEnd: number,
): 'direct' | 'scare' {
  if (endsWithScareLead(text, beforeStart, beforeEnd)) return 'scare';
  if (speaker?.via === 'user') return 'direct';
  if (nested) return cued && speaker ? 'direct' : 'scare';
  // A cue in the quotation's sentence that names someone the text leaves unnamed (`said the ambassador`, `an
  // unnamed diplomat said`) makes its words someone's too.
  if (cued) return 'direct';
  // The content without the spaces around it, as start…end.
  let start = 0;
  let end = content.length;
  while (start < end && isSpace(content.charCodeAt(start))) start++;
  while (end > start && isSpace(content.charCodeAt(end - 1))) end--;
  // Only "at least 4" and "at least 6" matter, so counting stops at 6.
  const words = countWords(content, start, end, 6);
  const sentenceLike = endsLikeSentence(content, start, end) || (start < end && (charClass(codePointAt(content, start)) & UPPER) !== 0 && words >= 4);
  if (speaker) return words >= 4 || sentenceLike ? 'direct' : 'scare';
  return words >= 6 && sentenceLike ? 'direct' : 'scare';
}

const isSpace = (c: number): boolean => (charClass(c) & SPACE) !== 0;

/**
 * `/(?:so-called|…|nicknamed)\s*$/i` on `s` from `start` to `end`: one of the scare leads (ASCII letters in
 * either case) ends it but for spaces. The regular expression would try every position; this looks only at the end.
 */
function endsWithScareLead(s: string, start: number, end: number): boolean {
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  for (const lead of SCARE_LEADS) if (endsWithAsciiCaseless(s, start, end, lead)) return true;
  return false;
}

/** True when `s` from `start` to `end` ends with `word` (lower case ASCII), letters compared in either case as `/i` does. */
function endsWithAsciiCaseless(s: string, start: number, end: number, word: string): boolean {
  const from = end - word.length;
  if (from < start) return false;
  for (let i = 0; i < word.length; i++) {
    const c = s.charCodeAt(from + i);
    const w = word.charCodeAt(i);
    // Without the `u` flag, `/i` matches an ASCII letter only by its ASCII other case.
    if (c !== w && !(w >= 0x61 && w <= 0x7a && c === w - 0x20)) return false;
  }
  return true;
}

/**
 * The number of words of `s` from `start` to `end` (no spaces at either end) that hold a letter or a digit, up
 * to `cap`: what `s.slice(start, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length` counts.
 */
function countWords(s: string, start: number, end: number, cap: number): number {
  let words = 0;
  let counted = false; // the current word already holds a letter or a digit
  for (let i = start; i < end && words < cap; ) {
    const cp = codePointAt(s, i);
    const k = charClass(cp);
    if (k & SPACE) counted = false;
    else if (!counted && k & (LETTER | NUMBER)) {
      counted = true;
      words++;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return words;
}

const CLOSING_QUOTES = '"\'’”»';
const SENTENCE_ENDS = '.!?,;:…';

/** `/[.!?,;:…]["'’”»]?$/` on `s` from `start` to `end`: a sentence's punctuation last, perhaps before a closing mark. */
function endsLikeSentence(s: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const last = s[end - 1];
  if (SENTENCE_ENDS.includes(last)) return true;
  return end - 2 >= start && CLOSING_QUOTES.includes(last) && SENTENCE_ENDS.includes(s[end - 2]);
}
