// One name per person: a surname alone takes the canonical name of the full name used in the same text, and
// surnames of people the gazetteer does not know are found again wherever they stand alone.

import { LETTER, UPPER, WORD_CHAR, charClass, isWordCode } from '../text/chars';
import { type Candidate, candidate, mergeByStart } from './candidates';
import { familyNameFirst, givenNameOf, lastTwoWords, middleWordOf, otherSurnameForm, paternalSurname, surnameOf } from './name-forms';
import { capsSpelling } from './shapes';
import { endBeforeSuffix } from './suffixes';
import type { TokenView } from './view';

/** Surnames that are also ordinary capitalised words: a person only where the full name is in the same text. */
export const WORD_SURNAMES: ReadonlySet<string> = new Set([
  'May', 'Major', 'Power', 'Rice', 'Price', 'Brown', 'Gates', 'Austin', 'Charles', 'Khan', 'Singh', 'Sharon', 'King',
  'Young', 'Long', 'Hill', 'Bush', 'Paul', 'Rose', 'Wolf', 'Fox', 'Bolton', 'Best', 'Love', 'Green', 'White', 'Black',
  'Little', 'Small', 'Stone', 'Fields', 'Church', 'Hope', 'Victoria', 'Grant', 'Mark', 'Wang', 'Li', 'Kim', 'Lee',
  'Bishop', 'Payne', 'Wong', 'Ashkenazi', 'Jonathan', 'Wade', 'Talon', 'Barrow', 'Bio', 'Lasso', 'Abbott', 'Kenny',
  'Robinson', 'Ping', 'Meta', 'Said',
  // Given names as often as surnames (`Sheikh Mohammed` is Qatar's prime minister, not Amina Mohammed).
  'Mohammed', 'Muhammad', 'Mohammad', 'Mohamed', 'Ahmed', 'Ahmad', 'Ali', 'Hassan', 'Hussein', 'Abdullah', 'Omar',
  'Salman', 'Khalid', 'Faisal',
]);

/**
 * Each step apart, so that a step a short text never reaches (the last one, for a text without people found by
 * rule) deoptimises only itself on a long text; the loop over all the tokens is in capsSpelling.
 */
export function propagateNames(v: TokenView, selected: Candidate[]): Candidate[] {
  const fullNames = fullNamesBySurname(v, selected);
  const out = withFullNames(v, selected, fullNames);
  return withRuleSurnamesAlone(v, out, fullNames);
}

/** The names a full name is also called by (see fullNamesBySurname), each null when it has none. */
interface NameForms {
  surname: string;
  given: string | null;
  otherSurname: string | null;
  familyFirst: string | null;
  paternal: string | null;
  lastTwo: string | null;
  middle: string | null;
}

/** The mentions of people by their full name (two words or more), by surname: the first of each. */
function fullNamesBySurname(v: TokenView, selected: readonly Candidate[]): Map<string, Candidate> {
  const fullNames = new Map<string, Candidate>();
  // The forms of each name by its text, worked out once: a text names the same few people again and again, and
  // each form costs a replace or a copy.
  const formsOf = new Map<string, NameForms | null>();
  for (let k = 0; k < selected.length; k++) {
    const c = selected[k];
    if (c.type !== 'PERSON' || c.source === 'alias') continue;
    const end = endBeforeSuffix(v.text, c.start, c.end);
    const name = v.text.slice(c.start, end);
    let forms = formsOf.get(name);
    if (forms === undefined) formsOf.set(name, (forms = nameForms(v.text, c.start, end)));
    if (forms === null) continue;
    keepFirst(fullNames, forms.surname, c);
    // An Arabic name with `bin` or `al-` is shortened to its given name (`Sheikh Mohammed`, `Prince Faisal`).
    keepFirst(fullNames, forms.given, c);
    // `Walid Al-Moualem` is also `Moualem`, `Yousef Al Otaiba` also `Mr Al Otaiba`.
    keepFirst(fullNames, forms.otherSurname, c);
    // `Hong Yong-pyo` is also `Hong`, `Liu Weimin` also `Liu`: Korean and Chinese names give the family name first.
    keepFirst(fullNames, forms.familyFirst, c);
    // `José Antonio García Belaunde` is also `García`: Spanish names end in the father's and the mother's surnames.
    keepFirst(fullNames, forms.paternal, c);
    // `Rubén Ramírez Lezcano` is also `Ramírez Lezcano`, `Kamina Johnson Smith` also `Johnson Smith`: two surnames.
    keepFirst(fullNames, forms.lastTwo, c);
    // `Mohamed Abdirizak Mohamud` is also `Minister Abdirizak`: Somali, Ethiopian and Arabic names give the father's
    // name second, by which copy calls the person.
    keepFirst(fullNames, forms.middle, c);
    // `Idriss Déby Itno` is also `Déby`: the surname the gazetteer gives the person named.
    keepFirst(fullNames, c.person === undefined ? null : c.person.surname, c);
  }
  return fullNames;
}

