// A quick "no" for the many tokens that cannot begin a lexicon term, from the hashes of the tokens' folded
// lookup keys (keys.ts): a term may begin at a token only when its key begins a term and, for longer terms,
// only when its key and the next token's make the start of one. The first token alone rules out little: the
// terms `the Alliance`, `with the Alliance` and `on the sidelines of` make the commonest words first tokens; the
// first two rule out nearly every token. The sets are Bloom filters with one hash, and a token not hashed
// (UNKNOWN) is always a "maybe": the trie checks every "maybe", so the filter never changes what is found.

import { hashOf, UNKNOWN } from './keys';

/** 2^20 bits: with a few thousand keys, a token is let through by chance a few times in a thousand. */
const BITS = 1 << 20;
const MASK = BITS - 1;
/** The three sets share one bit array, told apart by a salt: one-token terms, first tokens of longer ones, pairs. */
const SINGLE = 0x5bd1e995;
const FIRST = 0x27d4eb2f;
const pairOf = (h0: number, h1: number): number => Math.imul(h0 ^ 0x2f6b, 0x9e3779b1) ^ h1;

export class TermStartFilter {
  private readonly bits = new Uint8Array(BITS >> 3);

  /**
   * Adds a term by its tokens' folded lookup keys. A case-exact term is added by those too: the filter then lets
   * through its other spellings as well, which the trie rules out.
   */
  add(keys: readonly string[]): void {
    if (keys.length === 0) return;
    const h0 = hashOf(keys[0]);
    if (keys.length === 1) {
      this.set(h0 ^ SINGLE);
      return;
    }
    this.set(h0 ^ FIRST);
    this.set(pairOf(h0, hashOf(keys[1])));
  }

  /**
   * False when no term can begin with a token of key hash h0 followed by one of key hash h1 (UNKNOWN when
   * there is none); true when one may.
   */
  mayStart(h0: number, h1: number): boolean {
    if (h0 === UNKNOWN || this.has(h0 ^ SINGLE)) return true;
    return this.has(h0 ^ FIRST) && (h1 === UNKNOWN || this.has(pairOf(h0, h1)));
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
