// A quick "no" for the many tokens that cannot begin a lexicon term: a bit per hash of the terms' first tokens,
// read from the text in place (a Bloom filter with one hash). Only all-ASCII tokens are judged; for any other the
// answer is "maybe", and the trie decides, so the filter never changes what is found.

/** 2^20 bits: with a thousand first tokens, a token is let through by chance about once in a thousand. */
const BITS = 1 << 20;
const MASK = BITS - 1;
const BACKTICK = 0x60;
const Y = 0x79;

const FNV_START = 0x811c9dc5;
const fnv = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
const lower = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

function hashOf(key: string): number {
  let h = FNV_START;
  for (let i = 0; i < key.length; i++) h = fnv(h, key.charCodeAt(i));
  return h;
}

export class FirstTokenFilter {
  private readonly bits = new Uint8Array(BITS >> 3);

  /**
   * `folded`: keys are lower-cased stems (see stem.ts): the word itself, or the word less its last one or two
   * characters, or less its last three with a `y`. Otherwise keys are the tokens as written.
   */
  constructor(private readonly folded: boolean) {}

  /** Adds the lookup key of a term's first token. */
  add(key: string): void {
    this.set(hashOf(key));
  }

  /** False when the token text[start, end) cannot begin a term; true when it may. */
  mayStart(text: string, start: number, end: number): boolean {
    const len = end - start;
    // The hashes of the token's prefixes one, two and three characters short, for the stems.
    let h = FNV_START;
    let h1 = 0;
    let h2 = 0;
    let h3 = 0;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128 || c === BACKTICK) return true;
      if (this.folded) c = lower(c);
      const left = end - i;
      if (left === 3) h3 = h;
      else if (left === 2) h2 = h;
      else if (left === 1) h1 = h;
      h = fnv(h, c);
    }
    if (this.has(h)) return true;
    if (!this.folded || len <= 3) return false;
    return this.has(h1) || this.has(h2) || (len > 4 && this.has(fnv(h3, Y)));
  }

  private has(h: number): boolean {
    const s = h & MASK;
    return (this.bits[s >> 3] & (1 << (s & 7))) !== 0;
  }

  private set(h: number): void {
    const s = h & MASK;
    this.bits[s >> 3] |= 1 << (s & 7);
  }
}
