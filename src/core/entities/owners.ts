// A country's own institution named in the possessive (`Azerbaijan's Foreign Ministry`): two mentions, the
// country and the institution, as the guidelines ask. The gazetteer gives some such institutions a name of their
// own (`Russian Foreign Ministry`); the others' canonical name is made from the country's demonym, so that Kenya's
// Foreign Ministry and Azerbaijan's are not one body.

import { type Candidate, candidate } from './candidates';
import { demonymOf } from './load';

/** The institutions every state has, as a rule or the gazetteer names them without their country. */
const GENERIC = /^(?:(?:Foreign|Defen[cs]e|Interior|Finance|Justice|Economy|Trade|Health|Energy|Agriculture) Ministry|Ministry of (?:Foreign Affairs|Defen[cs]e|Interior|Finance|Justice)|Foreign Office|Embassy|Parliament|Government|Cabinet|Central Bank|Supreme Court|Constitutional Court)$/;

/** The mentions, with the country's demonym before each generic institution named in its possessive. */
export function withOwners(text: string, mentions: Candidate[]): Candidate[] {
  for (let k = 1; k < mentions.length; k++) {
    const c = mentions[k];
    if (c.type !== 'ORG' || !GENERIC.test(c.canonical)) continue;
    const owner = mentions[k - 1];
    if (owner.type !== 'GPE' || c.start - owner.end !== 3 || !isPossessive(text, owner.end)) continue;
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
