// Word tokens with their offsets: dotted initials (`U.S.`), words and numbers, and single punctuation marks.
//
// The tokens are those of the regular expression `(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]`
// with the `gu` flags, found by a hand-written loop over the UTF-16 code units instead: ASCII is classified by
// comparisons, everything else through the character table, and no match objects or strings are made.

import { UPPER, WORD_CHAR, SPACE, charClass, codePointAt } from '../text/chars';

export interface Tokens {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

/** Classes of an ASCII code unit, so that the common case costs one array read. */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = charClass(c);

function classOf(cp: number): number {
  return cp < 128 ? ASCII[cp] : charClass(cp);
}

/** The end of dotted initials (`U.S.`, `A.B.C.`) starting at `i`, or -1 when there are fewer than two. */
export function dottedEnd(text: string, i: number): number {
  let j = i;
  let pairs = 0;
  while (j < text.length) {
    const cp = codePointAt(text, j);
    if ((classOf(cp) & UPPER) === 0) break;
    const dot = j + (cp > 0xffff ? 2 : 1);
    if (text.charCodeAt(dot) !== 46 /* . */) break;
    j = dot + 1;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

export function tokenize(text: string, from = 0, to = text.length): Tokens {
  let cap = Math.max(16, ((to - from) / 4) | 0);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let count = 0;
  const length = text.length;
  let i = from;
  // A `u` regular expression started inside a surrogate pair starts at the pair instead: keep that behaviour.
  if (i > 0 && i < length) {
    const c = text.charCodeAt(i);
    const b = text.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff) i--;
  }
  while (i < to) {
    let c = text.charCodeAt(i);
    // ASCII fast path: spaces and letters, digits and punctuation, one comparison or two each.
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const start = i;
    let end: number;
    if (c < 128) {
      const k = ASCII[c];
      if ((k & WORD_CHAR) === 0) end = i + 1;
      else if ((k & UPPER) !== 0 && text.charCodeAt(i + 1) === 46 && (end = dottedEnd(text, i)) >= 0) {
        // dotted initials
      } else {
        end = i + 1;
        while (end < length) {
          c = text.charCodeAt(end);
          if (c < 128) {
            if ((ASCII[c] & WORD_CHAR) === 0) break;
            end++;
          } else {
            const cp = codePointAt(text, end);
            if ((charClass(cp) & WORD_CHAR) === 0) break;
            end += cp > 0xffff ? 2 : 1;
          }
        }
      }
    } else {
      const cp = codePointAt(text, i);
      const k = charClass(cp);
      const width = cp > 0xffff ? 2 : 1;
      if ((k & SPACE) !== 0) {
        i += width;
        continue;
      }
      if ((k & WORD_CHAR) === 0) end = i + width;
      else if ((k & UPPER) !== 0 && text.charCodeAt(i + width) === 46 && (end = dottedEnd(text, i)) >= 0) {
        // dotted initials
      } else {
        end = i + width;
        while (end < length) {
          const next = codePointAt(text, end);
          if ((classOf(next) & WORD_CHAR) === 0) break;
          end += next > 0xffff ? 2 : 1;
        }
      }
    }
    if (count === cap) {
      cap *= 2;
      const s = new Int32Array(cap);
      s.set(starts);
      starts = s;
      const e = new Int32Array(cap);
      e.set(ends);
      ends = e;
    }
    starts[count] = start;
    ends[count] = end < to ? end : to;
    count++;
    i = end;
  }
  return { starts, ends, count };
}

/** Normalises a token for lookup: curly apostrophes and dashes become plain ones. */
export function normToken(s: string): string {
  return NEEDS_NORM.test(s) ? s.replace(/[‘’‛`´]/g, "'").replace(/[‐‑‒–]/g, '-') : s;
}
const NEEDS_NORM = /[‘’‛`´‐‑‒–]/;

/** Splits a name the same way the text is split, for building lookup tables. */
export function tokenizeName(name: string): string[] {
  const t = tokenize(name);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(normToken(name.slice(t.starts[i], t.ends[i])));
  return out;
}
