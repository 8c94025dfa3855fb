// Acronyms: those defined in parentheses after a name (`League of Arab States (LAS)`), then every later use.

import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import { type Candidate, candidate } from './candidates';
import { type KnownSpans, NO_KNOWN_SPANS } from './knownspans';
import { DASH } from './names';
import { capsSpelling } from './shapes';
import { TokenSet } from './tokenset';
import { ALL_CAPS, type TokenView } from './view';
import type { EntityType } from './types';
import { EVENT_HEADS, LAW_HEADS, NOT_ORG_ACRONYMS, PLACE_HEADS } from './words';

const ACRONYM = /^[A-Z][A-Za-z&]{1,9}$/;
const OPEN = new TokenSet(new Set(['(']), true);
const CLOSE = new TokenSet(new Set([')']));
/** Not bodies: the acronyms of words.ts, and months and weekdays in capitals (`MONDAY, 2 JULY 2012`). */
const NOT_ORG = new TokenSet(new Set([...NOT_ORG_ACRONYMS, ...[...MONTH_NAMES, ...WEEKDAY_NAMES].map((w) => w.toUpperCase())]));
const HONORIFICS = new TokenSet(new Set(['MR', 'MS', 'MRS', 'DR', 'Mr', 'Ms', 'Mrs', 'Dr']));
const DOT = new TokenSet(new Set(['.']));
const COLON = new TokenSet(new Set([':']));
const THE = new TokenSet(new Set(['The']));

/** Lower-case words inside a name that its acronym leaves out (`Organisation for Security and Cooperation in Europe`). */
const NAME_CONNECTORS = /^(?:of|for|and|on|the|in)$/;

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * The selected mention that ends at a position (the last of them, should several), as a Map from end to mention
 * would tell. The mentions come sorted and apart from selectCandidates, so their ends rise and a binary search
 * answers without building the map; otherwise the map is built.
 */
