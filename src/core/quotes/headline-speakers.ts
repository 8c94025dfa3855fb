// The speaker of a quotation in the headline from the headline's own cues: a role cue the lead resolves (`Senior
// envoy says …`), a name and a colon opening it (`Shoukry: Egypt “…”`), a lead that names whose words a quoted
// headline is. Also what speaker-cues.ts asks of a headline's quotation before a person after a comma (`‘…,’ PM
// Modi`: inHeadline, endsInComma), and the person a cue without a verb names (namedAttribution).

import type { Span } from '../text';
import { isBlankBetween } from '../text/chars';
import { attribution } from './cue-attribution';
import { findCues, headlineCue, type Cue } from './cues';
import { fullName } from './context';
import { labelOpening } from './labels';
import { resolveRole } from './roles';
import { firstEntityIn, personInCue, type State } from './state';
import { closeEnd, speakerAttribution, type ScannedQuote, type SpeakerAttribution } from './types';

/** The speaker of quotation q, which opens in the headline, from the headline's own cues; else null. */
export function headlineAttribution(s: State, q: ScannedQuote): SpeakerAttribution | null {
  const headline = s.structure.headline;
  if (headline === null) return null;
  // A headline that quotes its subject (`Senior envoy says Moscow disappointed that … ‘raised a fuss’`).
  const byHeadline = headlineSpeaker(s, headline);
  if (byHeadline) return byHeadline;
  const label = labelOpening(s.text.slice(headline.start, q.open.start));
  const labelled = label && namedAttribution(s, label, headline.start, 'cue-before');
  if (labelled) return labelled;
  return quotedHeadlineSpeaker(s, headline, q);
}

/**
 * The speaker of a headline's role cue (`Senior envoy says …`): the role as if it stood at the end of the lead,
 * whose subject the headline sums up, so that people named later in the headline itself are not taken for it.
 */
function headlineSpeaker(s: State, headline: Span): SpeakerAttribution | null {
  const cue = headlineCue(s.text.slice(headline.start, headline.end));
  if (cue === null) return null;
  const lead = s.ctx.paragraphs[s.ctx.paragraphStarts.lastAtOrBefore(headline.start) + 1];
  if (lead === undefined) return null;
  const start = headline.start + cue.start;
  const end = headline.start + cue.end;
  const cueSpan = { start, end, text: s.text.slice(start, end) };
  const r = resolveRole(s.ctx, cue.subject.text, lead.end);
  // Someone named in the headline itself reads as introduced with the cue's role word: the lead's first person
  // is the one the headline sums up.
  if (r === null || (r.antecedent !== null && r.antecedent.start < headline.end)) {
    const first = firstEntityIn(s, lead.start, lead.end, 'PERSON');
    return first === undefined ? null : speakerAttribution(fullName(s.ctx, first), cueSpan, { start: first.start, end: first.end, text: first.text }, 'same-sentence');
  }
  const antecedent = r.antecedent ? { start: r.antecedent.start, end: r.antecedent.end, text: r.antecedent.text } : null;
  return speakerAttribution(r.name, cueSpan, antecedent, 'same-sentence');
}

/**
 * A headline that is only a quotation (`"Kurti knows that, as well as Vucic"`): the words of the one the lead's
 * first reporting cue names (`EU Special Envoy …, Miroslav Lajčák, says …`).
 */
function quotedHeadlineSpeaker(s: State, headline: Span, q: ScannedQuote): SpeakerAttribution | null {
  if (!isBlankBetween(s.text, headline.start, q.open.start) || !isBlankBetween(s.text, closeEnd(q), headline.end)) return null;
  const at = s.ctx.paragraphStarts.lastAtOrBefore(headline.start);
  // Past a short line with no cue between (a deck, `Says Nepal Dy PM after …`, a date line).
  for (let k = at + 1; k <= at + 1 + MAX_DECK_LINES && k < s.ctx.paragraphs.length; k++) {
    const lead = s.ctx.paragraphs[k];
    const sentenceEnd = s.sentenceEnds[s.sentenceStarts.lastAtOrBefore(lead.start)];
    const cue = findCues(s.masked.slice(lead.start, Math.min(lead.end, Math.max(sentenceEnd, lead.start))))[0];
    if (cue !== undefined) return cue.subject.kind === 'pronoun' ? null : attribution(s, cue, lead.start, 'same-sentence');
    if (lead.end - lead.start > MAX_DECK) return null;
  }
  return null;
}
/** How many short lines may stand between a quoted headline and the lead that says whose words it is. */
const MAX_DECK_LINES = 2;
/** The longest such line. */
const MAX_DECK = 100;

/** The person a cue without a reporting verb names (see labels.ts): only one the entity rules found in its subject. */
export function namedAttribution(s: State, cue: Cue, base: number, via: SpeakerAttribution['via']): SpeakerAttribution | null {
  // Not the owner of a role (`Sata’s spokesman:`), who is someone else.
  const person = personInCue(s, base + cue.subject.start, base + cue.subject.end, false);
  if (person === undefined) return null;
  const start = base + cue.start;
  const end = base + cue.end;
  return speakerAttribution(fullName(s.ctx, person), { start, end, text: s.text.slice(start, end) }, null, via);
}

/** The quotation opens in the headline. */
export function inHeadline(s: State, q: ScannedQuote): boolean {
  const headline = s.structure.headline;
  return headline !== null && q.open.start >= headline.start && q.open.start < headline.end;
}

/** The quotation's words end in a comma, or one follows its closing mark (`‘…, invited him to India,’ PM Modi`). */
export function endsInComma(s: State, q: ScannedQuote, tail: string): boolean {
  return s.text.charCodeAt(q.end - 1) === 0x2c || tail.charCodeAt(0) === 0x2c;
}
