// People named before their role, set off by a comma: `Serge Brammertz, the Prosecutor of the Tribunal`,
// `Farhan Haq, Associate Spokesperson for the Secretary-General`, `Dmitry Kozak, Russia's chief negotiator`.
// The gazetteer cannot list every prosecutor, spokesperson and negotiator; the apposition says it is a person.

import type { Candidate } from './candidates';
import { ANY_TYPE, type KnownSpans, NO_KNOWN_SPANS, STATES } from './knownspans';
import { continuesRun, DASH, nameEnd } from './names';
import type { NameTrie } from './nametrie';
import { nameWordsMax } from './reporting-people';
import { addMention, countWords, EVENT_HEAD_WORDS, ORG_HEAD_WORDS, portfolioOnly, startAfterTitles } from './rules';
import { headlineWordsOnly } from './titlecase';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';
import { PLACE_HEADS, WATER_HEADS, withCapitals } from './words';

/** Nouns for what a person is, written lower-case in running text and capitalised as a title. */
const ROLES = [
  'ambassador', 'envoy', 'minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'representative',
  'secretary', 'chief', 'director', 'commissioner', 'coordinator', 'negotiator', 'chancellor', 'premier', 'adviser',
  'advisor', 'rapporteur', 'mediator', 'prosecutor', 'judge', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'head', 'leader', 'governor', 'mayor', 'senator', 'lawmaker', 'diplomat', 'official', 'analyst', 'researcher',
  'professor', 'correspondent', 'editor', 'founder', 'administrator', 'commander', 'deputy', 'counsellor',
  'counselor', 'attaché', 'consul', 'undersecretary', 'under-secretary-general', 'secretary-general', 'president-elect',
  'chargé', 'charge', 'journalist', 'reporter', 'lawyer', 'economist', 'scholar', 'historian', 'writer',
  'counterpart',
];
const ROLE_WORDS = new TokenSet(withCapitals(ROLES));
/** What may come between the comma and the role: an article or possessive pronoun, and modifiers of the role. */
const LEADS = new TokenSet(new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'then', 'now', 'former']));
const MODIFIERS = new TokenSet(new Set([
  'deputy', 'special', 'senior', 'chief', 'acting', 'associate', 'assistant', 'top', 'new', 'foreign', 'prime',
  'freelance', 'veteran', 'prominent', 'independent',
  'defence', 'defense', 'interior', 'vice', 'permanent', 'principal', 'executive', 'general', 'lead', 'high',
  "'", 's',
  // What the role is of: `the ruling party's policy chief`, `the bloc's trade commissioner`.
  'policy', 'party', 'ruling', 'opposition', 'trade', 'security', 'national', 'state', 'country', 'government',
  'ministry', 'bloc', 'agency', 'union', 'military', 'army', 'intelligence', 'finance', 'economy', 'health',
  'justice', 'press', 'information', 'regional', 'federal', 'nuclear', 'climate', 'humanitarian', 'human', 'rights',
  'peace', 'communications', 'energy', 'education',
  // Adjectives of whom the role serves (`the presidential spokesperson`, `the official spokesman`).
  'presidential', 'official', 'ministerial', 'royal',
]));
/** Nouns that end the name of a group of states or parties, or of a river, a valley or an island: never of a person. */
const NOT_PERSON_LAST = new TokenSet(
  new Set(['States', 'Nations', 'Members', 'Parties', 'Countries', 'Governments', 'Powers', 'Allies', 'Partners', ...WATER_HEADS, 'Mountains', 'Valley', 'Island', 'Islands']),
);
const COMMA = new TokenSet(new Set([',']));
const OPEN = new TokenSet(new Set(['(']));
const CLOSE = new TokenSet(new Set([')']));
const PLACE_HEAD_WORDS = new TokenSet(PLACE_HEADS);
/** At most this many tokens between the comma and the role (`the UN's deputy special` is six). */
const MAX_BETWEEN = 6;

export function appositionPeople(v: TokenView, titles: NameTrie<string>, out: Candidate[], known: KnownSpans = NO_KNOWN_SPANS): void {
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    if (continuesRun(v, i)) continue; // only where a run of capitals starts
    // Up to five words, of which titles may take some (`Secretary of State Hillary Clinton, the…`: the run starts
    // at `State`), and the name at most three.
    const e = nameEnd(v, i, 5);
    // A body or a meeting is no person (`after the Liberation War, the minister criticized…`).
    // Nor are states or parties in the plural (`with the Member States, an EU Spokesperson confirmed`), nor rivers
    // and islands (`both sides of the Aras River, the diplomat noted`).
    if (e >= v.count || ORG_HEAD_WORDS.has(v, e - 1) || EVENT_HEAD_WORDS.has(v, e - 1) || NOT_PERSON_LAST.has(v, e - 1)) continue;
    // A UN summary gives each speaker's country in parentheses (`Amina Yusuf (Nigeria) said`, `Vassily A.
    // Nebenzia (Russian Federation), whose delegation…`): that alone says the name is a person's, unless the
    // gazetteer knows the name as something else (`Northern Ireland (UK)`) or it ends as a place's does
    // (`Belfast City (UK)`).
    const inParentheses = countryInParentheses(v, e, known) > 0;
    const apposed = !inParentheses && COMMA.has(v, e) && roleAfter(v, e + 1);
    const relative = !inParentheses && !apposed && COMMA.has(v, e) && roleInRelative(v, e + 1);
    // `Libya’s ambassador to the United Nations, Taher El-Sonni, warned`: the name in apposition after its role,
    // closed by a comma or a full stop, that the gazetteer knows as nothing else.
    const after = !inParentheses && !apposed && !relative && i > 1 && COMMA.has(v, i - 1) && APPOSITION_END.has(v, e) && roleBefore(v, i - 2) && known.at(v.start(i), v.end(e - 1)) === undefined;
    if (!inParentheses && !apposed && !relative && !after) continue;
    const s = startAfterTitles(v, titles, i, e);
    // `Democrat Joe Biden, who is serving … as President`: the gazetteer's person inside the run is the name.
    if (relative && knownPersonInside(v, s, e, known)) continue;
    // A role after the comma or a country in parentheses says enough for a name of four words (`Rimtalba Jean
    // Emmanuel Ouedraogo, Prime Minister of Burkina Faso`).
    const usual = nameWordsMax(v, titles, s, e);
    const maxWords = (apposed || inParentheses) && plainNameWords(v, titles, s, e, known) ? Math.max(4, usual) : usual;
    if (countWords(v, s, e) < 2 || nameEnd(v, s, maxWords) !== e || portfolioOnly(v, s, e)) continue;
    if (nationalityAndTitle(v, titles, s, e, known)) continue;
    // `Move towards Lasting Political Settlement, Special Envoy, Other Officials Tell Security Council`: a
    // headline's capitals before a role say nothing of a name.
    if (headlineWordsOnly(v, s, s, e, known)) continue;
    if (!inParentheses || (known.at(v.start(s), v.end(e - 1)) === undefined && !PLACE_HEAD_WORDS.has(v, e - 1))) addMention(v, s, e, 'PERSON', 30, out, known);
  }
}

