// The plain scan the cue oracles of the tests are built on (quotes-perf, quotes-one-byte): every match of a cue
// pattern, from the start of a string, as the cue it makes.
import type { Cue } from '../../src/core/quotes/cues';

/** The cue of a match: groups 1 to 3 are the subject as a pronoun, a role, a name. */
export function cueOfMatch(m: RegExpExecArray, subjectFirst: boolean): Cue {
  const text = m[1] ?? m[2] ?? m[3] ?? '';
  // The subject opens a subject-first cue (a name after a qualified role, `US envoy Richard Mills said`) and
  // closes the others.
  const start = subjectFirst ? m.index + (m[3] !== undefined ? m[0].indexOf(m[3]) : 0) : m.index + m[0].length - text.length;
  const kind = m[1] !== undefined ? 'pronoun' : m[2] !== undefined ? 'role' : 'name';
  return { start: m.index, end: m.index + m[0].length, subject: { start, end: start + text.length, text, kind } };
}

/** Every cue a global pattern finds in `s`, each search going on after the last match (at least one character on). */
export function scanCues(re: RegExp, s: string, subjectFirst: boolean): Cue[] {
  const out: Cue[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push(cueOfMatch(m, subjectFirst));
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
  return out;
}
