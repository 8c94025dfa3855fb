// brat standoff (.ann) export and import. Offsets count Unicode code points of the text as read (CRLF line
// endings and a byte-order mark included), as brat does. One annotation is one text-bound line:
//
//   T1	missile-defence 1428 1469	we would like to have reliable guarantees
//   A1	Tag T1 condition
//   #1	AnnotatorNotes T1	The one condition Moscow states in public.
//
// - The label is the first tag made a brat type name (letters, digits, `_` and `-`; anything else becomes
//   `_`); an annotation without tags is labelled `Annotation`. Further tags are `Tag` attributes (A lines) of
//   the same T line, so one T line stays one annotation (extra T lines of the same span would merge two
//   annotations that share a passage).
// - When the labels cannot give the tags back exactly (a tag with spaces, `/`, …), a `#N Tags T1 ["…"]`
//   comment keeps them; import uses it only while the labels still match it, so a label changed in brat wins.
// - The note is an AnnotatorNotes comment, on one line: line breaks, tabs and backslashes are written `\n`,
//   `\t`, `\\`.
// - A passage across line breaks becomes a discontinuous span (`start end;start end`), one fragment per line,
//   since a brat fragment may not contain a line break. Line breaks at a passage's very start or end cannot
//   be marked, so such a passage is written without them (reported); unanchored annotations have no place
//   in the text and are left out (reported).
// - The analysis's entities can follow as T lines labelled with their type (PERSON, ORG, …); import leaves
//   out T lines with an entity type label and neither attributes nor notes.
import { anchorTarget, isoUtc, makeTarget, type Annotation } from '../annotations';
import { ENTITY_TYPES } from '../entities';
import { codePointsToUtf16, utf16ToCodePoints } from './codepoints';
import type { FormatImport, ImportDeps, TextExport } from './types';

/** The label of a T line for an annotation without tags. */
export const UNTAGGED_LABEL = 'Annotation';
/** The attribute that carries the second and further tags. */
export const TAG_ATTRIBUTE = 'Tag';

/** Characters brat (Python's splitlines) reads as line breaks; none may appear inside a line of a .ann file. */
// eslint-disable-next-line no-control-regex -- the file separators \x1c-\x1e are line breaks to Python.
const LINE_BREAKS = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+/g;

/** A tag as a brat type or attribute value: no spaces or punctuation brat's configuration would trip on. */
export function bratLabel(tag: string): string {
  const s = tag.replace(/[^\p{L}\p{N}_-]/gu, '_');
  return s === '' ? '_' : s;
}

/** The tags that the labels of a T line stand for, when there is no Tags comment. */
function tagsFromLabels(label: string, attributes: string[]): string[] {
  return [...(label === UNTAGGED_LABEL ? [] : [label]), ...attributes];
}

function labelsFor(tags: readonly string[]): { label: string; attributes: string[] } {
  return { label: tags.length ? bratLabel(tags[0]) : UNTAGGED_LABEL, attributes: tags.slice(1).map(bratLabel) };
}

const escapeNote = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r\n|\r|\n/g, '\\n').replace(LINE_BREAKS, ' ');
const unescapeNote = (s: string): string => s.replace(/\\([\\tn])/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));

/** The passage text[start, end) cut at line breaks: UTF-16 fragments without empty ones. */
export function fragmentsOf(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(LINE_BREAKS.source, 'g');
  const passage = text.slice(start, end);
  let at = 0;
  for (let m = re.exec(passage); m; m = re.exec(passage)) {
    if (m.index > at) out.push([start + at, start + m.index]);
    at = m.index + m[0].length;
  }
  if (at < passage.length) out.push([start + at, end]);
  return out;
}

export interface BratExport {
  /** The .ann file's text. */
  ann: string;
  /** Annotations left out, or written with a change, and why. */
  warnings: { annotation: Annotation; message: string }[];
  /** The T labels and Tag attribute values used, for an annotation.conf. */
  labels: Set<string>;
  tagValues: Set<string>;
}

