// Every word the entity rules look tokens up by (names of the gazetteer, titles, word lists) gets a small integer
// id, once. The scan of a text gives each token the id of its (normalised) string, or 0 when no list holds it, so
// that the rules compare and look up integers instead of making a string for every token they ask about.

/**
 * The hash of the token s[start, end): its length and its first two and last two code units, so that it costs
 * the same for any length and needs no work per character while scanning. A single code unit is normalised as
 * the lookup reads it (see normCode).
 */
export function hashAt(s: string, start: number, end: number): number {
  const len = end - start;
  if (len === 1) return mix(Math.imul(normCode(s.charCodeAt(start)) ^ 0x811c9dc5, 16777619));
  let h = Math.imul(len ^ 0x811c9dc5, 16777619);
  h = Math.imul(h ^ s.charCodeAt(start), 16777619);
  h = Math.imul(h ^ s.charCodeAt(start + 1), 16777619);
  h = Math.imul(h ^ s.charCodeAt(end - 2), 16777619);
  h = Math.imul(h ^ s.charCodeAt(end - 1), 16777619);
  return mix(h);
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

const hashString = (s: string): number => hashAt(s, 0, s.length);

/**
 * A single code unit as a token reads it for lookup (see normToken): curly apostrophes and the backtick read as
 * `'`, the short dashes as `-`.
 */
export function normCode(c: number): number {
  if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x60 || c === 0xb4) return 0x27;
  if (c >= 0x2010 && c <= 0x2013) return 0x2d;
  return c;
}

/**
 * Words to ids. The table is looked up once for every token of a text, so it is kept in typed arrays: each slot
 * holds a hash and an id side by side, and the words' code units lie in one pool, compared with the text's
 * without touching a string.
 */
export class Vocabulary {
  /** Words by id; id 0 is no word. */
  private readonly words: string[] = [''];
  /** Open addressing by hash: the hash at 2 * slot, the id (0 when empty) at 2 * slot + 1. */
  private slots = new Int32Array(2048);
  private mask = 1023;
  /** The code units of every word, and where each word's start in the pool. */
  private pool = new Uint16Array(4096);
  private poolEnd = 0;
  private offsets = new Int32Array(1024);
  /** Words of one code unit by that code unit, without hashing. */
  private readonly singles = new Int32Array(0x10000);

  get size(): number {
    return this.words.length;
  }

  /** The word of an id ('' for 0). */
  wordOf(id: number): string {
    return this.words[id];
  }

  /** The id of a word; 0 when it has none. */
  idOf(word: string): number {
    const h = hashString(word);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[2 * slot + 1];
      if (id === 0) return 0;
      if (this.slots[2 * slot] === h && this.words[id] === word) return id;
    }
  }

  /** The id of a word, added when new. */
  intern(word: string): number {
    const known = this.idOf(word);
    if (known !== 0) return known;
    const id = this.words.length;
    this.words.push(word);
    this.store(id, word);
    if (word.length === 1) this.singles[word.charCodeAt(0)] = id;
    if (id * 2 > this.mask) this.rehash();
    else this.place(id, hashString(word));
    return id;
  }

  /** The id of the token text[start, end), as `idOf(normToken(text.slice(start, end)))`. */
  lookup(text: string, start: number, end: number): number {
    const len = end - start;
    // Single marks are normalised; longer tokens never hold a mark that is.
    if (len === 1) return this.singles[normCode(text.charCodeAt(start))];
    const h = hashAt(text, start, end);
    const slots = this.slots;
    const offsets = this.offsets;
    const pool = this.pool;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = slots[2 * slot + 1];
      if (id === 0) return 0;
      if (slots[2 * slot] !== h) continue;
      const off = offsets[id];
      if (offsets[id + 1] - off !== len) continue;
      let k = 0;
      while (k < len && pool[off + k] === text.charCodeAt(start + k)) k++;
      if (k === len) return id;
    }
  }

  /** Appends the word's code units to the pool; word `id` spans offsets[id] to offsets[id + 1]. */
  private store(id: number, word: string): void {
    if (this.poolEnd + word.length > this.pool.length) {
      const grown = new Uint16Array(Math.max(this.pool.length * 2, this.poolEnd + word.length));
      grown.set(this.pool);
      this.pool = grown;
    }
    for (let k = 0; k < word.length; k++) this.pool[this.poolEnd++] = word.charCodeAt(k);
    if (id + 1 >= this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[id + 1] = this.poolEnd;
  }

  private place(id: number, h: number): void {
    let slot = h & this.mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = h;
    this.slots[2 * slot + 1] = id;
  }

  private rehash(): void {
    this.mask = this.mask * 4 + 3;
    this.slots = new Int32Array(2 * (this.mask + 1));
    for (let id = 1; id < this.words.length; id++) this.place(id, hashString(this.words[id]));
  }
}

/** The one vocabulary of the entity rules: ids stay valid for the life of the process. */
export const vocabulary = new Vocabulary();
