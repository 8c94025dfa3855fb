// Hard-wrapped texts: the entity scan and the quotations read them with their soft line breaks as spaces (see
// softBreaks), and the mentions and quotations that run over one get back their text as it is.

import type { Entity } from '../entities';
import type { Quote } from '../quotes';
import type { Span } from '../text';
import { lastStartingAtOrBefore } from '../text/search';

/** True when one of the breaks (in order, apart) lies inside [start, end): the last starting before `end` starts at `start` or after. */
function holdsBreak(breaks: readonly Span[], start: number, end: number): boolean {
  const k = lastStartingAtOrBefore(breaks, end - 1);
  return k >= 0 && breaks[k].start >= start;
}

/** The text of a span as it is in `text`, when a soft break lies inside it (else the text it has). */
function asWritten<T extends Span & { text: string }>(text: string, breaks: readonly Span[], x: T): void {
  if (holdsBreak(breaks, x.start, x.end)) x.text = text.slice(x.start, x.end);
}

/**
 * Gives the mentions and quotations that run over a soft break their text as it is in `text` (`Linda\nThomas-
 * Greenfield`), not as they were read, with a space: a quotation's words, its speaker's cue and antecedent.
 */
export function withTextsAsWritten(text: string, breaks: readonly Span[], entities: Entity[], quotes: Quote[]): void {
  for (const e of entities) asWritten(text, breaks, e);
  for (const q of quotes) {
    asWritten(text, breaks, q);
    if (q.speaker === null) continue;
    asWritten(text, breaks, q.speaker.cue);
    if (q.speaker.antecedent !== null) asWritten(text, breaks, q.speaker.antecedent);
  }
}
