// The shapes of quotations and their attribution. Offsets are UTF-16 indices, end exclusive.
import type { Span } from '../text';

export type QuoteKind = 'direct' | 'scare';

export interface SpeakerAttribution {
  /** Canonical name of the person or body. */
  name: string;
  /** The words that say who speaks: `he said`, `Lavrov said`, `according to the ministry`. */
  cue: Span & { text: string };
  /** The mention the cue was resolved to (`Russian Foreign Minister Sergei Lavrov`), when it is not the cue itself. */
  antecedent: (Span & { text: string }) | null;
  /** How the speaker was found. */
  via: 'cue-after' | 'cue-before' | 'same-sentence' | 'previous-quote' | 'previous-paragraph' | 'continuation' | 'same-words' | 'turn' | 'user';
}

export interface Quote extends Span {
  /** The words between the marks. */
  text: string;
  /** The opening mark. */
  open: Span;
  /** The closing mark, or null when the source never closes the quotation. */
  close: Span | null;
  nested: boolean;
  unclosed: boolean;
  kind: QuoteKind;
  speaker: SpeakerAttribution | null;
}

/**
 * A speaker attribution. Every attribution is made here, so that all have one shape: code reading them (the
 * attribution loop, classifyQuote) then sees one kind of object, where a copy by spread (`{ ...a, via }`) would
 * make objects of new shapes on a big text that the warm-up never saw, and the optimised code would be dropped.
 */
export function speakerAttribution(
  name: string,
  cue: SpeakerAttribution['cue'],
  antecedent: SpeakerAttribution['antecedent'],
  via: SpeakerAttribution['via'],
): SpeakerAttribution {
  return { name, cue, antecedent, via };
}

/** The same attribution, found another way. */
export const withVia = (a: SpeakerAttribution, via: SpeakerAttribution['via']): SpeakerAttribution => speakerAttribution(a.name, a.cue, a.antecedent, via);

/** A quotation as the mark scanner finds it, before its kind and speaker are decided. */
export interface ScannedQuote extends Span {
  open: Span;
  close: Span | null;
  depth: number;
  unclosed: boolean;
  /** Index of the paragraph where the quotation opens. */
  paragraph: number;
}

/** Where a quotation ends with its closing mark (the end of its words when it has none). */
export const closeEnd = (q: { close: Span | null; end: number }): number => q.close?.end ?? q.end;
