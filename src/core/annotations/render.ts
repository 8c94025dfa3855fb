// Writing sidecar pieces as YAML in the one fixed style: keys in a fixed order, `tags: [a, b]`, one list item
// per annotation, strings with line breaks or control characters double-quoted on one line.
import { Document, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Node, type ToStringOptions } from 'yaml';
import type { Annotation, SidecarData } from './types';

const STYLE: ToStringOptions = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true, flowCollectionPadding: false, doubleQuotedAsJSON: true };
/** The entity and speaker corrections read like DESIGN.md's example: `{ text: Nord Stream, type: ORG }`. */
const PADDED: ToStringOptions = { ...STYLE, flowCollectionPadding: true };

export const ANNOTATION_ORDER = ['id', 'tags', 'note', 'target', 'created', 'modified'];
const TARGET_ORDER = ['start', 'end', 'exact', 'prefix', 'suffix'];

export function headerComment(textName: string): string {
  return `# Annotations for ${textName} (Diplomatic Annotator). Safe to edit by hand.`;
}

function isControl(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 0x20 || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029;
}

export function stringNode(value: string): Scalar {
  const node = new Scalar(value);
  // Block scalars would carry line breaks and trailing spaces in ways that are easy to break by hand.
  if ([...value].some(isControl)) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

function flowSeq(values: string[]): YAMLSeq {
  const seq = new YAMLSeq();
  seq.flow = true;
  seq.items = values.map(stringNode);
  return seq;
}

function mapOf(entries: [string, Node | null][], flow = false): YAMLMap {
  const map = new YAMLMap();
  map.flow = flow;
  for (const [key, value] of entries) map.items.push(new Pair(new Scalar(key), value));
  return map;
}

function targetNode(t: Annotation['target']): YAMLMap {
  return mapOf([['start', new Scalar(t.start)], ['end', new Scalar(t.end)], ['exact', stringNode(t.exact)], ['prefix', stringNode(t.prefix)], ['suffix', stringNode(t.suffix)]]);
}

function annotationNode(a: Annotation): YAMLMap {
  const entries: [string, Node | null][] = [['id', stringNode(a.id)], ['tags', flowSeq(a.tags)]];
  if (a.note !== undefined) entries.push(['note', stringNode(a.note)]);
  entries.push(['target', targetNode(a.target)], ['created', stringNode(a.created)]);
  if (a.modified !== undefined) entries.push(['modified', stringNode(a.modified)]);
  return mapOf(entries);
}

function toYaml(node: Node, options: ToStringOptions): string {
  const doc = new Document();
  doc.contents = node;
  // yaml leaves these two raw inside double quotes, and reads them back as line breaks. Every string that
  // holds one was made double-quoted (stringNode), so the escape is always inside quotes.
  return doc.toString(options).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function indentLines(s: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return s.replace(/^(?=.)/gm, pad);
}

/** One annotation as a list item ("- id: ..."), indented by `indent` spaces, ending with a line break. */
export function renderAnnotationItem(a: Annotation, indent: number): string {
  return indentLines(toYaml(seqOf(annotationNode(a)), STYLE), indent);
}

function seqOf(node: Node): YAMLSeq {
  const seq = new YAMLSeq();
  seq.items.push(node);
  return seq;
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function sameScalar(node: unknown, value: string | number): boolean {
  if (!isScalar(node)) return false;
  const v = typeof node.value === 'string' || typeof value === 'number' ? node.value : (node.source ?? String(node.value));
  return v === value;
}

/** Sets `key` in `map` to `value`, keeping the old node (and its style and comment) when the value is the same. */
function setField(map: YAMLMap, order: string[], key: string, value: Node | undefined, same: (old: unknown) => boolean): void {
  const i = map.items.findIndex((p) => keyOf(p) === key);
  if (value === undefined) {
    if (i >= 0) map.items.splice(i, 1);
    return;
  }
  if (i >= 0) {
    const old = map.items[i].value as Node | null;
    if (same(old)) return;
    if (old && 'comment' in old) value.comment = old.comment;
    if (isScalar(old) && isScalar(value) && (old.type === Scalar.BLOCK_LITERAL || old.type === Scalar.BLOCK_FOLDED)) value.type = old.type;
    map.items[i].value = value;
    return;
  }
  // A key the item did not have goes after the keys that come before it in the fixed order.
  const rank = order.indexOf(key);
  let at = 0;
  map.items.forEach((p, j) => {
    if (order.indexOf(keyOf(p)) !== -1 && order.indexOf(keyOf(p)) < rank) at = j + 1;
  });
  map.items.splice(at, 0, new Pair(new Scalar(key), value));
}

const sameTags = (tags: string[]) => (old: unknown): boolean =>
  isSeq(old) && old.items.length === tags.length && old.items.every((n, i) => sameScalar(n, tags[i]));

/**
 * An annotation the user may have formatted or commented by hand, rewritten through the YAML Document API:
 * unchanged fields keep their bytes' style and comments, unknown keys stay, changed fields take new values.
 */
export function renderUpdatedItem(previous: YAMLMap, a: Annotation, indent: number): string {
  const map = previous.clone() as YAMLMap;
  // Comments above the item are kept by the caller, with the lines they are on.
  map.commentBefore = undefined;
  map.spaceBefore = false;
  const first = map.items[0]?.key;
  if (isScalar(first)) {
    first.commentBefore = undefined;
    first.spaceBefore = false;
  }
  setField(map, ANNOTATION_ORDER, 'id', stringNode(a.id), (o) => sameScalar(o, a.id));
  setField(map, ANNOTATION_ORDER, 'tags', flowSeq(a.tags), sameTags(a.tags));
  setField(map, ANNOTATION_ORDER, 'note', a.note === undefined ? undefined : stringNode(a.note), (o) => a.note !== undefined && sameScalar(o, a.note));
  const target = map.items.find((p) => keyOf(p) === 'target')?.value;
  if (isMap(target)) {
    const t = a.target;
    setField(target, TARGET_ORDER, 'start', new Scalar(t.start), (o) => sameScalar(o, t.start));
    setField(target, TARGET_ORDER, 'end', new Scalar(t.end), (o) => sameScalar(o, t.end));
    for (const k of ['exact', 'prefix', 'suffix'] as const) {
      // An empty context the file left out stays left out.
      if (t[k] === '' && k !== 'exact' && !target.has(k)) continue;
      setField(target, TARGET_ORDER, k, stringNode(t[k]), (o) => sameScalar(o, t[k]));
    }
  } else setField(map, ANNOTATION_ORDER, 'target', targetNode(a.target), () => false);
  setField(map, ANNOTATION_ORDER, 'created', stringNode(a.created), (o) => sameScalar(o, a.created));
  setField(map, ANNOTATION_ORDER, 'modified', a.modified === undefined ? undefined : stringNode(a.modified), (o) => a.modified !== undefined && sameScalar(o, a.modified));
  return indentLines(toYaml(seqOf(map), STYLE), indent);
}

export function renderScalarPair(key: string, value: string | number): string {
  return toYaml(mapOf([[key, typeof value === 'number' ? new Scalar(value) : stringNode(value)]]), STYLE);
}

export function renderAnnotationsPair(annotations: Annotation[]): string {
  if (annotations.length === 0) return 'annotations: []\n';
  return 'annotations:\n' + annotations.map((a) => renderAnnotationItem(a, 2)).join('');
}

export function renderEntitiesPair(entities: SidecarData['entities']): string {
  const entries: [string, Node][] = [];
  const item = (fields: [string, string | undefined][]): YAMLMap =>
    mapOf(fields.filter((f): f is [string, string] => f[1] !== undefined).map(([k, v]) => [k, stringNode(v)]), true);
  if (entities.add.length) entries.push(['add', listOf(entities.add.map((e) => item([['text', e.text], ['type', e.type], ['canonical', e.canonical]])))]);
  if (entities.reject.length) entries.push(['reject', listOf(entities.reject.map((e) => item([['text', e.text], ['type', e.type]])))]);
  return entries.length === 0 ? '' : toYaml(mapOf([['entities', mapOf(entries)]]), PADDED);
}

function listOf(nodes: Node[]): YAMLSeq {
  const seq = new YAMLSeq();
  seq.items = nodes;
  return seq;
}

export function renderSpeakersPair(speakers: SidecarData['speakers']): string {
  if (speakers.length === 0) return '';
  const items = speakers.map((s) => mapOf([['quote', mapOf([['exact', stringNode(s.quote.exact)]], true)], ['speaker', s.speaker === null ? new Scalar(null) : stringNode(s.speaker)]]));
  return toYaml(mapOf([['speakers', listOf(items)]]), PADDED);
}
