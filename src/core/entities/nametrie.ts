// A trie over word tokens by their vocabulary ids (see vocab.ts): finds the longest known name that starts at a
// token of a text, comparing integers only.

import { tokenizeName } from './tokens';
import type { TokenView } from './view';
import { vocabulary } from './vocab';

export class NameTrie<T> {
  /** Values by node; node 0 is the root. */
  private readonly values: (T[] | null)[] = [null];
  /** The value `choose` picks among each node's values, kept as values are added. */
  private readonly chosen: (T | null)[] = [null];
  /** Children in one open-addressing table keyed by (parent node, token id): parent, token and child per slot. */
  private parents = new Int32Array(1024);
  private tokenIds = new Int32Array(1024);
  private children = new Int32Array(1024);
  private mask = 1023;
  /** 1 at the id of each first token of a name that starts in lower case (`al-Qaeda`, `new START Treaty`). */
  private lowerFirst: Uint8Array = new Uint8Array(16);
  /** 1 at the id of each first token of a name: most tokens start none, and are told so by one array read. */
  private first: Uint8Array = new Uint8Array(16);
  /** 1 at each node with children: at the others a match ends, and the next token need not be looked up. */
  private inner: Uint8Array = new Uint8Array(16);
  size = 0;

  /** The value `choose` picks among the values of the last match of `longestAt`. */
  foundChoice: T | null = null;

  /** `choose` picks the value a match stands for (by default the first). */
  constructor(private readonly choose: (values: readonly T[]) => T = (values) => values[0]) {}

  /** Adds a name; `same` tells when a value is already there, so that repeats are skipped. */
  add(name: string, value: T, same: (a: T, b: T) => boolean = (a, b) => a === b): void {
    const tokens = tokenizeName(name);
    if (tokens.length === 0) return;
    let node = 0;
    for (const t of tokens) {
      const id = vocabulary.intern(t);
      let child = this.child(node, id);
      if (child < 0) {
        child = this.values.length;
        this.values.push(null);
        this.chosen.push(null);
        this.link(node, id, child);
        this.inner = mark(this.inner, node);
        if (node === 0) this.first = mark(this.first, id);
      }
      node = child;
    }
    const values = (this.values[node] ??= []);
    if (values.some((v) => same(v, value))) return;
    values.push(value);
    this.chosen[node] = this.choose(values);
    if (/^\p{Ll}/u.test(tokens[0])) {
      const id = vocabulary.intern(tokens[0]);
      this.lowerFirst = mark(this.lowerFirst, id);
      vocabulary.markStarter(id);
    }
    this.size++;
  }

  /** The token is the first token of a name starting in lower case. */
  isLowerFirst(v: TokenView, i: number): boolean {
    const id = v.id(i);
    return id < this.lowerFirst.length && this.lowerFirst[id] === 1;
  }

  /**
   * The longest name starting at token `i`: the index after its last token (its value in `foundChoice`), or -1. Never
   * across a line break.
   */
  longestAt(v: TokenView, i: number): number {
    const id0 = v.id(i);
    if (!(id0 < this.first.length && this.first[id0] === 1)) return -1;
    let node = 0;
    let best = -1;
    for (let j = i; j < v.count; j++) {
      if (j > i && v.breakBefore(j)) break;
      const id = v.id(j);
      if (id === 0) break;
      node = this.child(node, id);
      if (node < 0) break;
      const values = this.values[node];
      if (values !== null) {
        best = j + 1;
        this.foundChoice = this.chosen[node];
      }
      if (!(node < this.inner.length && this.inner[node] === 1)) break;
    }
    return best;
  }

  private slotOf(node: number, id: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b)) & this.mask;
  }

  /** The child of `node` by token `id`, or -1. */
  private child(node: number, id: number): number {
    for (let s = this.slotOf(node, id); ; s = (s + 1) & this.mask) {
      const c = this.children[s];
      if (c === 0) return -1;
      if (this.parents[s] === node && this.tokenIds[s] === id) return c;
    }
  }

  private link(node: number, id: number, child: number): void {
    if (child * 2 > this.mask) this.rehash();
    this.place(node, id, child);
  }

  private place(node: number, id: number, child: number): void {
    let s = this.slotOf(node, id);
    while (this.children[s] !== 0) s = (s + 1) & this.mask;
    this.parents[s] = node;
    this.tokenIds[s] = id;
    this.children[s] = child;
  }

  private rehash(): void {
    const [parents, tokenIds, children] = [this.parents, this.tokenIds, this.children];
    const size = children.length * 4;
    this.parents = new Int32Array(size);
    this.tokenIds = new Int32Array(size);
    this.children = new Int32Array(size);
    this.mask = size - 1;
    for (let s = 0; s < children.length; s++) if (children[s] !== 0) this.place(parents[s], tokenIds[s], children[s]);
  }
}

/** Sets flag `id` in a byte array, grown as needed; returns the array. */
function mark(flags: Uint8Array, id: number): Uint8Array {
  if (id >= flags.length) {
    const grown = new Uint8Array(Math.max(id + 1, flags.length * 2));
    grown.set(flags);
    flags = grown;
  }
  flags[id] = 1;
  return flags;
}
