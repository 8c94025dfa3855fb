// Checks a parsed sidecar against the format of DESIGN.md ("The sidecar") and turns it into SidecarData.
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import { NodeReader } from './yaml-nodes';
import { textReferenceProblem } from './paths';
import { SIDECAR_VERSION, type Annotation, type EntityAdd, type EntityReject, type SidecarData, type SidecarProblem, type SpeakerCorrection } from './types';

const TOP_KEYS = ['version', 'text', 'annotations', 'entities', 'speakers'];
const ANNOTATION_KEYS = ['id', 'tags', 'note', 'target', 'created', 'modified'];
const TARGET_KEYS = ['start', 'end', 'exact', 'prefix', 'suffix'];

function readVersion(r: NodeReader, fields: Map<string, Pair>, top: YAMLMap): void {
  const pair = fields.get('version');
  const node = r.value(pair);
  const v = r.text(node);
  if (!pair) r.report(top, `"version" is missing: add "version: ${SIDECAR_VERSION}" at the top of the file.`);
  else if (v !== String(SIDECAR_VERSION)) {
    r.report(node ?? (pair.key as Node), `Unknown sidecar version ${JSON.stringify(v)}: this version of Diplomatic Annotator reads version ${SIDECAR_VERSION}. Update the extension, or fix the version.`);
  }
}

function readText(r: NodeReader, fields: Map<string, Pair>, top: YAMLMap, expected: string | null): string | undefined {
  const name = r.string(fields, 'text', top, 'The sidecar', true);
  if (name === undefined || name === '') return undefined;
  const node = r.value(fields.get('text'));
  const problem = textReferenceProblem(name);
  if (problem) {
    r.report(node, `"text: ${name}" ${problem}: it must be the name of the text file next to this sidecar, e.g. "text: article.txt".`);
    return undefined;
  }
  if (expected !== null && name !== expected) {
    r.report(node, `"text: ${name}" does not match this sidecar's text ${expected}; the annotations are read against ${expected}.`, 'warning');
  }
  return name;
}

function readTags(r: NodeReader, fields: Map<string, Pair>, what: string): string[] {
  const seq = r.seq(r.value(fields.get('tags')), `${what}: "tags"`);
  const tags: string[] = [];
  for (const item of seq?.items ?? []) {
    const node = r.resolve(item);
    const tag = r.text(node);
    if (tag === null || tag.trim() === '') r.report(node ?? seq, `${what}: each tag must be a non-empty word or phrase.`);
    else tags.push(tag);
  }
  return tags;
}

function readTarget(r: NodeReader, node: Node | null, where: Pair | undefined, item: YAMLMap, what: string): Annotation['target'] | undefined {
  if (r.isNull(node)) {
    r.report((where?.key as Node | undefined) ?? item, `${what}: "target" (start, end, exact) is ${where ? 'empty' : 'missing'}.`);
    return undefined;
  }
  const map = r.map(node, `${what}: "target"`);
  if (!map) return undefined;
  const f = r.fields(map, TARGET_KEYS, `${what} target`);
  const start = r.offset(f, 'start', map, what);
  const end = r.offset(f, 'end', map, what);
  const exact = r.string(f, 'exact', map, what, true);
  const prefix = r.string(f, 'prefix', map, what, false) ?? '';
  const suffix = r.string(f, 'suffix', map, what, false) ?? '';
  if (start !== undefined && end !== undefined && end < start) r.report(r.value(f.get('end')), `${what}: "end" (${end}) is before "start" (${start}).`);
  if (start === undefined || end === undefined || exact === undefined || exact === '' || end < start) return undefined;
  return { start, end, exact, prefix, suffix };
}

function readAnnotation(r: NodeReader, item: unknown, index: number, ids: Map<string, number>): Annotation | undefined {
  const node = r.resolve(item);
  const map = r.map(node, `Annotation ${index + 1}`);
  if (!map) return undefined;
  const idText = r.text(r.value(map.items.find((p) => r.text(r.resolve(p.key)) === 'id')));
  const what = idText ? `Annotation ${idText}` : `Annotation ${index + 1}`;
  const f = r.fields(map, ANNOTATION_KEYS, what);
  const id = r.string(f, 'id', map, what, true);
  if (id !== undefined && id !== '') {
    const line = ids.get(id);
    const idNode = r.value(f.get('id'));
    if (line !== undefined) r.report(idNode, `Duplicate id "${id}" (also at line ${line}): give one of them another id.`);
    else ids.set(id, r.lineOf(idNode));
  }
  const tags = readTags(r, f, what);
  const note = r.string(f, 'note', map, what, false);
  const target = readTarget(r, r.value(f.get('target')), f.get('target'), map, what);
  const created = r.string(f, 'created', map, what, true);
  const modified = r.string(f, 'modified', map, what, false);
  for (const [key, value] of [['created', created], ['modified', modified]] as const) {
    if (value && Number.isNaN(Date.parse(value))) r.report(r.value(f.get(key)), `${what}: "${key}" should be a date and time like 2026-11-25T18:00:00Z.`, 'warning');
  }
  if (id === undefined || id === '' || !target || created === undefined || created === '') return undefined;
  const a: Annotation = { id, tags, target, created };
  if (note !== undefined) a.note = note;
  if (modified !== undefined) a.modified = modified;
  return a;
}

