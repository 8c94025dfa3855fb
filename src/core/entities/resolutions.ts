// Resolutions named by their number after a lower-case `resolution` (`their obligations under resolution 2178
// (2014)`, `Security Council resolution 2231`): laws (LAW), as `Resolution 1973` is in capitals (see rules.ts).

import type { Candidate } from './candidates';
import type { KnownSpans } from './knownspans';
import { addMention } from './rules';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';

/** The word, a starter: its tokens are listed by the scan, so the rule reads only them. */
const RESOLUTION = new TokenSet(new Set(['resolution']), true);
/** A resolution's number: two to four digits (`242`, `1325`, `2178`). */
const NUMBER = /^\d{2,4}$/;

export function resolutionNumbers(v: TokenView, out: Candidate[], known: KnownSpans): void {
  const starters = v.starterIndices();
  for (let at = 0; at < starters.length; at++) {
    const i = starters[at];
    if (!RESOLUTION.has(v, i) || !v.isDigit(i + 1) || !v.joined(i) || v.touching(i)) continue;
    // Not part of a longer token run (`resolution 2178-A`, `resolution 12.5`).
    if (!NUMBER.test(v.str(i + 1)) || v.touching(i + 1)) continue;
    addMention(v, i, i + 2, 'LAW', 20, out, known);
  }
}
