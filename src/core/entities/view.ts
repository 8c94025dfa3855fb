// Token-level helpers over a text: the token's string, its shape, its vocabulary id, and what separates two tokens.
//
// The rules ask the same questions of every token many times over, so one pass over the text finds the tokens
// (exactly those of `tokenize`, see tokens.ts) and reads, for each, a byte of flags and the vocabulary id of its
// normalised string (see vocab.ts). A token's string is made only when a rule needs it.

import { LETTER, UPPER, WORD_CHAR, SPACE, charClass, codePointAt } from '../text/chars';
import { buffers, copyUnits, keepForNextScan } from './scanbuffers';
import { dottedEnd, normToken, type Tokens } from './tokens';
import { lookupFolded, lookupIn, normCode, shapeOf, vocabulary, type Vocabulary } from './vocab';

/** Starts with a capital letter (a UTF-16 code unit of class `\p{Lu}`). */
const CAP = 1;
/** Starts with a letter (a UTF-16 code unit of class `\p{L}`). */
const WORD = 2;
/** Starts with an ASCII digit. */
const DIGIT = 4;
/** Starts with an ASCII lower-case letter. */
const LOWER_ASCII = 8;
/** A line break (`\n` or `\r`) stands between the token and the one before it (or the start of the text). */
const BREAK_BEFORE = 16;
/** Made of ASCII letters only. */
const ASCII_LETTERS = 32;
/** Made of ASCII digits only. */
const ASCII_DIGITS = 64;
/** A word (or dotted initials) of any other make-up: mixed letters and digits, non-ASCII letters. */
const OTHER_WORD = 128;
/** Made of ASCII capitals only (`NATO`, `A`): with ASCII_LETTERS. */
const ALL_CAPS = 256;
/** The token touches the one before it (see touching). */
const TOUCHING_BEFORE = 512;
/** The token touches the one before it or stands one ordinary space after it (see joined). */
const JOINED_BEFORE = 1024;

// Exported apart from their declarations, so that the compiled scan reads them as constants rather than as
// properties of the module's exports (a load for every token).
export { BREAK_BEFORE, ASCII_LETTERS, ASCII_DIGITS, OTHER_WORD, ALL_CAPS };

/** The classes of UTF-16 code units as the scan reads them, filled on first use (0 for not yet). */
const UNIT = new Uint16Array(0x10000);
/** White space, and `\n` or `\r` among it. */
const U_SPACE = 1;
const U_BREAK = 2;
/** Word characters: ASCII letters, ASCII digits, any other (letters, marks and numbers beyond ASCII). */
const U_LETTER = 4;
const U_DIGIT = 8;
const U_OTHER = 16;
/** Above the bits of UNIT: a word holds a lower-case ASCII letter (see ALL_CAPS). */
const LOWER_SEEN = 1 << 16;
const U_WORD = U_LETTER | U_DIGIT | U_OTHER;
/** A capital letter (`\p{Lu}`). */
const U_UPPER = 32;
/** A token of its own: neither space nor word character. */
const U_SINGLE = 64;
/** Half a surrogate pair: read by code point instead. */
const U_SURROGATE = 128;
/** Above these bits, the flags the code unit gives a token it starts (see firstFlags). */
const FIRST_SHIFT = 8;

function classifyUnit(c: number): number {
  let k: number;
  if (c >= 0xd800 && c <= 0xdfff) k = U_SURROGATE;
  else {
    const x = charClass(c);
    if ((x & SPACE) !== 0) k = U_SPACE | (c === 10 || c === 13 ? U_BREAK : 0);
    else if ((x & WORD_CHAR) === 0) k = U_SINGLE;
    else k = (c >= 128 ? U_OTHER : (x & LETTER) !== 0 ? U_LETTER : U_DIGIT) | ((x & UPPER) !== 0 ? U_UPPER : 0);
  }
  return (UNIT[c] = k | (firstFlags(c) << FIRST_SHIFT));
}

/** The end of the word characters from `i` on, read by code point. */
function wordEnd(text: string, i: number): number {
  let end = i;
  while (end < text.length) {
    const cp = codePointAt(text, end);
    if ((charClass(cp) & WORD_CHAR) === 0) break;
    end += cp > 0xffff ? 2 : 1;
  }
  return end;
}

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

