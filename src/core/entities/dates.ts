// Dates as entities: full dates, months and weekdays, years, and relative dates (`next year`, `end of 2014`).

import { DURATION_COUNT_WORDS, DURATION_MODIFIERS, MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import { type Candidate, candidate } from './candidates';
import { findDateStarts, findDateStartsInTokens } from './datestarts';
import type { Entity } from './types';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';
import { withCapitals } from './words';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const LONG_MONTH = `(?:${MONTH_NAMES.join('|')})`;
const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const NUM_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'a few', 'few', 'many'];
const NUM_WORD = `(?:\\d+|${NUM_WORDS.join('|')})`;
const UNIT = '(?:days?|weeks?|months?|years?|decades?|centuries|century)';
/** What counts a duration's units: a number, in figures or words, or a vague count; capitalised as a sentence opens. */
const DURATION_COUNT = `(?:\\d+|${[...withCapitals(DURATION_COUNT_WORDS)].join('|')})`;
/** Words that qualify a duration's count: `more than`, `nearly`, `at least`. */
const DURATION_MODIFIER = `(?:(?:${[...withCapitals(DURATION_MODIFIERS)].join('|')}) )?`;
const SEASON = '(?:spring|summer|autumn|fall|winter)';
/** Periods that words may qualify (`next two years`); a season may not (`this kind fall under`: the verb). */
const PERIOD = '(?:week|weekend|month|year|decade|century|quarter|session)';
/** Relative words; the commonest open a sentence too (`This month, …`, `Last summer`). */
const REL = '(?:[Nn]ext|[Ll]ast|[Tt]his|[Cc]oming|previous|past|following|current|outgoing)';
const PARTS = ['beginning', 'start', 'middle', 'end', 'close', 'turn', 'first half', 'second half', 'early part', 'latter part', 'first week', 'second week', 'third week', 'last week'];
const PART = `(?:${PARTS.join('|')})`;
/** Up to two words qualifying a period (`next two years`), not a verb or an article (`this is a year`). */
const ADJ = '(?:(?!(?:is|was|are|were|has|had|will|would|be|a|an|the) )[a-z]+ ){0,2}';

const PATTERNS: string[] = [
  // 14-15 December · 09 to 11 August 2022 · December 14-15 · November 9 and 10 (before the single days, which would
  // take `December 14`). Not a range across two months (`11 June to 11 September`), two dates to the blind gold.
  `\\d{1,2}(?:[-–]| to | and )\\d{1,2} ${MONTH}(?:,? ${YEAR})?`,
  `${MONTH} \\d{1,2}(?:[-–]| to | and )\\d{1,2}(?:,? ${YEAR})?`,
  // December last year · January next year
  `${LONG_MONTH} (?:last|next|this) year`,
  // 26 Dec 2011 · 14 March 2012 · March 14, 2012 · March 14 · 14 March · March 2012 · mid-2012
  `\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? ${YEAR}`,
  `${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? ${YEAR}`,
  `${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?![\\d:])`,
  `\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?! \\d)`,
  `(?:(?:early|mid|late)[- ])?${LONG_MONTH},? ${YEAR}`,
  `${WEEKDAY},? ${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? ${YEAR})?`,
  `${WEEKDAY},? \\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?:,? ${YEAR})?`,
  // end of 2014 · the beginning of next year · early 2012 · the 1990s · 2011-2012
  `${PART} of (?:${YEAR}|${LONG_MONTH}(?: ${YEAR})?|(?:the|this|next|last) (?:year|month|week|decade))`,
  `(?:early|mid|late)[- ](?:${YEAR}|${LONG_MONTH})`,
  `${YEAR}s`,
  // 2014-07-31 · 2013-4-13 · 31.07.2014 (as European ministries date their releases) · 31/07/2014: before the
  // year ranges, which would take `2014-07`
  `${YEAR}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\\d|3[01])`,
  `(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.${YEAR}`,
  `(?:0?[1-9]|[12]\\d|3[01])/(?:0?[1-9]|[12]\\d|3[01])/${YEAR}`,
  `${YEAR}(?:-|–|/)(?:${YEAR}|\\d\\d)(?!\\d)`,
  // next year · the outgoing foreign political year · three years ago · recent years · the near future
  // the next two years · later this month · earlier this year · This month, … · Last summer · next August 6
  `${REL} ${NUM_WORD} ${UNIT}`,
  `(?:[Ll]ater |[Ee]arlier )?${REL} (?:${ADJ}${PERIOD}|${SEASON})`,
  `${REL} (?:${WEEKDAY}|${LONG_MONTH}(?: \\d{1,2}(?:st|nd|rd|th)?(?![\\d:]))?)`,
  `${DURATION_MODIFIER}${NUM_WORD} ${UNIT} (?:ago|earlier|later)`,
  // Durations, as OntoNotes counts them: six months · more than 20 years · two to three days · a few weeks ·
  // a two-day visit · the decade-long war (`a year`, `one day` are left alone: `once a year`, `one day they will`)
  `${DURATION_MODIFIER}${DURATION_COUNT}(?:(?: to |[-–])${DURATION_COUNT})? ${UNIT}`,
  `${DURATION_COUNT}-(?:day|week|month|year|decade)(?:-long)?`,
  // earlier in the week · later in the day
  `(?:[Ee]arlier|[Ll]ater) in the (?:day|week|month|year)`,
  `(?:recent|coming) (?:days|weeks|months|years|decades)`,
  `near(?:est)? future`,
  // `today's visit` as `today’s visit`; not before a straight mark that is no possessive.
  `(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)(?! ?'(?!s(?![\\p{L}\\p{N}])))`,
  // over the weekend · by the summer (the season as a time, not `the spring of a river`: only these words after `the`)
  `(?<=\\bthe )(?:weekend|summer|winter|spring|autumn)(?: of ${YEAR})?`,
  `${WEEKDAY}(?:s)?`,
  // Holidays, as OntoNotes dates them (`at Christmas`, `before Easter`, `during Ramadan`): not a place named after
  // one (`Christmas Island`), and `Ramadan` only after a word that makes it a time (a family name otherwise).
  `(?:Christmas|Easter|Thanksgiving|Nowruz|Hanukkah|Diwali)(?: (?:Day|Eve))?(?! Island)`,
  `(?<=(?:[Dd]uring|in|of|before|after|until|since|for|the|[Hh]oly month of) )Ramadan`,
  `Eid(?: al-(?:Fitr|Adha))?(?=[ ,.;:])`,
];

