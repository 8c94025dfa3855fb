// Every word the entity rules look tokens up by (names of the gazetteer, titles, word lists) gets a small integer
// id, once. The scan of a text gives each token the id of its (normalised) string, or 0 when no list holds it, so
// that the rules compare and look up integers instead of making a string for every token they ask about.

/**
 * A word's key for the table: its first and last code units; with its length, it picks the slot (see slotOf).
 * The scan has both code units at hand, so a token costs no extra reads to look up, and a hit needs only the code
 * units in between compared.
 */
const keyOf = (first: number, last: number): number => first | (last << 16);

function slotOf(key: number, len: number, mask: number): number {
  const h = Math.imul(key ^ Math.imul(len, 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
}

/**
 * A single code unit as a token reads it for lookup (see normToken): curly apostrophes and the backtick read as
 * `'`, the short dashes as `-`.
 */
/** The code units normCode changes. */
const NORMALISED_TO_IT = [0x2018, 0x2019, 0x201b, 0x60, 0xb4, 0x2010, 0x2011, 0x2012, 0x2013];

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
  /** Open addressing: each slot holds a word's key, its length and its id (0 when empty), side by side. */
  private slots = new Int32Array(3 * 1024);
  private mask = 1023;
  /** The code units of every word, and where each word's start in the pool. */
  private pool = new Uint16Array(4096);
  private poolEnd = 0;
  private offsets = new Int32Array(1024);
  /** Words of one code unit by that code unit. */
  private readonly singleWords = new Int32Array(0x10000);
  /** The id a token of one code unit has, by that code unit: the id of the unit as normalised (see normCode). */
  private readonly singles = new Int32Array(0x10000);
  /** The id of the empty word, if it has one (no token ever has it). */
  private emptyId = 0;
  /** 1 at the id of each word a rule starts from (see markStarter). */
  private starters: Uint8Array = new Uint8Array(1024);
  /** Counts the words marked as starters, so that a scan can tell whether its list is still complete. */
  starterVersion = 0;

  get size(): number {
    return this.words.length;
  }

  /** The word of an id ('' for 0). */
  wordOf(id: number): string {
    return this.words[id];
  }

  /** The id of a word; 0 when it has none. */
  idOf(word: string): number {
    if (word.length === 0) return this.emptyId;
    if (word.length === 1) return this.singleWords[word.charCodeAt(0)];
    const key = keyOf(word.charCodeAt(0), word.charCodeAt(word.length - 1));
    for (let slot = slotOf(key, word.length, this.mask); ; slot = (slot + 1) & this.mask) {
      const id = this.slots[3 * slot + 2];
      if (id === 0) return 0;
      if (this.words[id] === word) return id;
    }
  }

  /** The id of a word, added when new. */
  intern(word: string): number {
    const known = this.idOf(word);
    if (known !== 0) return known;
    this.current = null;
    const id = this.words.length;
    this.words.push(word);
    this.store(id, word);
    if (word.length === 0) this.emptyId = id;
    else if (word.length === 1) {
      const code = word.charCodeAt(0);
      this.singleWords[code] = id;
      for (const unit of [code, ...NORMALISED_TO_IT]) if (normCode(unit) === code) this.singles[unit] = id;
    }
    else {
      if (this.placed * 2 >= this.mask) this.rehash();
      this.place(id);
    }
    return id;
  }

  /**
   * Marks a word that a rule looks for among all the tokens (`said`, `next`, `(`), beyond the capitalised
   * ones, digits and mixed words: the scan lists the tokens of marked words (see TokenView.marked), and the rules
   * walk that list instead of every token.
   */
  markStarter(id: number): void {
    if (id < this.starters.length && this.starters[id] === 1) return;
    this.starterVersion++;
    this.current = null;
    if (id >= this.starters.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.starters.length * 2));
      grown.set(this.starters);
      this.starters = grown;
    }
    this.starters[id] = 1;
  }

  /** The arrays a lookup reads, for a scan to hold while the vocabulary does not change. */
  table(): LookupTable {
    return (this.current ??= { singles: this.singles, slots: this.slots, mask: this.mask, offsets: this.offsets, pool: this.pool, starters: this.starters });
  }
  /** The table as it stands, made again once a word is added or marked (null until then). */
  private current: LookupTable | null = null;

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

  /** Words in the slots (those of two code units or more). */
  private placed = 0;

  private place(id: number): void {
    const w = this.words[id];
    const key = keyOf(w.charCodeAt(0), w.charCodeAt(w.length - 1));
    let slot = slotOf(key, w.length, this.mask);
    while (this.slots[3 * slot + 2] !== 0) slot = (slot + 1) & this.mask;
    this.slots[3 * slot] = key;
    this.slots[3 * slot + 1] = w.length;
    this.slots[3 * slot + 2] = id;
    this.placed++;
  }

  private rehash(): void {
    this.mask = this.mask * 4 + 3;
    this.slots = new Int32Array(3 * (this.mask + 1));
    this.placed = 0;
    for (let id = 1; id < this.words.length; id++) if (this.words[id].length > 1) this.place(id);
  }
}

