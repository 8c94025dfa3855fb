// Rules that find names the gazetteer lacks: people after titles and after role words, and what the rules share
// (titles and their complements, addMention). People next to a reporting verb are in reporting-people.ts;
// institutions, laws and meetings by their head word in headed.ts.

import { asciiCapitals } from './acronyms';
import { type Candidate, candidate } from './candidates';
import { type KnownSpans, NATIONALITIES, NO_KNOWN_SPANS, STATES } from './knownspans';
import type { TokenView } from './view';
import type { NameTrie } from './nametrie';
import { headlineVerbSkipped, headlineWordsOnly } from './titlecase';
import { TokenSet } from './tokenset';
import type { EntityType } from './types';
import { WORD_SURNAMES } from './propagate';
import { DOT, nameEnd } from './names';
import { EVENT_HEADS, ORG_HEADS, withCapitals } from './words';

export const ORG_HEAD_WORDS = new TokenSet(ORG_HEADS);
export const AND = new TokenSet(new Set(['and']));
export const THE = new TokenSet(new Set(['the']));
export const EVENT_HEAD_WORDS = new TokenSet(new Set(EVENT_HEADS));


/** `President Dmitry Medvedev`: a capitalised title, then the name (the title stays outside the span). */
export function titledPeople(v: TokenView, titles: NameTrie<string>, out: Candidate[], known: KnownSpans = NO_KNOWN_SPANS): void {
  // Over the capitalised tokens only, from `next` on.
  let next = 0;
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    if (i < next) continue;
    const t = titles.longestAt(v, i);
    // After a number it is a time or a count, not a title (`2:15 PM GMT`).
    if (t < 0 || t >= v.count || !v.joined(t - 1) || (i > 0 && v.isDigit(i - 1))) continue;
    // A title that opens the name of a body or place the gazetteer knows is no title (`General` of `General
    // Assembly Wraps Up Annual Debate`).
    if (known.longestEnd(v.start(i), BODIES_AND_PLACES) > v.end(t - 1)) continue;
    let s = t;
    if (abbreviationDot(v, s)) s++; // `Gen. Smith`
    s = skipTitles(v, titles, s, v.count); // `Deputy` then `Defense Minister`: titles come in chains
    s = afterComplement(v, s, known, titles);
    // An honorific after the complement (`Minister of Information Sheikh Mohammad …`), or after a portfolio written
    // without its `of` (`Acting Minister Information Sheikh Mohammad …`), is a title too.
    s = skipTitles(v, titles, portfolioBeforeTitle(v, titles, s), v.count);
    // A title that ends its line names no one on the next (`… da Silva, President⏎⏎Russian President …`).
    const lineEnds = s < v.count && v.breakBefore(s);
    let e = lineEnds ? s : nameEnd(v, s);
    if (e === s && !lineEnds) {
      // `the country’s Minister for Foreign Affairs, Henry Odein Ajumogobia`: a comma between title and name.
      s = nameAfterComma(v, titles, complementEnd(v, s, known, titles));
      e = s < 0 ? -1 : nameEnd(v, s);
    }
    if (e > s + 1) s = headlineVerbSkipped(v, i, s, e);
    e = endBeforeState(v, s, e, known);
    // A name ends in no role word: `Deputy Assistant Secretary` is a title the trie does not hold whole.
    // Nor in the head word of a meeting (`Foreign Minister Consultations`).
    // Nor the rest of a line in capitals after a title written short (`PM SAYS TALKS WILL GO ON`, `HE SAID`).
    // Nor a portfolio's words alone (`Deputy Foreign minister Antonio Patriota`: the title goes on in lower case).
    const inCapitals = e > s && asciiCapitals(v, i, 2) && asciiCapitals(v, s, 2);
    if (e > s && !inCapitals && !ROLE_NOUNS.has(v, e - 1) && !EVENT_HEAD_WORDS.has(v, e - 1) && !portfolioOnly(v, s, e) && !headlineWordsOnly(v, i, s, e, known)) addMention(v, s, e, 'PERSON', 30, out, known);
    next = Math.max(i, e - 1) + 1;
  }
}

