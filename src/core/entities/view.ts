// Token-level helpers over a text: the token's string, its shape, its vocabulary id, and what separates two tokens.
//
// The rules ask the same questions of every token many times over, so one pass over the text finds the tokens
// (exactly those of `tokenize`, see tokens.ts) and reads, for each, a byte of flags and the vocabulary id of its
// normalised string (see vocab.ts). A token's string is made only when a rule needs it.

import { LETTER, MARK, NUMBER, UPPER, WORD_CHAR, SPACE, charClass, codePointAt } from '../text/chars';
import { normToken } from './tokens';
import { normCode, vocabulary, type Vocabulary } from './vocab';

/** Starts with a capital letter (a UTF-16 code unit of class `\p{Lu}`). */
const CAP = 1;
/** Starts with a letter (a UTF-16 code unit of class `\p{L}`). */
const WORD = 2;
/** Starts with an ASCII digit. */
const DIGIT = 4;
/** Starts with an ASCII lower-case letter. */
const LOWER_ASCII = 8;
/** A line break (`\n` or `\r`) stands between the token and the one before it (or the start of the text). */
export const BREAK_BEFORE = 16;
/** Made of ASCII letters only. */
export const ASCII_LETTERS = 32;
/** Made of ASCII digits only. */
export const ASCII_DIGITS = 64;
/** A word (or dotted initials) of any other make-up: mixed letters and digits, non-ASCII letters. */
export const OTHER_WORD = 128;

/** Classes of an ASCII code unit, so that the common case costs one array read. */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = charClass(c);

/** The flags a token's first code unit gives it, as the rules read it (a letter outside the BMP counts as neither). */
function firstFlags(c: number): number {
  if (c < 128) return FIRST_ASCII[c];
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  const k = charClass(c);
  return (k & UPPER ? CAP : 0) | (k & LETTER ? WORD : 0);
}
const FIRST_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 65 && c <= 90) FIRST_ASCII[c] = CAP | WORD;
  else if (c >= 97 && c <= 122) FIRST_ASCII[c] = WORD | LOWER_ASCII;
  else if (c >= 48 && c <= 57) FIRST_ASCII[c] = DIGIT;
}

