// A country named by an epithet after `the`, once the text has named it: `the North` and `the South` of a text
// about the Koreas, `the Islamic Republic` (Iran), `the Emirates` (the United Arab Emirates). The gold guidelines
// count these as the place (GPE), without `the`. Not `the Kingdom`, which the annotators of the blind batches
// left untagged four times in five.

import { type Candidate, candidate } from './candidates';

/**
 * `the` and an epithet, not the first word of a longer name (`the North Atlantic`, `the South China Sea`); the
 * epithet is group 1. `the` is matched, not looked behind for: a lookbehind is tried at every position of the text.
 */
const THE_EPITHET = /\b[Tt]he (North|South|Islamic Republic|Emirates)(?![\p{L}\p{N}-]|\s+(?:of\b|\p{Lu}|and\s+\p{Lu}))/gu;
const THE = 'the '.length;

/** The country an epithet stands for, among the places the text names (`named`, by canonical name); null for none. */
function countryOf(epithet: string, named: ReadonlySet<string>): string | null {
  switch (epithet) {
    case 'North':
      return named.has('North Korea') ? 'North Korea' : null;
    case 'South':
      return named.has('North Korea') || named.has('South Korea') ? 'South Korea' : null;
    case 'Islamic Republic':
      return named.has('Iran') ? 'Iran' : null;
    default:
      return named.has('United Arab Emirates') ? 'United Arab Emirates' : null;
  }
}

/** The mentions (sorted by start) with the epithets the text uses for the countries it names. */
export function withCountryEpithets(text: string, mentions: Candidate[]): Candidate[] {
  // The pattern's own search is the test for an epithet: four searches of the text for the words (one pass each
  // when they are absent) took twice as long as it on a long text. The places named are gathered at the first
  // epithet.
  let named: Set<string> | null = null;
  const added: Candidate[] = [];
  const replaced = new Set<Candidate>();
  let k = 0;
  for (const m of text.matchAll(THE_EPITHET)) {
    const epithet = m[1];
    const start = m.index + THE;
    const end = start + epithet.length;
    while (k < mentions.length && mentions[k].end <= start) k++;
    // Inside a name found already, but for the nationality word of `the Islamic Republic`, which it replaces.
    const inside: Candidate[] = [];
    for (let j = k; j < mentions.length && mentions[j].start < end; j++) inside.push(mentions[j]);
    if (inside.some((c) => c.type !== 'NORP' || c.start < start || c.end > end)) continue;
    named ??= placesNamed(mentions);
    const country = countryOf(epithet, named);
    if (country === null) continue;
    added.push(candidate(start, end, 'GPE', country, 'rule', 20));
    for (const c of inside) replaced.add(c);
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((c) => !replaced.has(c)), ...added].sort((a, b) => a.start - b.start);
}

/** The canonical names of the places among the mentions. */
function placesNamed(mentions: readonly Candidate[]): Set<string> {
  const named = new Set<string>();
  for (const c of mentions) if (c.type === 'GPE') named.add(c.canonical);
  return named;
}