/** The forms of the name text[start, end) (see NameForms); null for a single word, which is no full name. */
function nameForms(text: string, start: number, end: number): NameForms | null {
  const surname = surnameOf(text, start, end);
  if (surname === null) return null;
  return {
    surname,
    given: givenNameOf(text, start, end),
    otherSurname: otherSurnameForm(text, start, end, surname),
    familyFirst: familyNameFirst(text, start, end),
    paternal: paternalSurname(text, start, end),
    lastTwo: lastTwoWords(text, start, end),
    middle: middleWordOf(text, start, end),
  };
}

/**
 * Keeps the first mention under a name (none for null). One function for the surname and the given name, which
 * a short text seldom has: code of the loop above that only the given name reached, first run on a long text,
 * had that loop deoptimised there.
 */
function keepFirst(fullNames: Map<string, Candidate>, name: string | null, c: Candidate): void {
  if (name !== null && !fullNames.has(name)) fullNames.set(name, c);
}

/**
 * Where a surname alone at `start` begins with a particle and its hyphen right before it (`al-Ansari`), not inside
 * a word: three code units earlier, else `start`. Read code unit by code unit: it runs at every surname alone.
 */
function particleStart(text: string, start: number): number {
  if (start < 3 || text.charCodeAt(start - 1) !== 45 || text.charCodeAt(start - 2) !== 108) return start; // `-`, `l`
  const first = text[start - 3];
  if (first !== 'A' && first !== 'a' && first !== 'E' && first !== 'e') return start;
  // Half of a surrogate pair is no letter to charClass, as to `\p{L}` on that code unit alone.
  return start === 3 || (charClass(text.charCodeAt(start - 4)) & LETTER) === 0 ? start - 3 : start;
}


/** Surnames that are ordinary words go unless the full name is here; the others take its name. */
function withFullNames(v: TokenView, selected: readonly Candidate[], fullNames: ReadonlyMap<string, Candidate>): Candidate[] {
  // Indices below, not for-of, on this hot loop. Nearly every mention is kept: the mentions are copied, then
  // overwritten by what is kept and cut to its length (sized once, without the holes of `new Array(n)`, see
  // findEntities).
  const out = selected.slice();
  const shapes = nameShapes(fullNames);
  let kept = 0;
  /** The end of a mention made longer to take in the second of two surnames (see twoSurnames): what it covers goes. */
  let coveredTo = -1;
  for (let k = 0; k < selected.length; k++) {
    const c = selected[k];
    if (c.start < coveredTo) continue;
    const named =
      c.source === 'alias' || (c.source === 'rule' && c.type === 'PERSON') ? withFullName(v, c, fullNames) : c.type === 'GPE' && c.source === 'gazetteer' ? placeAsPerson(v.text, c, fullNames, shapes) : c;
    if (named !== null) out[kept++] = named;
    if (named !== null && named.end > c.end) coveredTo = named.end;
  }
  out.length = kept;
  return out;
}

/**
 * A surname alone (an alias), or one word a rule found after a title (`Sheikh Mohammed`, `Ambassador Nyok`), as
 * the person named in full here, if any; null for a surname that is an ordinary word (see WORD_SURNAMES) with no
 * full name here. One path for both kinds of mention: a short text seldom has the second, and code of its own
 * for it, first run on a long text, had the loop above deoptimised there.
 */