/** The end of dotted initials (`U.S.`, `A.B.C.`) starting at `i`, or -1 when there are fewer than two. */
function dottedEnd(text: string, i: number): number {
  let j = i;
  let pairs = 0;
  while (j < text.length) {
    const cp = codePointAt(text, j);
    if (((cp < 128 ? ASCII[cp] : charClass(cp)) & UPPER) === 0) break;
    const dot = j + (cp > 0xffff ? 2 : 1);
    if (text.charCodeAt(dot) !== 46 /* . */) break;
    j = dot + 1;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** A word token's make-up from its code units: ASCII letters only, ASCII digits only, or other. */
function makeUp(text: string, start: number, end: number): number {
  let letters = 0;
  let digits = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    else if (c >= 48 && c <= 57) digits++;
  }
  const len = end - start;
  return letters === len ? ASCII_LETTERS : digits === len ? ASCII_DIGITS : OTHER_WORD;
}

export class TokenView {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** CAP, WORD, DIGIT, LOWER_ASCII, BREAK_BEFORE and the make-up of each token. */
  readonly flags: Uint8Array;
  /** The vocabulary id of each token's normalised string; 0 when the vocabulary lacks it. */
  readonly ids: Int32Array;

  /** Scans the text; ids come from `vocab` as it stands now (build the lists to look up before). */
  constructor(
    readonly text: string,
    vocab: Vocabulary = vocabulary,
  ) {
    const n = text.length;
    let cap = Math.max(16, (n / 4) | 0);
    let starts: Int32Array = new Int32Array(cap);
    let ends: Int32Array = new Int32Array(cap);
    let flags: Uint8Array = new Uint8Array(cap);
    let ids: Int32Array = new Int32Array(cap);
    let count = 0;
    let brk = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      const start = i;
      let end: number;
      let f: number;
      if (c < 128) {
        // ASCII fast path: spaces, then letters and digits.
        if (c === 32 || (c >= 9 && c <= 13)) {
          if (c === 10 || c === 13) brk = BREAK_BEFORE;
          i++;
          continue;
        }
        const k = ASCII[c];
        if ((k & WORD_CHAR) === 0) {
          end = i + 1;
          f = 0;
        } else if ((k & UPPER) !== 0 && text.charCodeAt(i + 1) === 46 && (end = dottedEnd(text, i)) >= 0) {
          f = OTHER_WORD;
        } else {
          // `kinds` collects the classes of the code units: LETTER, NUMBER, and MARK for any outside ASCII.
          let kinds = k;
          end = i + 1;
          while (end < n) {
            c = text.charCodeAt(end);
            if (c < 128) {
              const kc = ASCII[c];
              if ((kc & WORD_CHAR) === 0) break;
              kinds |= kc;
              end++;
            } else {
              const cp = codePointAt(text, end);
              if ((charClass(cp) & WORD_CHAR) === 0) break;
              kinds |= MARK;
              end += cp > 0xffff ? 2 : 1;
            }
          }
          f = (kinds & (NUMBER | MARK)) === 0 ? ASCII_LETTERS : (kinds & (LETTER | MARK)) === 0 ? ASCII_DIGITS : OTHER_WORD;
        }
      } else {
        const cp = codePointAt(text, i);
        const k = charClass(cp);
        const width = cp > 0xffff ? 2 : 1;
        if ((k & SPACE) !== 0) {
          i += width;
          continue;
        }
        if ((k & WORD_CHAR) === 0) {
          end = i + width;
          f = 0;
        } else {
          if (!((k & UPPER) !== 0 && text.charCodeAt(i + width) === 46 && (end = dottedEnd(text, i)) >= 0)) {
            end = i + width;
            while (end < n) {
              const next = codePointAt(text, end);
              if (((next < 128 ? ASCII[next] : charClass(next)) & WORD_CHAR) === 0) break;
              end += next > 0xffff ? 2 : 1;
            }
          }
          f = makeUp(text, start, end);
        }
      }
      if (count === cap) {
        cap *= 2;
        starts = grow(starts, cap);
        ends = grow(ends, cap);
        ids = grow(ids, cap);
        const g = new Uint8Array(cap);
        g.set(flags);
        flags = g;
      }
      starts[count] = start;
      ends[count] = end;
      flags[count] = f | brk | firstFlags(text.charCodeAt(start));
      ids[count] = vocab.lookup(text, start, end);
      brk = 0;
      count++;
      i = end;
    }
    this.count = count;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.ids = ids;
  }

  start(i: number): number {
    return this.starts[i];
  }
  end(i: number): number {
    return this.ends[i];
  }
  length(i: number): number {
    return this.ends[i] - this.starts[i];
  }
  /** The token's normalised string. Outside the tokens, whatever the offsets there slice (the whole text). */
  str(i: number): string {
    return normToken(this.text.slice(this.starts[i], this.ends[i]));
  }
  /** The token is `s`, as `str(i) === s` but without making a string for a token of another length. */
  is(i: number, s: string): boolean {
    if (i < 0 || i >= this.count) return this.str(i) === s;
    const start = this.starts[i];
    const len = this.ends[i] - start;
    if (len !== s.length) return false;
    if (len === 1) return normCode(this.text.charCodeAt(start)) === s.charCodeAt(0);
    return this.text.startsWith(s, start);
  }
  /** Starts with a capital letter (`Lavrov`, `U.S.`, `NATO`). */
  isCap(i: number): boolean {
    return i >= 0 && i < this.count && (this.flags[i] & CAP) !== 0;
  }
  /** A word of letters (not a number, not punctuation). */
  isWord(i: number): boolean {
    return i >= 0 && i < this.count && (this.flags[i] & WORD) !== 0;
  }
  /** Starts with an ASCII digit. */
  isDigit(i: number): boolean {
    return i >= 0 && i < this.count && (this.flags[i] & DIGIT) !== 0;
  }
  /** Starts with an ASCII lower-case letter. */
  isLowerAscii(i: number): boolean {
    return i >= 0 && i < this.count && (this.flags[i] & LOWER_ASCII) !== 0;
  }
  /** A line break stands between token i - 1 (or the start of the text) and token i. */
  breakBefore(i: number): boolean {
    return (this.flags[i] & BREAK_BEFORE) !== 0;
  }
  /** The text between two neighbouring tokens. */
  gap(i: number): string {
    return this.text.slice(this.ends[i], this.starts[i + 1]);
  }
  /** Neighbours joined by one ordinary space, or touching (`al-Assad`, `U.S.`). */
  joined(i: number): boolean {
    if (i + 1 >= this.count) return false;
    const g = this.starts[i + 1] - this.ends[i];
    return g === 0 || (g === 1 && this.text.charCodeAt(this.ends[i]) === 32);
  }
  touching(i: number): boolean {
    return i + 1 < this.count && this.starts[i + 1] === this.ends[i];
  }
  /** True at the first token of a sentence: after `.`, `!`, `?`, a quotation mark at a paragraph start, or a line break. */
  sentenceStart(i: number): boolean {
    if (i === 0) return true;
    if (/[\n\r]/.test(this.gap(i - 1))) return true;
    const prev = this.str(i - 1);
    if (/^["“«']$/.test(prev)) return this.sentenceStart(i - 1);
    return prev === '.' || prev === '!' || prev === '?' || prev === ':';
  }
}

function grow(a: Int32Array, cap: number): Int32Array {
  const g = new Int32Array(cap);
  g.set(a);
  return g;
}
