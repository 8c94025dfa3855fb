// Edit distances for re-anchoring: Myers' bit-parallel algorithm (32 pattern characters per machine word,
// blocks for longer patterns), so that a fuzzy search over a 100 KB text takes milliseconds.

/**
 * For each i in [0, to - from), the smallest edit distance between `pattern` and a substring of `text`
 * ending at `from + i + 1`. With `anchored`, the substring must start at `from` (global at the start),
 * otherwise it may start anywhere from `from` on (a search).
 */
export function editScores(pattern: string, text: string, from: number, to: number, anchored: boolean): Int32Array {
  const m = pattern.length;
  const n = Math.max(0, to - from);
  const scores = new Int32Array(n);
  if (m === 0) {
    for (let i = 0; i < n; i++) scores[i] = anchored ? i + 1 : 0;
    return scores;
  }
  const blocks = (m + 31) >>> 5;
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    let masks = peq.get(c);
    if (!masks) peq.set(c, (masks = new Int32Array(blocks)));
    masks[i >>> 5] |= 1 << (i & 31);
  }
  const none = new Int32Array(blocks);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const lastBit = 1 << ((m - 1) & 31);
  const last = blocks - 1;
  let score = m;
  for (let j = 0; j < n; j++) {
    const eqs = peq.get(text.charCodeAt(from + j)) ?? none;
    // The top row of the table: 0 everywhere for a search, 0,1,2,... when anchored at `from`.
    let hin = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      const p = pv[b];
      const mm = mv[b];
      let eq = eqs[b];
      const xv = eq | mm;
      if (hin < 0) eq |= 1;
      const xh = (((eq & p) + p) ^ p) | eq;
      let ph = mm | ~(xh | p);
      let mh = p & xh;
      const high = b === last ? lastBit : 0x80000000 | 0;
      const hout = (ph & high) !== 0 ? 1 : (mh & high) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    scores[j] = score;
  }
  return scores;
}

function reversed(s: string): string {
  let r = '';
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}

/** Where the best alignment of `pattern` that ends at `end` starts, looking back at most `maxLength` characters. */
export function bestStart(pattern: string, text: string, end: number, maxLength: number): { start: number; errors: number } {
  const from = Math.max(0, end - maxLength);
  const back = reversed(text.slice(from, end));
  const scores = editScores(reversed(pattern), back, 0, back.length, true);
  // Length 0 costs the whole pattern; otherwise the best score, preferring the length nearest the pattern's.
  let best = { start: end, errors: pattern.length };
  for (let i = 0; i < scores.length; i++) {
    const start = end - (i + 1);
    const better = scores[i] < best.errors ||
      (scores[i] === best.errors && Math.abs(end - start - pattern.length) < Math.abs(end - best.start - pattern.length));
    if (better) best = { start, errors: scores[i] };
  }
  return best;
}

/** Levenshtein distance between two strings. */
export function levenshtein(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  if (b.length === 0) return a.length;
  // Anchored scores of the shorter string against the longer one: the last column is the distance.
  const scores = editScores(b, a, 0, a.length, true);
  return scores[a.length - 1];
}

/** 1 for equal strings, 0 for nothing in common: 1 - distance / longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
}
