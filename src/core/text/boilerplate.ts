// Lines that belong to the web page around an article rather than to the article itself.

import { isSpaceCode } from './chars';
import { trimmedEnd, trimmedStart } from './lines';

const BOILERPLATE: RegExp[] = [
  /^(download|play|listen to) (the )?(audio|video|mp3|podcast)( file)?$/i,
  /^(and )?share( this( article| story| page)?)?( via| on)?( \w+)?$/i,
  /^(print|print version|printable version|email|e-mail|tweet|like|comments?|advertisement|subscribe)$/i,
  /^(read|see) (more|also)\b.{0,80}$/i,
  /^(follow us|subscribe to|sign up for)\b.{0,80}$/i,
  /^(photo|image|video|source|credit)s?\s*:.{0,120}$/i,
  /^all rights reserved\b.*$/i,
  /^©.{0,120}$/,
  /^[\u2022\u00b7\u25cf\u25aa*|\-–—_=]+$/u,
];

/** The longest line, white space runs counted as one, that the patterns with a length limit can match. */
const LONGEST_BOUNDED = 140;
/** How the patterns without a length limit begin (`share via …`, `All rights reserved …`, `•••`). */
const UNBOUNDED_START = /^\s*(?:(?:and\s+)?share|all\s+rights\s+reserved|[\u2022\u00b7\u25cf\u25aa*|\-–—_=])/i;
/**
 * How every pattern of BOILERPLATE begins, tried at the start of a line in place (sticky): a line that does not
 * begin like this is not furniture, whatever its length, and is neither copied nor matched nine times.
 */
const ANY_START = /(?:download|play|listen|and\s+share|share|print|e-?mail|tweet|like|comment|advertisement|subscribe|read|see|follow|sign|photo|image|video|source|credit|all\s|©|[\u2022\u00b7\u25cf\u25aa*|\-–—_=])/iy;
/** UNBOUNDED_START without its anchor, tried at one position of a longer text (sticky). */
const UNBOUNDED_START_AT = new RegExp(UNBOUNDED_START.source.slice(1), 'iy');

/** True when a line (already trimmed) is page furniture such as `Download audio file` or a lone `•`. */
export function isBoilerplateLine(trimmed: string): boolean {
  // Paragraphs are long and furniture is short: a long line is tested only when it begins like the few
  // patterns that have no length limit, so that ordinary paragraphs are never copied and matched nine times.
  if (longerThan(trimmed, LONGEST_BOUNDED) && !UNBOUNDED_START.test(trimmed)) return false;
  const s = trimmed.replace(/[\s\u00a0]+/g, ' ').trim();
  if (s.length === 0) return false;
  return BOILERPLATE.some((re) => re.test(s));
}

/**
 * isBoilerplateLine of text[start, end) with its white space trimmed, read in place: a long paragraph (the usual
 * case) is ruled out without copying it.
 */
export function isBoilerplateAt(text: string, start: number, end: number): boolean {
  start = trimmedStart(text, start, end);
  end = trimmedEnd(text, start, end);
  if (start >= end) return false;
  ANY_START.lastIndex = start;
  if (!ANY_START.test(text)) return false;
  if (spanLongerThan(text, start, end, LONGEST_BOUNDED)) {
    UNBOUNDED_START_AT.lastIndex = start;
    if (!UNBOUNDED_START_AT.test(text)) return false;
  }
  return isBoilerplateLine(text.slice(start, end));
}

/** True when the line, with each run of white space counted as one character, is longer than `max`. */
function longerThan(line: string, max: number): boolean {
  return spanLongerThan(line, 0, line.length, max);
}

/** longerThan for text[start, end). */
function spanLongerThan(text: string, start: number, end: number, max: number): boolean {
  if (end - start <= max) return false;
  let n = 0;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space || !inSpace) n++;
    if (n > max) return true;
    inSpace = space;
  }
  return false;
}