/**
 * The end of the name at tokens s..e-1 before a state the gazetteer knows, when two words of the name or a person
 * it knows come before the state (`told PM Narendra Modi India is …`, `PM Modi India`); else e. A surname that is a
 * state's name after a given name alone stays (`Vernon Jordan`).
 */
function endBeforeState(v: TokenView, s: number, e: number, known: KnownSpans): number {
  for (let k = s + 1; k < e; k++) {
    if (known.longestEnd(v.start(k), STATES) < 0) continue;
    return countWords(v, s, k) >= 2 || known.personAt(v.start(s), v.end(k - 1)) !== undefined ? k : e;
  }
  return e;
}

/**
 * Where the name starts after a title's complement at token s: `of Commerce`, `for Foreign Affairs and Trade` (a
 * portfolio), `to the United Nations`, `of Ukraine` (a body or place the gazetteer knows), `for ASEAN Affairs`, when a name of two
 * words or more follows; else s.
 */
export function afterComplement(v: TokenView, s: number, known: KnownSpans, titles?: NameTrie<string>): number {
  const k = complementEnd(v, s, known, titles);
  // Not a name that opens the next line (`…, President of Brazil⏎⏎Russian President Vladimir Putin addressed …`).
  return k > s && k < v.count && !v.breakBefore(k) && countWords(v, k, nameEnd(v, k)) >= 2 ? k : s;
}

/**
 * The token after a title's complements at token s (see afterComplement), or s when there is none. They may follow
 * one another (`Special Representative of the Secretary-General for West Africa and the Sahel`).
 */
function complementEnd(v: TokenView, s: number, known: KnownSpans, titles?: NameTrie<string>): number {
  let k = s;
  for (let n = 0; n < MAX_COMPLEMENTS; n++) {
    const e = oneComplementEnd(v, k, known, titles);
    if (e === k) break;
    k = e;
  }
  return k;
}
const MAX_COMPLEMENTS = 3;

/**
 * The token after one complement at token s: `of Commerce`, `to the United Nations`, a body or place with the
 * others `and` joins to it (`for Mali and Niger`), another's title (`of the Secretary-General`, when `titles` is
 * given); or s when there is none.
 */
function oneComplementEnd(v: TokenView, s: number, known: KnownSpans, titles: NameTrie<string> | undefined): number {
  if (!COMPLEMENT_LINKS.has(v, s) || !v.joined(s)) return s;
  const from = THE.has(v, s + 1) && v.joined(s + 1) ? s + 2 : s + 1;
  let k = from;
  const title = from > s + 1 && titles !== undefined ? titles.longestAt(v, from) : -1;
  if (title > from) return title;
  const end = known.longestEnd(v.start(k), BODIES_AND_PLACES);
  // A body or place, perhaps with portfolio words after it (`Assistant Secretary for ASEAN Affairs Daniel Espiritu`).
  if (end >= 0) {
    k = placesJoined(v, v.tokenFrom(k, end), known);
    if (k >= v.count || !v.joined(k - 1)) return k;
  }
  while (k < v.count && inPortfolio(v, k) && v.joined(k)) k++;
  return k > from ? k : s;
}

/** The token after the bodies and places `and` (perhaps `and the`) joins to the one ending before token k, else k. */
function placesJoined(v: TokenView, k: number, known: KnownSpans): number {
  while (k + 1 < v.count && AND.has(v, k) && v.joined(k - 1) && v.joined(k)) {
    const at = THE.has(v, k + 1) && v.joined(k + 1) ? k + 2 : k + 1;
    const end = at < v.count ? known.longestEnd(v.start(at), BODIES_AND_PLACES) : -1;
    if (end < 0) break;
    k = v.tokenFrom(at, end);
  }
  return k;
}

/** The token after portfolio words at s that a title follows (`Information` of `Minister Information Sheikh`), else s. */
function portfolioBeforeTitle(v: TokenView, titles: NameTrie<string>, s: number): number {
  let p = s;
  while (p < v.count && PORTFOLIO.has(v, p) && v.joined(p)) p++;
  return p > s && titles.longestAt(v, p) > p ? p : s;
}

