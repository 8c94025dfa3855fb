// Classifies quotation marks: which family each belongs to, and whether it may open or close a quotation here.
// Characters are looked at as UTF-16 code units (`text.charCodeAt`), as the regular expressions without the
// `u` flag this was first written with saw them; -1 stands for no character (before the start, after the end).

import { charClass, codePointAt, LETTER, NUMBER, SPACE, UPPER } from '../text/chars';

/**
 * A mark's classification packed in one small number (no object per mark: a long text has tens of thousands):
 * its family times FAMILY, plus CAN_OPEN and CAN_CLOSE. 0 stands for no mark (not a mark character, an
 * apostrophe, or a mark that can neither open nor close here).
 */
export const CAN_OPEN = 1;
export const CAN_CLOSE = 2;
export const FAMILY = 4;
export const DOUBLE = 1;
export const SINGLE = 2;
export const GUILLEMET = 3;

/** The family of a packed mark: DOUBLE, SINGLE or GUILLEMET. */
export const familyOfMark = (mark: number): number => (mark / FAMILY) | 0;

export const MARK_CHARS = /["“”„‟'‘’‚‛«»‹›`]/g;

/**
 * The family of a quotation mark character: `"“”„‟`, `'‘’‚‛` and the backtick some sites type for `‘` (`` `It is
 * the first meeting…’ ``), `«»‹›`; 0 for any other character.
 */
function familyOf(c: number): number {
  switch (c) {
    case 0x22: case 0x201c: case 0x201d: case 0x201e: case 0x201f:
      return DOUBLE;
    case 0x27: case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x60:
      return SINGLE;
    case 0xab: case 0xbb: case 0x2039: case 0x203a:
      return GUILLEMET;
    default:
      return 0;
  }
}

/** `«`, `‹`, `„`, `‚` and the backtick only open. */
const onlyOpens = (c: number): boolean => c === 0xab || c === 0x2039 || c === 0x201e || c === 0x201a || c === 0x60;
/** `»`, `›` only close. */
const onlyCloses = (c: number): boolean => c === 0xbb || c === 0x203a;
/** `«`, `»`, `‹`, `›`. */
const isGuillemet = (c: number): boolean => c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;

const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);
/** No character, or a space (`[\s\u00a0]`). */
const isSpace = (c: number): boolean => c === -1 || (charClass(c) & SPACE) !== 0;
const isUpper = (c: number): boolean => c !== -1 && (charClass(c) & UPPER) !== 0;
const isLetter = (c: number): boolean => c !== -1 && (charClass(c) & (LETTER | NUMBER)) !== 0;
const isMark = (c: number): boolean => c !== -1 && familyOf(c) !== 0;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** `'`, `’`, `‘`. */
const isApostropheChar = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2018;
/** `[([{\u2014\u2013\-/:]`: punctuation after which a mark opens. */
const isOpenPunct = (c: number): boolean =>
  c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f || c === 0x3a;
/** `[.,;:!?)\]}\u2014\u2013\-…/]`: punctuation before which a mark closes. */
const isClosePunct = (c: number): boolean =>
  c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d ||
  c === 0x7d || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2026 || c === 0x2f;

/**
 * An apostrophe, not a quotation mark: `doesn‘t`, `Russia’s`, `Security Council ‘s`, `'90s`, `rock 'n' roll`.
 * A closing apostrophe after a plural (`countries’ cooperation`) is told apart later, by the scanner,
 * because only an open single quotation can tell it is a closing mark.
 */
function isApostrophe(text: string, i: number): boolean {
  const prev = codeAt(text, i - 1);
  const next = codeAt(text, i + 1);
  if (isLetter(prev) && isLetter(next)) return true;
  // `'s` standing alone: an `s` that no letter or digit follows (read as a code point, as `/u` does).
  if (isSpace(prev) && next === 0x73 && (i + 2 >= text.length || (charClass(codePointAt(text, i + 2)) & (LETTER | NUMBER)) === 0)) return true;
  // `'90s`, `'90`: two digits and no third.
  if (isDigit(next) && isDigit(codeAt(text, i + 2)) && !isDigit(codeAt(text, i + 3))) return isSpace(prev);
  if (next === 0x6e && isApostropheChar(codeAt(text, i + 2))) return true; // rock ’n’ roll
  if (prev === 0x6e && isApostropheChar(codeAt(text, i - 2))) return true;
  return false;
}