function readListOfMaps<T>(r: NodeReader, node: Node | null, what: string, known: string[], read: (f: Map<string, Pair>, at: YAMLMap, label: string) => T | undefined): T[] {
  const out: T[] = [];
  const seq = r.seq(node, what);
  seq?.items.forEach((item, i) => {
    const map = r.map(r.resolve(item), `${what} item ${i + 1}`);
    if (!map) return;
    const value = read(r.fields(map, known, `${what} item ${i + 1}`), map, `${what} item ${i + 1}`);
    if (value !== undefined) out.push(value);
  });
  return out;
}

function readEntities(r: NodeReader, node: Node | null): SidecarData['entities'] {
  const out: SidecarData['entities'] = { add: [], reject: [] };
  if (r.isNull(node)) return out;
  const map = r.map(node, '"entities"');
  if (!map) return out;
  const f = r.fields(map, ['add', 'reject'], '"entities"');
  out.add = readListOfMaps<EntityAdd>(r, r.value(f.get('add')), 'entities add', ['text', 'type', 'canonical'], (g, at, label) => {
    const text = r.string(g, 'text', at, label, true);
    const type = r.string(g, 'type', at, label, true);
    const canonical = r.string(g, 'canonical', at, label, false);
    if (!text || !type) return undefined;
    return canonical === undefined ? { text, type } : { text, type, canonical };
  });
  out.reject = readListOfMaps<EntityReject>(r, r.value(f.get('reject')), 'entities reject', ['text', 'type'], (g, at, label) => {
    const text = r.string(g, 'text', at, label, true);
    const type = r.string(g, 'type', at, label, false);
    if (!text) return undefined;
    return type === undefined ? { text } : { text, type };
  });
  return out;
}

function readSpeakers(r: NodeReader, node: Node | null): SpeakerCorrection[] {
  return readListOfMaps<SpeakerCorrection>(r, node, 'speakers', ['quote', 'speaker'], (g, at, label) => {
    const quoteNode = r.value(g.get('quote'));
    const quote = quoteNode ? r.map(quoteNode, `${label}: "quote"`) : null;
    if (!quoteNode) r.report(at, `${label}: "quote: { exact: ... }" is missing.`);
    const exact = quote ? r.string(r.fields(quote, ['exact'], `${label} quote`), 'exact', quote, label, true) : undefined;
    if (!g.has('speaker')) r.report(at, `${label}: "speaker" is missing (a name, or null for no speaker).`);
    const speaker = r.string(g, 'speaker', at, label, false) ?? null;
    return exact ? { quote: { exact }, speaker } : undefined;
  });
}

/** The sidecar's data, or null when it has errors; problems (errors and warnings) are in reading order. */
export function validateSidecar(doc: Document.Parsed, lines: LineCounter, expectedTextName: string | null): { data: SidecarData | null; problems: SidecarProblem[] } {
  const r = new NodeReader(doc, lines);
  const contents = r.resolve(doc.contents);
  if (r.isNull(contents)) {
    r.report(null, `The sidecar is empty. Delete it, or start it with "version: ${SIDECAR_VERSION}", "text: <file name>" and "annotations: []".`);
    return { data: null, problems: r.problems };
  }
  const top = r.map(contents, 'The sidecar');
  if (!top) return { data: null, problems: r.problems };
  const fields = r.fields(top, TOP_KEYS, 'The sidecar');
  readVersion(r, fields, top);
  const text = readText(r, fields, top, expectedTextName);
  const ids = new Map<string, number>();
  const annotations: Annotation[] = [];
  const seq = r.seq(r.value(fields.get('annotations')), '"annotations"');
  seq?.items.forEach((item, i) => {
    const a = readAnnotation(r, item, i, ids);
    if (a) annotations.push(a);
  });
  const entities = readEntities(r, r.value(fields.get('entities')));
  const speakers = readSpeakers(r, r.value(fields.get('speakers')));
  if (r.hasErrors || text === undefined) return { data: null, problems: r.problems };
  return { data: { version: SIDECAR_VERSION, text, annotations, entities, speakers }, problems: r.problems };
}
