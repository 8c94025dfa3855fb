// People named next to a reporting verb: `John Smith said`, `said Foreign Minister John Smith`, `Valentine
// Rugwabiza of Rwanda said`. The titles, complements and portfolios around the name are read as rules.ts reads
// them after a title.

import { type Candidate } from './candidates';
import { countryOfDemonym, gazetteer } from './load';
import { type KnownSpans, NO_KNOWN_SPANS, STATES } from './knownspans';
import { continuesRun, DASH, hyphenSyllable, joinsNameWords, middleInitial, nameEnd, NOT_NAME_STARTS } from './names';
import type { NameTrie } from './nametrie';
import {
  addMention,
  afterComplement,
  BODIES_AND_PLACES,
  COMPLEMENT_LINKS,
  countWords,
  OF,
  ORG_HEAD_WORDS,
  PORTFOLIO,
  skipTitles,
  startAfterTitles,
  THE,
  titleEndsAt,
} from './rules';
import { TokenSet } from './tokenset';
import type { EntityType } from './types';
import type { TokenView } from './view';
import { NAME_PARTICLES } from './words';

/** The verbs a name next to them is read around; starters, whose tokens the scan lists (see TokenSet). */
export const REPORTING_VERBS = new TokenSet(new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'noted', 'notes', 'believes', 'declared',
  'announced', 'stated', 'explained', 'emphasized', 'emphasised', 'insisted', 'warned', 'argued', 'asked', 'replied',
  'answered', 'commented', 'remarked', 'continued', 'concluded', 'pointed', 'recalled', 'underlined', 'underscored',
]), true);

/** `John Smith said`, `said John Smith`: two or three capitalised words next to a reporting verb. */
export function reportingPeople(v: TokenView, titles: NameTrie<string>, out: Candidate[], known: KnownSpans = NO_KNOWN_SPANS): void {
  // The verbs are starters: their tokens are listed. The loop, run once per text, only finds them: the names
  // around each are read by a function of its own, which the verbs of any short text make hot, so that a long
  // text has only this small loop to compile (it was compiled three times on the first long text).
  const starters = v.starterIndices();
  for (let at = 0; at < starters.length; at++) {
    const i = starters[at];
    if (REPORTING_VERBS.has(v, i)) namesAroundVerb(v, titles, i, out, known);
  }
}

/** The particles of names as written inside a name in some styles (`Yousef Al Otaiba`, `Marine Le Pen`). */
const CAPITAL_PARTICLES = new TokenSet(new Set([...NAME_PARTICLES].map((w) => w[0].toUpperCase() + w.slice(1))));

/**
 * The most words a name of tokens s..e may have: three, or four with a capitalised particle inside (`Mohamed El
 * Hacen Lebatt`) and no title first (`Prince Faisal Bin Farhan` is three words after a title).
 */
export function nameWordsMax(v: TokenView, titles: NameTrie<string>, s: number, e: number): number {
  if (titles.longestAt(v, s) >= 0) return 3;
  for (let k = s + 1; k < e - 1; k++) if (CAPITAL_PARTICLES.has(v, k)) return 4;
  return 3;
}

