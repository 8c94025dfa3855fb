// A quick "certainly not" for word lists: a table of the (length, first character, last character) shapes of
// the words, folded into 64 K entries. A word whose shape is not in the table is not in the list; one whose
// shape is may be, and is then looked up properly. Reading the shape needs no string to be made.

import type { TokenView } from './view';
import { shapeOf } from './vocab';

export class ShapeFilter {
  private readonly table = new Uint8Array(1 << 16);

  constructor(words: Iterable<string>) {
    for (const w of words) if (w.length > 0) this.table[shapeOf(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
  }

  /** False when no word of the list spans text[start, end). */
  mayHave(text: string, start: number, end: number): boolean {
    return this.table[shapeOf(end - start, text.charCodeAt(start), text.charCodeAt(end - 1))] === 1;
  }

  /** False when no word of the list has the shape (see TokenView.capShapes). */
  mayHaveShape(shape: number): boolean {
    return this.table[shape] === 1;
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
  const capShapes = v.capShapes();
  for (let at = 0; at < caps.length; at++) {
    if (shapes.mayHaveShape(capShapes[at]) && words.has(v.str(caps[at]))) found.push(caps[at]);
  }
  return found;
}
