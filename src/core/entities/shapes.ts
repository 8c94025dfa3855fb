// A quick "certainly not" for word lists: a table of the (length, first character, last character) shapes of
// the words, folded into 64 K entries. A word whose shape is not in the table is not in the list; one whose
// shape is may be, and is then looked up properly. Reading the shape needs no string to be made.

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