function withFullName(v: TokenView, c: Candidate, fullNames: ReadonlyMap<string, Candidate>): Candidate | null {
  const name = v.text.slice(c.start, c.end);
  const both = c.type === 'PERSON' ? twoSurnames(v.text, c, name, fullNames) : undefined;
  if (both !== undefined) return candidate(c.start, c.start + both.length, 'PERSON', both.full.canonical, 'rule', c.priority, both.full.person);
  if (c.source === 'alias' && WORD_SURNAMES.has(name) && !fullNames.has(name)) return null;
  // `al-Ansari` alone is the surname with its particle, as the full name `Majed al-Ansari` writes it.
  const from = c.source === 'alias' && c.type === 'PERSON' ? particleStart(v.text, c.start) : c.start;
  if (from < c.start) return candidate(from, c.end, c.type, c.canonical, c.source, c.priority, c.person);
  // The full names are of mentions that are not aliases, so only a rule's mention can be its own full name.
  // Both looked up for every person, so that the loop over the mentions meets no call only some texts make.
  const bySurname = c.type === 'PERSON' ? fullNames.get(name) : undefined;
  const byGiven = c.type === 'PERSON' ? byGivenName(v.text, c.start, name, fullNames) : undefined;
  const full = bySurname ?? byGiven;
  if (full === undefined || full === c) return c;
  // Both read, so that a full name without a gazetteer person (rare in short texts) meets no unread property.
  const own = c.person;
  const fulls = full.person;
  return candidate(c.start, c.end, c.type, full.canonical, c.source, c.priority, fulls ?? own);
}

/**
 * A place's name that is the surname of a person named in full before, as that person where the words around
 * make it one (`Muscat said` after `Prime Minister Joseph Muscat`, `Mr Muscat`); else the place.
 */
function placeAsPerson(text: string, c: Candidate, fullNames: ReadonlyMap<string, Candidate>, shapes: ReadonlySet<number>): Candidate {
  // Most places are named far more often than people: their names are told from the full names' by their shape
  // before any copy is made.
  if (!shapes.has(shapeAt(text, c.start, c.end))) return c;
  const full = fullNames.get(text.slice(c.start, c.end));
  if (full === undefined || full.start >= c.start) return c;
  const before = text.slice(Math.max(0, c.start - 6), c.start);
  if (PLACE_PREPOSITION_BEFORE.test(before) || (!REPORT_AFTER.test(text.slice(c.end, c.end + 16)) && !COURTESY_BEFORE.test(before))) return c;
  return candidate(c.start, c.end, 'PERSON', full.canonical, 'alias', c.priority, full.person);
}
/** The length of text[start, end) and its first code unit, as one number: equal for equal strings. */
function shapeAt(text: string, start: number, end: number): number {
  return (end - start) * 0x10000 + (end > start ? text.charCodeAt(start) : 0);
}

/** The shapes (see shapeAt) of the names the full names are known by. */
function nameShapes(fullNames: ReadonlyMap<string, Candidate>): Set<number> {
  const shapes = new Set<number>();
  for (const name of fullNames.keys()) shapes.add(shapeAt(name, 0, name.length));
  return shapes;
}

/** A reporting verb right after a name: what a person does, not a place (`Muscat said`). */
const REPORT_AFTER = /^\s+(?:said|says|told|tells|added|stressed|noted|insisted|explained|replied|argued|wrote|tweeted)\b/;
/** A preposition before a place (`Officials in Muscat said`): the place, whatever verb follows. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|to|from|of|near|into)\s$/;
/** A courtesy title right before a name. */
const COURTESY_BEFORE = /\b(?:Mr|Mrs|Ms|Dr)\.?\s$/;

/**
 * `Johnson Smith said` after `Kamina Johnson Smith`: a person's mention and the capitalised word after it make the
 * two surnames of a full name here (see lastTwoWords), which the gazetteer's `Johnson` would otherwise split.
 */
function twoSurnames(text: string, c: Candidate, name: string, fullNames: ReadonlyMap<string, Candidate>): { length: number; full: Candidate } | undefined {
  if (c.end + 1 >= text.length || text.charCodeAt(c.end) !== 32 || (charClass(text.charCodeAt(c.end + 1)) & UPPER) === 0) return undefined;
  let end = c.end + 1;
  while (end < text.length && (charClass(text.charCodeAt(end)) & WORD_CHAR) !== 0) end++;
  const both = name + text.slice(c.end, end);
  const full = fullNames.get(both);
  return full === undefined || full.start === c.start || lastTwoWords(text, full.start, full.end) !== both ? undefined : { length: both.length, full };
}

/**
 * Titles after which copy calls a person by the first word of the name: the given name of a British knight or dame
 * (`Sir Kim` after `Sir Kim Darroch`), of a South Asian leader (`PM Imran` after `Imran Khan`) or of an Ethiopian
 * envoy (`Amb. Dina` after `Ambassador Dina Mufti`: Ethiopian names are a given name and the father's). Titles as common
 * as `President` are left out: the search below would then run on most texts' people, and the first big text
 * would find it still unoptimised (the gazetteer already knows `President Xi`).
 */
