// Token-level helpers over a text: the token's string, its shape, and what separates two tokens.
//
// The rules ask the same questions of every token many times over, so the shape of each token is read once into
// a byte of flags, and a token's string is made only when a rule needs it, then kept.

import { LETTER, UPPER, charClass } from '../text/chars';
import { normToken, type Tokens } from './tokens';

/** Starts with a capital letter (a UTF-16 code unit of class `\p{Lu}`). */
const CAP = 1;
/** Starts with a letter (a UTF-16 code unit of class `\p{L}`). */
const WORD = 2;
/** Starts with an ASCII digit. */
const DIGIT = 4;
/** Starts with an ASCII lower-case letter. */
const LOWER_ASCII = 8;

export class TokenView {
  private readonly flags: Uint8Array;
  /** Each token's normalised string, made on first use. */
  private readonly strs: (string | undefined)[];

  constructor(
    readonly text: string,
    readonly tokens: Tokens,
  ) {
    const n = tokens.count;
    this.flags = new Uint8Array(n);
    this.strs = new Array<string | undefined>(n);
    for (let i = 0; i < n; i++) {
      // The first code unit, as the rules always read it (a letter outside the BMP counts as neither).
      const c = text.charCodeAt(tokens.starts[i]);
      let f = 0;
      if (c < 128) {
        if (c >= 65 && c <= 90) f = CAP | WORD;
        else if (c >= 97 && c <= 122) f = WORD | LOWER_ASCII;
        else if (c >= 48 && c <= 57) f = DIGIT;
      } else if (c < 0xd800 || c > 0xdfff) {
        const k = charClass(c);
        if (k & UPPER) f |= CAP;
        if (k & LETTER) f |= WORD;
      }
      this.flags[i] = f;
    }
  }

  get count(): number {
    return this.tokens.count;
  }
  start(i: number): number {
    return this.tokens.starts[i];
  }
  end(i: number): number {
    return this.tokens.ends[i];
  }
  length(i: number): number {
    return this.tokens.ends[i] - this.tokens.starts[i];
  }
  str(i: number): string {
    // Outside the tokens, the same (odd) string as before the cache: whatever the offsets there slice.
    if (i < 0 || i >= this.tokens.count) return normToken(this.text.slice(this.tokens.starts[i], this.tokens.ends[i]));
    const s = this.strs[i];
    if (s !== undefined) return s;
    const start = this.tokens.starts[i];
    const end = this.tokens.ends[i];
    // Only single marks need normalising: curly apostrophes and dashes are never part of a longer token.
    return (this.strs[i] = end - start === 1 ? normToken(this.text[start]) : this.text.slice(start, end));
  }
  /**
   * The token is `s`, as `str(i) === s` but without making a string. Only single marks are normalised (curly
   * apostrophes and dashes are never part of a longer token), so longer tokens compare as they stand.
   */
  is(i: number, s: string): boolean {
    if (i < 0 || i >= this.tokens.count) return this.str(i) === s;
    const start = this.tokens.starts[i];
    const len = this.tokens.ends[i] - start;
    if (len !== s.length) return false;
    if (len === 1) return this.str(i) === s;
    return this.text.startsWith(s, start);
  }
  /** Starts with a capital letter (`Lavrov`, `U.S.`, `NATO`). */
  isCap(i: number): boolean {
    return i >= 0 && i < this.tokens.count && (this.flags[i] & CAP) !== 0;
  }
  /** A word of letters (not a number, not punctuation). */
  isWord(i: number): boolean {
    return i >= 0 && i < this.tokens.count && (this.flags[i] & WORD) !== 0;
  }
  /** Starts with an ASCII digit. */
  isDigit(i: number): boolean {
    return i >= 0 && i < this.tokens.count && (this.flags[i] & DIGIT) !== 0;
  }
  /** Starts with an ASCII lower-case letter. */
  isLowerAscii(i: number): boolean {
    return i >= 0 && i < this.tokens.count && (this.flags[i] & LOWER_ASCII) !== 0;
  }
  /** The text between two neighbouring tokens. */
  gap(i: number): string {
    return this.text.slice(this.tokens.ends[i], this.tokens.starts[i + 1]);
  }
  /** Neighbours joined by one ordinary space, or touching (`al-Assad`, `U.S.`). */
  joined(i: number): boolean {
    if (i + 1 >= this.tokens.count) return false;
    const g = this.tokens.starts[i + 1] - this.tokens.ends[i];
    return g === 0 || (g === 1 && this.text.charCodeAt(this.tokens.ends[i]) === 32);
  }
  touching(i: number): boolean {
    return i + 1 < this.tokens.count && this.tokens.starts[i + 1] === this.tokens.ends[i];
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