/** Every word of tokens s..e names a portfolio (`Foreign Affairs`): a title's complement, not a name. */
export function portfolioOnly(v: TokenView, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!inPortfolio(v, k)) return false;
  return true;
}

/** Token k is part of a portfolio: a word of one, or `and` (perhaps `and the`) before one (`International Development and the Pacific`). */
function inPortfolio(v: TokenView, k: number): boolean {
  if (PORTFOLIO.has(v, k)) return true;
  if (AND.has(v, k)) return PORTFOLIO.has(v, k + 1) || (THE.has(v, k + 1) && PORTFOLIO.has(v, k + 2));
  return THE.has(v, k) && AND.has(v, k - 1) && PORTFOLIO.has(v, k + 1);
}

/**
 * The start of a name of two words or more after the comma at token c that follows a title (`Minister for
 * Foreign Affairs, Henry Odein Ajumogobia`), or -1: not another title (`the President, Vice President …`), a
 * portfolio (`…, Trade and Development`) or a body (`…, Foreign Affairs Committee`).
 */
function nameAfterComma(v: TokenView, titles: NameTrie<string>, c: number): number {
  if (!COMMA.has(v, c) || !v.joined(c) || v.touching(c) || titles.longestAt(v, c + 1) >= 0) return -1;
  const e = nameEnd(v, c + 1);
  if (countWords(v, c + 1, e) < 2 || ORG_HEAD_WORDS.has(v, e - 1)) return -1;
  for (let k = c + 1; k < e; k++) if (PORTFOLIO.has(v, k)) return -1;
  return c + 1;
}

/** The words that join a title to its complement (`Minister of Commerce`, `Ambassador to Nepal`). */
export const COMPLEMENT_LINKS = new TokenSet(new Set(['of', 'for', 'to']));

export const BODIES_AND_PLACES: ReadonlySet<EntityType> = new Set(['ORG', 'GPE', 'LOC']);

/** A title ends just before token k (k is what follows it). */
export function titleEndsAt(v: TokenView, titles: NameTrie<string>, k: number): boolean {
  for (let t = k - 1; t >= 0 && t >= k - MAX_TITLE_REACH && v.joined(t); t--) if (titles.longestAt(v, t) === k) return true;
  return false;
}

/** The words of a minister's or secretary's portfolio (`Secretary of Commerce`, `Minister for Europe`). */
export const PORTFOLIO = new TokenSet(new Set([
  'Commerce', 'Defense', 'Defence', 'State', 'Foreign', 'Affairs', 'Treasury', 'Energy', 'Justice', 'Health',
  'Agriculture', 'Interior', 'Home', 'Finance', 'Economy', 'Trade', 'Education', 'Labor', 'Labour', 'Transportation',
  'Transport', 'Homeland', 'Security', 'Veterans', 'Culture', 'Environment', 'Industry', 'Development',
  'Information', 'Communications', 'Science', 'Technology', 'Europe', 'Political', 'Humanitarian', 'Human',
  'Rights', 'Legal', 'Disarmament', 'Peacekeeping', 'Operations', 'Management', 'International', 'Cooperation',
  'External', 'Internal', 'National', 'Emergency', 'Situations', 'European', 'Integration', 'Relations', 'Pacific',
  // More of the portfolios small states name (`Minister of Fisheries Semisi Fakahau said`); none a common name.
  'Fisheries', 'Tourism', 'Mines', 'Mining', 'Petroleum', 'Water', 'Youth', 'Sports', 'Women', 'Social', 'Welfare',
  'Planning', 'Investment', 'Public', 'Works', 'Infrastructure', 'Housing', 'Lands', 'Natural', 'Resources',
  'Forestry', 'Climate', 'Change', 'Immigration', 'Citizenship', 'Digital', 'Media', 'Religious', 'Local',
  'Government', 'Territorial', 'Administration', 'Aviation', 'Maritime', 'Oceans', 'Livestock', 'Food', 'Budget',
  'Revenue', 'Diaspora', 'Overseas', 'Regional', 'Arts', 'Heritage', 'Electricity', 'Telecommunications', 'Gender',
  'Equality', 'Children', 'Employment', 'Irrigation', 'Reconstruction', 'Rural', 'Urban', 'Minerals',
]));

