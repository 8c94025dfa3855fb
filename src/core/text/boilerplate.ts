// Lines that belong to the web page around an article rather than to the article itself.

import { isSpaceCode } from './chars';

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

/** True when a line (already trimmed) is page furniture such as `Download audio file` or a lone `•`. */
export function isBoilerplateLine(trimmed: string): boolean {
  // Paragraphs are long and furniture is short: a long line is tested only when it begins like the few
  // patterns that have no length limit, so that ordinary paragraphs are never copied and matched nine times.
  if (longerThan(trimmed, LONGEST_BOUNDED) && !UNBOUNDED_START.test(trimmed)) return false;
  const s = trimmed.replace(/[\s\u00a0]+/g, ' ').trim();
  if (s.length === 0) return false;
  return BOILERPLATE.some((re) => re.test(s));
}

/** True when the line, with each run of white space counted as one character, is longer than `max`. */
function longerThan(line: string, max: number): boolean {
  if (line.length <= max) return false;
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpaceCode(line.charCodeAt(i));
    if (!space || !inSpace) n++;
    if (n > max) return true;
    inSpace = space;
  }
  return false;
}
