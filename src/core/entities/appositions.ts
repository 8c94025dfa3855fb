// People named before their role, set off by a comma: `Serge Brammertz, the Prosecutor of the Tribunal`,
// `Farhan Haq, Associate Spokesperson for the Secretary-General`, `Dmitry Kozak, Russia's chief negotiator`.
// The gazetteer cannot list every prosecutor, spokesperson and negotiator; the apposition says it is a person.

import type { Candidate } from './candidates';
import { type KnownSpans, NO_KNOWN_SPANS } from './knownspans';
import { addMention, countWords, nameEnd } from './rules';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';
import { ORG_HEADS, withCapitals } from './words';

/** Nouns for what a person is, written lower-case in running text and capitalised as a title. */
const ROLES = [
  'ambassador', 'envoy', 'minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'representative',
  'secretary', 'chief', 'director', 'commissioner', 'coordinator', 'negotiator', 'chancellor', 'premier', 'adviser',
  'advisor', 'rapporteur', 'mediator', 'prosecutor', 'judge', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'head', 'leader', 'governor', 'mayor', 'senator', 'lawmaker', 'diplomat', 'official', 'analyst', 'researcher',
  'professor', 'correspondent', 'editor', 'founder', 'administrator', 'commander', 'deputy', 'counsellor',
  'counselor', 'attaché', 'consul', 'undersecretary', 'under-secretary-general', 'secretary-general', 'president-elect',
];
const ROLE_WORDS = new TokenSet(withCapitals(ROLES));
/** What may come between the comma and the role: an article or possessive pronoun, and modifiers of the role. */
const LEADS = new TokenSet(new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'then', 'now', 'former']));
const MODIFIERS = new TokenSet(new Set([
  'deputy', 'special', 'senior', 'chief', 'acting', 'associate', 'assistant', 'top', 'new', 'foreign', 'prime',
  'defence', 'defense', 'interior', 'vice', 'permanent', 'principal', 'executive', 'general', 'lead', 'high',
  "'", 's',
]));
const COMMA = new TokenSet(new Set([',']));
const OPEN = new TokenSet(new Set(['(']));
const CLOSE = new TokenSet(new Set([')']));
const ORG_HEAD_WORDS = new TokenSet(ORG_HEADS);
/** At most this many tokens between the comma and the role (`the UN's deputy special` is six). */
const MAX_BETWEEN = 6;

export function appositionPeople(v: TokenView, out: Candidate[], known: KnownSpans = NO_KNOWN_SPANS): void {
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    if (i > 0 && v.isCap(i - 1) && v.joined(i - 1)) continue; // only where a run of capitals starts
    const e = nameEnd(v, i, 3);
    if (e >= v.count || countWords(v, i, e) < 2 || ORG_HEAD_WORDS.has(v, e - 1)) continue;
    // A UN summary puts the country between (`Anwarul Karim Chowdhury (Bangladesh), Council President, said`).
    const comma = OPEN.has(v, e) && CLOSE.has(v, e + 2) ? e + 3 : e;
    if (COMMA.has(v, comma) && roleAfter(v, comma + 1)) addMention(v, i, e, 'PERSON', 30, out, known);
  }
}

/** A role noun starts at token k or follows it after an article and modifiers (capitalised ones included). */
function roleAfter(v: TokenView, k: number): boolean {
  if (LEADS.has(v, k)) k++;
  for (const last = k + MAX_BETWEEN; k < v.count && k < last; k++) {
    if (ROLE_WORDS.has(v, k)) return true;
    if (!(MODIFIERS.has(v, k) || (v.isCap(k) && v.isWord(k))) || !v.joined(k)) return false;
  }
  return false;
}