/** Skips the titles at `s` (`Deputy Defense Minister`, `President`): a person's span never includes them. */
export function skipTitles(v: TokenView, titles: NameTrie<string>, s: number, limit: number): number {
  for (;;) {
    const t = s < limit ? titles.longestAt(v, s) : -1;
    if (t < 0 || t > limit) return s;
    s = t;
    if (s < limit && abbreviationDot(v, s)) s++;
  }
}

/**
 * Token s is the dot of an abbreviated title (`Gen. Smith`, `Sen. Warren`), not the full stop after a title that
 * ends a sentence (`…for the Secretary-General.` then `Good afternoon.`).
 */
function abbreviationDot(v: TokenView, s: number): boolean {
  return DOT.has(v, s) && v.touching(s - 1) && v.length(s - 1) <= MAX_ABBREVIATION && v.joined(s);
}

/** The longest abbreviated title: `Prof`, `Sgt`. */
const MAX_ABBREVIATION = 4;

export const OF = new TokenSet(new Set(['of']));

/**
 * Where the name in s..i starts when a title with lower-case words begins before s and ends inside it (`Secretary
 * of State John Kerry said`: the walk back from the verb stops at `of`): after that title; i when the title takes
 * all the words (`The Minister of Foreign Affairs said`: no name); else s.
 */
function titleInto(v: TokenView, titles: NameTrie<string>, s: number, i: number): number {
  for (let k = s - 1; k >= 0 && k >= s - MAX_TITLE_REACH && v.joined(k); k--) {
    const t = titles.longestAt(v, k);
    if (t > s && t <= i) return t;
  }
  return s;
}

/**
 * Where a name in the capitalised words s..limit starts once the titles are left out: those that reach into them
 * from before (`Secretary of State Hillary Clinton`) and those they start with (`Ambassador Bilahari Kausikan`).
 */
export function startAfterTitles(v: TokenView, titles: NameTrie<string>, s: number, limit: number): number {
  return skipTitles(v, titles, portfolioAfterTitle(v, titles, titleInto(v, titles, s, limit), limit), limit);
}

/**
 * The token after the portfolio words at s that a title and its link come before (`Commerce` of `Secretary of
 * Commerce Gina Raimondo`, a title the trie does not hold whole), when a name of two words or more follows; else s.
 */
function portfolioAfterTitle(v: TokenView, titles: NameTrie<string>, s: number, limit: number): number {
  if (s < 2 || !PORTFOLIO.has(v, s) || !COMPLEMENT_LINKS.has(v, s - 1) || !v.joined(s - 1) || !titleEndsAt(v, titles, s - 1)) return s;
  let k = s;
  while (k < limit && inPortfolio(v, k) && v.joined(k)) k++;
  return k < limit && countWords(v, k, nameEnd(v, k)) >= 2 ? k : s;
}

/** How many tokens before a name a title that reaches into it may start (`Under Secretary of State for`). */
const MAX_TITLE_REACH = 5;

/**
 * Role words after which a name in apposition is a person's, lower-case (the capitalised titles are in the trie)
 * or capitalised as in a UN text (`the Secretary-General’s Personal Envoy, Ramtane Lamamra,`).
 */
const ROLE_WORDS = [
  'ambassador', 'envoy', 'minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'representative',
  'secretary', 'general', 'chief', 'director', 'commissioner', 'coordinator', 'negotiator', 'counterpart', 'leader',
  'chancellor', 'premier', 'adviser', 'advisor', 'rapporteur', 'mediator', 'deputy', 'diplomat', 'speaker',
  // People of a service or a trade, named right after it (`Security Service officer Eston Kohver`).
  'officer', 'official', 'soldier', 'journalist', 'activist', 'lawyer', 'commander', 'correspondent', 'reporter',
];