const GIVEN_NAME_TITLES = ['Sir ', 'Dame ', 'PM ', 'Premier ', 'Amb. ', 'Amb ', 'Ambassador '];

/** The full name whose first word is `name`, when one of GIVEN_NAME_TITLES stands before it at `start`; else undefined. */
function byGivenName(text: string, start: number, name: string, fullNames: ReadonlyMap<string, Candidate>): Candidate | undefined {
  let titled = false;
  for (let k = 0; k < GIVEN_NAME_TITLES.length && !titled; k++) titled = text.startsWith(GIVEN_NAME_TITLES[k], start - GIVEN_NAME_TITLES[k].length);
  if (!titled) return undefined;
  for (const full of fullNames.values()) {
    if (full.end - full.start > name.length && text.startsWith(name, full.start) && text.charCodeAt(full.start + name.length) === 32) return full;
  }
  return undefined;
}

/**
 * The mentions with the surnames of people found by rule only (not in the gazetteer) where they stand alone, those
 * of people the gazetteer gives no surname of their own, and the first word of a name the gazetteer gives in
 * family-name-first order (`Wang` after `Wang Yi`: its surname is the whole name, so that `Wang` alone is no one's
 * until the text names him).
 */
function withRuleSurnamesAlone(v: TokenView, out: Candidate[], fullNames: ReadonlyMap<string, Candidate>): Candidate[] {
  const ruleSurnames = new Map<string, Candidate>();
  let shared: ReadonlySet<string> | null = null;
  for (const [surname, c] of fullNames) {
    if (c.source === 'rule') {
      // Not a middle name (see middleWordOf): only after a title is that the person, not wherever it stands.
      if (surname !== middleWordOf(v.text, c.start, endBeforeSuffix(v.text, c.start, c.end))) ruleSurnames.set(surname, c);
    } else if (c.person !== undefined && c.person.surname !== surname) {
      const family = c.person.surname === c.canonical ? familyNameOf(c.canonical) : null;
      if (family !== null && !ruleSurnames.has(family)) ruleSurnames.set(family, c);
      // `Osmani said` after `President Vjosa Osmani`, `Søreide told` after `Ine Eriksen Søreide`: the last word of a
      // name the gazetteer gives no alias of (Bujar Osmani has it too; Søreide's surname is `Eriksen Søreide`) is
      // this person's where the text names them in full; not the given name of a family-first name.
      // Not when two people named here share it (`Alberto Fernández` and `Aníbal Fernández`).
      if (surname !== surnameOf(c.canonical, 0, c.canonical.length) || familyNameFirst(c.canonical, 0, c.canonical.length) !== null || ruleSurnames.has(surname)) continue;
      shared ??= sharedNameWords(fullNames);
      if (!shared.has(surname)) ruleSurnames.set(surname, c);
    }
  }
  if (ruleSurnames.size === 0) return out;
  // A short text seldom gets past here, so what follows may first run on a long text and be deoptimised there:
  // it holds no loop over all the mentions or tokens (those are in helpers), so that costs little.
  const taken = mentionAt(out);
  const found: Candidate[] = [];
  // A hyphened surname is three tokens (`Abd-Elaty`): it is searched by its last part, then read back whole.
  const searched = withHyphenedTails(ruleSurnames);
  for (const i of capsSpelling(v, searched)) {
    const whole = searched === ruleSurnames ? v.str(i) : hyphenedSurnameAt(v, i, searched);
    if (whole === null) continue;
    if (whole.length > v.length(i)) {
      const from = v.end(i) - whole.length;
      if (!taken(from)) found.push(candidate(from, v.end(i), 'PERSON', ruleSurnames.get(whole)!.canonical, 'alias', 5));
      continue;
    }
    if (taken(v.start(i))) continue;
    const full = ruleSurnames.get(whole)!;
    // The full name again (`Spokesperson Hong Lei held…`, then `Hong Lei started…`) is one mention, not a surname.
    const start = fullNameEndingAt(v, full, v.end(i));
    const alone = particleStart(v.text, v.start(i));
    found.push(candidate(start >= 0 && !taken(start) ? start : taken(alone) ? v.start(i) : alone, v.end(i), 'PERSON', full.canonical, start >= 0 ? 'rule' : 'alias', 5));
  }
  return found.length === 0 ? out : mergeByStart(out, found);
}

