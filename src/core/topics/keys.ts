// A token's lookup key in the folded trie (lower case, stemmed: see stem.ts), read from the text in place: its
// hash, for the filter of term starts, and its name among the lexicon's keys, for the trie, without a string
// made of the token. Only tokens of ASCII (and the curly apostrophes and dashes normToken makes plain) are read
// in place; any other is left to the plain path.

import { normToken, type Tokens } from '../entities/tokens';
import { IES_TO_Y, stemCut } from './stem';

/** The hash of a token that is not read in place. Hashes are kept to 30 bits, so no key has it. */
const UNKNOWN = -1;
export { UNKNOWN };

const FNV_START = 0x811c9dc5;
const fnv = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/** A code unit of a key as normToken leaves it (curly apostrophes and dashes plain); -1 beyond ASCII otherwise. */
function plain(c: number): number {
  if (c === 0x60 /* ` */ || c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0xb4) return 0x27;
  if (c >= 0x2010 && c <= 0x2013) return 0x2d;
  return c < 128 ? c : -1;
}

/** plain() of ASCII, lower-cased: one array read per character. */
const LOWER = Uint8Array.from({ length: 128 }, (_, c) => {
  const p = plain(c);
  return p >= 65 && p <= 90 ? p | 32 : p;
});

/** FNV-1a of a key's code units, to 30 bits. */
export function hashOf(key: string): number {
  let h = FNV_START;
  for (let i = 0; i < key.length; i++) h = fnv(h, key.charCodeAt(i));
  return h & 0x3fffffff;
}

/** hashOf() the folded lookup key of the token text[start, end), or UNKNOWN for a token beyond ASCII. */
export function keyHash(text: string, start: number, end: number): number {
  const cut = stemCut(text, start, end);
  const keyEnd = end - cut;
  let h = FNV_START;
  for (let k = start; k < keyEnd; k++) {
    const c = text.charCodeAt(k);
    const p = c < 128 ? LOWER[c] : plain(c);
    if (p < 0) return UNKNOWN;
    h = fnv(h, p);
  }
  if (cut === IES_TO_Y) h = fnv(h, 0x79 /* y */);
  return h & 0x3fffffff;
}

/** keyHash() of every token, and UNKNOWN after the last (so that `hashes[i + 1]` is always a hash). */
export function keyHashes(text: string, tokens: Tokens): Int32Array {
  const out = new Int32Array(tokens.count + 1);
  for (let i = 0; i < tokens.count; i++) out[i] = keyHash(text, tokens.starts[i], tokens.ends[i]);
  out[tokens.count] = UNKNOWN;
  return out;
}

/** In the array of unhashedKeys(): a token whose keyHash() is not worked out yet. Neither a hash nor UNKNOWN. */
const NOT_HASHED = -2;

/**
 * An array for keyHashes() to be filled as the hashes are read (hashAt): an article's topics read only the tokens
 * of its prose paragraphs that are not repeats, a fraction of the text's tokens in a long text.
 */
export function unhashedKeys(tokens: Tokens): Int32Array {
  const out = new Int32Array(tokens.count + 1).fill(NOT_HASHED);
  out[tokens.count] = UNKNOWN;
  return out;
}

/** The keyHash() of token j, from `hashes` (of keyHashes() or unhashedKeys()), worked out there if it is not yet. */
export function hashAt(text: string, tokens: Tokens, hashes: Int32Array, j: number): number {
  const h = hashes[j];
  return h !== NOT_HASHED ? h : (hashes[j] = keyHash(text, tokens.starts[j], tokens.ends[j]));
}

/** True when the folded lookup key of the token text[start, end) is `key`; the token is one keyHash() reads. */
function isKeyOf(text: string, start: number, end: number, key: string): boolean {
  const cut = stemCut(text, start, end);
  const keyEnd = end - cut;
  const y = cut === IES_TO_Y ? 1 : 0;
  if (keyEnd - start + y !== key.length) return false;
  for (let k = start, j = 0; k < keyEnd; k++, j++) {
    const c = text.charCodeAt(k);
    if ((c < 128 ? LOWER[c] : plain(c)) !== key.charCodeAt(j)) return false;
  }
  return y === 0 || key.charCodeAt(key.length - 1) === 0x79 /* y */;
}

/**
 * The folded keys of a lexicon by their hashes, to give the trie a token's key as the lexicon's own string
 * instead of a string cut from the text, normalised and stemmed: in an article a hundred tokens or so are
 * looked up, each costing a slice, a normalisation and two hash-map look-ups of a fresh string.
 */
export class KeyNames {
  /** Key by hash; null where two keys share a hash, or where the stem of the key is not the key itself. */
  private readonly byHash = new Map<number, string | null>();

  constructor(private readonly stem: (word: string) => string) {}

  add(key: string): void {
    const h = hashOf(key);
    const have = this.byHash.get(h);
    // The trie stems what it is given: only a key that is its own stem can be given as it is.
    const usable = this.stem(key) === key && (have === undefined || have === key);
    this.byHash.set(h, usable ? key : null);
  }

  /**
   * The folded trie's key of token j of the text (`hashes` are its tokens' keyHashes(), read by hashAt): the key of the lexicon
   * it stands for, null when it stands for none (no term goes on through it), or the token normalised and stemmed
   * when that is not known in place. Either way it is the key the trie would make of the token itself, without
   * the stemmer's look-up for the keys the lexicon holds (each is its own stem, see add).
   */
  trieKey(text: string, tokens: Tokens, hashes: Int32Array, j: number): string | null {
    const start = tokens.starts[j];
    const end = tokens.ends[j];
    const h = hashAt(text, tokens, hashes, j);
    if (h !== UNKNOWN) {
      const key = this.byHash.get(h);
      if (key === undefined) return null;
      if (key !== null) return isKeyOf(text, start, end, key) ? key : null;
    }
    return this.stem(normToken(text.slice(start, end)));
  }
}
