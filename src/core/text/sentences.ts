// Splits a paragraph into sentences without the usual traps: `U.S. Congress`, `Mr. Lavrov`, `p.m.`, quotes.

import { NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations';
import { charClass, codePointAt, codePointBefore, isSpaceCode, LETTER, UPPER } from './chars';
import { ParagraphRecord, SpanRecord } from './records';
import type { Paragraph, Span } from './types';

const ABBREVIATIONS = new Set([
  ...[...TITLE_ABBREVIATIONS, ...NAME_ABBREVIATIONS].map((a) => a.toLowerCase()),
  'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'approx', 'art', 'para', 'fig', 'cf', 'p', 'pp', 'sec', 'h.e',
]);

/** The longest of ABBREVIATIONS: lower-casing never shortens a string, so a longer word is none of them. */
const LONGEST_ABBREVIATION = Math.max(...Array.from(ABBREVIATIONS, (a) => a.length));
/**
 * A sentence end: stops, closing quotes or brackets, white space, and a capital or a digit next. Its three parts
 * are maximal runs (no character is in two of the sets, and white space is neither a capital nor an opening
 * mark), so splitSentences finds them by reading back from the end of a match and needs no capture groups.
 */
const SENTENCE_END = /[.!?]+["”»’'‘)\]]*\s+(?=["“«‘'([]?[\p{Lu}\p{N}])/gu;

const DOT = 46;
const EXCLAMATION = 33;
const QUESTION = 63;
const OPEN_PAREN = 40;

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * True when the full stop at body[dot] ends an abbreviation. Read backwards in place from the stop; the plain
 * definition, kept in the tests, is two regular expressions on the text before it (the stop included):
 * `(?:^|[\s(])((?:[A-Za-z]\.){2,})$`, dotted initials like `U.S.`, and `([\p{L}.]+)\.$`, the word before the
 * stop, which is an abbreviation when lower-cased it is one of ABBREVIATIONS or when it is a single capital
 * letter (an initial, `Barack H. Obama`).
 */
function endsWithAbbreviation(body: string, dot: number): boolean {
  return endsWithDottedInitials(body, dot) || endsWithAbbreviatedWord(body, dot);
}

/** Dotted initials (`U.S.`, `a.m.`) end at body[dot], alone or after white space or `(`. */
function endsWithDottedInitials(body: string, dot: number): boolean {
  let i = dot + 1;
  while (i >= 2 && body.charCodeAt(i - 1) === DOT && isAsciiLetter(body.charCodeAt(i - 2))) i -= 2;
  if (dot + 1 - i < 4) return false;
  if (i === 0) return true;
  const before = body.charCodeAt(i - 1);
  // A letter or a dot before the initials makes them part of a longer run, which the pattern never matches.
  return before === OPEN_PAREN || isSpaceCode(before);
}

/** The word before the stop at body[dot], letters (any script) and dots, is an abbreviation or an initial. */
function endsWithAbbreviatedWord(body: string, dot: number): boolean {
  let start = dot;
  while (start > 0) {
    const cp = codePointBefore(body, start);
    if (cp !== DOT && (charClass(cp) & LETTER) === 0) break;
    start -= cp > 0xffff ? 2 : 1;
  }
  if (start === dot) return false;
  const first = codePointAt(body, start);
  if (start + (first > 0xffff ? 2 : 1) === dot && (charClass(first) & UPPER) !== 0) return true;
  return dot - start <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(body.slice(start, dot).toLowerCase());
}

/** What a text's paragraphs are split into (`this` of addSentences): the sentences so far and the furniture. */
export interface SentencesSoFar {
  text: string;
  sentences: Span[];
  boilerplate: Span[];
}

/** The sentences of a paragraph. */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const soFar: SentencesSoFar = { text, sentences: [], boilerplate: [] };
  addSentences.call(soFar, new ParagraphRecord(paragraph.start, paragraph.end, false));
  return soFar.sentences;
}

/**
 * Appends the sentences of a paragraph to those so far, or the paragraph itself to the furniture: the callback
 * of analyzeStructure's forEach (see findParagraphs for why a callback). The split is written here rather than
 * called: a callback that called the splitter had both compiled on a long text, itself with a copy of the
 * splitter inlined.
 */
export function addSentences(this: SentencesSoFar, paragraph: Paragraph): void {
  if (paragraph.boilerplate) {
    this.boilerplate.push(new SpanRecord(paragraph.start, paragraph.end));
    return;
  }
  const out = this.sentences;
  const body = this.text.slice(paragraph.start, paragraph.end);
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  // test(), not exec(): no match array and no capture strings for each stop of the text.
  while (SENTENCE_END.test(body)) {
    const next = SENTENCE_END.lastIndex;
    let cut = next;
    while (isSpaceCode(body.charCodeAt(cut - 1))) cut--;
    // A lone full stop with no closing mark (`Mr. Lavrov`, not `said." The`) may end an abbreviation instead.
    // A stop before it would be part of the match: the match began after white space or at the start.
    const dot = cut - 1;
    if (body.charCodeAt(dot) === DOT && !isStop(body.charCodeAt(dot - 1)) && endsWithAbbreviation(body, dot)) continue;
    out.push(new SpanRecord(paragraph.start + start, paragraph.start + cut));
    start = next;
  }
  if (start < body.length) out.push(new SpanRecord(paragraph.start + start, paragraph.end));
}

function isStop(c: number): boolean {
  return c === DOT || c === EXCLAMATION || c === QUESTION;
}
