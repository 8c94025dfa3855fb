// Cues without a reporting verb next to the quotation: a headline's name and colon before it (`Kuleba at UN: "…"`,
// `Shoukry: Egypt “does not give any weight” to …`) or after it (`Talks will be ‘strictly bilateral': Jaishankar`,
// `"Rwanda has done all it could" – Minister Mushikiwabo`, `‘…, invited him to India,’ PM Modi`),
// and a passive report in the sentence after it (`"…." This was stated by the Ukrainian Foreign Minister, Dmytro
// Kuleba, …`). Each only names its speaker when a person the entity rules found stands in its subject (see
// namedAttribution in headline-speakers.ts).

import { isSpaceCode } from '../text/chars';
import type { Cue } from './cues';

/** One to four capitalised words (a name, perhaps with a title), as the subject of a label. */
const NAME = "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})";

/** `Name:` or `Name at the UN Security Council:` as all of the words before a quotation. */
const LABEL_BEFORE = new RegExp(`^\\s*${NAME}(?:\\s+(?:at|in|to|on|before|after)\\s+[^:\\n]{1,60}?)?\\s*:\\s*$`, 'u');
/** `Name:` opening a headline that quotes them later (`Shoukry: Egypt “does not give any weight” to …`). */
const LABEL_OPENING = new RegExp(`^\\s*${NAME}\\s*:(?=\\s+\\S)`, 'u');
/** `: Name` or `– Name` as all of the words after a quotation, to the end of its sentence. */
const LABEL_AFTER = new RegExp(`^\\s*[:\u2013\u2014-]\\s*${NAME}\\s*$`, 'u');
/** ` Name` (a comma before it, in the quotation or after its mark) as all of the words after a quotation in a headline. */
const LABEL_AFTER_COMMA = new RegExp(`^,?\\s*${NAME}\\s*$`, 'u');
/** `This was reiterated by the Secretary General, Antonio Guterres, …`: the subject runs to the clause's end. */
const PASSIVE = /^\s*(?:This|That|These|It)\s+(?:was|were|is|has\s+been)\s+(?:said|stated|reiterated|stressed|noted|emphasi[sz]ed|underlined|declared|announced|added|echoed|repeated|voiced|expressed)\s+by\s+([^.;:!?]{1,120})/u;

function cue(m: RegExpExecArray): Cue {
  const start = m.index + m[0].indexOf(m[1]);
  return { start: m.index, end: m.index + m[0].length, subject: { start, end: start + m[1].length, text: m[1], kind: 'name' } };
}

/** The label that is all of `head`, the words before a quotation; null when `head` does not end in a colon. */
export function labelBefore(head: string): Cue | null {
  let i = head.length - 1;
  while (i >= 0 && isSpaceCode(head.charCodeAt(i))) i--;
  if (i < 0 || head.charCodeAt(i) !== 0x3a) return null;
  const m = LABEL_BEFORE.exec(head);
  return m === null ? null : cue(m);
}

/**
 * The label that is all of `tail`, the words after a quotation (`: Jaishankar`, `– Minister Mushikiwabo`); null
 * when `tail` does not open with a colon or a dash.
 */
export function labelAfter(tail: string): Cue | null {
  let i = 0;
  while (i < tail.length && isSpaceCode(tail.charCodeAt(i))) i++;
  const c = i < tail.length ? tail.charCodeAt(i) : 0;
  if (c !== 0x3a && c !== 0x2013 && c !== 0x2014 && c !== 0x2d) return null;
  const m = LABEL_AFTER.exec(tail);
  return m === null ? null : cue(m);
}

/**
 * The label that is all of `tail`, the words after a headline's quotation that ends in a comma, in its marks or
 * after them (`‘Conversation with Donald Trump was warm, invited him to India,’ PM Modi`); else null.
 */
export function labelAfterComma(tail: string): Cue | null {
  const m = LABEL_AFTER_COMMA.exec(tail);
  return m === null ? null : cue(m);
}

/** The label that opens a headline, the words after it holding a quotation; else null. */
export function labelOpening(headline: string): Cue | null {
  const m = LABEL_OPENING.exec(headline);
  return m === null ? null : cue(m);
}

/** The passive report that opens `next`, the sentence after a quotation; else null. */
export function passiveAfter(next: string): Cue | null {
  const m = PASSIVE.exec(next);
  return m === null ? null : cue(m);
}
