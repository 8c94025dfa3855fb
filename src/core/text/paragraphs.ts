// Groups lines into paragraphs: one per line in one-paragraph-per-line texts, one per block in hard-wrapped ones.

import { isBlank, lineBounds, trimmedEnd, trimmedStart } from './lines';
import { isBoilerplateAt } from './boilerplate';
import { ParagraphRecord } from './records';
import type { Paragraph } from './types';

/** Characters that end a sentence or a clause at the end of a line. */
const UNIT_ENDS = new Set(Array.from('.!?:;"”»’\'‘)]', (c) => c.charCodeAt(0)));

/** The line, trailing white space aside, ends with one of UNIT_ENDS (read in place, without copying the line). */
function endsUnit(text: string, start: number, end: number): boolean {
  end = trimmedEnd(text, start, end);
  return end > start && UNIT_ENDS.has(text.charCodeAt(end - 1));
}

/**
 * The lines of the current block, their [start, end] pairs in `bounds`. One block is reused for the whole text:
 * emptying an array (length = 0) frees its storage, and a new one was allocated for each of the text's blocks.
 */
class Block {
  readonly bounds: number[] = [];
  lines = 0;

  add(start: number, end: number): void {
    this.bounds[2 * this.lines] = start;
    this.bounds[2 * this.lines + 1] = end;
    this.lines++;
  }

  start(k: number): number {
    return this.bounds[2 * k];
  }

  end(k: number): number {
    return this.bounds[2 * k + 1];
  }
}

/** Hard-wrapped blocks have most of their lines ending mid-sentence; those are joined into one paragraph. */
function isWrappedBlock(text: string, block: Block): boolean {
  if (block.lines < 2) return false;
  let midSentence = 0;
  for (let k = 0; k < block.lines - 1; k++) {
    if (!endsUnit(text, block.start(k), block.end(k))) midSentence++;
  }
  return midSentence * 2 >= block.lines - 1;
}

function addParagraph(text: string, start: number, end: number, boilerplate: boolean, out: Paragraph[]): void {
  start = trimmedStart(text, start, end);
  out.push(new ParagraphRecord(start, trimmedEnd(text, start, end), boilerplate));
}

/**
 * Appends the paragraphs of the block and empties it: one paragraph when the block is hard-wrapped, else one per
 * line. A block's lines are not furniture (furniture stands alone), so only a joined paragraph needs the check.
 */
function addBlock(text: string, block: Block, out: Paragraph[]): void {
  if (isWrappedBlock(text, block)) {
    const start = block.start(0);
    const end = block.end(block.lines - 1);
    addParagraph(text, start, end, isBoilerplateAt(text, start, end), out);
  } else {
    for (let k = 0; k < block.lines; k++) addParagraph(text, block.start(k), block.end(k), false, out);
  }
  block.lines = 0;
}

/** What the lines of findParagraphs are read into: the paragraphs so far and the block being read. */
interface ParagraphsSoFar {
  text: string;
  /** Where each line ends, by the line's number. */
  ends: number[];
  /** The current block: consecutive lines that are not blank or furniture. */
  block: Block;
  paragraphs: Paragraph[];
}

/** Reads the line that begins at `start`, the k-th, into the paragraphs so far (`this`). */
function readLine(this: ParagraphsSoFar, start: number, k: number): void {
  const { text, block, paragraphs } = this;
  const end = this.ends[k];
  if (isBlank(text, start, end)) {
    addBlock(text, block, paragraphs);
  } else if (isBoilerplateAt(text, start, end)) {
    // Page furniture stands alone even when no blank line sets it apart.
    addBlock(text, block, paragraphs);
    addParagraph(text, start, end, true, paragraphs);
  } else {
    block.add(start, end);
  }
}

/**
 * The paragraphs of the lines from `from` (the start of a line) to the end of the text.
 *
 * The lines are read by the builtin forEach calling a function of this module, with what it reads into as `this`.
 * A loop here, in a function called once per text and with all the work on a line inlined into it, was compiled
 * three times on a big text (on the stack in the first run, whole and on the stack again in the second); a
 * closure would be compiled again in each run, as the engine holds a closure's optimised code only while one of
 * its closures lives. The other steps of the structure that go over the whole text do the same.
 */
export function findParagraphs(text: string, from: number): Paragraph[] {
  const { starts, ends } = lineBounds(text, from);
  const soFar: ParagraphsSoFar = { text, ends, block: new Block(), paragraphs: [] };
  starts.forEach(readLine, soFar);
  addBlock(text, soFar.block, soFar.paragraphs);
  return soFar.paragraphs;
}

/** White space other than single ordinary spaces: where a text needs its white space runs normalised. */
const IRREGULAR = /[^\S ]| \s/;

/** True when the string holds white space other than single ordinary spaces. */
export function hasIrregularSpace(s: string): boolean {
  return IRREGULAR.test(s);
}