export class TokenView {
  readonly count: number;
  /**
   * The capacity `tokenize` would have given its arrays for this text: reading its arrays past the tokens gave 0
   * up to there and undefined beyond, which is what a token's string outside the tokens was made of (see str).
   */
  private readonly capacity: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * CAP, WORD, DIGIT, LOWER_ASCII, BREAK_BEFORE, the make-up of each token (ASCII_LETTERS… ALL_CAPS), and how it
   * stands to the token before it (TOUCHING_BEFORE, JOINED_BEFORE).
   */
  readonly flags: Uint16Array;
  /** The vocabulary id of each token's normalised string, 0 when the vocabulary lacks it. */
  private readonly ids: Int32Array;
  /**
   * The indices, in order, of the tokens rules start from: the capitalised ones, those starting with a digit,
   * words of mixed make-up, and those of words marked as starters (see Vocabulary.markStarter); the first
   * `markedCount` entries.
   */
  private marked: Int32Array;
  private markedCount: number;
  /** The indices, in order, of the tokens of words marked as starters: the first `starterCount` entries. */
  private starterTokens: Int32Array;
  private starterCount: number;
  private starterVersion: number;

  private readonly vocab: Vocabulary;
  /** The text's code units (see copyUnits), for the lookups after the scan. */
  private readonly units: Uint16Array;

  /**
   * Scans the text; ids come from `vocab` as it stands now (build the lists to look up before). With `reuse`,
   * the arrays of the last released view are taken when large enough: a long text's arrays weigh megabytes, and
   * allocating them anew for every text costs garbage collections.
   */
  constructor(
    readonly text: string,
    vocab: Vocabulary = vocabulary,
    reuse = false,
  ) {
    const n = text.length;
    const table = vocab.table();
    let capacity = Math.max(16, (n / 4) | 0);
    // One code unit more than the text: a NUL after its end, which no word takes, ends the last word without a
    // test of the length for every code unit.
    const b = buffers(n + 1, capacity, reuse);
    const units = b.units;
    copyUnits(text, units);
    units[n] = 0;
    let { starts, ends, flags, ids, marked, caps, capShapes, starterTokens } = b;
    let capsCount = 0;
    let starterCount = 0;
    let cap = starts.length;
    let count = 0;
    let markedCount = 0;
    const { starters, singles } = table;
    this.starterVersion = vocab.starterVersion;
    this.vocab = vocab;
    let brk = 0;
    /**
     * How the next token stands to the last (TOUCHING_BEFORE, JOINED_BEFORE), read from the code units between as
     * the scan passes them: rules ask it of nearly every token, and reading them again later would fetch them from
     * far apart in a long text. Both flags right after a token; one ordinary space leaves JOINED_BEFORE only.
     */
    let before = 0;
    let i = 0;
    while (i < n) {
      const c = units[i];
      let k = UNIT[c];
      if (k === 0) k = classifyUnit(c);
      if ((k & U_SPACE) !== 0) {
        if ((k & U_BREAK) !== 0) brk = BREAK_BEFORE;
        before = before === (TOUCHING_BEFORE | JOINED_BEFORE) && c === 32 ? JOINED_BEFORE : 0;
        i++;
        continue;
      }
      const start = i;
      let end: number;
      let f: number;
      /** The token's last code unit, where the scan has it at hand (else -1). */
      let last = -1;
      if ((k & U_SINGLE) !== 0) {
        last = c;
        end = i + 1;
        f = 0;
      } else if ((k & U_SURROGATE) !== 0) {
        // Outside the Basic Multilingual Plane (or half a pair): the general way, by code points.
        const cp = codePointAt(text, i);
        const kc = charClass(cp);
        const width = cp > 0xffff ? 2 : 1;
        if ((kc & SPACE) !== 0) {
          before = 0;
          i += width;
          continue;
        }
        if ((kc & WORD_CHAR) === 0) {
          end = i + width;
          f = 0;
        } else {
          if (!((kc & UPPER) !== 0 && text.charCodeAt(i + width) === 46 && (end = dottedEnd(text, i)) >= 0)) end = wordEnd(text, i + width);
          f = OTHER_WORD;
        }
      } else if ((k & U_UPPER) !== 0 && units[i + 1] === 46 && (end = dottedEnd(text, i)) >= 0) {
        f = OTHER_WORD;
      } else {
        // A word: code units of the table's word classes, collected in `kinds` for the token's make-up. Most of
        // them are lower-case ASCII letters, told by two comparisons instead of a table read.
        let kinds = k;
        end = i + 1;
        for (;;) {
          const d = units[end];
          if (d >= 97 && d <= 122) {
            kinds |= U_LETTER | LOWER_SEEN;
            end++;
            continue;
          }
          let kd = UNIT[d];
          if (kd === 0) kd = classifyUnit(d);
          if ((kd & U_WORD) === 0) {
            // A surrogate pair may still be a letter: finish the word the general way.
            if ((kd & U_SURROGATE) !== 0) {
              const rest = wordEnd(text, end);
              if (rest > end) kinds |= U_OTHER;
              end = rest;
            }
            break;
          }
          kinds |= kd;
          end++;
        }
        f = (kinds & U_WORD) === U_LETTER ? ASCII_LETTERS : (kinds & U_WORD) === U_DIGIT ? ASCII_DIGITS : OTHER_WORD;
        // ASCII letters, the first a capital and no lower-case one after it (all of which the fast path above takes).
        if (f === ASCII_LETTERS && (k & U_UPPER) !== 0 && (kinds & LOWER_SEEN) === 0) f |= ALL_CAPS;
      }
      if (count === capacity) capacity *= 2;
      if (count === cap) {
        cap *= 2;
        starts = grow(starts, cap);
        ends = grow(ends, cap);
        ids = grow(ids, cap);
        const g = new Uint16Array(cap);
        g.set(flags);
        flags = g;
      }
      starts[count] = start;
      ends[count] = end;
      const ff = f | brk | before | (k >> FIRST_SHIFT);
      // Every token is looked up now (single marks by table), while its code units lie at hand: looking the
      // lower-case words up only when a rule asked fetched them again from far apart in a long text, which cost
      // more than looking them all up here.
      let id: number;
      if (end - start === 1) id = singles[c];
      else {
        if (last < 0) last = units[end - 1];
        id = lookupIn(table, units, start, end, c, last);
        // A name with diacritics the gazetteer writes without them (`Priština`).
        if (id === 0 && (ff & OTHER_WORD) !== 0) id = lookupFolded(table, text, start, end);
      }
      flags[count] = ff;
      ids[count] = id;
      const starter = id > 0 && id < starters.length && starters[id] === 1;
      if ((ff & (CAP | DIGIT | OTHER_WORD)) !== 0 || starter) {
        if (markedCount === marked.length) marked = grow(marked, marked.length * 2);
        marked[markedCount++] = count;
        if ((ff & CAP) !== 0) {
          if (capsCount === caps.length) {
            caps = grow(caps, caps.length * 2);
            const g = new Uint16Array(caps.length);
            g.set(capShapes);
            capShapes = g;
          }
          capShapes[capsCount] = shapeOf(end - start, c, units[end - 1]);
          caps[capsCount++] = count;
        }
        if (starter) {
          if (starterCount === starterTokens.length) starterTokens = grow(starterTokens, starterTokens.length * 2);
          starterTokens[starterCount++] = count;
        }
      }
      brk = 0;
      before = TOUCHING_BEFORE | JOINED_BEFORE;
      count++;
      i = end;
    }
    this.count = count;
    this.capacity = capacity;
    this.units = units;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.ids = ids;
    this.marked = marked;
    this.markedCount = markedCount;
    this.caps = caps;
    this.shapesOfCaps = capShapes;
    this.capsCount = capsCount;
    this.starterTokens = starterTokens;
    this.starterCount = starterCount;
  }

