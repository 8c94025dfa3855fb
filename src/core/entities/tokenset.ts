// A set of words to test tokens against, by the tokens' vocabulary ids (see vocab.ts): one array read a token.

import type { TokenView } from './view';
import { vocabulary } from './vocab';

export class TokenSet {
  /** 1 at the vocabulary id of each word. */
  private readonly member: Uint8Array;

  /** With `starters`, rules walk the tokens of these words from the scan's list (see Vocabulary.markStarter). */
  constructor(
    readonly words: ReadonlySet<string>,
    starters = false,
  ) {
    const ids: number[] = [];
    for (const w of words) ids.push(vocabulary.intern(w));
    if (starters) for (const id of ids) vocabulary.markStarter(id);
    this.member = new Uint8Array(Math.max(0, ...ids) + 1);
    for (const id of ids) this.member[id] = 1;
  }

  /** True when `words` holds the token's (normalised) string, as `words.has(v.str(i))`. */
  has(v: TokenView, i: number): boolean {
    // Outside the tokens anything goes (see TokenView.str): ask the set.
    if (i < 0 || i >= v.count) return this.words.has(v.str(i));
    const id = v.id(i);
    return id < this.member.length && this.member[id] === 1;
  }
}
