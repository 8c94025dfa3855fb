// The reporting cue right after a quotation (`," he said`, `, said the minister`, `," US envoy Richard Mills
// said`, `," The Express Tribune quoted Qureshi as saying`): each form tried at the start of the words after it,
// the longest kept.

import { charClass, LETTER, SPACE } from '../text/chars';
import { VERBS } from './cue-words';
import { ABBREVIATION_AT_END, type Cue, cueAt, cueRegexes, withQuotedSubject } from './cues';
import { oneByteForm } from './onebyte';

/** The first words of the reporting verbs (`said`, `pointed` of `pointed out`). */
const VERB_HEADS = new Set(VERBS.map((v) => v.split(' ')[0]));

const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/**
 * The lower-case ASCII letters at `at`, as a word: a verb-first cue starts with a reporting verb's first word
 * (VERB_HEADS), since its verb (all such letters) is followed by white space.
 */
function asciiWordAt(s: string, at: number): string {
  let end = at;
  // Not past the end: a read there (NaN) made V8 drop the optimised code of the attribution that inlines this,
  // on the first long text (a tail of lower-case letters only, `," he said` at the very end of a text).
  while (end < s.length && isLowerAscii(s.charCodeAt(end))) end++;
  return s.slice(at, end);
}

/** `," The Express Tribune quoted Qureshi as saying`: the outlet's words after a quotation, then the cue. */
function quotedAfter(form: string, tail: string, lead: number): Cue | null {
  const regexes = cueRegexes();
  const at = tail.indexOf('quoted', lead);
  if (at < 0 || at - lead > MAX_OUTLET) return null;
  const cue = cueAt(regexes.quotedAs, form, tail, at, false);
  return cue === null ? null : withQuotedSubject(cue, tail);
}
/** How long the outlet's or source's words before `quoted` may be (`media reports`, `The Express Tribune`). */
const MAX_OUTLET = 40;

/** The length of the dashes, commas and spaces that open a string. */
function leadLength(tail: string): number {
  let i = 0;
  while (i < tail.length && isLeadChar(tail.charCodeAt(i))) i++;
  return i;
}

/** `[\s,—–-]`: a space (as `\s` has it), a comma, an em dash, an en dash or a hyphen. */
function isLeadChar(c: number): boolean {
  return c === 0x2c || c === 0x2014 || c === 0x2013 || c === 0x2d || (charClass(c) & SPACE) !== 0;
}

/** A cue that opens the words after a quotation (`," he said`, `, said the minister`), allowing a little between. */
export function cueAfter(tail: string): Cue | null {
  const regexes = cueRegexes();
  // Only a cue right after the lead counts: try each form there, and keep the longest. What precedes the lead
  // is never a letter or digit, so the lookbehinds decide as they would at the start of the string.
  const lead = leadLength(tail);
  const form = oneByteForm(tail);
  // A subject-first cue ends in a reporting verb after a space: without one, no search at all.
  regexes.spaceVerb.lastIndex = lead;
  let first = regexes.spaceVerb.test(form) ? cueAt(regexes.subjectFirst, form, tail, lead, true) : null;
  // `‘…’, NP Saud thanked the US government …`: a verb that takes an object, with one after it, opens a statement
  // of its own rather than reporting the quotation before it.
  if (first !== null && opensOwnStatement(tail, first.end)) first = null;
  // The other two forms open with their verb: most tails do not, and a look at the first word is far cheaper.
  // Not a verb that takes an object (`South Korea "strongly" condemned North Korea's …`): the name after it is its
  // object, not an inverted subject.
  const word = asciiWordAt(tail, lead);
  const opensWithVerb = VERB_HEADS.has(word);
  const verbFirst = opensWithVerb && !OBJECT_TAKING.has(word) ? cueAt(regexes.verbFirst, form, tail, lead, false) : null;
  if (verbFirst && (!first || verbFirst.end > first.end)) first = verbFirst;
  // Only inside the string: a read past its end (NaN) makes V8 drop this function's optimised code.
  const c = lead < tail.length ? tail.charCodeAt(lead) : 0;
  const accordingTo = (c === 0x41 || c === 0x61) && tail.startsWith('ccording', lead + 1) ? cueAt(regexes.accordingTo, form, tail, lead, false) : null;
  if (accordingTo && (!first || accordingTo.end > first.end)) first = accordingTo;
  // Only where a role may follow the verb, or the subject found: not after `said Lavrov`.
  const named = (verbFirst === null ? opensWithVerb : verbFirst.subject.kind !== 'name' || lowerWordAt(tail, verbFirst.end)) ? verbRoleName(form, tail, lead) : null;
  if (named && (!first || named.end > first.end)) first = named;
  return first ?? afterQualifiedRole(form, tail, lead) ?? quotedAfter(form, tail, lead);
}

