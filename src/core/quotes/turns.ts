// Transcript turns (`MR. PRICE: …`): the turn that holds a place in the text, and its speaker, the person its
// label names, else the label itself. A quotation with nothing else to say who speaks it takes its turn's speaker.

import type { Entity } from '../entities';
import type { Span, Turn } from '../text';
import { speakerAttribution, type SpeakerAttribution } from './types';

/** True when the turns follow each other in the text without overlapping, as findTurns makes them. */
export function inTextOrder(turns: readonly Turn[]): boolean {
  for (let i = 0; i < turns.length; i++) {
    if (turns[i].content.end < turns[i].content.start || (i > 0 && turns[i].content.start < turns[i - 1].content.end)) return false;
  }
  return true;
}

/** The first turn whose content holds `pos`: a binary search when the turns are in text order. */
function turnAt(turns: readonly Turn[], inOrder: boolean, pos: number): Turn | undefined {
  if (!inOrder) return turns.find((t) => t.content.start <= pos && pos < t.content.end);
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid].content.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const t = turns[lo - 1];
  return t && pos < t.content.end ? t : undefined;
}

/** The first person (in `entities`, sorted by start) lying within the span. */
function personWithin(entities: readonly Entity[], span: Span): Entity | undefined {
  for (let i = firstAtOrAfter(entities, span.start); i < entities.length && entities[i].start <= span.end; i++) {
    const e = entities[i];
    if (e.type === 'PERSON' && e.end <= span.end) return e;
  }
  return undefined;
}

/** The speaker of the turn holding `pos` (see turnAt), if any. */
export function turnSpeaker(turns: readonly Turn[], inOrder: boolean, pos: number, entities: readonly Entity[]): SpeakerAttribution | null {
  const turn = turnAt(turns, inOrder, pos);
  if (!turn) return null;
  const person = personWithin(entities, turn.label);
  // `KATHMANDU: The Government of Nepal has …`: a place before the colon is a dateline, not a speaker.
  if (person === undefined && isPlace(entities, turn.label)) return null;
  const name = person?.canonical ?? (/^(question|answer|q|a|moderator)$/i.test(turn.label.text) ? null : turn.label.text);
  return name ? speakerAttribution(name, turn.label, null, 'turn') : null;
}

/** The span is a place named as a whole (in `entities`, sorted by start). */
function isPlace(entities: readonly Entity[], span: Span): boolean {
  const e = entities[firstAtOrAfter(entities, span.start)];
  return e !== undefined && e.start === span.start && e.end === span.end && (e.type === 'GPE' || e.type === 'LOC');
}

/** Index of the first item starting at or after `pos` in spans sorted by start. */
function firstAtOrAfter(spans: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
