// The spans and paragraphs that the passes over a whole text make by the thousand, built by constructors.
//
// An object literal has an allocation site, whose choice of generation (young or old) the engine revises as a
// long text's many spans survive, and again as they die: every revision deoptimised each optimised function that
// had the literal inlined. On the 5 MB text that was readLine, addBlock, addSentences and splitSentences, compiled
// again in the first, second and third runs (some 30-80 ms each). A constructor's objects carry no such site.

import type { Paragraph, Span } from './types';

// The fields are declared with values of their types, in the order of the literals (the order in which they are
// serialised): a field declared without a value would hold undefined until the constructor set it.

export class SpanRecord implements Span {
  start = 0;
  end = 0;

  constructor(start: number, end: number) {
    this.start = start;
    this.end = end;
  }
}

export class ParagraphRecord implements Paragraph {
  start = 0;
  end = 0;
  index = 0;
  duplicateOf: number | null = null;
  boilerplate = false;

  /** A paragraph not yet numbered or compared with the others (see markDuplicates). */
  constructor(start: number, end: number, boilerplate: boolean) {
    this.start = start;
    this.end = end;
    this.boilerplate = boilerplate;
  }
}
