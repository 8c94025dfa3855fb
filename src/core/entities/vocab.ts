// Every word the entity rules look tokens up by (names of the gazetteer, titles, word lists) gets a small integer
// id, once. The scan of a text gives each token the id of its (normalised) string, or 0 when no list holds it, so
// that the rules compare and look up integers instead of making a string for every token they ask about.

/** The hash of a token's code units (FNV-1a); `hashStep` adds one code unit. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 16777619);

export function hashString(s: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < s.length; k++) h = hashStep(h, s.charCodeAt(k));
  return h;
}

/**
 * A single code unit as a token reads it for lookup (see normToken): curly apostrophes and the backtick read as
 * `'`, the short dashes as `-`.
 */
export function normCode(c: number): number {
  if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x60 || c === 0xb4) return 0x27;
  if (c >= 0x2010 && c <= 0x2013) return 0x2d;
  return c;
}

export class Vocabulary {
  /** Words by id; id 0 is no word. */
  private readonly words: string[] = [''];
  private wordHashes = new Int32Array(1024);
  /** Open addressing by hash: the id in each slot, 0 when empty. */
  private slots = new Int32Array(1024);
  private mask = 1023;

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
      const id = this.slots[slot];
      if (id === 0) return 0;
      if (this.wordHashes[id] === h && this.words[id] === word) return id;
    }
  }

  /** The id of a word, added when new. */
  intern(word: string): number {
    const known = this.idOf(word);
    if (known !== 0) return known;
    const id = this.words.length;
    this.words.push(word);
    if (id >= this.wordHashes.length) {
      const grown = new Int32Array(this.wordHashes.length * 2);
      grown.set(this.wordHashes);
      this.wordHashes = grown;
    }
    this.wordHashes[id] = hashString(word);
    if (id * 2 > this.mask) this.rehash();
    else this.place(id);
    return id;
  }

  /** The id of the token text[start, end) with hash `h`, as `idOf(normToken(text.slice(start, end)))`. */
  lookup(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot];
      if (id === 0) return 0;
      if (this.wordHashes[id] !== h) continue;
      const w = this.words[id];
      if (w.length !== len) continue;
      // Single marks are normalised; longer tokens never hold a mark that is.
      if (len === 1) {
        if (w.charCodeAt(0) === normCode(text.charCodeAt(start))) return id;
        continue;
      }
      let k = 0;
      while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return id;
    }
  }

  private place(id: number): void {
    let slot = this.wordHashes[id] & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 4);
    this.mask = this.slots.length - 1;
    for (let id = 1; id < this.words.length; id++) this.place(id);
  }
}

/** The one vocabulary of the entity rules: ids stay valid for the life of the process. */
export const vocabulary = new Vocabulary();
