// Where a date can start. Matching the date patterns at every position of a long text is slow (each position
// runs their lookbehinds); instead one pass over the text finds the few positions where a match can start, and
// the patterns are tried there alone. The positions found are a superset of the true starts: the patterns have
// the last word.

import { ShapeFilter } from './shapes';
import { DURATION_COUNT_WORDS, DURATION_MODIFIERS, MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import { TokenSet } from './tokenset';
import { ASCII_DIGITS, ASCII_LETTERS, OTHER_WORD, type TokenView } from './view';
import { withCapitals } from './words';

/**
 * First words of the word-led date patterns (month and weekday names, `early`, `end`, `next`, `three`,
 * `recent`, `today` …). In every such match the first word is followed by a character that is not an ASCII
 * letter, so it is a whole run of ASCII letters in the text.
 */
const FIRST_WORDS = new Set([
  ...MONTH_NAMES,
  ...'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '),
  ...WEEKDAY_NAMES,
  ...WEEKDAY_NAMES.map((d) => `${d}s`),
  ...'early mid late beginning start middle end close turn first second latter'.split(' '),
  ...'next last this coming previous past following current outgoing later earlier third'.split(' '),
  ...'Next Last This Coming Yesterday Today Tomorrow Earlier Later'.split(' '),
  ...'a one two three four five six seven eight nine ten eleven twelve several few many'.split(' '),
  // The counts and modifiers of durations (`fifteen years`, `more than a decade`), capitalised too.
  ...withCapitals([...DURATION_COUNT_WORDS, ...DURATION_MODIFIERS].map((w) => w.split(' ')[0])),
  ...'recent near nearest yesterday today tomorrow'.split(' '),
  ...'weekend summer winter spring autumn'.split(' '),
  ...'Christmas Easter Thanksgiving Nowruz Hanukkah Diwali Ramadan Eid'.split(' '),
]);
/** Month names in full: a bare month is one of them, after a space. */
const MONTHS = new Set(MONTH_NAMES);

const FIRST_SHAPES = new ShapeFilter(FIRST_WORDS);
const MONTH_SHAPES = new ShapeFilter(MONTHS);
const FIRST_TOKENS = new TokenSet(FIRST_WORDS, true);
const MONTH_TOKENS = new TokenSet(MONTHS, true);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const HYPHEN = 45;
const SPACE = 32;

export interface DateStarts {
  /** Where a full-pattern date may start: a run of digits or a first word, not right after a letter, digit or hyphen. */
  dates: number[];
  /** Where a bare month name may start: a month name after a space. */
  months: number[];
  /** Where a bare year may start: four digits, the first `1` or `2`, not inside a longer number. */
  years: number[];
}

export function findDateStarts(text: string): DateStarts {
  const starts: DateStarts = { dates: [], months: [], years: [] };
  scanRuns(text, 0, text.length, starts.dates, starts.months, starts.years);
  return starts;
}

/**
 * The same starts as `findDateStarts(v.text)`, read from the tokens instead of the characters. A run of ASCII
 * letters or digits never crosses a token's edge (a word token takes every letter and digit next to it; dotted
 * initials end in a dot), and the character before a run is what the scan calls `prev`. So a token of ASCII
 * letters only is one run, looked up by its id; only numbers and the rarer tokens of mixed make-up are scanned
 * character by character. With `mayStart`, less the starts of the words of ASCII letters it rejects.
 */
export function findDateStartsInTokens(v: TokenView, mayStart?: (v: TokenView, i: number) => boolean): DateStarts {
  const dates: number[] = [];
  const months: number[] = [];
  const years: number[] = [];
  const text = v.text;
  // Every token that can hold a start is marked: digits, words of mixed make-up, and the first words and month
  // names (starters).
  const marked = v.markedTokens();
  for (let at = 0; at < marked.length; at++) {
    const i = marked[at];
    const f = v.flags[i];
    if ((f & (ASCII_LETTERS | ASCII_DIGITS | OTHER_WORD)) === 0) continue;
    const start = v.starts[i];
    if ((f & ASCII_LETTERS) !== 0) {
      // The month names are first words too: most words (capitalised ones) are neither, told by one lookup.
      if (!FIRST_TOKENS.has(v, i)) continue;
      // The code unit before the word is read only where it can matter, for it lies far from the token arrays in a
      // long text: a word that touches no token before it has white space there (or starts the text), which is
      // neither a digit nor a hyphen.
      const touching = v.touching(i - 1);
      const month = MONTH_TOKENS.has(v, i);
      const prev = (touching || month) && start > 0 ? text.charCodeAt(start - 1) : SPACE;
      if (prev === SPACE && month) months.push(start);
      if ((!touching || (!isDigit(prev) && prev !== HYPHEN)) && (mayStart === undefined || mayStart(v, i))) dates.push(start);
    } else {
      // Numbers too, though one run each: the scan's code for digits then runs on any text, not first on the
      // mixed words of a long one (where code never run deoptimises this loop).
      scanRuns(text, start, v.ends[i], dates, months, years);
    }
  }
  return { dates, months, years };
}

/**
 * The character scan for date starts over text[from, to): the whole text, or a number or a token of mixed make-up.
 * Its steps are shared by runs of digits and of letters, so that the numbers of any text run them all.
 */
function scanRuns(text: string, from: number, to: number, dates: number[], months: number[], years: number[]): void {
  let prev = from > 0 ? text.charCodeAt(from - 1) : SPACE;
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    const digits = isDigit(c);
    if (!digits && !isAsciiLetter(c)) {
      prev = c;
      i++;
      continue;
    }
    const end = runEnd(text, i, to, digits);
    if (digits) {
      if (!isAsciiLetter(prev) && prev !== HYPHEN) dates.push(i);
      if (end - i === 4 && (c === 49 || c === 50)) years.push(i);
    } else {
      if (prev === SPACE && MONTH_SHAPES.mayHave(text, i, end) && MONTHS.has(text.slice(i, end))) months.push(i);
      if (!isDigit(prev) && prev !== HYPHEN && FIRST_SHAPES.mayHave(text, i, end) && FIRST_WORDS.has(text.slice(i, end))) dates.push(i);
    }
    prev = text.charCodeAt(end - 1);
    i = end;
  }
}

/** The end (before `to`) of the run of digits, or of ASCII letters, that starts at `i`: one loop for both, as above. */
function runEnd(text: string, i: number, to: number, digits: boolean): number {
  let end = i + 1;
  while (end < to) {
    const c = text.charCodeAt(end);
    if (digits ? !isDigit(c) : !isAsciiLetter(c)) break;
    end++;
  }
  return end;
}
