// A name given in brackets between a person's given name and surname is part of the name: `Commodore Voreqe
// (Frank) Bainimarama`. The rules find the given name and the surname as two people; the guidelines have one.

import { type Candidate, candidate } from './candidates';

/**
 * ` (Frank) ` between the two mentions: one capitalised word of two letters or more in round brackets, not a
 * photo caption's place (`Putin (R) Xi Jinping (L)`, `(Left)`).
 */
const BRACKETED_NAME = /^ \((?!(?:Left|Right|Centre|Center|Top|Bottom|Front|Back|File|Photo)\))\p{Lu}\p{Ll}[\p{L}'’-]*\) $/u;
/** One word: the given name before the brackets and the surname after them are a word each. */
const ONE_WORD = /^[\p{L}'’-]+$/u;

/**
 * The mentions, with two people of one word each joined into one where a bracketed name alone stands between them
 * (a given name and a surname). The joined mention takes the second one's canonical name when the gazetteer gave
 * it one (`Frank Bainimarama`), else its own words.
 */
export function withBracketedNames(text: string, mentions: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (b === undefined || a.type !== 'PERSON' || b.type !== 'PERSON' || b.start - a.end > 40 || !BRACKETED_NAME.test(text.slice(a.end, b.start)) || !ONE_WORD.test(text.slice(a.start, a.end)) || !ONE_WORD.test(text.slice(b.start, b.end))) {
      out?.push(a);
      continue;
    }
    out ??= mentions.slice(0, k);
    const surname = text.slice(b.start, b.end);
    out.push(candidate(a.start, b.end, 'PERSON', b.canonical !== surname ? b.canonical : text.slice(a.start, b.end), b.source, b.priority, b.person));
    k++;
  }
  return out ?? mentions;
}