  /**
   * The indices, in order, of the tokens rules start from: the capitalised ones, those starting with a digit,
   * words of mixed make-up, and those of words marked as starters (see Vocabulary.markStarter). Should words have
   * been marked since the scan, the list is made again. Rules walk this list and capIndices by index: `for-of`
   * over them made an iterator result for every token (over half of what finding entities allocated).
   */
  markedTokens(): Int32Array {
    if (this.starterVersion !== this.vocab.starterVersion) this.remark();
    return this.marked.subarray(0, this.markedCount);
  }

  /**
   * The indices, in order, of the tokens of words marked as starters (see Vocabulary.markStarter), for a rule that
   * looks for some of them only (`said`, `(`): a tenth of the marked tokens, most of which are capitalised.
   */
  starterIndices(): Int32Array {
    if (this.starterVersion !== this.vocab.starterVersion) this.remark();
    return this.starterTokens.subarray(0, this.starterCount);
  }

  private remark(): void {
    const starters = this.vocab.table().starters;
    const isStarter = (i: number): boolean => {
      const id = this.id(i);
      return id < starters.length && starters[id] === 1;
    };
    const marked = new Int32Array(this.count);
    const starterTokens = new Int32Array(this.count);
    let n = 0;
    let m = 0;
    for (let i = 0; i < this.count; i++) {
      const starter = isStarter(i);
      if ((this.flags[i] & (CAP | DIGIT | OTHER_WORD)) !== 0 || starter) marked[n++] = i;
      if (starter) starterTokens[m++] = i;
    }
    this.marked = marked;
    this.markedCount = n;
    this.starterTokens = starterTokens;
    this.starterCount = m;
    this.starterVersion = this.vocab.starterVersion;
  }