const ROLE_NOUNS = new TokenSet(withCapitals(ROLE_WORDS));
/** Last words of a post's name rather than a person's. */
const POST_WORDS = new TokenSet(
  withCapitals([...ROLE_WORDS, 'officer', 'officers', 'adviser', 'advisor', 'attaché', 'attache', 'counsellor', 'counselor', 'manager', 'specialist', 'analyst', 'head', 'officials']),
);

const COMMA = new TokenSet(new Set([',']));

/**
 * `South Sudan's ambassador, Cecilia Adeng Nyok, thanked…` and `deputy secretary general Enrique Mora`: a name of
 * two to four capitalised words after a lower-case role word, right after it or set off by commas on both sides.
 */
export function rolePeople(v: TokenView, titles: NameTrie<string>, out: Candidate[], known: KnownSpans = NO_KNOWN_SPANS): void {
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    if (i < 1 || v.isCap(i - 1)) continue; // only where a name starts
    const apposition = COMMA.has(v, i - 1);
    let role = apposition ? i - 2 : i - 1;
    if (apposition && role > 0 && !ROLE_NOUNS.has(v, role)) role = Math.max(roleBeforePlace(v, known, i - 1), roleBeforeBody(v, i - 1));
    if (!apposition && !ROLE_NOUNS.has(v, role)) {
      placeThenName(v, titles, i, out, known);
      continue;
    }
    if (role < 0 || !ROLE_NOUNS.has(v, role) || (!apposition && !v.joined(role))) continue;
    addRoleName(v, titles, i, apposition, out, known);
  }
}

/** The name of two to four capitalised words at token i, after a role (and a comma when `apposition`). */
function addRoleName(v: TokenView, titles: NameTrie<string>, i: number, apposition: boolean, out: Candidate[], known: KnownSpans): void {
  if (titles.longestAt(v, i) >= 0) return; // `counterpart, Ambassador X`: titledPeople's
  // `deputy U.N. Ambassador Jonathan Cohen`: a body or place the gazetteer knows opens no name (the title after it is
  // titledPeople's).
  if (known.longestEnd(v.start(i), BODIES_AND_PLACES) >= 0) return;
  const e = nameEnd(v, i);
  if (countWords(v, i, e) < 2) return;
  // After the comma, a name that a lower-case word follows stands alone too (`the minister’s spokesman, Alkasim
  // AbdulKadir on Wednesday read`), unless a body's or a meeting's head word ends it, or `and` may list more after
  // it (`the ambassador, Sorin Vlădescu and others`).
  if (apposition && !COMMA.has(v, e) && !(e < v.count && v.isWord(e) && !v.isCap(e) && !AND.has(v, e) && !ORG_HEAD_WORDS.has(v, e - 1) && !EVENT_HEAD_WORDS.has(v, e - 1))) return;
  // A post's name in capitals is no person's (`Director of …, Defense Advisor of …`, `Policy Officer for …`).
  if (POST_WORDS.has(v, e - 1)) return;
  addMention(v, i, e, 'PERSON', 30, out, known);
}

/**
 * `the Chinese ambassador to Nepal Hou Yanqi refuted`: a state the gazetteer knows at token i, after a role word
 * and `to`, `in` or `at` (perhaps with `the`), and a name right after it.
 */
function placeThenName(v: TokenView, titles: NameTrie<string>, i: number, out: Candidate[], known: KnownSpans): void {
  const p = THE.has(v, i - 1) ? i - 2 : i - 1;
  if (p < 1 || !PLACE_PREPOSITIONS.has(v, p) || !ROLE_NOUNS.has(v, p - 1) || !v.joined(p - 1)) return;
  const end = known.longestEnd(v.start(i), STATES);
  if (end < 0) return;
  const k = v.tokenFrom(i, end);
  if (k < v.count && v.end(k - 1) === end && v.isCap(k) && v.joined(k - 1)) addRoleName(v, titles, k, false, out, known);
}

const PLACE_PREPOSITIONS = new TokenSet(new Set(['in', 'to', 'at']));

/**
 * `the Mexican ambassador in Madrid, Quirino Ornaz,`: the role word before `in`, `to` or `at` and a state or
 * city the gazetteer knows, which the comma at token `comma` ends; else -1.
 */
