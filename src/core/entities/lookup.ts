// Candidates from the gazetteer: the longest known name at each token, and people's surnames standing alone.

import { asciiCapitals } from './acronyms';
import { type Candidate, candidate } from './candidates';
import type { Gazetteer } from './gazetteer';
import { DASH } from './names';
import type { TokenView } from './view';


export function gazetteerCandidates(v: TokenView, g: Gazetteer, out: Candidate[]): void {
  const names = g.names;
  // Every token a name can start at is marked: capitalised, a digit, or a lower-case first word (a starter).
  let next = 0;
  const marked = v.markedTokens();
  for (let at = 0; at < marked.length; at++) {
    const i = marked[at];
    if (i < next) continue;
    const cap = v.isCap(i);
    if (!cap && !v.isDigit(i) && !names.isLowerFirst(v, i)) continue;
    let end = names.longestAt(v, i);
    // `talks in the Hague`: the city (`The Hague`) with its article in lower case, not William Hague.
    const city = end < 0 && cap && v.is(i - 1, 'the') ? g.placeAfterLowerThe(v.str(i)) : undefined;
    if (end >= 0) {
      // The entry of the highest priority, the first of them on a tie (see Gazetteer.names).
      let e = names.foundChoice!;
      const start = v.start(i);
      if (e.title !== undefined) {
        // `Sheikh Mohammed bin Abdulrahman al-Thani`: the name after the title may be longer than the titled alias.
        const after = v.tokenFrom(i + 1, start + e.title);
        const longer = after < v.count && v.start(after) === start + e.title ? names.longestAt(v, after) : -1;
        if (longer > end) {
          end = longer;
          e = { ...names.foundChoice!, title: e.title };
        }
      }
      if (e.owner) {
        // `Russia's Foreign Ministry`: the place, then the institution after `'s `.
        const o = e.owner.entry;
        out.push(candidate(start, start + e.owner.length, o.type, o.canonical, 'gazetteer', o.priority));
        out.push(candidate(start + e.owner.length + 3, v.end(end - 1), e.type, e.canonical, 'gazetteer', e.priority));
      } else {
        // `Prince Faisal bin Farhan`: the title stays outside the mention.
        out.push(candidate(start + (e.title ?? 0), v.end(end - 1), e.type, e.canonical, 'gazetteer', e.priority, e.person));
      }
      // Shorter names inside a longer one are never needed (the longest wins), so skip past it.
      next = end;
    } else if (city) {
      out.push(candidate(v.start(i), v.end(i), city.type, city.canonical, 'gazetteer', city.priority));
    } else if (cap && !(v.touching(i) && DASH.has(v, i + 1))) {
      const people = g.peopleBySurname(v, i);
      if (people) out.push(candidate(v.start(i), v.end(i), 'PERSON', people[0].canonical, 'alias', 5, people[0].person));
    }
  }
}

/**
 * `VIENNA (Reuters) -`: a place written in capitals, as in a dateline or a headline in capitals, under its usual
 * spelling. Its entry outranks the unknown-acronym reading of the same word.
 */
export function placesInCapitals(v: TokenView, g: Gazetteer, out: Candidate[]): void {
  const caps = v.capIndices();
  let next = 0;
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    if (i < next || !asciiCapitals(v, i, 2)) continue;
    // The longest name of up to three words in capitals, each joined to the next by a space (`UNITED NATIONS`).
    // The first word is copied only to be looked up: most words in capitals are acronyms of two or three letters
    // (`UN`, `EU`) that stand alone.
    let key: string | null = v.length(i) >= 4 ? v.text.slice(v.start(i), v.end(i)) : null;
    let found = key !== null ? g.placeInCapitals(key) : undefined;
    let last = i;
    for (let k = i + 1; k < i + 3 && k < v.count && v.joined(k - 1) && asciiCapitals(v, k, 2); k++) {
      key = `${key ?? v.text.slice(v.start(i), v.end(i))} ${v.text.slice(v.start(k), v.end(k))}`;
      const e = g.placeInCapitals(key);
      if (e) {
        found = e;
        last = k;
      }
    }
    if (found) {
      out.push(candidate(v.start(i), v.end(last), found.type, found.canonical, 'gazetteer', found.priority));
      next = last + 1;
    }
  }
}
