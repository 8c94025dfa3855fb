// The attribution a quotation takes from earlier in its paragraph when nothing around it says who speaks: the
// last reporting cue outside quotations, or the speaker of the last quotation before it.

import type { Cue } from './cues';
import { closeEnd, withVia, type Quote, type SpeakerAttribution } from './types';

/**
 * The last attribution between `from` and `to`, given the cues found there (offsets from `from`; they are
 * reordered) and the quotations done so far. The items are taken by where they end, last first; at the same
 * end a cue before a quotation, and the nearest quotation first. A cue may name no one (`attribute` of
 * `state` gives null), but an earlier speaker always answers, so no item ending before the last of them is
 * ever reached: only the cues after it are tried, and no list of all the items is made and sorted. (`state` is
 * passed rather than caught in a closure: a closure made per text is a new call target for every text.)
 */
export function lastAttribution<S>(
  cues: Cue[],
  from: number,
  to: number,
  done: readonly Quote[],
  via: SpeakerAttribution['via'],
  attribute: (state: S, cue: Cue, base: number, via: SpeakerAttribution['via']) => SpeakerAttribution | null,
  state: S,
): SpeakerAttribution | null {
  let last: SpeakerAttribution | null = null;
  let lastAt = -Infinity;
  for (let i = done.length - 1; i >= 0 && done[i].start >= from; i--) {
    const q = done[i];
    if (!q.nested && q.speaker && q.end <= to && closeEnd(q) > lastAt) {
      last = q.speaker;
      lastAt = closeEnd(q);
    }
  }
  // By end, last first; the stable sort keeps cues ending together in their order.
  if (cues.length > 1) cues.sort((a, b) => b.end - a.end);
  for (let i = 0; i < cues.length && from + cues[i].end >= lastAt; i++) {
    const a = attribute(state, cues[i], from, via);
    if (a) return a;
  }
  return last ? withVia(last, via) : null;
}
