// An event's number or year before its name belongs to the name: `the 46th ASEAN Summit`, `the 2022 FIFA World
// Cup`, `the 57th ASEAN Foreign Ministers’ Meeting`. The gazetteer and the rules find the name without it. (Not a
// treaty's year, `the 1961 Vienna Convention`: tried on the blind batches, that lost one match more than it gained.)

import { type Candidate, candidate } from './candidates';

/** An ordinal (`46th`) or a year (`2022`) and one space, right before an event's name. */
const NUMBER_BEFORE = /(?<![\p{L}\p{N}])(?:\d{1,3}(?:st|nd|rd|th)|(?:1[89]|20)\d\d)\s$/u;

/** The mentions (sorted by start) with each event's number or year taken into it, and a year found as a date there dropped. */
export function withEventNumbers(text: string, mentions: Candidate[]): Candidate[] {
  let dropped: Set<Candidate> | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const c = mentions[k];
    if (c.type !== 'EVENT') continue;
    const m = NUMBER_BEFORE.exec(text.slice(Math.max(0, c.start - 6), c.start));
    if (m === null) continue;
    const start = c.start - m[0].length;
    const before = k > 0 ? mentions[k - 1] : undefined;
    if (before !== undefined && before.end > start) {
      // Only a date that is the year itself gives way (`2022` of `the 2022 FIFA World Cup`).
      if (before.type !== 'DATE' || before.start !== start) continue;
      (dropped ??= new Set()).add(before);
    }
    mentions[k] = candidate(start, c.end, c.type, c.canonical === text.slice(c.start, c.end) ? text.slice(start, c.end) : c.canonical, c.source, c.priority, c.person);
  }
  return dropped === null ? mentions : mentions.filter((c) => !dropped.has(c));
}