/** One text's annotations (and its analysis's entities, when given) as a brat .ann file. */
export function toBrat(t: TextExport): BratExport {
  const warnings: BratExport['warnings'] = [];
  const items: { kind: 'annotation' | 'entity'; fragments: [number, number][]; annotation?: Annotation; label: string }[] = [];
  for (const p of t.placed) {
    if (p.status === 'unanchored') {
      warnings.push({ annotation: p.annotation, message: 'left out: it is unanchored (its passage is no longer in the text)' });
      continue;
    }
    const fragments = fragmentsOf(t.text, p.start, p.end);
    if (fragments.length === 0) {
      warnings.push({ annotation: p.annotation, message: 'left out: its passage is only line breaks' });
      continue;
    }
    const [first, last] = [fragments[0][0], fragments[fragments.length - 1][1]];
    if (first !== p.start || last !== p.end) warnings.push({ annotation: p.annotation, message: 'written without the line breaks at its start or end, which brat cannot mark' });
    items.push({ kind: 'annotation', fragments, annotation: p.annotation, label: labelsFor(p.annotation.tags).label });
  }
  for (const e of t.entities ?? []) {
    const fragments = fragmentsOf(t.text, e.start, e.end);
    if (fragments.length) items.push({ kind: 'entity', fragments, label: bratLabel(e.type) });
  }
  const cps = utf16ToCodePoints(t.text, items.flatMap((i) => i.fragments.flat()));
  let k = 0;
  const lines: string[] = [];
  const labels = new Set<string>();
  const tagValues = new Set<string>();
  let [tn, an, cn] = [0, 0, 0];
  for (const item of items) {
    const tid = `T${++tn}`;
    const spans = item.fragments.map(() => `${cps[k++]} ${cps[k++]}`).join(';');
    const words = item.fragments.map(([s, e]) => t.text.slice(s, e)).join(' ');
    lines.push(`${tid}\t${item.label} ${spans}\t${words}`);
    labels.add(item.label);
    const a = item.annotation;
    if (!a) continue;
    const { attributes } = labelsFor(a.tags);
    for (const value of attributes) {
      lines.push(`A${++an}\t${TAG_ATTRIBUTE} ${tid} ${value}`);
      tagValues.add(value);
    }
    if (a.note !== undefined) lines.push(`#${++cn}\tAnnotatorNotes ${tid}\t${escapeNote(a.note)}`);
    const back = tagsFromLabels(item.label, attributes);
    if (back.length !== a.tags.length || back.some((x, i) => x !== a.tags[i])) lines.push(`#${++cn}\tTags ${tid}\t${JSON.stringify(a.tags)}`);
  }
  return { ann: lines.length ? lines.join('\n') + '\n' : '', warnings, labels, tagValues };
}

/** An annotation.conf that declares the labels and Tag values used, and allows overlapping spans. */
export function bratConfig(labels: Iterable<string>, tagValues: Iterable<string>): string {
  const values = [...new Set(tagValues)].sort();
  return [
    '# brat annotation types, written by Diplomatic Annotator: your tags and the analysis\'s entity types.',
    '[entities]',
    ...[...new Set(labels)].sort(),
    '',
    '[relations]',
    '<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    ...(values.length ? [`${TAG_ATTRIBUTE} Arg:<ENTITY>, Value:${values.join('|')}`] : []),
    '',
  ].join('\n');
}

// ---- Import ----

interface TLine {
  id: string;
  label: string;
  spans: [number, number][];
  words: string;
  line: number;
  attributes: string[];
  notes: string[];
  tags?: string[];
}

/**
 * Annotations of `text` from a brat .ann file: its T lines, their Tag (and other) attributes and their
 * AnnotatorNotes. Targets are built against the text (makeTarget); ids are new. A T line whose offsets do
 * not hold its words is looked for nearby (one-fragment spans) or reported and left out. Relations, events
 * and normalisations have no place in a sidecar: they are counted as skipped.
 */
