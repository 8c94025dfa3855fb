// A country's own institution named in the possessive (`Azerbaijan's Foreign Ministry`): two mentions, the
// country and the institution, as the guidelines ask. The gazetteer gives some such institutions a name of their
// own (`Russian Foreign Ministry`); the others' canonical name is made from the country's demonym, so that Kenya's
// Foreign Ministry and Azerbaijan's are not one body.

import { type Candidate, candidate } from './candidates';
import { demonymOf } from './load';
import { ministryOf } from './ministries';

/** The institutions every state has, as a rule or the gazetteer names them without their country. */
const GENERIC = /^(?:(?:Foreign|Defen[cs]e|Interior|Finance|Justice|Economy|Trade|Health|Energy|Agriculture) Ministry|Ministry of (?:Foreign Affairs|Defen[cs]e|Interior|Finance|Justice)|Foreign Office|Embassy|Parliament|Government|Cabinet|Central Bank|Supreme Court|Constitutional Court)$/;

/**
 * Names the gazetteer gives one country's institution (by its canonical name) that other countries' copy uses for
 * their own: the name, or an acronym defined for it, is that institution only where the text names its country
 * (`the Foreign Office (FO)` of a Pakistani release is Islamabad's).
 */
const SHARED_NAMES: ReadonlyMap<string, { name: string; country: RegExp }> = new Map([
  ['Foreign, Commonwealth and Development Office', { name: 'Foreign Office', country: /\b(?:Britain|British|UK|U\.K\.|United Kingdom|London|England|Whitehall|Downing Street)\b/ }],
]);

/**
 * The mentions, with a shared name given back to the text's own institution where the text does not name the
 * gazetteer's country, and the country's demonym before each generic institution named in its possessive.
 */
export function withOwners(text: string, mentions: Candidate[]): Candidate[] {
  for (let k = 0; k < mentions.length; k++) {
    const c = mentions[k];
    // Only the gazetteer's names and acronyms defined for them take a canonical name the text did not write.
    const shared = c.type === 'ORG' && c.source !== 'rule' ? SHARED_NAMES.get(c.canonical) : undefined;
    if (shared === undefined || (c.source !== 'acronym' && text.slice(c.start, c.end) !== shared.name) || shared.country.test(text)) continue;
    mentions[k] = candidate(c.start, c.end, c.type, shared.name, 'rule', c.priority, c.person);
  }
  for (let k = 1; k < mentions.length; k++) {
    const c = mentions[k];
    const owner = mentions[k - 1];
    if (c.type !== 'ORG' || owner.type !== 'GPE' || c.start - owner.end !== 3 || !isPossessive(text, owner.end)) continue;
    // Also any ministry whose name gives no country (`Cambodia's Ministry of Foreign Affairs and International
    // Cooperation`, see ministryOf).
    if (!GENERIC.test(c.canonical) && ministryOf(c.canonical)?.country !== null) continue;
    const demonym = demonymOf(owner.canonical);
    if (demonym !== null) mentions[k] = candidate(c.start, c.end, c.type, `${demonym} ${c.canonical}`, c.source, c.priority, c.person);
  }
  return mentions;
}

/** `'s ` or `’s ` at `at`. */
function isPossessive(text: string, at: number): boolean {
  const q = text.charCodeAt(at);
  return (q === 0x27 || q === 0x2019) && text.charCodeAt(at + 1) === 0x73 && text.charCodeAt(at + 2) === 0x20;
}
