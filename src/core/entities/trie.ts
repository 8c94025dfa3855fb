// A trie over word tokens: finds the longest known name that starts at a token.

import { normToken, tokenizeName, type Tokens } from './tokens';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[] | null;
}

export class TokenTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: null };

  /** `key` turns a token into its lookup key, the same way for names and for the text (e.g. a stemmer). */
  constructor(private readonly key: (token: string) => string = (t) => t) {}

  /** First tokens of names that start in lower case (`al-Qaeda`, `new START Treaty`). */
  readonly lowerStarters = new Set<string>();
  size = 0;

  /** Adds a name; `same` tells when a value is already there, so that repeats are skipped. */
  add(name: string, value: T, same: (a: T, b: T) => boolean = (a, b) => a === b): void {
    const tokens = tokenizeName(name).map((t) => this.key(t));
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { next: new Map(), values: null }));
      node = child;
    }
    node.values ??= [];
    if (node.values.some((v) => same(v, value))) return;
    node.values.push(value);
    if (/^\p{Ll}/u.test(tokens[0])) this.lowerStarters.add(tokens[0]);
    this.size++;
  }

  /** The longest name starting at token `i`: the index after its last token, and its values. Never across a line break. */
  longestAt(text: string, tokens: Tokens, i: number): { end: number; values: T[] } | null {
    return this.longestAtKeyed(text, tokens, i, (j) => this.key(normToken(text.slice(tokens.starts[j], tokens.ends[j]))));
  }

  /**
   * longestAt, given each token's key in the trie (its `key` already applied), or null for a token that is no key
   * of the trie: a caller that knows the keys saves the look-up of `key` on every token.
   */
  longestAtKeyed(text: string, tokens: Tokens, i: number, trieKey: (j: number) => string | null): { end: number; values: T[] } | null {
    let node: Node<T> | undefined = this.root;
    let best: { end: number; values: T[] } | null = null;
    for (let j = i; j < tokens.count; j++) {
      if (j > i && hasLineBreak(text, tokens.ends[j - 1], tokens.starts[j])) break;
      const key = trieKey(j);
      if (key === null) break;
      node = node.next.get(key);
      if (!node) break;
      if (node.values) best = { end: j + 1, values: node.values };
    }
    return best;
  }
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
