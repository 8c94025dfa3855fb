// Word tokens with their offsets: dotted initials (`U.S.`), words and numbers, and single punctuation marks.

export interface Tokens {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Tokens {
  let cap = Math.max(16, ((to - from) / 4) | 0);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let count = 0;
  const re = new RegExp(TOKEN.source, 'gu');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    if (count === cap) {
      cap *= 2;
      const s = new Int32Array(cap);
      s.set(starts);
      starts = s;
      const e = new Int32Array(cap);
      e.set(ends);
      ends = e;
    }
    starts[count] = m.index;
    ends[count] = Math.min(m.index + m[0].length, to);
    count++;
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
