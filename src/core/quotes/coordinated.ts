// A reporting verb that shares its subject with a verb before it: `Lavrov met Wang Yi in Beijing and said the talks
// were "very productive"`, `He congratulated the envoys … and urged them to …`, `Mutharika has dispatched a
// delegation … but stressed that Malawi "will not apologise"` (after `but`, only a verb that reports a clause:
// `but warned against a “decoupling”` names a thing). The subject opens the sentence; the reporting verb, after
// `and` or `but`, has none of its own, so no other cue finds it.

import { cueParts } from './cue-words';
import type { Cue, SubjectKind } from './cues';

/**
 * A time or place, or a participle's phrase, that may open the sentence before its subject (`On Monday, …`, `Asked
 * if …, `), perhaps after a dateline in capitals and its dash (`TASHKENT -- `).
 */
const INTRO = '(?:[A-Z][A-Z .,()\'-]{1,40}\\s(?:--|[—–])\\s+)?(?:(?:On|In|At|During|After|Before|Earlier|Later|Meanwhile|Separately|Yesterday|Today|Last\\s+\\p{L}+|Asked|Speaking|Responding|Answering|Commenting)(?:\\s+[^\\s,.;:!?]+){0,6}\\s*,\\s+)?';

/**
 * The first verb of the subject: a regular past tense, or a common irregular one. Only the past tense: a word
 * in `s` after a name is too often a noun (`Lavrov's comments`, `Russia talks`).
 */
const PAST = '(?:\\p{Ll}+ed|met|held|made|gave|took|went|spoke|sent|wrote|came|saw|led|paid|left|began|brought|sat|won|found|got|kept|drew|chose|sought|heard|became|told|said)';
/**
 * The same verb after an auxiliary (`had been mediating`, `has held`, `was invited`): a perfect, a progressive or
 * a passive shares its subject with the verb after `and` just as well.
 */
const AUXILIARY_THEN_VERB = `(?:had|has|have|was|were|is|are)\\s+(?:(?:also|already|long|just|recently)\\s+)?(?:been\\s+)?(?:${PAST}|\\p{Ll}{2,}ing|\\p{Ll}+en)`;

/**
 * A word between the two verbs: no end of a clause (`.`, `;`, `:`), but the dots of an abbreviation in capitals
 * before a word in lower case (`criticized U.S. efforts … and said`); `the U.S. He` ends the sentence.
 */
const WORD_BETWEEN = '(?:[^\\s.!?;:]|(?<=\\p{Lu})\\.(?=\\p{Lu}|\\s+\\p{Ll}))+';

let pattern: RegExp | null = null;
/**
 * The `and` or `but` before the reporting verb, with the white space the pattern wants on either side: few
 * sentences hold it, and this plain test rules the others out before the long pattern is tried.
 */
const JOINS_VERB = /\s(?:and|but)\s/;

function build(): RegExp {
  const { subject, verbs, between } = cueParts();
  // The words between the two verbs hold no end of a clause (see WORD_BETWEEN): a miss rather than a subject from
  // another sentence.
  return new RegExp(
    `^\\s*${INTRO}${subject}${between}\\s+(?:${AUXILIARY_THEN_VERB}|${PAST})(?![\\p{L}])(?:\\s+${WORD_BETWEEN}){0,30}?\\s+(?:and\\s+(?:also\\s+|then\\s+|later\\s+|[a-z]+ly\\s+)?(?:${verbs})(?![\\p{L}])|but\\s+(?:also\\s+)?(?:${verbs})\\s+that\\s)`,
    'du',
  );
}

/**
 * The cue of such a sentence, given its words from the sentence's start (blanked quotations are spaces): from
 * its subject to the reporting verb after `and`. Null when the sentence does not open with a subject and a verb
 * in the past tense, or has no reporting verb after `and`.
 */
export function coordinatedCue(sentence: string): Cue | null {
  if (!JOINS_VERB.test(sentence)) return null;
  pattern ??= build();
  return cueFromStart(pattern.exec(sentence), sentence);
}

let opening: RegExp | null = null;

/**
 * The subject of a sentence that opens with it and a verb in the past or present tense, perhaps after a time or
 * place and an adverb (`Waqa also touched on …`, `He compared …`), as a cue from the subject to the verb; else null.
 */
export function subjectAndVerb(sentence: string): Cue | null {
  opening ??= new RegExp(`^\\s*${INTRO}${cueParts().subject}\\s+(?:also\\s+|further\\s+|then\\s+|later\\s+)?(?:${PAST}|\\p{Ll}{3,}s)(?![\\p{L}])`, 'du');
  return cueFromStart(opening.exec(sentence), sentence);
}

/**
 * The cue of a match `m` (with indices) of a pattern anchored at the start of `sentence`: from its subject (group 1
 * a pronoun, 2 a role, 3 a name) to the end of the match; null for no match.
 */
function cueFromStart(m: RegExpExecArray | null, sentence: string): Cue | null {
  if (m === null || m.indices === undefined) return null;
  const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
  const at = m.indices[group];
  if (at === undefined) return null;
  const kind: SubjectKind = group === 1 ? 'pronoun' : group === 2 ? 'role' : 'name';
  const [start, end] = at;
  return { start, end: m[0].length, subject: { start, end, text: sentence.slice(start, end), kind } };
}