function roleBeforePlace(v: TokenView, known: KnownSpans, comma: number): number {
  for (let p = comma - 2; p >= comma - 4 && p > 0; p--) {
    if (PLACE_PREPOSITIONS.has(v, p) && ROLE_NOUNS.has(v, p - 1) && known.longestEnd(v.start(p + 1), STATES) === v.end(comma - 1)) return p - 1;
  }
  return -1;
}

/**
 * `The spokesperson, Ministry of Foreign Affairs, Ferdinand Nwonye,`: the role noun before a body named in
 * capitals between two commas, or before the body's `of`, the second comma at token `comma`; else -1.
 */
function roleBeforeBody(v: TokenView, comma: number): number {
  let head = false;
  for (let p = comma - 1; p >= comma - MAX_BODY_TOKENS && p > 1; p--) {
    if (COMMA.has(v, p)) return head && ROLE_NOUNS.has(v, p - 1) ? p - 1 : -1;
    // `The Special Representative of the Chairperson of the African Union Commission in Libya, Waheeda Al-Ayari,`.
    if (OF.has(v, p) && ROLE_NOUNS.has(v, p - 1)) return p - 1;
    if (ORG_HEAD_WORDS.has(v, p)) head = true;
    else if (!(v.isCap(p) && v.isWord(p)) && !BODY_LINKS.has(v, p)) return -1;
  }
  return -1;
}
/**
 * The most tokens of a body's name between a role and a name (`Ministry of Foreign Affairs and International
 * Cooperation`, `of the Chairperson of the African Union Commission in Libya`).
 */
const MAX_BODY_TOKENS = 12;
const BODY_LINKS = new TokenSet(new Set(['of', 'for', 'and', 'the', '&', 'in']));

/** The capitalised words among the tokens s…e (exclusive). */
export function countWords(v: TokenView, s: number, e: number): number {
  let n = 0;
  for (let k = s; k < e; k++) if (v.isWord(k) && v.isCap(k)) n++;
  return n;
}

/** Adds the rule's mention of tokens s to e - 1, unless it could only lose to a known one (see KnownSpans). */
export function addMention(v: TokenView, s: number, e: number, type: EntityType, priority: number, out: Candidate[], known: KnownSpans, source: 'rule' | 'byline' = 'rule'): void {
  const start = v.start(s);
  const end = v.end(e - 1);
  if (known.outrank(start, end, priority)) return;
  // A nationality or group the gazetteer knows is no person, whatever rule took it (`According to the Brazilian
  // leader, Latin American countries …`).
  if (type === 'PERSON' && known.longestEnd(start, NATIONALITIES) >= end) return;
  // The gazetteer still says who a person found by rule is: `Foreign Minister Sheikh Mohammed bin Abdulrahman
  // al-Thani`, or `Russian President Putin` with no full name in the text, where the title says it is a person
  // (unless the surname is also an ordinary word, see WORD_SURNAMES).
  const text = v.text.slice(start, end);
  const person = type === 'PERSON' ? gazetteerPerson(v, s, e, start, end, text, known) : undefined;
  if (person !== undefined) out.push(candidate(start, end, type, person.canonical, source, priority, person.person));
  else out.push(candidate(start, end, type, text, source, priority));
}

/**
 * The gazetteer's person that the name s..e (from offset `start` to `end`, its text `text`) stands for: the known
 * mention of the same span, a surname alone (unless also an ordinary word, see WORD_SURNAMES), or the surname at
 * the end of a longer form of the same given name (`Vassily A. Nebenzia`, `Majed bin Mohammed al-Ansari`).
 */
function gazetteerPerson(v: TokenView, s: number, e: number, start: number, end: number, text: string, known: KnownSpans): Candidate | undefined {
  const same = known.personAt(start, end);
  if (same !== undefined) return s + 1 < e || (same.source === 'alias' && !WORD_SURNAMES.has(text)) ? same : undefined;
  if (s + 1 === e) return undefined;
  const surname = known.personAt(v.start(e - 1), end);
  return surname !== undefined && surname.source === 'alias' && surname.canonical.startsWith(`${v.str(s)} `) ? surname : undefined;
}