/** The names before and after the reporting verb at token i. */
function namesAroundVerb(v: TokenView, titles: NameTrie<string>, i: number, out: Candidate[], known: KnownSpans): void {
  // Name before the verb.
  let s = i - 1;
  // Up to four tokens of capitalised words, hyphens and initials, or seven when particles join them (`Majed bin
  // Mohammed al-Ansari said`).
  let particles = false;
  /** A particle or a middle initial marks the words as a name, which the sentence-start test below leaves whole. */
  let nameMarks = false;
  while (s >= 0 && v.joined(s) && i - s <= (particles ? 7 : 4)) {
    if (v.isCap(s)) s--;
    else if (DASH.has(v, s)) {
      // A hyphen between capitalised words marks a name as well (`Eugene-Richard Gasana said`).
      nameMarks = true;
      s--;
    } else if (middleInitial(v, s)) {
      nameMarks = true;
      s--;
    } else if (s > 0 && joinsNameWords(v, s)) {
      particles = nameMarks = true;
      s--;
    } else if (hyphenSyllable(v, s)) {
      nameMarks = true;
      s--;
    } else break;
  }
  s++;
  while (s < i && NOT_NAME_STARTS.has(v, s)) s++;
  // The end of a title's portfolio, cut by the walk's limit (`Minister for Foreign Affairs K. Shanmugam told`): the
  // title's words, not the name's.
  while (s > 0 && s < i && PORTFOLIO.has(v, s) && (PORTFOLIO.has(v, s - 1) || COMPLEMENT_LINKS.has(v, s - 1))) s++;
  // A capitalised particle inside the words marks them as a name too (`Yousef Al Otaiba said`, `Walid Al-Moualem`).
  for (let k = s + 1; k < i - 1 && !nameMarks; k++) if (CAPITAL_PARTICLES.has(v, k)) nameMarks = true;
  // A place or body the gazetteer knows opens no name before a verb (`ambassador to the US Anatoli Antonov said`,
  // the role in lower case): the name is the two words or more after it.
  const body = s < i ? known.longestEnd(v.start(s), BODIES_AND_PLACES) : -1;
  if (body >= 0) {
    const k = v.tokenFrom(s, body);
    if (k < i && countWords(v, k, i) >= 2) s = k;
  }
  s = startAfterTitles(v, titles, s, i);
  // The walk back stops at the link of a title's complement (`the Minister for Europe Lena Hart said`), or at
  // the article after it (`Ambassador to the US Anatoly Antonov said`).
  // Not a second title right after the first (`Foreign Minister Prince Faisal bin Farhan said`): the name stays after it.
  const link = s > 1 && THE.has(v, s - 1) ? s - 2 : s - 1;
  if (link >= 0 && s < i && titleEndsAt(v, titles, link) && titles.longestAt(v, link) !== s) s = skipTitles(v, titles, Math.min(i, afterComplement(v, link, known)), i);
  // At a sentence start, three capitalised words are more likely a word and a two-word name; the word may
  // have been a qualifier before a title (`Moldovan President Maia Sandu said`).
  if (i - s >= 3 && !nameMarks && v.sentenceStart(s)) s = skipTitles(v, titles, s + 1, i);
  // Not the name of what someone heads (`the head of the Chisinau Executive said`): no person's name follows `of the`.
  const ofThe = s > 1 && THE.has(v, s - 1) && OF.has(v, s - 2) && v.joined(s - 2) && v.joined(s - 1);
  if (s < i && !ofThe && nameEnd(v, s, nameWordsMax(v, titles, s, i)) === i && !endsInTitle(v, titles, s, i)) addReportingPerson(v, s, i, out, known);
  if (s > 2 && s < i && OF.has(v, s - 1)) nameOfCountry(v, s, i, out, known);
  // Name after the verb.
  if (i + 1 < v.count && v.joined(i)) {
    let from = skipTitles(v, titles, i + 1, Math.min(v.count, i + 6));
    // A qualifier before the titles (`said German Foreign Minister Frank-Walter Steinmeier`, `said U.S.
    // Secretary of State John Kerry`): the name comes after them, and the qualifier with a title is no name.
    if (from === i + 1 && v.isCap(from)) {
      const after = skipTitles(v, titles, from + 1, Math.min(v.count, i + 8));
      if (after > from + 1) from = after;
      // A body's name before the title (`said Foreign Office Spokesperson Shafqat Ali Khan`).
      else from = afterBodyAndTitle(v, titles, from);
    }
    addReportingPerson(v, from, nameEnd(v, from, 3), out, known);
  }
}

/**
 * The token after a body's name and the titles after it, from token `from`: capitalised words that end in an
 * organisation's head (`Foreign Office`, `Foreign Ministry`). `from` when no title follows. (Not from the known
 * spans, which only spare candidates that could not win: see KnownSpans.)
 */
function afterBodyAndTitle(v: TokenView, titles: NameTrie<string>, from: number): number {
  let k = -1;
  for (let j = from; k < 0 && j < from + 4 && j < v.count && v.isCap(j); j++) if (ORG_HEAD_WORDS.has(v, j)) k = j + 1;
  if (k < 0 || k >= v.count || !v.joined(k - 1)) return from;
  const after = skipTitles(v, titles, k, Math.min(v.count, k + 6));
  return after > k ? after : from;
}