/** The cue ending at `end` ends in a verb that takes an object (see OBJECT_TAKING) and an object follows it. */
function opensOwnStatement(tail: string, end: number): boolean {
  // The object first: most cues are followed by none (`," he said.`), and its test is the cheaper.
  if (!OBJECT_NEXT.test(tail.slice(end, end + 12))) return false;
  const verb = LAST_WORD.exec(tail.slice(Math.max(0, end - 16), end));
  return verb !== null && OBJECT_TAKING.has(verb[0]);
}
const LAST_WORD = /\p{L}+$/u;
/** Reporting verbs that take an object (`thanked the US`, `urged Japan`), unlike `said` or `told reporters`. */
const OBJECT_TAKING: ReadonlySet<string> = new Set([
  'thanked', 'welcomed', 'praised', 'urged', 'accused', 'criticized', 'criticised', 'condemned', 'congratulated',
  'hailed', 'slammed', 'blasted', 'lauded', 'applauded', 'rejected', 'dismissed', 'expressed', 'voiced', 'pledged',
]);
/** An object's first word: an article, a possessive pronoun, or a capital. */
const OBJECT_NEXT = /^\s+(?:the|a|an|his|her|their|its|\p{Lu})/u;

/** A word in lower case next, after any white space: the role after a body's name (`said UN spokesman Jeremy Laurence`). */
function lowerWordAt(tail: string, at: number): boolean {
  ROLE_NEXT.lastIndex = at;
  return ROLE_NEXT.test(tail);
}
const ROLE_NEXT = /\s+\p{Ll}/uy;

/** `," said consul Oscar Camacho.`: a verb-first cue whose name follows a role, the name its subject. */
function verbRoleName(form: string, tail: string, lead: number): Cue | null {
  const regexes = cueRegexes();
  const cue = cueAt(regexes.verbRoleName, form, tail, lead, false);
  // Not a name run on over the end of the sentence (`said Minister of Burkina Faso. We`: `Faso. We`).
  return cue !== null && cue.subject.kind === 'name' && !runsOverSentenceEnd(cue.subject.text) ? cue : null;
}

/**
 * A word of two letters or more and a full stop, then a capitalised word: the end of a sentence inside a name's
 * words (`Faso. We`), not an initial's or a title's stop (`J. Smith`, `Mr. Smith`).
 */
export function runsOverSentenceEnd(name: string): boolean {
  for (const m of name.matchAll(WORD_STOP_CAPITAL)) if (!ABBREVIATION_AT_END.test(`${m[1]}.`)) return true;
  return false;
}
const WORD_STOP_CAPITAL = /(\p{L}{2,})\.\s+\p{Lu}/gu;

/** `," US envoy Richard Mills said`: a name's cue after a qualified role at the lead, the role counted in the cue. */
function afterQualifiedRole(form: string, tail: string, lead: number): Cue | null {
  const regexes = cueRegexes();
  if (lead >= tail.length) return null;
  // A letter opens the role (a capital, `the`, or a role in lower case): tails that open with a mark, a digit or a
  // dash are not searched.
  if ((charClass(tail.charCodeAt(lead)) & LETTER) === 0) return null;
  regexes.qualifiedRole.lastIndex = lead;
  const role = regexes.qualifiedRole.exec(form);
  if (role === null) return null;
  const at = lead + role[0].length;
  regexes.spaceVerb.lastIndex = at;
  const cue = regexes.spaceVerb.test(form) ? cueAt(regexes.subjectFirst, form, tail, at, true) : null;
  return cue !== null && cue.subject.kind === 'name' ? { ...cue, start: lead } : null;
}