// Each pattern is tried only where a match can start (see datestarts.ts), with the sticky flag: the same matches
// as scanning the whole text with the `g` flag, at a fraction of the cost, because a lookbehind at every
// position of a long text is what made the scan slow.
const DATE_RE = new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${PATTERNS.join('|')})(?![\\p{L}\\p{N}])`, 'uy');

/** A capitalised month name standing alone is a date only after a word that introduces one (`in November`, `In April,`, `scheduled for December`). */
const BARE_MONTH = new RegExp(
  `(?<=\\b(?:[Ii]n|on|[Ss]ince|[Uu]ntil|till|[Bb]y|for|[Ff]rom|to|of|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|last|next|this|early|late|mid-|between|and|or) )${LONG_MONTH}(?![\\p{L}\\p{N}])`,
  'uy',
);

/** A number followed by what it counts (`2000 troops`) is not a year. */
const NOT_COUNT = '(?!\\s+(?:[a-z]+s|people|men|women|personnel|staff|km|kilometres|kilometers|miles|tons|tonnes|dollars|euros|roubles|rubles)\\b)';

/**
 * A bare year, told apart from a count (`2000 troops`) by the word before it (a possessive too: `the two
 * countries’ 2015 agreement`, `the Forum’s 2021 split`) or the punctuation after it.
 */
const BARE_YEAR = new RegExp(
  `(?:(?<=\\b(?:in|In|since|Since|until|till|by|By|of|from|From|to|for|before|after|during|between|and|or|early|late|mid|year|years|the|of|since|until|around|about|circa|c\\.|spring|summer|autumn|fall|winter) )|(?<=\\p{L}['’]s? )|^)${YEAR}(?![\\p{L}\\p{N}\\-])${NOT_COUNT}|(?<![\\p{L}\\p{N}$€£#.,\\-])${YEAR}(?=[,.;:)!?\\]]|$| -)`,
  'muy',
);

/** Runs a sticky pattern at each candidate start, left to right, skipping starts inside the previous match. */
function matchAt(re: RegExp, body: string, starts: readonly number[], from: number, out: Entity[]): void {
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    re.lastIndex = at;
    const m = re.exec(body);
    if (m === null) continue;
    next = at + m[0].length;
    const start = from + at;
    out.push({ start, end: start + m[0].length, text: m[0], type: 'DATE', canonical: m[0], source: 'date' });
  }
}

export function findDates(text: string, from = 0, to = text.length): Entity[] {
  const out: Entity[] = [];
  const body = text.slice(from, to);
  const starts = findDateStarts(body);
  matchAt(DATE_RE, body, starts.dates, from, out);
  matchAt(BARE_MONTH, body, starts.months, from, out);
  matchAt(BARE_YEAR, body, starts.years, from, out);
  return out;
}

/** The dates of the text of `v` as candidates of priority 15: the same as `findDates(v.text)`, started from the tokens. */
export function dateCandidates(v: TokenView, out: Candidate[]): void {
  const starts = findDateStartsInTokens(v, mayStartDateAt);
  candidatesAt(DATE_RE, v.text, starts.dates, out, mayStartDate);
  candidatesAt(BARE_MONTH, v.text, starts.months, out);
  candidatesAt(BARE_YEAR, v.text, starts.years, out);
}

/**
 * False where DATE_RE cannot match, told cheaply, for the commonest start: the word `a` (a start there is the
 * whole word). Of the patterns only `${NUM_WORD} ${UNIT} ago` and `a few weeks` start with the word `a`, so a space
 * and the first letter of a unit or of `few` must follow. The other starts with a lower-case `a` are the modifiers
 * of a duration (`about`, `around`, `almost`, `another`, `at least`).
 */
function mayStartDate(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 97 /* a */) return true;
  if (text.charCodeAt(at + 1) !== 32) return A_MODIFIER.test(text.slice(at, at + 9));
  const c = text.charCodeAt(at + 2);
  return c === 100 /* d */ || c === 119 /* w */ || c === 109 /* m */ || c === 121 /* y */ || c === 99 /* c */ || c === 102 /* f */;
}