/**
 * Tokens s..e-1 are words of a name and nothing else: none in capitals, a title's first word, a body's head word,
 * or the first word of a mention the gazetteer knows (`Assembly President Miroslav Lajčák`, `Pacific International
 * Policy Division`, `OAS Assistant Secretary General` are no names of four words).
 */
function plainNameWords(v: TokenView, titles: NameTrie<string>, s: number, e: number, known: KnownSpans): boolean {
  for (let k = s; k < e; k++) {
    if (!v.isWord(k) || v.isAllCaps(k) || titles.longestAt(v, k) >= 0 || ORG_HEAD_WORDS.has(v, k) || known.longestEnd(v.start(k), ANY_TYPE) >= 0) return false;
  }
  return true;
}

/**
 * The run s..e is a nationality and a title, no one's name (`the resignation of the Qatari Emir, spokesman Abbas
 * Araqchi said`).
 */
function nationalityAndTitle(v: TokenView, titles: NameTrie<string>, s: number, e: number, known: KnownSpans): boolean {
  return known.at(v.start(s), v.end(s))?.type === 'NORP' && titles.longestAt(v, s + 1) === e;
}

/** Token e opens parentheses around a place the gazetteer knows, and nothing else: the index of `)`, else -1. */
function countryInParentheses(v: TokenView, e: number, known: KnownSpans): number {
  if (!OPEN.has(v, e) || !v.touching(e)) return -1;
  const end = known.longestEnd(v.start(e + 1), STATES);
  if (end < 0) return -1;
  const k = v.tokenFrom(e + 1, end);
  return k < v.count && v.start(k) === end && CLOSE.has(v, k) ? k : -1;
}

/**
 * A relative clause opens at token k and holds a role noun before any punctuation, within RELATIVE_SPAN tokens:
 * `Luy David, who will be starting as Cambodia's ambassador to France`.
 */
function roleInRelative(v: TokenView, k: number): boolean {
  if (!WHO.has(v, k)) return false;
  for (const last = Math.min(v.count, k + RELATIVE_SPAN); ++k < last; ) {
    if (ROLE_WORDS.has(v, k)) return true;
    if (CLAUSE_PUNCT.has(v, k)) return false;
  }
  return false;
}
/** The gazetteer knows the last words of the run s..e, from its second word on, as a person. */
function knownPersonInside(v: TokenView, s: number, e: number, known: KnownSpans): boolean {
  for (let k = s + 1; k < e; k++) if (known.personAt(v.start(k), v.end(e - 1)) !== undefined) return true;
  return false;
}
const WHO = new TokenSet(new Set(['who']));
const CLAUSE_PUNCT = new TokenSet(new Set([',', '.', ';', ':', '(', ')', '"', '“', '”']));
/** How far into a relative clause its role may come. */
const RELATIVE_SPAN = 12;

/**
 * A role noun in lower case ends at token k, or comes before what it is of or for there (`ambassador to the
 * United Nations`, `chief of staff`), within MAX_BETWEEN tokens.
 */
function roleBefore(v: TokenView, k: number): boolean {
  for (const last = Math.max(0, k - MAX_BETWEEN); k >= last; k--) {
    if (ROLE_WORDS.has(v, k)) return !v.isCap(k);
    if (!v.isWord(k) || !(v.isCap(k) || COMPLEMENT_WORDS.has(v, k)) || !v.joined(k)) return false;
  }
  return false;
}
const COMPLEMENT_WORDS = new TokenSet(new Set(['to', 'of', 'for', 'the', 'at', 'in', 'and', 'with']));
/** What closes a name in apposition: a comma or a full stop. */
const APPOSITION_END = new TokenSet(new Set([',', '.']));

/** A role noun starts at token k or follows it after an article and modifiers (capitalised ones included). */
function roleAfter(v: TokenView, k: number): boolean {
  if (LEADS.has(v, k)) k++;
  for (const last = k + MAX_BETWEEN; k < v.count && k < last; k++) {
    if (ROLE_WORDS.has(v, k)) return true;
    // A hyphen inside a capitalised role (`Under-Secretary-General`) joins its words.
    const hyphen = DASH.has(v, k) && v.touching(k - 1) && v.touching(k);
    if (!(MODIFIERS.has(v, k) || hyphen || (v.isCap(k) && v.isWord(k))) || !v.joined(k)) return false;
  }
  return false;
}
