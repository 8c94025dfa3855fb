// A quick "certainly not" for word lists: a table of the (length, first character, last character) shapes of
// the words, folded into 64 K entries. A word whose shape is not in the table is not in the list; one whose
// shape is may be, and is then looked up properly. Reading the shape needs no string to be made.

import type { TokenView } from './view';

const index = (length: number, first: number, last: number): number => ((length & 15) << 12) | ((first & 63) << 6) | (last & 63);

export class ShapeFilter {
  private readonly table = new Uint8Array(1 << 16);

  constructor(words: Iterable<string>) {
    for (const w of words) if (w.length > 0) this.table[index(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
  }

  /** False when no word of the list spans text[start, end). */
  mayHave(text: string, start: number, end: number): boolean {
    return this.table[index(end - start, text.charCodeAt(start), text.charCodeAt(end - 1))] === 1;
  }
}

/**
 * The capitalised tokens, in order, whose string is a key of `words` (acronyms defined in the text, surnames):
 * only the tokens of a key's shape are made strings. The one loop over the tokens for every such list, so that it
 * has run (on the acronyms of a short text, say) before a long text's list of another kind comes to it.
 */
export function capsSpelling(v: TokenView, words: ReadonlyMap<string, unknown>): number[] {
  const shapes = new ShapeFilter(words.keys());
  const found: number[] = [];
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    if (shapes.mayHave(v.text, v.start(i), v.end(i)) && words.has(v.str(i))) found.push(i);
  }
  return found;
}
