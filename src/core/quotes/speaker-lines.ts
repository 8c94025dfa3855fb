// A paragraph that only says who speaks next, as the soundbite lines of a video shot list do (`4. SOUNDBITE
// (French) Mahamat Saleh Annadif, Special Representative of the Secretary-General for Mali:`), before a paragraph of
// quotation: the quotation is that person's.

import type { Span } from '../text';
import { trimmedEnd } from '../text/lines';
import { fullName } from './context';
import { firstEntityIn, type State } from './state';
import { speakerAttribution, type SpeakerAttribution } from './types';

/** A shot's number and the soundbite's tag with its language, before the name: `4. SOUNDBITE (French) `. */
const SOUNDBITE_LEAD = /^(?:\d+\.\s+)?(?:SOUNDBITE|SOUND\s+BITE|SOT)\b\s*(?:\([^)\n]*\))?\s*/;
/** What may follow the name: a role after a comma, with no sentence's end in it, then the colon that ends the line. */
const ROLE_THEN_COLON = /^(?:,[^.!?:\n]{0,160})?:\s*$/;

/** The person a speaker line `para` names (see the file's head), else null. */
export function speakerLine(s: State, para: Span): SpeakerAttribution | null {
  const end = trimmedEnd(s.text, para.start, para.end);
  if (s.text.charCodeAt(end - 1) !== 0x3a) return null; // ':'
  const lead = SOUNDBITE_LEAD.exec(s.text.slice(para.start, Math.min(end, para.start + 40)));
  const from = para.start + (lead === null ? 0 : lead[0].length);
  const person = firstEntityIn(s, from, end, 'PERSON');
  if (person === undefined || person.start !== from || !ROLE_THEN_COLON.test(s.text.slice(person.end, end))) return null;
  return speakerAttribution(fullName(s.ctx, person), { start: para.start, end, text: s.text.slice(para.start, end) }, { start: person.start, end: person.end, text: person.text }, 'previous-paragraph');
}