/** The mark at offset `i` of the text, packed (see CAN_OPEN), or 0. */
export function classifyMark(text: string, i: number, stops: LineStops = new LineStops(text)): number {
  const c = codeAt(text, i);
  const family = familyOf(c);
  if (family === 0) return 0;
  if (family === SINGLE && isApostrophe(text, i)) return 0;
  // `said: ‘”The President …”`: a single mark typed before the double one that opens the quotation is no mark.
  if (c === 0x2018 && STRAY_BEFORE_DOUBLE(codeAt(text, i + 1)) && !isLetter(codeAt(text, i - 1))) return 0;
  const prev = codeAt(text, i - 1);
  const next = codeAt(text, i + 1);
  const around = openCloseBetween(prev, next);
  let canOpen = (around & CAN_OPEN) !== 0;
  let canClose = (around & CAN_CLOSE) !== 0;
  // French spacing: a space inside the guillemets (`« help this country »`).
  // Only with its partner on the same line: a guillemet alone between spaces is no quotation.
  if (c === 0xab && isSpace(next) && (isSpace(prev) || isOpenPunct(prev)) && closesOnLine(stops, i)) canOpen = true;
  if (c === 0xbb && isSpace(prev) && (isSpace(next) || isClosePunct(next)) && opensOnLine(stops, i)) canClose = true;
  // A space left out after a full stop (`… President Mohamed Morsi."We strongly condemn …`): a double mark before
  // a capital opens.
  if (!canOpen && !canClose && (c === 0x22 || c === 0x201c) && (prev === 0x2e || prev === 0x21 || prev === 0x3f) && isUpper(next)) canOpen = true;
  // `»` before a word after a space opens in Nordic style (`»humanitarian crisis»`), and `«` after a word before a
  // space closes in German style (`»Krise«`): a guillemet's own direction rules only where the spacing allows both.
  const reversible = isGuillemet(c) && canOpen !== canClose;
  if (onlyOpens(c) && !reversible) canClose = false;
  if (onlyCloses(c) && !reversible) canOpen = false;
  // Curly marks keep their direction when the spacing is ambiguous (`word“word`).
  if (canOpen === canClose) {
    if (c === 0x201c) [canOpen, canClose] = [true, false];
    else if (c === 0x201d) [canOpen, canClose] = [false, true];
  }
  // `”` after a space and before a word (`…, ”he said.`) closes an open quotation, and opens one only when none
  // is open (`”our impression was very positive…”`, as some sites type it): the scanner chooses.
  if (c === 0x201d && canOpen && !canClose) canClose = true;
  // So does `"` after a space and before a reporting verb, a space left out (`…territorial unity "said Medelci.`).
  if (c === 0x22 && canOpen && !canClose && VERB_NEXT.test(text.slice(i + 1, i + 9))) canClose = true;
  // `… right now. "` at a line's end, after a space typed before it: it closes (nothing follows for it to open). So
  // it does between spaces after the end of a sentence (`… we will continue. " "The Two-State solution …`).
  if ((c === 0x22 || c === 0x201d) && !canOpen && !canClose && prev !== -1 && isSpace(prev) && (next === -1 || next === 0x0a || next === 0x0d || (isSpace(next) && isSentenceEnd(codeAt(text, i - 2))))) canClose = true;
  // A straight mark between spaces after a comma or a colon opens (`He added , " The West must listen. "`).
  if (c === 0x22 && !canOpen && !canClose && isSpace(prev) && isSpace(next) && (codeAt(text, i - 2) === 0x2c || codeAt(text, i - 2) === 0x3a)) canOpen = true;
  if (!canOpen && !canClose) return 0;
  return family * FAMILY + (canOpen ? CAN_OPEN : 0) + (canClose ? CAN_CLOSE : 0);
}

/**
 * `.`, `!` or `?`: what ends a sentence before a closing mark. Not a comma: `He added , " The West …` opens with a
 * mark between spaces after one.
 */
const isSentenceEnd = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f;

