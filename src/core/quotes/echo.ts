// A headline's or crosshead's quoted words that the article gives to someone: `Britain 'disappointed' after
// Argentina snubs Falklands talks` over `"We are disappointed that the meeting has been cancelled," a Foreign
// Office spokeswoman said`. A title line has no room for a reporting verb, so its quotation looks like a scare
// quote; the quotation it echoes says whose words they are. A pull quote, a paragraph of nothing but a quotation
// set off from the article, is given the speaker of the same words quoted with a cue.

import type { Span } from '../text';
import { charClass, isBlankBetween, LETTER, NUMBER } from '../text/chars';
import { trimmedEnd, trimmedStart } from '../text/lines';
import type { SortedOffsets } from './offsets';
import { withVia, type Quote } from './types';

/** How far from the title line (in UTF-16 code units) the echoed quotation may stand: the article it heads. */
const REACH = 6000;
/** A title line is short (a crosshead or a headline, not a paragraph that lost its full stop). */
const MAX_TITLE = 250;
/** The end of a sentence, perhaps inside closing marks: a paragraph that has one is no title line. */
const SENTENCE_END = /[.!?]["”’»']?\s*$/;

/**
 * Gives each scare quote of a title line (a line with no full stop at its end: a headline or a crosshead) the
 * speaker of the nearest direct quotation of its article that holds the same words, if any. `quotes` is in text
 * order; `paragraphs` are the text's paragraphs, `paragraphStarts` their starts.
 */
export function echoTitleQuotes(text: string, quotes: Quote[], paragraphs: readonly Span[], paragraphStarts: SortedOffsets): void {
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.kind !== 'scare' || q.nested || q.speaker !== null) continue;
    const para = paragraphs[paragraphStarts.lastAtOrBefore(q.start)];
    if (para === undefined || !isTitleLine(text, para.start, para.end)) continue;
    const words = wordsOf(q.text);
    if (words === null) continue;
    const source = nearestHolding(quotes, i, words, (k) => !inSpan(quotes[k], para));
    if (source?.speaker) {
      q.kind = 'direct';
      q.speaker = withVia(source.speaker, 'same-words');
    }
  }
}

/**
 * Gives a pull quote, a paragraph that is nothing but a quotation with no speaker (`“The negotiation was an AU-led
 * effort …”` set off above the article's `Dina replied, “The negotiation was an AU-led effort …”`), the speaker of
 * the nearest direct quotation of its article that holds the same words, if any.
 */
export function echoPullQuotes(text: string, quotes: Quote[], paragraphs: readonly Span[], paragraphStarts: SortedOffsets): void {
  const plainOf = plainWordsOnce();
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.nested || q.speaker !== null || q.close === null) continue;
    const para = paragraphs[paragraphStarts.lastAtOrBefore(q.start)];
    if (para === undefined || !isBlankBetween(text, para.start, q.open.start) || !isBlankBetween(text, q.close.end, para.end)) continue;
    // A pull quote repeats the words as they stand, but for spaces and case: a plain search finds them, where a
    // pattern built for each quotation would cost its compiling on a long text.
    const words = plainOf(q);
    if (words.length < MIN_PULL) continue;
    // Its first characters as written, which a repeat holds too: a plain search tells most quotations apart before
    // their words are made plain.
    const probe = q.text.trimStart().slice(0, 12);
    const source = nearestSpoken(quotes, i, (k) => !inSpan(quotes[k], para) && quotes[k].text.includes(probe) && plainOf(quotes[k]).includes(words));
    if (source?.speaker) {
      q.kind = 'direct';
      q.speaker = withVia(source.speaker, 'same-words');
    }
  }
}
/** A pull quote holds this many characters at least (a few words are a term, not a passage). */
const MIN_PULL = 20;

/**
 * Gives a scare quote of two words or more the speaker of the nearest direct quotation of its article that holds
 * the same words: a report that quotes a few of someone's words before it quotes them in full (`held "constructive
 * discussions"` above the High Commission's tweet `"Thank you … for hospitality and constructive discussions!"`).
 */
export function echoPhrases(quotes: Quote[], paragraphs: readonly Span[], paragraphStarts: SortedOffsets): void {
  const plainOf = plainWordsOnce();
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.kind !== 'scare' || q.nested || q.speaker !== null || !q.text.includes(' ')) continue;
    // Words in capitals only are the page's label (see wordsOf).
    const words = plainOf(q);
    if (!words.includes(' ') || !/\p{Ll}/u.test(q.text)) continue;
    const para = paragraphs[paragraphStarts.lastAtOrBefore(q.start)];
    // Their characters after the first as written, which the quotation that holds them holds too (its first may
    // be a capital): a plain search rules out most quotations before their words are made plain.
    const probe = q.text.trimStart().slice(1, 10);
    // Not words the speaker sets off too (`talking about 'red lines'`): a term, as in holdsUnquoted.
    const holds = (k: number): boolean =>
      quotes[k].text.includes(probe) && holdsWords(plainOf(quotes[k]), words) && !nestedHolds(quotes, k, (j) => holdsWords(plainOf(quotes[j]), words));
    const source = nearestSpoken(quotes, i, (k) => (para === undefined || !inSpan(quotes[k], para)) && holds(k));
    if (source?.speaker) {
      q.kind = 'direct';
      q.speaker = withVia(source.speaker, 'same-words');
    }
  }
}