/** The one vocabulary of the entity rules: ids stay valid for the life of the process. */
export const vocabulary = new Vocabulary();

export interface LookupTable {
  readonly singles: Int32Array;
  readonly slots: Int32Array;
  readonly mask: number;
  readonly offsets: Int32Array;
  readonly pool: Uint16Array;
  readonly starters: Uint8Array;
}

/** A word's shape, as ShapeFilter folds it: its length, first and last code units, in 16 bits. */
export const shapeOf = (length: number, first: number, last: number): number => ((length & 15) << 12) | ((first & 63) << 6) | (last & 63);

/** The code units of a word's plain form, for lookupFolded (a word of more code units is not looked up so). */
const FOLDED = new Uint16Array(48);
/** Letters that lose no mark under NFD but have a plain form all the same. */
const PLAIN: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE' };
const MARKS = /\p{M}+/gu;
const PLAIN_LETTERS = /[łŁøØđĐıßæÆœŒ]/g;

/** A word without its diacritics: `Priština` → `Pristina`, `Gdańsk` → `Gdansk`, `Łódź` → `Lodz`. */
export function plainForm(word: string): string {
  // ASCII has no marks and no letter to replace, and NFD leaves it as it is: most words, told without the
  // normalisation and the two replacements (rules ask for the plain form of every capitalised word near a speaker).
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 128;
  if (ascii) return word;
  return word.normalize('NFD').replace(MARKS, '').replace(PLAIN_LETTERS, (c) => PLAIN[c] ?? c);
}

/**
 * The id of a word written with diacritics that the vocabulary has only in its plain form (`Priština` as
 * `Pristina`, `Zürich` as `Zurich`); 0 when it has neither. Asked only of words beyond ASCII that the
 * vocabulary lacks, which English text seldom holds.
 */
export function lookupFolded(t: LookupTable, text: string, start: number, end: number): number {
  // Most such words are of ASCII letters and digits (`G20`, `1990s`): no diacritics, nothing to look up.
  let beyond = false;
  for (let i = start; i < end && !beyond; i++) beyond = text.charCodeAt(i) >= 0xc0;
  if (!beyond) return 0;
  const word = text.slice(start, end);
  const plain = plainForm(word);
  const n = plain.length;
  if (plain === word || n < 2 || n > FOLDED.length) return 0;
  for (let i = 0; i < n; i++) FOLDED[i] = plain.charCodeAt(i);
  return lookupIn(t, FOLDED, 0, n, FOLDED[0], FOLDED[n - 1]);
}

/**
 * The id of the token units[start, end) of a text (as `idOf(normToken(text.slice(start, end)))`) in a
 * vocabulary's table, given its first and last code units.
 */
export function lookupIn(t: LookupTable, units: Uint16Array, start: number, end: number, first: number, last: number): number {
  const len = end - start;
  // Single marks are normalised; longer tokens never hold a mark that is.
  if (len === 1) return t.singles[first];
  const key = keyOf(first, last);
  const { slots, mask, offsets, pool } = t;
  for (let slot = slotOf(key, len, mask); ; slot = (slot + 1) & mask) {
    const id = slots[3 * slot + 2];
    if (id === 0) return 0;
    if (slots[3 * slot] !== key || slots[3 * slot + 1] !== len) continue;
    // First and last agree: compare the code units between.
    const off = offsets[id];
    let k = 1;
    while (k < len - 1 && pool[off + k] === units[start + k]) k++;
    if (k >= len - 1) return id;
  }
}
