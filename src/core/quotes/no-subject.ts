// Words that look like a reporting cue's subject and are none: a possessive (`Venezuela’s claims`), a day (`On Monday`), the
// words before a comma and an inverted verb (`…, said Cavusoglu`), the object of a preposition (`the US mission to
// Asean said`). Tested on each match of the subject-first pattern (see subjectFirstCues in cues.ts).

import { MONTH_NAMES, WEEKDAY_NAMES } from '../entities/calendar';
import { isSpaceCode } from '../text/chars';

/**
 * The subject of the match `m` of a subject-first pattern in `form` (the one-byte form of `text`) is no cue's subject: a name in the plural
 * possessive (`the Philippines' claims`, where `claims` is a noun), a day or a month, the words before a comma and
 * an inverted verb (`…, said Cavusoglu`), or a subject that follows a preposition whose
 * object it is: `to`, `for` or `on` (`the US mission to Asean said`, `in his comment to the Star said`), or `in`
 * or `at` unless an appositive follows it (`Cafiero at the summit in Montevideo said`; but `the Permanent
 * Representative in Vienna, Mikhail Ulyanov, wrote`). Tested on each match rather than as a lookbehind of the
 * pattern, which would be tried at every position of every string searched.
 */
export function noSubject(form: string, m: RegExpExecArray, text: string = form): boolean {
  const name = m[3];
  // `Venezuela’s claims`: a possessive owns the noun after it, which is no verb.
  if (name !== undefined && (isApostrophe(name.charCodeAt(name.length - 1)) || possessive(name) || DAY_OR_MONTH.has(name) || PREPOSITION_FIRST.test(name))) return true;
  // `the Central Asian states' commitment`: nor is a word the plural's apostrophe follows.
  const verbEnd = m.index + m[0].length;
  const after = text.charCodeAt(verbEnd);
  if (after === 0x27 || after === 0x2019 || after === 0x2018) return true;
  // `the Five-Point Consensus agreed upon by all leaders`: a thing agreed on reports no one's words.
  if (form.startsWith('agreed', verbEnd - 6) && AGREED_ON.test(form.slice(verbEnd, verbEnd + 6))) return true;
  // `to bully Pacific states and said`: `states` is a plural, but before what is stated (`The statement states
  // that`, `Article 5 states: "…"`).
  if (form.startsWith('states', verbEnd - 6) && !STATED_NEXT.test(text.slice(verbEnd, verbEnd + 8))) return true;
  // `The BRI, also referred to as the “New Silk Road”`: a thing named, not someone reporting.
  if (form.startsWith('referred to', verbEnd - 11) && AS_NEXT.test(form.slice(verbEnd, verbEnd + 4))) return true;
  const at = m.index;
  if (invertedAfterComma(form, m, at + (m[1] ?? m[2] ?? m[3] ?? '').length)) return true;
  if (at < 3 || form.charCodeAt(at - 1) !== 32) return false;
  const p = PREPOSITION_BEFORE.exec(form.slice(Math.max(0, at - 9), at));
  if (p === null) return false;
  if (p[1] !== undefined) return true;
  const end = at + (m[1] ?? m[2] ?? m[3] ?? '').length;
  return !APPOSITIVE_NEXT.test(form.slice(end, end + 4));
}
/**
 * A comma alone between the subject and its verb, and a name after the verb: the verb's subject is that name
 * (`peace in the South Caucasus, said Cavusoglu`), and the words before the comma are what was said.
 */
function invertedAfterComma(form: string, m: RegExpExecArray, subjectEnd: number): boolean {
  const end = m.index + m[0].length;
  // The comma first, read in place: most subjects have none after them, and their words need no copy.
  let i = subjectEnd;
  while (i < end && isSpaceCode(form.charCodeAt(i))) i++;
  if (i === end || form.charCodeAt(i) !== COMMA) return false;
  const between = COMMA_THEN_VERB.exec(form.slice(subjectEnd, end));
  return between !== null && !OBJECT_VERBS.has(between[1]) && NAME_NEXT.test(form.slice(end, end + 3));
}
const COMMA_THEN_VERB = /^\s*,\s{1,2}(\S+)$/;
const COMMA = 0x2c;
/** Verbs whose name after them is whom they address (`Jon In Chan, told Verdens Gang`), not their subject. */
const OBJECT_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'asked', 'asks', 'informed', 'briefed', 'assured', 'urged', 'warned', 'reminded', 'thanked']);
const NAME_NEXT = /^ \p{Lu}/u;

/**
 * A day or a month before the verb is when, not who (`The office of Angola’s presidency Tuesday announced`): the
 * search goes on from the next word, where the day is read as part of the verb's words (see AUX).
 */
const DAY_OR_MONTH: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);

/**
 * A capitalised preposition or word of time as the first word of what the pattern took for a name (`On Monday,
 * Ajuri Ngelale, the presidential spokesperson, announced`, `Last week`, `Following talks`): no name starts so.
 */
const PREPOSITION_FIRST = /^(?:On|In|At|During|After|Before|Since|From|By|For|With|Until|Amid|Following|Last)\s/;

/** What follows the verb `states`: `that`, a colon, or a quotation. */
const STATED_NEXT = /^(?:\s+that\b|\s*[:,]?\s*(?:["'“”‘’«»]|$))/;

/** `as` right after `referred to`: the subject is what is named so (`also referred to as`). */
const AS_NEXT = /^\s+as\b/;

/** What follows `agreed` where it reports no words: `agreed upon`, `agreed on`, `agreed to`, `agreed with`. */
const AGREED_ON = /^\s+(?:upon|on|to|with)\b/;

/** A name ending in `'s` or `’s`. */
function possessive(name: string): boolean {
  return name.length > 2 && name.charCodeAt(name.length - 1) === 0x73 && isApostrophe(name.charCodeAt(name.length - 2));
}

/** `'`, `’`, `‘` (an apostrophe in some copy) or their stand-in of the one-byte form (see oneByteForm). */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0xd7;
}
/** A preposition, perhaps with `the`, ending the words before a subject: group 1 `to`, `for` or `on`, else `in` or `at`. */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:(to|for|on)|in|at)\s+(?:the\s+)?$/u;
/**
 * An appositive or a bracket right after a subject; not a comma before a verb in lower case, which makes the words
 * before the comma the end of another clause (`the leading cause of mortality in Tuvalu, reaffirmed commitment …`).
 */
const APPOSITIVE_NEXT = /^\s*(?:\(|,\s*(?![\s\p{Ll}]))/u;
