// The form of a string the cue patterns read: one byte per character, with the same matches.

import { charClass, LETTER, NUMBER, SPACE, UPPER } from '../text/chars';
import { scratchBytes, scratchUnits, stringOfUnits, MAX_COPY } from './narrow';

/**
 * What `’` and `‘` become in the one-byte form: `×`. The cue patterns treat both alike and as no other character
 * (inside a word, before a possessive `s`), so each pattern lists this character wherever it lists them. `×`
 * lies between two runs of letters that a word's character class holds already, so listing it there costs the
 * class no test of its own (a character apart, such as a control character, made the patterns a fifth slower).
 * A text's own `×` is given OTHER instead (see formOf).
 */
export const APOSTROPHE = 0xd7;
/** The same, as the cue patterns write it. */
export const APOSTROPHE_IN_PATTERN = '\\u00d7';

/**
 * Latin-1 characters the cue patterns name nowhere, one for each set of classes they test (`\p{Lu}`, `\p{L}`,
 * `\p{N}`, `\s`) that a character beyond Latin-1 may be in: `À` an upper-case letter, `ª` another letter, `²` a
 * number, the no-break space a space, `¤` none of them.
 */
const UPPER_LETTER = 0xc0;
const OTHER_LETTER = 0xaa;
const NUMBER_CHAR = 0xb2;
const SPACE_CHAR = 0xa0;
const OTHER = 0xa4;

/**
 * The Latin-1 character a cue pattern reads exactly as it reads `c`, a code unit beyond Latin-1 that is no
 * surrogate, or the stand-in apostrophe. The patterns name only four characters beyond Latin-1: `’` and `‘`
 * (see APOSTROPHE), and `“` and `”`, which they exclude from an appositive as they do `"`.
 */
function formOf(c: number): number {
  if (c === APOSTROPHE) return OTHER;
  if (c === 0x2019 || c === 0x2018) return APOSTROPHE;
  if (c === 0x201c || c === 0x201d) return 0x22;
  const k = charClass(c);
  if ((k & SPACE) !== 0) return SPACE_CHAR;
  if ((k & UPPER) !== 0) return UPPER_LETTER;
  if ((k & LETTER) !== 0) return OTHER_LETTER;
  return (k & NUMBER) !== 0 ? NUMBER_CHAR : OTHER;
}

/** A character the one-byte form replaces (a regular expression finds one far sooner than a loop over the string). */
const TO_REPLACE = /[\u00d7\u0100-\uffff]/;
const SURROGATE = /[\ud800-\udfff]/;

/**
 * The string the cue patterns search instead of `s`: they find the same matches at the same offsets in it (the
 * words matched are to be read from `s`). The cue patterns, with their Unicode classes, run about eight times
 * slower on a string stored two bytes per character, as a string with a single `’` is. `s` itself when it holds
 * no character to replace (stored one byte per character if the caller made it so, see narrowed); when it holds
 * a surrogate, only its own `×` is replaced, since a pair is one character to the patterns but two code units.
 */
export function oneByteForm(s: string): string {
  if (!TO_REPLACE.test(s)) return s;
  if (SURROGATE.test(s)) return s.includes('×') ? s.replaceAll('×', String.fromCharCode(OTHER)) : s;
  if (s.length <= MAX_COPY) return formPiece(s, 0, s.length);
  const pieces: string[] = [];
  for (let at = 0; at < s.length; at += MAX_COPY) pieces.push(formPiece(s, at, Math.min(at + MAX_COPY, s.length)));
  return pieces.join('');
}

/**
 * formOf of each code unit beyond Latin-1 met so far (0: not yet worked out; no such unit's form is 0). A table
 * rather than formOf's tests in the loop: a test the warm-up never reached (a dash, a Cyrillic letter) would
 * drop the loop's optimised code on the first text that has one.
 */
const forms = new Uint8Array(0x10000);

/** The one-byte form of `s` from `from` to `to` (at most MAX_COPY code units, none a surrogate). */
function formPiece(s: string, from: number, to: number): string {
  const units = scratchUnits(to - from);
  const bytes = scratchBytes();
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    bytes[i - from] = units[i - from] = c < 0x100 && c !== APOSTROPHE ? c : forms[c] || (forms[c] = formOf(c));
  }
  return stringOfUnits(to - from, 0);
}
