// Names of institutions, laws and meetings found by their head word (`Presidential Commission`, `Jackson-Vanik
// amendment`, `Resolution 1973`, `Strategic Dialogue`): a run of capitalised words that a head word closes or
// opens with an `of …` tail.

import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import type { Candidate } from './candidates';
import { type KnownSpans, NATIONALITIES, NO_KNOWN_SPANS } from './knownspans';
import type { NameTrie } from './nametrie';
import { addMention, AND, EVENT_HEAD_WORDS, ORG_HEAD_WORDS, THE } from './rules';
import { titleCaseLine, writtenOutside } from './titlecase';
import { TokenSet } from './tokenset';
import type { EntityType } from './types';
import type { TokenView } from './view';
import { APOSTROPHE, DASH, NOT_NAME_STARTS } from './names';
import { opensGivenName } from './name-shapes';
import { EVENT_HEADS, LAW_HEADS, ORG_HEADS } from './words';

const RESOLUTION = new TokenSet(new Set(['Resolution']));
const AMENDMENT = new TokenSet(new Set(['amendment']));
/** `War` heads a war's name (`the Liberation War`) unless a body's head comes before it (`Ministry of War`). */
const WAR = new TokenSet(new Set(['War']));
/** Every head word of either kind: most tokens of a run are none, told by one lookup. */
const HEAD_WORDS = new TokenSet(new Set([...ORG_HEADS, ...LAW_HEADS, ...EVENT_HEADS, 'amendment']));
const CONNECTORS = new TokenSet(new Set(['of', 'for', 'on', 'and']));
/** The connectors a body's name goes on through with `the` after them. */
const OF_FOR = new TokenSet(new Set(['of', 'for']));

/** Words a connector never joins to a name: `the Security Council on Thursday`, `the Ministry on June 3`. */
const DATE_WORDS = new TokenSet(new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]));

/** The end (exclusive) of a run of capitalised words, hyphens, connectors before a capital, `Resolution N`. */
function capitalRun(v: TokenView, i: number): number {
  let j = i;
  while (j < v.count) {
    // Cheap tests first: most runs end at a lower-case word, whose string is never needed, nor (unless it
    // touches the run or a capital follows) its vocabulary id.
    const ok =
      v.isCap(j) ||
      (j > i && v.touching(j - 1) && v.touching(j) && v.isCap(j + 1) && DASH.has(v, j)) ||
      (j > i && v.isDigit(j) && RESOLUTION.has(v, j - 1) && /^\d+$/.test(v.str(j))) ||
      (j > i + 1 && DASH.has(v, j - 2) && AMENDMENT.has(v, j)) ||
      (j > i && v.isCap(j + 1) && CONNECTORS.has(v, j) && v.joined(j) && !DATE_WORDS.has(v, j + 1)) ||
      // `Office of the Prime Minister`, `Ministry of Foreign Affairs of the Kyrgyz Republic`: `the` after a
      // connector, in a body's name (not `Chairperson of the …`, `Session of the …`, `New York for the …`).
      (j > i && THE.has(v, j + 1) && v.isCap(j + 2) && OF_FOR.has(v, j) && v.joined(j) && v.joined(j + 1) && orgHeadIn(v, i, j)) ||
      (j > i + 1 && THE.has(v, j) && v.isCap(j + 1) && OF_FOR.has(v, j - 1) && v.joined(j)) ||
      (j > i && v.touching(j - 1) && APOSTROPHE.has(v, j) && v.joined(j) && !v.touching(j) && v.isCap(j + 1) && endsInS(v, j - 1));
    if (!ok) break;
    j++;
    if (j < v.count && !v.joined(j - 1)) break;
  }
  return j;
}

/** Nouns that the capitalised words before them modify (`the South American country`, `the Nepalese government`). */
const MODIFIED_NOUNS = new TokenSet(new Set(['country', 'government', 'side', 'region', 'nation', 'state', 'people', 'authorities', 'delegation', 'leadership', 'administration', 'capital']));

