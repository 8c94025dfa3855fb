// Token-level helpers over a text: the token's string, its shape, and what separates two tokens.
import { normToken, type Tokens } from './tokens';

export class TokenView {
  constructor(
    readonly text: string,
    readonly tokens: Tokens,
  ) {}

  get count(): number {
    return this.tokens.count;
  }
  start(i: number): number {
    return this.tokens.starts[i];
  }
  end(i: number): number {
    return this.tokens.ends[i];
  }
  str(i: number): string {
    return normToken(this.text.slice(this.tokens.starts[i], this.tokens.ends[i]));
  }
  /** Starts with a capital letter (`Lavrov`, `U.S.`, `NATO`). */
  isCap(i: number): boolean {
    if (i < 0 || i >= this.tokens.count) return false;
    const c = this.text.charCodeAt(this.tokens.starts[i]);
    if (c >= 65 && c <= 90) return true;
    if (c < 128) return false;
    return /^\p{Lu}/u.test(this.text[this.tokens.starts[i]]);
  }
  /** A word of letters (not a number, not punctuation). */
  isWord(i: number): boolean {
    return i >= 0 && i < this.tokens.count && /^[\p{L}]/u.test(this.text[this.tokens.starts[i]]);
  }
  /** The text between two neighbouring tokens. */
  gap(i: number): string {
    return this.text.slice(this.tokens.ends[i], this.tokens.starts[i + 1]);
  }
  /** Neighbours joined by one ordinary space, or touching (`al-Assad`, `U.S.`). */
  joined(i: number): boolean {
    if (i + 1 >= this.tokens.count) return false;
    const g = this.tokens.starts[i + 1] - this.tokens.ends[i];
    return g === 0 || (g === 1 && this.text[this.tokens.ends[i]] === ' ');
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