/** A quotation nested in quotes[k] passes `test`. */
function nestedHolds(quotes: readonly Quote[], k: number, test: (j: number) => boolean): boolean {
  for (let j = k + 1; j < quotes.length && quotes[j].start < quotes[k].end; j++) if (quotes[j].nested && test(j)) return true;
  return false;
}

/** `words` stand in `plain` as whole words. */
function holdsWords(plain: string, words: string): boolean {
  for (let at = plain.indexOf(words); at >= 0; at = plain.indexOf(words, at + 1)) {
    if (!isWordChar(plain.charCodeAt(at - 1)) && !isWordChar(plain.charCodeAt(at + words.length))) return true;
  }
  return false;
}
/** A letter or a digit (`\p{L}`, `\p{N}`); NaN, beyond either end of the string, is none. */
const isWordChar = (c: number): boolean => !Number.isNaN(c) && (charClass(c) & (LETTER | NUMBER)) !== 0;

/**
 * plainWords of a quotation's text, made once per quotation: a long text compares many quotations with the same
 * others.
 */
function plainWordsOnce(): (q: Quote) => string {
  const plain = new Map<Quote, string>();
  return (q) => {
    let w = plain.get(q);
    if (w === undefined) plain.set(q, (w = plainWords(q.text)));
    return w;
  };
}

/** The words of a quotation in lower case, one space between them, without punctuation at either end. */
function plainWords(quoted: string): string {
  return quoted.replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '').replace(SPACING, ' ').toLowerCase();
}
/**
 * The white space that is not already one space: a run of two or more, or a lone character other than the space.
 * Replacing these rather than every run of `\s+` gives the same words and leaves most quotations as they stand.
 */
const SPACING = /\s{2,}|[^\S ]/g;

/** The nearest direct quotation with a speaker within REACH of quotes[i] that passes `test`, after it first, then before it. */
function nearestSpoken(quotes: readonly Quote[], i: number, test: (k: number) => boolean): Quote | undefined {
  const at = quotes[i].start;
  const holds = (k: number): boolean => quotes[k].kind === 'direct' && quotes[k].speaker !== null && test(k);
  for (let k = i + 1; k < quotes.length && quotes[k].start - at <= REACH; k++) if (holds(k)) return quotes[k];
  for (let k = i - 1; k >= 0 && at - quotes[k].start <= REACH; k--) if (holds(k)) return quotes[k];
  return undefined;
}

/** The paragraph from `from` to `to` of the text is a title line. */
function isTitleLine(text: string, from: number, to: number): boolean {
  // Its length first, without copying it: most quotations stand in paragraphs too long for a title, whose end
  // the pattern would otherwise be searched for from their start.
  const start = trimmedStart(text, from, to);
  const end = trimmedEnd(text, start, to);
  if (end === start || end - start > MAX_TITLE) return false;
  const line = text.slice(start, end);
  return !line.includes('\n') && !SENTENCE_END.test(line);
}

/** The quoted words as a pattern: whole words, any case, any white space between them; null for none or capitals only. */
function wordsOf(quoted: string): RegExp | null {
  const core = quoted.replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '');
  // Words in capitals only (`"PSYCHOLOGICAL WAR"`) are shouted by the page, as a label of its own.
  if (!/\p{Ll}/u.test(core)) return null;
  const body = core
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * The nearest direct quotation with a speaker, after quotes[i] first (a headline comes before its article), then
 * before it (a crosshead may follow the words it repeats), within REACH, that holds the words and passes `keep`.
 */
function nearestHolding(quotes: readonly Quote[], i: number, words: RegExp, keep: (k: number) => boolean): Quote | undefined {
  return nearestSpoken(quotes, i, (k) => keep(k) && holdsUnquoted(quotes, k, words));
}

/**
 * quotes[k] holds the words outside any quotation nested in it: `…talking about 'red lines' and…` marks a term the
 * speaker sets off too, and the headline's `'red lines'` is that term, not the speaker's words.
 */
function holdsUnquoted(quotes: readonly Quote[], k: number, words: RegExp): boolean {
  const outer = quotes[k];
  const m = words.exec(outer.text);
  if (m === null) return false;
  const start = outer.start + m.index;
  const end = start + m[0].length;
  for (let j = k + 1; j < quotes.length && quotes[j].start < outer.end; j++) {
    if (quotes[j].nested && quotes[j].start <= start && end <= quotes[j].end) return false;
  }
  return true;
}

function inSpan(q: Quote, span: Span): boolean {
  return q.start >= span.start && q.end <= span.end;
}