/** The first word of each form (`more` of `more than`), and the second of those with more than one. */
const firstWords = (forms: Iterable<string>): string[] => [...forms].map((f) => f.split(' ')[0]);
const secondWords = (forms: Iterable<string>): string[] => [...forms].flatMap((f) => f.split(' ').slice(1, 2));

/**
 * Words that start a date only as a duration's modifier (`about`, `more than`, `At least`) or as the part of a
 * period (`end of`, `first half of`): no other pattern starts with them (`early` and `last` do: `early 2012`, `last
 * year`). In a match the token after such a word is known, and it is seldom there (`about missile defence`, `At the
 * same time`, `end violence`).
 */
const MODIFIER_HEADS = new TokenSet(new Set(firstWords(withCapitals(DURATION_MODIFIERS))));
/** After a modifier's first word: the rest of the modifier, or the count (digits, or a word of NUM_WORD or DURATION_COUNT). */
const AFTER_MODIFIER_HEADS = new TokenSet(new Set([...secondWords(DURATION_MODIFIERS), ...firstWords(NUM_WORDS), ...firstWords(withCapitals(DURATION_COUNT_WORDS))]));
const PART_HEADS = new TokenSet(new Set(firstWords(PARTS).filter((w) => w !== 'early' && w !== 'last')));
/** After a part's first word: the rest of the part, or `of`. */
const AFTER_PART_HEADS = new TokenSet(new Set(['of', ...secondWords(PARTS)]));

/**
 * False where DATE_RE cannot match at token `i`, a word of ASCII letters, told by the token after it: for the first
 * words of modifiers and parts above.
 */
export function mayStartDateAt(v: TokenView, i: number): boolean {
  if (MODIFIER_HEADS.has(v, i)) return v.isDigit(i + 1) || AFTER_MODIFIER_HEADS.has(v, i + 1);
  if (PART_HEADS.has(v, i)) return AFTER_PART_HEADS.has(v, i + 1);
  return true;
}

const A_MODIFIER = new RegExp(`^(?:${DURATION_MODIFIERS.filter((m) => m.startsWith('a')).join('|')}) `);

/** As matchAt over the whole text, making candidates; `may` passes over starts where `re` cannot match. */
function candidatesAt(re: RegExp, text: string, starts: readonly number[], out: Candidate[], may?: (text: string, at: number) => boolean): void {
  let next = 0;
  for (const at of starts) {
    if (at < next || (may && !may(text, at))) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    const s = m[0];
    next = at + s.length;
    out.push(candidate(at, at + s.length, 'DATE', s, 'date', 15));
  }
}
