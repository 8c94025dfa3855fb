// A set of words to test tokens against. Most tokens are not in it, and most of those can be told apart by
// their shape alone (see ShapeFilter): only tokens of a matching shape have their string made.

import { ShapeFilter } from './shapes';
import type { TokenView } from './view';

export class TokenSet {
  private readonly shapes: ShapeFilter;

  constructor(readonly words: ReadonlySet<string>) {
    this.shapes = new ShapeFilter(words);
  }

  /** True when `words` holds the token's (normalised) string, as `words.has(v.str(i))`. */
  has(v: TokenView, i: number): boolean {
    // Single marks are normalised (`’` reads as `'`), and outside the tokens anything goes: ask the set.
    if (!(v.length(i) > 1) || i >= v.count) return this.words.has(v.str(i));
    return this.shapes.mayHave(v.text, v.start(i), v.end(i)) && this.words.has(v.str(i));
  }
}