/**
 * The end of a body's name whose last token is `end`, without an `of the …` tail whose words modify the noun
 * right after the run (see MODIFIED_NOUNS): the last `of the` before it goes, with what follows.
 */
function beforeModifyingTail(v: TokenView, head: number, end: number, runEnd: number): number {
  if (end !== runEnd - 1 || !v.joined(end) || !MODIFIED_NOUNS.has(v, end + 1)) return end;
  for (let k = end; k > head + 2; k--) if (THE.has(v, k - 1) && OF_FOR.has(v, k - 2)) return k - 3;
  return end;
}

/** An organisation's head word stands among tokens i..j-1 (`Office`, `Ministry`, `Committee`). */
function orgHeadIn(v: TokenView, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (ORG_HEAD_WORDS.has(v, k)) return true;
  return false;
}

/**
 * The last token of an `of …` tail from `from` to the end of the run: the tail stops before a person the
 * gazetteer knows, a title, or a person the rules found who ends the run, and the connector before them (`Ministry
 * of External Affairs Randhir Jaiswal`, `… Affairs Spokesperson Ram Kumar`, `Ministry of Foreign Affairs Pham Thu
 * Hang`).
 */
function ofTailEnd(v: TokenView, from: number, runEnd: number, known: KnownSpans, titles: NameTrie<string> | null, people: PeopleFound): number {
  for (let k = from + 1; k < runEnd; k++) {
    // A title after `of the` names the office the body serves (`Office of the Prime Minister`), no one in it.
    const office = THE.has(v, k - 1) && titles !== null ? titles.longestAt(v, k) : -1;
    if (office > k) {
      k = office - 1;
      continue;
    }
    if (known.longestEnd(v.start(k), PEOPLE) >= 0 || (titles !== null && titles.longestAt(v, k) > k) || (k > from + 1 && people.endsRun(v, k, runEnd))) {
      // Not with the `and` or `of` before them: `Authority of Heads of States and President of …`.
      let end = k - 1;
      while (end > from && CONNECTORS.has(v, end)) end--;
      return end;
    }
  }
  return runEnd - 1;
}

const PEOPLE: ReadonlySet<EntityType> = new Set(['PERSON']);

/**
 * The people the rules found before the bodies' names, by the offset they start at; built when first asked, since
 * few runs of capitals have an `of …` tail long enough to hold one.
 */
class PeopleFound {
  private ends: Map<number, number> | null = null;
  constructor(private readonly found: readonly Candidate[]) {}

  /**
   * A person the rules found by a given name starts at token k and ends where the run of capitals does (`… Affairs
   * Pham Thu Hang`). Not any person of the rules: a weak guess inside a body's name would cut it (`Ministry of
   * Foreign and European Affairs`).
   */
  endsRun(v: TokenView, k: number, runEnd: number): boolean {
    if (!opensGivenName(v, k)) return false;
    if (this.ends === null) {
      this.ends = new Map();
      for (const c of this.found) if (c.type === 'PERSON' && c.source === 'rule') this.ends.set(c.start, Math.max(c.end, this.ends.get(c.start) ?? -1));
    }
    return this.ends.get(v.start(k)) === v.end(runEnd - 1);
  }
}
const PRESS = new TokenSet(new Set(['Press', 'News']));
const CONFERENCE = new TokenSet(new Set(['Conference']));

/** `Regular Press Conference`, `News Conference`: a kind of meeting in a headline's capitals, not a body. */
function pressConference(v: TokenView, head: number): boolean {
  return CONFERENCE.has(v, head) && PRESS.has(v, head - 1);
}

