// Where a date can start. Matching the date patterns at every position of a long text is slow (each position
// runs their lookbehinds); instead one pass over the text finds the few positions where a match can start, and
// the patterns are tried there alone. The positions found are a superset of the true starts: the patterns have
// the last word.

import { ShapeFilter } from './shapes';

/**
 * First words of the word-led date patterns (month and weekday names, `early`, `end`, `next`, `three`,
 * `recent`, `today` …). In every such match the first word is followed by a character that is not an ASCII
 * letter, so it is a whole run of ASCII letters in the text.
 */
const FIRST_WORDS = new Set([
  ...'January February March April May June July August September October November December'.split(' '),
  ...'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '),
  ...'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
  ...'Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays'.split(' '),
  ...'early mid late beginning start middle end close turn first second latter'.split(' '),
  ...'next last this coming previous past following current outgoing'.split(' '),
  ...'a one two three four five six seven eight nine ten eleven twelve several few many'.split(' '),
  ...'recent near nearest yesterday today tomorrow'.split(' '),
]);
/** Month names in full: a bare month is one of them, after a space. */
const MONTH_NAMES = new Set('January February March April May June July August September October November December'.split(' '));

const FIRST_SHAPES = new ShapeFilter(FIRST_WORDS);
const MONTH_SHAPES = new ShapeFilter(MONTH_NAMES);

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
  const dates: number[] = [];
  const months: number[] = [];
  const years: number[] = [];
  const n = text.length;
  let prev = SPACE;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let end = i + 1;
      while (end < n && isDigit(text.charCodeAt(end))) end++;
      // Digits right after an ASCII letter or a hyphen fail the lookbehind of the full patterns.
      if (!isAsciiLetter(prev) && prev !== HYPHEN) dates.push(i);
      if (end - i === 4 && (c === 49 || c === 50)) years.push(i);
      prev = text.charCodeAt(end - 1);
      i = end;
    } else if (isAsciiLetter(c)) {
      let end = i + 1;
      while (end < n && isAsciiLetter(text.charCodeAt(end))) end++;
      if (prev === SPACE && MONTH_SHAPES.mayHave(text, i, end) && MONTH_NAMES.has(text.slice(i, end))) months.push(i);
      if (!isDigit(prev) && prev !== HYPHEN && FIRST_SHAPES.mayHave(text, i, end) && FIRST_WORDS.has(text.slice(i, end))) dates.push(i);
      prev = text.charCodeAt(end - 1);
      i = end;
    } else {
      prev = c;
      i++;
    }
  }
  return { dates, months, years };
}
