// Reporting cues: a subject and a reporting verb (`he said`, `the minister stressed`, `said Lavrov`,
// `according to the ministry`), found in the words around a quotation.

import { loadTitles } from '../entities';

export type SubjectKind = 'pronoun' | 'role' | 'name';

export interface Cue {
  /** Offsets relative to the searched string. */
  start: number;
  end: number;
  subject: { start: number; end: number; text: string; kind: SubjectKind };
}

const VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'noted', 'notes', 'believes',
  'believed', 'declared', 'declares', 'announced', 'announces', 'stated', 'explained', 'explains', 'emphasized',
  'emphasised', 'emphasizes', 'emphasises', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'asked',
  'asks', 'replied', 'replies', 'answered', 'commented', 'remarked', 'continued', 'concluded', 'pointed out',
  'recalled', 'recalls', 'underlined', 'underscored', 'wrote', 'writes', 'claimed', 'claims', 'acknowledged',
  'admitted', 'suggested', 'observed', 'assured', 'reiterated', 'confirmed', 'urged', 'predicted', 'went on',
  'thinks', 'thought', 'considers', 'maintained', 'maintains', 'complained', 'cautioned', 'vowed', 'promised',
  'denied', 'agreed', 'responded', 'elaborated', 'specified', 'clarified', 'summed up', 'has declared',
].sort((a, b) => b.length - a.length);

const AUX = '(?:\\s+(?:has|had|have|also|later|then|further|once again|again|reportedly|previously|earlier|recently|repeatedly|clearly|firmly|bluntly|openly|publicly|also has|has also|had also))*';

function caseless(word: string): string {
  return word.replace(/^\p{L}/u, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).replace(/ /g, '\\s+');
}

function build(): { subjectFirst: RegExp; verbFirst: RegExp; accordingTo: RegExp } {
  const roles = [...loadTitles().roles, 'ministry', 'foreign ministry', 'department', 'government', 'kremlin', 'embassy', 'office', 'agency', 'council', 'committee', 'statement', 'spokesperson']
    .sort((a, b) => b.length - a.length)
    .map(caseless)
    .join('|');
  const verbs = VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|');
  const pron = '(?<pron>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)';
  const role = `(?<role>(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+(?:[\\p{L}.'’\\-]+\\s+){0,4}?(?:${roles})(?:'s)?)`;
  const name = "(?<name>(?:\\p{Lu}[\\p{L}.'’\\-]*\\s+){0,5}\\p{Lu}[\\p{L}.'’\\-]*)";
  const subj = `(?:${pron}|${role}|${name})`;
  return {
    subjectFirst: new RegExp(`(?<![\\p{L}\\p{N}])${subj}${AUX}\\s+(?<verb>${verbs})(?![\\p{L}])`, 'gu'),
    verbFirst: new RegExp(`(?<![\\p{L}\\p{N}])(?<verb>${verbs})\\s+${subj}(?![\\p{L}])`, 'gu'),
    accordingTo: new RegExp(`(?<![\\p{L}\\p{N}])(?<verb>[Aa]ccording\\s+to)\\s+${subj}(?![\\p{L}])`, 'gu'),
  };
}

let regexes: ReturnType<typeof build> | null = null;

function toCue(m: RegExpExecArray, subjectFirst: boolean): Cue {
  const g = m.groups ?? {};
  const kind: SubjectKind = g.pron !== undefined ? 'pronoun' : g.role !== undefined ? 'role' : 'name';
  const subjText = g.pron ?? g.role ?? g.name ?? '';
  // The subject opens a subject-first cue and closes the others.
  const sStart = subjectFirst ? m.index : m.index + m[0].length - subjText.length;
  return { start: m.index, end: m.index + m[0].length, subject: { start: sStart, end: sStart + subjText.length, text: subjText, kind } };
}

/** Every cue in a string, in order. */
export function findCues(s: string): Cue[] {
  regexes ??= build();
  const out: Cue[] = [];
  for (const re of [regexes.subjectFirst, regexes.verbFirst, regexes.accordingTo]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      out.push(toCue(m, re === regexes.subjectFirst));
      re.lastIndex = m.index + 1;
    }
  }
  // Overlapping finds of one cue (`said Lavrov` inside `Lavrov said Lavrov`): keep the longest at each start.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((c, i) => i === 0 || c.start >= out[i - 1].end || c.start !== out[i - 1].start);
}

/** A cue that opens the string after a quotation (`," he said`, `, said the minister`), up to a few words in. */
export function cueAfter(tail: string): Cue | null {
  const lead = /^[\s,—–-]*/.exec(tail)?.[0].length ?? 0;
  const cue = findCues(tail).find((c) => c.start === lead);
  return cue ?? null;
}

/** A cue that closes the words before a quotation (`the minister said, `, `Lavrov said, in part: `). */
export function cueBefore(head: string): Cue | null {
  const cues = findCues(head);
  for (let i = cues.length - 1; i >= 0; i--) {
    const rest = head.slice(cues[i].end);
    if (rest.length <= 60 && !/[.!?;]/.test(rest)) return cues[i];
  }
  return null;
}