function headType(v: TokenView, k: number): 'ORG' | 'LAW' | 'EVENT' | null {
  if (!HEAD_WORDS.has(v, k)) return v.isDigit(k) && RESOLUTION.has(v, k - 1) && /^\d+$/.test(v.str(k)) ? 'LAW' : null;
  // A head word hyphened to a capital or a number is a prefix (`Post-COVID-19 World`), no head.
  if (v.touching(k) && DASH.has(v, k + 1) && v.touching(k + 1) && (v.isCap(k + 2) || v.isDigit(k + 2))) return null;
  return ORG_HEAD_WORDS.has(v, k) ? 'ORG' : EVENT_HEAD_WORDS.has(v, k) ? 'EVENT' : 'LAW';
}

/**
 * The end of the name in the run i..runEnd: at an `and` right after a head word, which joins two names (`the East
 * Asia Summit Foreign Ministers' Meeting and ASEAN Regional Forum`), or right after a name the gazetteer knows
 * (`the United States and European Union`), else the run's end.
 */
function headBeforeAnd(v: TokenView, i: number, runEnd: number, known: KnownSpans): number {
  for (let k = i + 1; k < runEnd; k++) if (AND.has(v, k) && (HEAD_WORDS.has(v, k - 1) || knownEndsAt(v, i, k, known))) return k;
  return runEnd;
}

/** A person, state or organisation the gazetteer knows starts within tokens i..k-1 and ends with token k - 1. */
function knownEndsAt(v: TokenView, i: number, k: number, known: KnownSpans): boolean {
  for (let s = i; s < k; s++) if (known.longestEnd(v.start(s), ANY_TYPE) === v.end(k - 1)) return true;
  return false;
}
/**
 * A person, a state or an organisation: not the regions and adjectives that `and` joins inside a name (`Bureau of
 * East Asian and Pacific Affairs`, `Community of Latin America and Caribbean States`).
 */
const ANY_TYPE: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE']);

/**
 * The words s..e stand in a title-case line that is no sentence, and nowhere else in the text: a meeting's head
 * word there may close a run of the headline's verbs and nouns (`Brazilian Foreign Minister Supports Dialogue`).
 */
function headlineOnly(v: TokenView, s: number, e: number): boolean {
  const line = titleCaseLine(v, s);
  return line !== null && !writtenOutside(v.text, v.text.slice(v.start(s), v.end(e - 1)), line);
}

/**
 * Token k opens a person's name, so heads no law: a person the gazetteer knows (`President Bill Clinton`), or `Bill`
 * before a capitalised word (`President Bill Nelson`).
 */
function opensPerson(v: TokenView, k: number, known: KnownSpans): boolean {
  return known.longestEnd(v.start(k), PEOPLE) > v.end(k) || (BILL.has(v, k) && v.joined(k) && v.isCap(k + 1));
}
const BILL = new TokenSet(new Set(['Bill']));

/** Token k ends in a lower-case `s` (`Ministers`). */
function endsInS(v: TokenView, k: number): boolean {
  return v.text.charCodeAt(v.end(k) - 1) === 0x73;
}

/** `Heads of State and Government`, `Heads of Government`: the people at a summit, no body. */
function headsOfState(v: TokenView, i: number): boolean {
  return HEADS.has(v, i) && OF.has(v, i + 1) && STATE_OR_GOVERNMENT.has(v, i + 2);
}
const HEADS = new TokenSet(new Set(['Heads', 'Head']));
const OF = new TokenSet(new Set(['of']));
const STATE_OR_GOVERNMENT = new TokenSet(new Set(['State', 'States', 'Government', 'Governments']));

/**
 * Institutions and laws named by their head word: capitalised words ending in `Ministry`, `Commission`,
 * `Treaty`, `Act`, `Resolution 1973`, or `amendment` after a hyphenated name; an `of …` tail stays with the head
 * (`Ministry of Foreign Affairs`, `IAEA Board of Governors`).
 */
