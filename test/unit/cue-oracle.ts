// The plain scan the cue oracles of the tests are built on (quotes-perf, quotes-one-byte): every match of a cue
// pattern, from the start of a string, as the cue it makes.
import { ABBREVIATION_AT_END, NAME_THEN_STOP, cueRegexes, TITLE_OF, TITLE_OF_PLACE, type Cue } from '../../src/core/quotes/cues';
import { runsOverSentenceEnd } from '../../src/core/quotes/cue-after';
import { noSubject } from '../../src/core/quotes/no-subject';

/** The cue of a match: groups 1 to 3 are the subject as a pronoun, a role, a name. */
export function cueOfMatch(m: RegExpExecArray, subjectFirst: boolean): Cue {
  const words = m[1] ?? m[2] ?? m[3] ?? '';
  // The subject opens a subject-first cue and closes the others, but for a place a name is of (`said Sergey
  // Lavrov of Russia`): where its words stand last in the match.
  const start = subjectFirst ? m.index : m.index + m[0].lastIndexOf(words);
  const after = m.input.slice(start, m.index + m[0].length);
  // A title and its place with no `the` (`said Minister of Burkina Faso`) is a role, up to the sentence's end.
  const titleOf = m[3] !== undefined && !subjectFirst && TITLE_OF.test(after);
  const kind = m[1] !== undefined ? 'pronoun' : m[2] !== undefined || titleOf ? 'role' : 'name';
  let text = titleOf ? (TITLE_OF_PLACE.exec(after)?.[0] ?? words) : words;
  // A name's full stop at the end of a verb-first cue is the sentence's (`said Yi.`), not a title's (`Mr.`).
  if (kind === 'name' && !subjectFirst && NAME_THEN_STOP.test(words) && !ABBREVIATION_AT_END.test(words)) text = text.slice(0, -1);
  const cue: Cue = { start: m.index, end: m.index + m[0].length, subject: { start, end: start + text.length, text, kind } };
  // A name's words that run over the end of a sentence (`Lavrov. Its says`, `the U.S. He said`): the cue starts after it.
  const cut = kind === 'name' && subjectFirst ? (/^[^]*\p{Ll}{2}\.\s+/u.exec(text) ?? /^[^]*\.\s+(?=(?:He|She|They|We|It|I)$)/u.exec(text)) : null;
  if (cut === null) return cue;
  const rest = text.slice(cut[0].length);
  const from = start + cut[0].length;
  return { start: from, end: cue.end, subject: { start: from, end: cue.subject.end, text: rest, kind: /^(?:He|She|They|We|It|I)$/.test(rest) ? 'pronoun' : 'name' } };
}

/** Every cue a global pattern finds in `s`, each search going on after the last match (at least one character on). */
export function scanCues(re: RegExp, s: string, subjectFirst: boolean): Cue[] {
  const out: Cue[] = [];
  let from = 0;
  for (;;) {
    re.lastIndex = from;
    const m = re.exec(s);
    if (m === null) return out;
    // A subject right after a preposition is none (see noSubject): the search goes on after it, by at
    // least one code unit (a search from inside a surrogate pair may start its match at the pair).
    if (subjectFirst && noSubject(s, m)) {
      from = Math.max(from, m.index) + 1;
      continue;
    }
    out.push(cueOfMatch(m, subjectFirst));
    from = m.index + Math.max(1, m[0].length);
  }
}

/** The cues inside none of the `outer` ones: an `according to` inside a subject-first cue is an aside of it. */
export function notInside(cues: Cue[], outer: readonly Cue[]): Cue[] {
  return cues.filter((c) => !outer.some((o) => o.start < c.start && c.end <= o.end));
}

/**
 * The cue right after a quotation as cueAfter defines it: each form tried at the lead, the longest kept (the
 * first on a tie; a verb, a role and a name, `said consul Oscar Camacho`, is one of them); else a name's cue after
 * a qualified role at the lead (`US envoy Richard Mills said`), the role counted in the cue. `sticky` gives the
 * sticky pattern to try for each of the cue regular expressions.
 */
export function plainCueAfter(tail: string, sticky: (re: RegExp) => RegExp): Cue | null {
  const r = cueRegexes();
  const lead = /^[\s,—–-]*/.exec(tail)?.[0].length ?? 0;
  const at = (re: RegExp, from: number): RegExpExecArray | null => {
    const s = sticky(re);
    s.lastIndex = from;
    return s.exec(tail);
  };
  let first: Cue | null = null;
  let verbFirst: Cue | null = null;
  for (const [re, subjectFirst] of [[r.subjectFirst, true], [r.verbFirst, false], [r.accordingTo, false], [r.verbRoleName, false]] as const) {
    // A verb, a role and a name only where the verb-first cue's name, if any, has a lower-case word after it.
    if (re === r.verbRoleName && verbFirst !== null && verbFirst.subject.kind === 'name' && !/^\s+\p{Ll}/u.test(tail.slice(verbFirst.end))) continue;
    const m = at(re, lead);
    if (!m || (subjectFirst && noSubject(tail, m))) continue;
    const c = cueOfMatch(m, subjectFirst);
    if (re === r.verbFirst) verbFirst = c;
    // `said consul Oscar Camacho`: only with a name after the role, and one that ends with its sentence.
    if (re === r.verbRoleName && (c.subject.kind !== 'name' || runsOverSentenceEnd(c.subject.text))) continue;
    if (!first || c.end > first.end) first = c;
  }
  if (first) return first;
  const role = at(r.qualifiedRole, lead);
  const found = role ? at(r.subjectFirst, lead + role[0].length) : null;
  const m = found && !noSubject(tail, found) ? found : null;
  const c = m ? cueOfMatch(m, true) : null;
  if (c && c.subject.kind === 'name') return { ...c, start: lead };
  // `," The Express Tribune quoted Qureshi as saying`: `quoted` a little after the lead.
  const q = tail.indexOf('quoted', lead);
  const qm = q >= 0 && q - lead <= 40 ? at(r.quotedAs, q) : null;
  if (!qm) return null;
  const subject = qm[1] ?? qm[2] ?? qm[3] ?? '';
  const kind = qm[1] !== undefined ? 'pronoun' : qm[2] !== undefined ? 'role' : 'name';
  const end = qm.index + qm[0].search(/\s+as\s+saying$/);
  return { start: qm.index, end: qm.index + qm[0].length, subject: { start: end - subject.length, end, text: subject, kind } };
}