function mentionsByEnd(selected: readonly Candidate[]): (end: number) => Candidate | undefined {
  let rising = true;
  for (let k = 1; k < selected.length && rising; k++) rising = selected[k - 1].end < selected[k].end;
  if (!rising) {
    const byEnd = new Map(selected.map((c) => [c.end, c]));
    return (end) => byEnd.get(end);
  }
  return (end) => {
    let lo = 0;
    let hi = selected.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = selected[mid].end;
      if (e === end) return selected[mid];
      if (e < end) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
}

/** Adds the definitions and uses of acronyms to the selected mentions; returns the new ones. */
export function acronymCandidates(v: TokenView, selected: readonly Candidate[]): Candidate[] {
  const found: Definitions = { selected, defined: new Map(), made: new Set(), byEnd: null };
  // `(` is a starter: its tokens are listed. The loop only picks the acronyms in parentheses; what is done with
  // each is a function of its own, so that this loop, which runs once per text, stays small to compile when a
  // long text makes it hot (it was compiled twice on the first long text, 50 ms each).
  const starters = v.starterIndices();
  for (let at = 0; at < starters.length; at++) {
    const i = starters[at];
    if (i >= 1 && i + 2 < v.count && OPEN.has(v, i) && CLOSE.has(v, i + 2)) define(found, v, i);
  }
  const { defined, made } = found;
  if (defined.size === 0) return [];
  const out: Candidate[] = [];
  for (const c of defined.values()) if (made.has(c)) out.push(c);
  // Every acronym defined starts with a capital A–Z (see ACRONYM).
  for (const i of capsSpelling(v, defined)) {
    const def = defined.get(v.str(i))!;
    out.push(candidate(v.start(i), v.end(i), def.type, def.canonical, 'acronym', 25));
  }
  return out;
}

/** The acronyms of a text defined so far, by acronym; those made here (not among the selected mentions). */
interface Definitions {
  selected: readonly Candidate[];
  defined: Map<string, Candidate>;
  made: Set<Candidate>;
  /** Mentions by where they end, made only once a text has an acronym in parentheses. */
  byEnd: ((end: number) => Candidate | undefined) | null;
}

/** `(` at token i, one token, `)`: the definition of that token as an acronym, if it is one. */
function define(found: Definitions, v: TokenView, i: number): void {
  const acr = v.str(i + 1);
  if (!ACRONYM.test(acr) || acr.toUpperCase() !== acr.replace(/[a-z]/g, (c) => c.toUpperCase()) || NOT_ORG_ACRONYMS.has(acr)) return;
  const { defined, made } = found;
  if (defined.has(acr)) return;
  found.byEnd ??= mentionsByEnd(found.selected);
  const byEnd = found.byEnd;
  const before = byEnd(v.end(i - 1));
  // The capitalised name before the parentheses, and whether its initials spell the acronym.
  let s = i - 1;
  while (s > 0 && v.joined(s - 1) && (v.isCap(s - 1) || NAME_CONNECTORS.test(v.str(s - 1)))) s--;
  // Not a sentence's `The` (`The Global Partnership for Ocean Health (GPOH)`).
  while (s < i - 1 && (!v.isCap(s) || THE.has(v, s))) s++;
  const name = v.text.slice(v.start(s), v.end(i - 1));
  const letters = acr.replace(/[a-z&]/g, '').toUpperCase();
  const ini = initials(name).toUpperCase();
  const spelled = ini === letters;
  // Or spells it with letters of some words' own (`SADC Mission in Mozambique (SAMM)`, the A of SADC; `United
  // Nations Mission in South Sudan (UNMISS)`): the name's initials in order among the acronym's, the first and the
  // last the same. Then a mention that ends the name (`Mozambique`) is only part of what the acronym stands for.
  const loosely = !spelled && ini.length >= 2 && ini[0] === letters[0] && ini[ini.length - 1] === letters[letters.length - 1] && inOrderWithin(ini, letters);
  // A person's letters in parentheses are an honour or a party unless they spell the name (`Yusuf Maitama Tuggar
  // (OON)`, `Tuggar (APC)`).
  if (before && before.type === 'PERSON' && !spelled) return;
  // The acronym as the gazetteer knows it, if it does.
  const own = byEnd(v.end(i + 1));
  const known = own !== undefined && own.start === v.start(i + 1) && own.source === 'gazetteer' ? own : null;
  // `the United Nations Integrated Office in Haiti (BINUH)`: letters that spell neither the name nor the place
  // right before them, after a body's name and `in` that place, stand for the body in the place; not an acronym
  // the gazetteer knows, nor one the body's name alone spells (`World Food Programme in Somalia (WFP)`).
  const inPlace = before !== undefined && !spelled && !loosely && known === null && (before.type === 'GPE' || before.type === 'LOC') && initials(before.canonical).toUpperCase() !== letters ? bodyInPlace(v, before, i - 1, letters, byEnd) : undefined;
  if (inPlace !== undefined) {
    defined.set(acr, inPlace);
    made.add(inPlace);
  } else if (before && before.type !== 'DATE' && !((spelled || loosely) && v.start(s) < before.start)) {
    defined.set(acr, before);
  } else if (spelled || loosely) {
    // A name the gazetteer lacks, or knows only in part (`Organisation for Security and Cooperation in Europe`,
    // a spelling of the OSCE's name it does not list, of which it found `Europe`): the whole name is the
    // acronym's body, the one the gazetteer gives for the acronym if it knows it, else an organisation.
    const c = candidate(v.start(s), v.end(i - 1), known?.type ?? typeByHead(v.str(i - 1)), known?.canonical ?? name, 'acronym', 20);
    defined.set(acr, c);
    made.add(c);
  }
}

/**
 * The body named right before `in` and the place `place`, whose last token is `last`, as one organisation from the
 * body's name to the place's (`United Nations Integrated Office in Haiti`), unless the body's name alone spells
 * `letters`; else undefined.
 */
function bodyInPlace(v: TokenView, place: Candidate, last: number, letters: string, byEnd: (end: number) => Candidate | undefined): Candidate | undefined {
  let k = last;
  while (k > 0 && v.start(k) > place.start) k--;
  if (k < 2 || v.start(k) !== place.start || !IN.has(v, k - 1) || !v.joined(k - 2) || !v.joined(k - 1)) return undefined;
  const body = byEnd(v.end(k - 2));
  if (body?.type !== 'ORG' || initials(v.text.slice(body.start, body.end)).toUpperCase() === letters) return undefined;
  return candidate(body.start, place.end, 'ORG', v.text.slice(body.start, place.end), 'acronym', 20);
}
const IN = new TokenSet(new Set(['in']));

/** The letters of `part` appear in `whole` in the same order. */
function inOrderWithin(part: string, whole: string): boolean {
  let k = 0;
  for (let j = 0; j < whole.length && k < part.length; j++) if (whole[j] === part[k]) k++;
  return k === part.length;
}

/**
 * The type of a name the gazetteer lacks by its last word: a sea or a strait is a place (`West Philippine Sea
 * (WPS)`), a province a state's part, a treaty a law, a summit an event; anything else an organisation.
 */
function typeByHead(head: string): EntityType {
  if (WATER_AND_LAND_HEADS.has(head)) return 'LOC';
  if (PLACE_HEADS.has(head)) return 'GPE';
  if (LAW_HEADS.has(head)) return 'LAW';
  return EVENT_HEADS.includes(head) ? 'EVENT' : 'ORG';
}
const WATER_AND_LAND_HEADS: ReadonlySet<string> = new Set(['Sea', 'Ocean', 'Gulf', 'Strait', 'Straits', 'Bay', 'River', 'Lake', 'Mountains', 'Peninsula', 'Basin', 'Corridor']);

/** Whether token i is `min` or more ASCII capitals, as `/^[A-Z]{min,}$/.test(v.str(i))` for a token (`NATO`, `VIENNA`). */
export function asciiCapitals(v: TokenView, i: number, min: number): boolean {
  return (v.flags[i] & ALL_CAPS) !== 0 && v.length(i) >= min;
}

/**
 * The word next to token i on the side `dir` (-1 before, 1 after) is two or more ASCII capitals: the token right
 * there, or the one past a hyphen that joins them.
 */
function capsWordNear(v: TokenView, i: number, dir: -1 | 1): boolean {
  let k = i + dir;
  if (k < 0 || k >= v.count) return false;
  // The hyphen touches the word on both sides: the tokens k - 1, k and k + 1 in a row.
  if (DASH.has(v, k) && k > 0 && v.touching(k - 1) && v.touching(k)) k += dir;
  return k >= 0 && k < v.count && asciiCapitals(v, k, 2);
}

/** Capitalised acronyms nobody defined and the gazetteer does not know: in this genre, nearly always bodies. */
export function unknownAcronyms(v: TokenView, out: Candidate[], known: KnownSpans = NO_KNOWN_SPANS): void {
  // The loop, run once per text, only picks the words in capitals; each is judged by a function of its own,
  // which any short text makes hot, so that a long text has only this small loop to compile.
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    // The flag first: it spares most tokens the reading of their length.
    if (asciiCapitals(v, i, 3) && v.length(i) <= 6) unknownAcronymAt(v, i, out, known);
  }
}