/**
 * `Valentine Rugwabiza of Rwanda said` (UN meetings coverage): the country s..i before the verb, known to the
 * gazetteer, and `of` after a name of two or three capitalised words.
 */
function nameOfCountry(v: TokenView, s: number, i: number, out: Candidate[], known: KnownSpans): void {
  if (known.longestEnd(v.start(s), STATES) !== v.end(i - 1) || !v.joined(s - 1) || !v.joined(s - 2)) return;
  let n = s - 1;
  while (s - 1 - n < 3 && continuesRun(v, n)) n--;
  if (n < s - 1 && nameEnd(v, n, 3) === s - 1) addReportingPerson(v, n, s - 1, out, known);
}

/** A title ends the words s..i (`Qatari PM says`, `the Turkish Foreign Minister said`): they name no one. */
function endsInTitle(v: TokenView, titles: NameTrie<string>, s: number, i: number): boolean {
  for (let k = s + 1; k < i; k++) if (titles.longestAt(v, k) === i) return true;
  return false;
}

/**
 * The name s..e next to a reporting verb, when it has two capitalised words or more. One place for both sides:
 * a short text may well have names before the verb only, and code it never ran deoptimises the rule on a long one.
 */
function addReportingPerson(v: TokenView, s: number, e: number, out: Candidate[], known: KnownSpans): void {
  // Not a body (`Huang told Sin Chew Daily`, `The U.S. Drug Enforcement Administration believes`) or a broadcaster
  // (`told Radio Tamazuj`, `told Turkish TRT Haber`), nor a person and a place (`Putin tells Macron Russia is …`).
  if (countWords(v, s, e) < 2 || ORG_HEAD_WORDS.has(v, e - 1) || ADMINISTRATION.has(v, e - 1) || BROADCASTERS.has(v, s)) return;
  if (!holdsKnownBody(v, s, e) && !personThenPlace(v, s, e)) addMention(v, s, e, 'PERSON', 10, out, known);
}

/** `Administration` closing a body's name (`Drug Enforcement Administration`); not among ORG_HEADS, which would make `Trump Administration` a body. */
const ADMINISTRATION = new TokenSet(new Set(['Administration']));

/**
 * The words s..e are a person the gazetteer knows, by name or surname, and a place it knows as the last word
 * (`Macron Russia` of `Putin tells Macron Russia is ready`): two names, not one. Asked of the gazetteer, as holdsKnownBody.
 */
function personThenPlace(v: TokenView, s: number, e: number): boolean {
  const g = gazetteer();
  if (knownNameEnd(v, e - 1) !== e || foundType() !== 'GPE') return false;
  if (e - 1 === s + 1 && g.peopleBySurname(v, s) !== undefined) return true;
  return knownNameEnd(v, s) === e - 1 && foundType() === 'PERSON';
}
/** The end of the longest name the gazetteer knows at token i, or -1; foundType then tells its type. */
const knownNameEnd = (v: TokenView, i: number): number => gazetteer().names.longestAt(v, i);
const foundType = (): EntityType | undefined => gazetteer().names.foundChoice?.type;

/**
 * The words s..e open with a nationality the gazetteer knows, or hold an abbreviation in capitals it knows as an
 * organisation (`Turkish TRT Haber`): a body's name, no one's. Asked of the gazetteer itself, not of the known
 * spans, which only spare candidates that could not win (see KnownSpans): the rule must decide the same without them.
 */
function holdsKnownBody(v: TokenView, s: number, e: number): boolean {
  if (countryOfDemonym(v.str(s)) !== null) return true;
  const { names } = gazetteer();
  for (let k = s; k < e; k++) if (v.isAllCaps(k) && v.length(k) >= 2 && names.longestAt(v, k) === k + 1 && names.foundChoice?.type === 'ORG') return true;
  return false;
}

/** First words of a broadcaster's name (`Radio Tamazuj`, `Television Suisse`, `Voice of America`). */
const BROADCASTERS = new TokenSet(new Set(['Radio', 'Television', 'TV', 'Voice']));
