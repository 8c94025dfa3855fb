// Character classes by code point, looked up in a table instead of testing a regular expression per character.
// The classes are exactly those of the JavaScript regular expressions the analysis is specified with: `\s`,
// `\p{L}`, `\p{M}`, `\p{N}`, `\p{Lu}`, `\p{Ll}`. The table for the Basic Multilingual Plane is filled lazily, so
// loading costs nothing and a text pays only for the characters it uses.

export const SPACE = 1;
export const LETTER = 2;
export const MARK = 4;
export const NUMBER = 8;
export const UPPER = 16;
export const LOWER = 32;
/** Letters, marks and numbers: what a word token is made of. */
export const WORD_CHAR = LETTER | MARK | NUMBER;
const KNOWN = 128;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function compute(ch: string): number {
  let k = KNOWN;
  if (/^\s$/.test(ch)) k |= SPACE;
  if (/^\p{L}$/u.test(ch)) k |= LETTER;
  if (/^\p{M}$/u.test(ch)) k |= MARK;
  if (/^\p{N}$/u.test(ch)) k |= NUMBER;
  if (/^\p{Lu}$/u.test(ch)) k |= UPPER;
  if (/^\p{Ll}$/u.test(ch)) k |= LOWER;
  return k;
}

/**
 * The classes of a code point. A lone surrogate (a UTF-16 code unit that is half of nothing) has none, as in a
 * regular expression with the `u` flag.
 */
export function charClass(cp: number): number {
  if (cp < 0x10000) {
    const k = bmp[cp];
    if (k !== 0) return k;
    return (bmp[cp] = compute(String.fromCharCode(cp)));
  }
  let k = astral.get(cp);
  if (k === undefined) astral.set(cp, (k = compute(String.fromCodePoint(cp))));
  return k;
}

/** The code unit `c` is a letter, a mark or a digit; NaN (a code unit read outside the text) is none. */
export function isWordCode(c: number): boolean {
  return c === c && (charClass(c) & WORD_CHAR) !== 0;
}

/** The code point at `i` (a surrogate pair read as one), the way a `u` regular expression reads the text. */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends just before `i` (a surrogate pair read as one); -1 at the start of the text. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** Only white space (see isSpaceCode) stands between the offsets `from` and `to` of the text. */
export function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** White space as `\s` and String.prototype.trim define it, for one UTF-16 code unit. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (charClass(c) & SPACE) !== 0;
}

/** `'s` or `’s` at `at`, with no letter after it (a possessive, not `'start`); false past the end of the text. */
export function isPossessiveAt(text: string, at: number): boolean {
  if (at + 1 >= text.length) return false;
  const c = text.charCodeAt(at);
  return (c === 0x27 || c === 0x2019) && text.charCodeAt(at + 1) === 0x73 && (at + 2 >= text.length || (charClass(text.charCodeAt(at + 2)) & LETTER) === 0);
}
