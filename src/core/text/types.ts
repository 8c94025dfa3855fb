// The shapes that describe an article's structure. Offsets are UTF-16 indices into the text, end exclusive.

export interface Span {
  start: number;
  end: number;
}

export interface Dateline extends Span {
  text: string;
  /** ISO date `YYYY-MM-DD`, or null when the line names no complete date. */
  date: string | null;
  /** `HH:MM` when the dateline carries a time. */
  time: string | null;
}

export interface Headline extends Span {
  text: string;
}

export interface Paragraph extends Span {
  index: number;
  /** Index of the earlier paragraph this one repeats word for word, or null. */
  duplicateOf: number | null;
  boilerplate: boolean;
}

export interface Turn {
  /** The speaker label without its colon, e.g. `MR. SULLIVAN`. */
  label: Span & { text: string };
  /** What the speaker says: from after the label to the next label or the end of the text. */
  content: Span;
}

export interface ArticleStructure {
  dateline: Dateline | null;
  headline: Headline | null;
  paragraphs: Paragraph[];
  sentences: Span[];
  boilerplate: Span[];
  turns: Turn[];
}