/** A `»` after offset `i` on its line. */
function closesOnLine(stops: LineStops, i: number): boolean {
  const at = stops.next(i + 1);
  return at < stops.text.length && stops.text.charCodeAt(at) === 0xbb;
}

/** A `«` before offset `i` on its line. */
function opensOnLine(stops: LineStops, i: number): boolean {
  const at = stops.prev(i - 1);
  return at >= 0 && stops.text.charCodeAt(at) === 0xab;
}

/**
 * Where the guillemets' partners and the line breaks of a text are, looked up for marks in text order: each answer
 * is kept, so that a later look-up before it needs no search and no search reads a character twice (a search per
 * mark on a line of many `« ` and no `»` took time quadratic in the line's length). The scanner makes one per text;
 * a call of classifyMark without one makes its own.
 */
export class LineStops {
  private nextFrom = 0;
  private nextAt = -1;
  private prevFrom = -1;
  private prevAt = -1;

  constructor(readonly text: string) {}

  /** The first `»` or line break at or after `from` (the text's length when none). */
  next(from: number): number {
    if (from < this.nextFrom || from > this.nextAt) {
      let k = from;
      while (k < this.text.length && this.text.charCodeAt(k) !== 0xbb && this.text.charCodeAt(k) !== 0x0a) k++;
      this.nextAt = k;
    }
    this.nextFrom = from;
    return this.nextAt;
  }

  /** The last `«` or line break at or before `from` (-1 when none), read back only as far as the last look-up. */
  prev(from: number): number {
    const floor = from >= this.prevFrom ? this.prevFrom : -1;
    let k = from;
    while (k > floor && this.text.charCodeAt(k) !== 0xab && this.text.charCodeAt(k) !== 0x0a) k--;
    this.prevAt = k > floor ? k : floor >= 0 ? this.prevAt : -1;
    this.prevFrom = from;
    return this.prevAt;
  }
}

/** `“` or `”`: a double mark that a stray `‘` before it leaves to open the quotation. */
const STRAY_BEFORE_DOUBLE = (c: number): boolean => c === 0x201c || c === 0x201d;

/** A reporting verb right after a mark (see classifyMark). */
const VERB_NEXT = /^(?:said|says|added|adds|told|stressed|noted)(?![\p{L}])/u;

/**
 * Two single marks typed for a double quotation mark, starting at offset `i`: two apostrophes (`''The
 * situation…,'' the press service said`), two backticks (wire copy's ``` ``useful and frank discussions.'' ```) or
 * two curly single marks (`‘‘I wish you all success…”`). DOUBLE, packed (see CAN_OPEN), opening or closing as the
 * characters around the pair say, or 0 when they cannot tell (`word''word`). Backticks only open; curly marks keep
 * their direction where the spacing cannot tell. The scanner takes the pair's inner mark as the mark, so that the
 * quotation's span leaves both out.
 */
export function doubledApostrophes(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let around = openCloseBetween(codeAt(text, i - 1), codeAt(text, i + 2));
  if (c === 0x60) around &= CAN_OPEN;
  else if (c === 0x2018 && around !== CAN_CLOSE) around = CAN_OPEN;
  else if (c === 0x2019 && around !== CAN_OPEN) around = CAN_CLOSE;
  // Both or neither: the pair cannot tell.
  if (around === 0 || around === (CAN_OPEN | CAN_CLOSE)) return 0;
  return DOUBLE * FAMILY + around;
}

/** Two of the same single mark at `i` and `i + 1`: `''`, ``` `` ```, `‘‘` or `’’` (see doubledApostrophes). */
export const isDoubledApostropheAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c === 0x27 || c === 0x60 || c === 0x2018 || c === 0x2019) && text.charCodeAt(i + 1) === c;
};

/**
 * What the characters around a mark allow, CAN_OPEN and CAN_CLOSE or-ed: it opens before a word, after a space,
 * opening punctuation or another mark; it closes after a word, before a space, closing punctuation or a mark.
 */
function openCloseBetween(prev: number, next: number): number {
  const canOpen = !isSpace(next) && (isSpace(prev) || isOpenPunct(prev) || isMark(prev));
  const canClose = !isSpace(prev) && (isSpace(next) || isClosePunct(next) || isMark(next));
  return (canOpen ? CAN_OPEN : 0) | (canClose ? CAN_CLOSE : 0);
}
