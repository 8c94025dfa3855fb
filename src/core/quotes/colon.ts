// A quotation after a colon that ends a clause with a person as its subject and no reporting verb: `…, he made
// his position clear: "With Mexico and any other country …"`, `Lavrov put it bluntly: "…"`. The clause's subject
// speaks.

import { NOT_NAME_START } from '../entities/words';
import type { Cue } from './cues';

/**
 * The clause before the colon: its start (the head's start, or after a comma, a semicolon or a conjunction), a
 * pronoun or a name of up to six capitalised words (titles too), a lower-case verb, at most eight more words and
 * no comma, then the colon.
 */
const COLON_CLAUSE =
  /(?:^|[,;]\s+|\s(?:and|but|while)\s+)(?:([Hh]e|[Ss]he)|((?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}'’-]*))\s+(?:also\s+|then\s+)?\p{Ll}+(?:\s+[^\s.!?:;,"“”«»]+){0,8}\s*:\s*$/u;

/**
 * A clause whose subject is someone's words by a possessive, then a colon: `His message to Trump was unequivocal:`,
 * `Her answer was short:`. Group 1 is the possessive, which stands for the speaker.
 */
const POSSESSIVE_CLAUSE =
  /(?:^|[.!?]\s+|[,;]\s+)([Hh]is|[Hh]er)\s+(?:\p{Ll}+\s+){0,2}(?:message|remarks|words|statement|reply|answer|response|verdict|view|position|point|argument|warning|conclusion)\b[^.!?:;"“”«»]{0,80}:\s*$/u;

/** The cue of such a clause at the end of `head` (the words before a quotation), or null. */
export function colonCue(head: string): Cue | null {
  if (!head.trimEnd().endsWith(':')) return null;
  const possessive = possessiveCue(head);
  if (possessive !== null) return possessive;
  const m = COLON_CLAUSE.exec(head);
  if (m === null) return null;
  const subject = m[1] ?? m[2];
  // A name, not a word that opens sentences (`As another source in the ministry told TASS:`).
  if (m[2] !== undefined && NOT_NAME_START.has(subject.slice(0, subject.search(/\s|$/)))) return null;
  const start = m.index + m[0].indexOf(subject);
  const end = head.trimEnd().length;
  return { start, end, subject: { start, end: start + subject.length, text: subject, kind: m[1] !== undefined ? 'pronoun' : 'name' } };
}

/** The cue of a clause about someone's words (see POSSESSIVE_CLAUSE) at the end of `head`: its possessive, as `he` or `she`. */
function possessiveCue(head: string): Cue | null {
  const m = POSSESSIVE_CLAUSE.exec(head);
  if (m === null) return null;
  const start = m.index + m[0].indexOf(m[1]);
  const text = m[1].toLowerCase() === 'his' ? 'he' : 'she';
  return { start, end: head.trimEnd().length, subject: { start, end: start + m[1].length, text, kind: 'pronoun' } };
}
