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

/** The cue of such a clause at the end of `head` (the words before a quotation), or null. */
export function colonCue(head: string): Cue | null {
  if (!head.trimEnd().endsWith(':')) return null;
  const m = COLON_CLAUSE.exec(head);
  if (m === null) return null;
  const subject = m[1] ?? m[2];
  // A name, not a word that opens sentences (`As another source in the ministry told TASS:`).
  if (m[2] !== undefined && NOT_NAME_START.has(subject.slice(0, subject.search(/\s|$/)))) return null;
  const start = m.index + m[0].indexOf(subject);
  const end = head.trimEnd().length;
  return { start, end, subject: { start, end: start + subject.length, text: subject, kind: m[1] !== undefined ? 'pronoun' : 'name' } };
}
