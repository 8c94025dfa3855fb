// Regions named by a known place and a natural feature after it (`Niger Delta`, `Nile Valley`): one mention of the
// region, not the country or the river alone.

import type { Candidate } from './candidates';
import type { KnownSpans } from './knownspans';
import { addMention } from './rules';
import { TokenSet } from './tokenset';
import type { EntityType } from './types';
import type { TokenView } from './view';

/** Natural features a place's name opens (`Niger Delta`, `Nile Valley`, `Sinai Peninsula`): regions (LOC). */
const FEATURE_HEADS = new TokenSet(new Set([
  'Delta', 'Valley', 'Basin', 'Peninsula', 'Plateau', 'Highlands', 'Lowlands', 'Desert', 'Gorge', 'Corridor',
  'Coast', 'Mountains', 'Steppe', 'Archipelago',
]));
const PLACES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC']);

/**
 * `the Niger Delta`, `the Nile Valley`: a place the gazetteer knows and a natural feature's word after it are one
 * region, not the country or river alone.
 */
export function featureNames(v: TokenView, out: Candidate[], known: KnownSpans): void {
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    if (i === 0 || !FEATURE_HEADS.has(v, i) || !v.joined(i - 1) || v.touching(i - 1)) continue;
    for (let s = i - 1; s >= 0 && s >= i - 3; s--) {
      if (known.longestEnd(v.start(s), PLACES) === v.end(i - 1)) {
        addMention(v, s, i + 1, 'LOC', 20, out, known);
        break;
      }
      if (s === 0 || !v.joined(s - 1)) break;
    }
  }
}