  private readonly caps: Int32Array;
  /** The shape (see shapeOf) of each token of `caps`, side by side. */
  private readonly shapesOfCaps: Uint16Array;
  private readonly capsCount: number;

  /** The vocabulary id of token i's normalised string (0 when the vocabulary lacks it); i must be a token. */
  id(i: number): number {
    return this.ids[i];
  }

  /** The indices of the tokens that start with a capital (see isCap), in order. */
  capIndices(): Int32Array {
    return this.caps.subarray(0, this.capsCount);
  }

  /**
   * The shapes (see shape) of the tokens of capIndices, in the same order: a rule that tells most capitalised
   * tokens by their shape reads them one after the other instead of each token's ends and code units, which lie
   * far apart in a long text.
   */
  capShapes(): Uint16Array {
    return this.shapesOfCaps.subarray(0, this.capsCount);
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
  /** The first token from index `from` on that starts at or after the offset `at` (`count` when there is none). */
  tokenFrom(from: number, at: number): number {
    let k = from;
    while (k < this.count && this.starts[k] < at) k++;
    return k;
  }
  /**
   * The token's normalised string. Outside the tokens, what the offsets there sliced before this view existed:
   * '' up to the capacity `tokenize` would have had, the whole text beyond it and before the first token.
   */
  str(i: number): string {
    if (i >= 0 && i < this.count) {
      const start = this.starts[i];
      const end = this.ends[i];
      // Only a single mark can need normalising (see normToken): a longer token is of letters, marks and digits.
      return end - start === 1 ? String.fromCharCode(normCode(this.units[start])) : this.text.slice(start, end);
    }
    return i >= this.count && i < this.capacity ? '' : normToken(this.text);
  }

  /** The tokens' offsets as `tokenize` gives them, copied: the view's own arrays go to the next scan (see release). */
  tokens(): Tokens {
    return { starts: this.starts.slice(0, this.count), ends: this.ends.slice(0, this.count), count: this.count };
  }

  /** Hands the arrays on to the next scan that reuses them; the view must not be used after. */
  release(): void {
    keepForNextScan({ units: this.units, starts: this.starts, ends: this.ends, flags: this.flags, ids: this.ids, marked: this.marked, caps: this.caps, capShapes: this.shapesOfCaps, starterTokens: this.starterTokens });
  }
  /** The token is `s`, as `str(i) === s` but without making a string for a token of another length. */
  is(i: number, s: string): boolean {
    if (i < 0 || i >= this.count) return this.str(i) === s;
    const start = this.starts[i];
    const len = this.ends[i] - start;
    if (len !== s.length) return false;
    if (len === 1) return normCode(this.units[start]) === s.charCodeAt(0);
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
  /** Made of ASCII capitals only (`NATO`, `REUTERS`, `A`). */
  isAllCaps(i: number): boolean {
    return i >= 0 && i < this.count && (this.flags[i] & ALL_CAPS) !== 0;
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
  /** Neighbours joined by one ordinary space, or touching (`al-Assad`, `U.S.`): as the scan found (see JOINED_BEFORE). */
  joined(i: number): boolean {
    return i >= 0 && i + 1 < this.count && (this.flags[i + 1] & JOINED_BEFORE) !== 0;
  }
  touching(i: number): boolean {
    if (i >= 0) return i + 1 < this.count && (this.flags[i + 1] & TOUCHING_BEFORE) !== 0;
    // Before the first token, what the offsets read there: undefined and undefined below -1, which are equal.
    return i + 1 < this.count && this.starts[i + 1] === this.ends[i];
  }
  /** True at the first token of a sentence: after `.`, `!`, `?`, a quotation mark at a paragraph start, or a line break. */
  sentenceStart(i: number): boolean {
    if (i === 0) return true;
    // A line break in the gap before: as the scan found it (see BREAK_BEFORE), but outside the tokens.
    if (i > 0 && i < this.count ? this.breakBefore(i) : /[\n\r]/.test(this.gap(i - 1))) return true;
    const prev = this.str(i - 1);
    if (prev === '"' || prev === '“' || prev === '«' || prev === "'") return this.sentenceStart(i - 1);
    return prev === '.' || prev === '!' || prev === '?' || prev === ':';
  }
}

function grow(a: Int32Array, cap: number): Int32Array {
  const g = new Int32Array(cap);
  g.set(a);
  return g;
}