export function headedNames(v: TokenView, out: Candidate[], known: KnownSpans = NO_KNOWN_SPANS, titles: NameTrie<string> | null = null): void {
  // Over the capitalised tokens only, from `next` on.
  let next = 0;
  const people = new PeopleFound(out);
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    if (i < next || NOT_NAME_STARTS.has(v, i)) continue;
    const runEnd = headBeforeAnd(v, i, capitalRun(v, i), known);
    // A title longer than the run takes in the capitalised words after it: they are the title's, no body's
    // (`High Representative of the Union for Foreign Affairs and Security Policy`).
    const title = titles === null ? -1 : titles.longestAt(v, i);
    if (title > runEnd) {
      next = title;
      continue;
    }
    let head = -1;
    let type: 'ORG' | 'LAW' | 'EVENT' | null = null;
    for (let k = i; k < runEnd; k++) {
      const t = headType(v, k);
      if (t && !(head >= 0 && WAR.has(v, k)) && !opensPerson(v, k, known)) [head, type] = [k, t];
    }
    // The head word is a word of a title that opens the run (`Prime Cabinet Secretary Musalia Mudavadi`): no body.
    if (head >= 0 && title > head) {
      next = title;
      continue;
    }
    // A body may open with its head (`Ministry of Foreign Affairs`); a meeting's name never does (`Talks of Rwanda`).
    const headLed = type !== 'EVENT' && CONNECTORS.has(v, head + 1) && head + 2 < runEnd;
    const ofLed = head === i && headLed;
    if (type === null || (head === i && !ofLed) || pressConference(v, head) || headsOfState(v, i)) {
      next = runEnd;
      continue;
    }
    // Keep an `of …` tail after the head, up to the end of the run.
    let end = head;
    if (end + 2 < runEnd && CONNECTORS.has(v, end + 1) && !AND.has(v, end + 1)) {
      end = ofTailEnd(v, head + 2, runEnd, known, titles, people);
      // A name ends in no demonym after its `and`: `the Ministry of Foreign Affairs and Vietnamese authorities`.
      while (end > head + 2 && CONNECTORS.has(v, end - 1) && known.longestEnd(v.start(end), NATIONALITIES) === v.end(end)) end -= 2;
      // Nor in words after `of the` that modify a noun after the run (`the Council of Ministers of the Nepalese
      // government`, `the foreign Ministry of the South American country`).
      end = beforeModifyingTail(v, head, end, runEnd);
    }
    // A person's title and its `of` open the run but name no part of the body (`Executive Director of Security
    // Council Report`, `Director of the Centre for Policy Research`).
    let start = i;
    for (let k = i; titles !== null && k < head - 1; k++) {
      const title = titles.longestAt(v, k);
      if (title > k && title < head - 1 && CONNECTORS.has(v, title) && !AND.has(v, title)) {
        start = THE.has(v, title + 1) ? title + 2 : title + 1;
        break;
      }
    }
    // A headline in title case runs its verbs and function words into the body's name (`Members Warn That
    // Persistent Deadlock Threatens Security Council`): the name starts after the last of them.
    for (let k = start + 1; k < head; k++) if (NOT_NAME_STARTS.has(v, k)) start = k + 1;
    // Nor does a name start with the small word after them (`Calls for Peaceful Post-COVID-19 World`).
    while (start < head && !v.isCap(start)) start++;
    // A meeting's name holds no one the gazetteer knows (`Biden, Xi Hold Summit`): it starts after them.
    if (type === 'EVENT') for (let k = start; k < head; k++) if (known.longestEnd(v.start(k), PEOPLE) >= 0) start = k + 1;
    // A meeting's head word closes its name, or an `of …` tail does: `Asean Dialogue Partners` names no dialogue.
    const event = type === 'EVENT';
    const closed = !event || end + 1 >= runEnd || end > head;
    if ((start < head || (start === head && headLed && end > head)) && closed && !(event && headlineOnly(v, start, end + 1))) addMention(v, start, end + 1, type, 20, out, known);
    next = end + 1;
  }
}