/** The word in capitals at token i (three to six letters), as an unknown body's acronym or a surname. */
function unknownAcronymAt(v: TokenView, i: number, out: Candidate[], known: KnownSpans): void {
  // `MR. PRICE:` in a briefing's transcript: a surname in capitals after an honorific is a person's.
  // The honorific is asked first: the rarest, it spares the other tests, which a short text might then never
  // have run (code first run on a long text deoptimises this loop).
  // Without the dot (`MR PRICE:`) only before the colon of a speaker's label: `DR CONGO` is a country.
  const dotted = i >= 2 && HONORIFICS.has(v, i - 2) && DOT.has(v, i - 1) && v.touching(i - 2);
  if (dotted || (i >= 1 && HONORIFICS.has(v, i - 1) && v.joined(i - 1) && !v.touching(i - 1) && COLON.has(v, i + 1) && v.touching(i))) {
    const w = v.str(i);
    out.push(candidate(v.start(i), v.end(i), 'PERSON', w[0] + w.slice(1).toLowerCase(), 'rule', 1));
    return;
  }
  // Not a handle (`@DFAPHL`).
  if (NOT_ORG.has(v, i) || (i > 0 && v.touching(i - 1) && v.is(i - 1, '@'))) return;
  // Not in a line written in capitals, where every word looks like an acronym, nor a part of a word in capitals
  // joined by a hyphen (`BAN KI-MOON`).
  if (capsWordNear(v, i, -1) || capsWordNear(v, i, 1)) return;
  // Most are names the gazetteer knows: no candidate that could only lose (see KnownSpans).
  if (known.outrank(v.start(i), v.end(i), 1)) return;
  out.push(candidate(v.start(i), v.end(i), 'ORG', v.str(i), 'rule', 1));
}