export function fromBrat(ann: string, text: string, deps: ImportDeps, options: { entityTypes?: readonly string[] } = {}): FormatImport {
  const entityTypes = new Set(options.entityTypes ?? ENTITY_TYPES);
  const problems: string[] = [];
  let skipped = 0;
  const byId = new Map<string, TLine>();
  const rest: { kind: string; fields: string[]; tail: string; line: number }[] = [];
  ann.split(/\r\n|\n|\r/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const tab = raw.indexOf('\t');
    const id = tab < 0 ? raw : raw.slice(0, tab);
    const afterId = tab < 0 ? '' : raw.slice(tab + 1);
    const tab2 = afterId.indexOf('\t');
    const data = tab2 < 0 ? afterId : afterId.slice(0, tab2);
    const tail = tab2 < 0 ? '' : afterId.slice(tab2 + 1);
    if (id.startsWith('T')) {
      const [label, ...spanText] = data.split(' ');
      const spans = spanText.join(' ').split(';').map((s) => s.trim().split(/\s+/).map(Number) as [number, number]);
      if (!label || spans.some((s) => s.length !== 2 || !s.every((n) => Number.isInteger(n) && n >= 0) || s[1] < s[0])) {
        problems.push(`Line ${i + 1}: "${raw}" is not a text-bound annotation (T1<TAB>Label START END<TAB>words); left out.`);
        return;
      }
      byId.set(id, { id, label, spans, words: tail, line: i + 1, attributes: [], notes: [] });
    } else rest.push({ kind: id.charAt(0), fields: data.split(/\s+/), tail, line: i + 1 });
  });
  for (const r of rest) {
    const target = r.kind === 'A' || r.kind === 'M' || r.kind === '#' ? byId.get(r.fields[1]) : undefined;
    if (!target) {
      skipped++;
      continue;
    }
    if (r.kind === '#') {
      if (r.fields[0] === 'AnnotatorNotes') target.notes.push(unescapeNote(r.tail));
      else if (r.fields[0] === 'Tags') {
        try {
          const tags: unknown = JSON.parse(r.tail);
          if (Array.isArray(tags) && tags.every((x): x is string => typeof x === 'string')) target.tags = tags;
        } catch {
          problems.push(`Line ${r.line}: the Tags comment is not a JSON list of tags; the labels are used.`);
        }
      } else skipped++;
    } else {
      const [name, , value] = r.fields;
      target.attributes.push(name === TAG_ATTRIBUTE && value !== undefined ? value : value !== undefined ? `${name}=${value}` : name);
    }
  }
  const lines = [...byId.values()];
  const units = codePointsToUtf16(text, lines.flatMap((l) => l.spans.flat()));
  let k = 0;
  const taken = new Set(deps.taken ?? []);
  const annotations: Annotation[] = [];
  for (const l of lines) {
    const spans: [number, number][] = l.spans.map(() => [units[k++], units[k++]]);
    if (entityTypes.has(l.label) && l.attributes.length === 0 && l.notes.length === 0 && !l.tags) {
      skipped++;
      continue;
    }
    let start = spans[0][0];
    let end = spans[spans.length - 1][1];
    const words = spans.map(([s, e]) => (s < 0 || e < 0 ? '\u0000' : text.slice(s, e))).join(' ');
    if (spans.some(([s, e]) => s < 0 || e < 0) || words !== l.words || end <= start) {
      const moved = spans.length === 1 && l.words !== '' ? anchorTarget(text, { start: Math.max(0, start), end: Math.max(0, start) + l.words.length, exact: l.words, prefix: '', suffix: '' }) : null;
      if (!moved || moved.status === 'unanchored' || moved.status === 'fuzzy') {
        problems.push(`Line ${l.line}: ${l.id} (${l.label}) does not mark "${l.words}" in this text; left out. Is the .ann file for another text?`);
        continue;
      }
      problems.push(`Line ${l.line}: ${l.id} (${l.label}) was found ${moved.start - Math.max(0, start)} characters from its offsets.`);
      [start, end] = [moved.start, moved.end];
    }
    const fromLabels = tagsFromLabels(l.label, l.attributes);
    const stored = l.tags && (() => {
      const { label, attributes } = labelsFor(l.tags);
      const labelsNow = [l.label, ...l.attributes];
      return [label, ...attributes].length === labelsNow.length && [label, ...attributes].every((x, i) => x === labelsNow[i]);
    })();
    const id = deps.newId(taken);
    taken.add(id);
    const annotation: Annotation = { id, tags: [...new Set(stored && l.tags ? l.tags : fromLabels)], target: makeTarget(text, start, end), created: isoUtc(deps.now()) };
    if (l.notes.length) annotation.note = l.notes.join('\n\n');
    annotations.push(annotation);
  }
  return { annotations, problems, skipped };
}