/**
 * The surnames, and the last part of each hyphened one by the whole (`Elaty` → `Abd-Elaty`); the same map when
 * none is hyphened.
 */
function withHyphenedTails(surnames: ReadonlyMap<string, Candidate>): ReadonlyMap<string, Candidate | string> {
  let out: Map<string, Candidate | string> | null = null;
  for (const surname of surnames.keys()) {
    const dash = surname.lastIndexOf('-');
    if (dash <= 0 || dash === surname.length - 1) continue;
    out ??= new Map<string, Candidate | string>(surnames);
    const tail = surname.slice(dash + 1);
    if (!out.has(tail)) out.set(tail, surname);
  }
  return out ?? surnames;
}

/**
 * The surname that token i ends (see withHyphenedTails): a surname of its own, or a hyphened one written whole
 * right before it (`Abd-Elaty`); else null.
 */
function hyphenedSurnameAt(v: TokenView, i: number, searched: ReadonlyMap<string, Candidate | string>): string | null {
  const word = v.str(i);
  const hit = searched.get(word);
  if (typeof hit !== 'string') return word;
  const from = v.end(i) - hit.length;
  return from >= 0 && v.text.startsWith(hit, from) && !isWordCode(v.text.charCodeAt(from - 1)) ? hit : null;
}

/** The words after the first that the canonical names of two people or more among the full names share. */
function sharedNameWords(fullNames: ReadonlyMap<string, Candidate>): ReadonlySet<string> {
  const first = new Map<string, string>();
  const shared = new Set<string>();
  for (const c of fullNames.values()) {
    const words = c.canonical.split(' ');
    for (let k = 1; k < words.length; k++) {
      const seen = first.get(words[k]);
      if (seen === undefined) first.set(words[k], c.canonical);
      else if (seen !== c.canonical) shared.add(words[k]);
    }
  }
  return shared;
}

/** The first word of a two-word name (`Wang` of `Wang Yi`), or null. */
function familyNameOf(name: string): string | null {
  const space = name.indexOf(' ');
  return space > 0 && name.indexOf(' ', space + 1) < 0 ? name.slice(0, space) : null;
}

/** Where the words of the full name `full` stand in the text, ending at `end` and starting a word; else -1. */
function fullNameEndingAt(v: TokenView, full: Candidate, end: number): number {
  const start = end - (full.end - full.start);
  if (start < 0 || !v.text.startsWith(v.text.slice(full.start, full.end), start)) return -1;
  return !isWordCode(v.text.charCodeAt(start - 1)) ? start : -1;
}

/** Tells whether a mention starts at a position or covers it. */
function mentionAt(mentions: readonly Candidate[]): (pos: number) => boolean {
  // An empty mention covers no position, so only empty ones need remembering apart: every other start is found
  // by `inside`.
  // Empty mentions are rare (no seed has one): they are gathered by a function of their own, so that the loop
  // over every mention holds no call that only a big text reaches (V8 would drop its optimised code there). This
  // function holds no loop either: one over a long text's mentions had it compiled on the spot, with no feedback
  // yet for what follows the loop, and dropped again there.
  const emptyAt = anyEmpty(mentions) ? emptyStarts(mentions) : new Set<number>();
  const inside = insideAny(mentions);
  return (pos) => emptyAt.has(pos) || inside(pos);
}

function anyEmpty(mentions: readonly Candidate[]): boolean {
  for (let k = 0; k < mentions.length; k++) if (mentions[k].end <= mentions[k].start) return true;
  return false;
}

function emptyStarts(mentions: readonly Candidate[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < mentions.length; k++) if (mentions[k].end <= mentions[k].start) out.add(mentions[k].start);
  return out;
}

/**
 * Tells whether a position lies inside one of the mentions. The mentions come sorted by start and apart (as
 * selectCandidates leaves them), so a binary search answers; otherwise every mention is asked. The mentions the
 * loop above finds are not among them: as before, only the selected ones count.
 */
function insideAny(mentions: readonly Candidate[]): (pos: number) => boolean {
  let ordered = true;
  for (let k = 1; k < mentions.length && ordered; k++) ordered = mentions[k - 1].end <= mentions[k].start;
  if (!ordered) return (pos) => mentions.some((c) => c.start <= pos && pos < c.end);
  return (pos) => {
    // The last mention starting at or before `pos`.
    let lo = 0;
    let hi = mentions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && pos < mentions[found].end;
  };
}
