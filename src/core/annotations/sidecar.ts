// Reading and writing a sidecar file's text: parse + validate with line numbers, and a deterministic,
// merge-friendly rewrite that keeps every byte of what did not change (comments, order, CRLF, BOM).
import { LineCounter, isMap, isSeq, parseDocument, type YAMLError } from 'yaml';
import { sameAnnotation, sameAnnotations, sameEntities, sameSpeakers, sortAnnotations } from './equal';
import { layoutOf, type Chunk, type SidecarLayout } from './layout';
import { headerComment, renderAnnotationItem, renderAnnotationsPair, renderEntitiesPair, renderScalarPair, renderSpeakersPair, renderUpdatedItem } from './render';
import type { SidecarData, SidecarProblem } from './types';
import { validateSidecar } from './validate';

/** Sidecars above this size are refused: annotations of one article never come near it. */
export const MAX_SIDECAR_CHARS = 10 * 1024 * 1024;

/** What a rewrite needs from the file as it was read. Treat as opaque. */
export interface SidecarDocument {
  readonly source: string;
  /** The source without its BOM and with LF line endings: what was parsed. */
  readonly body: string;
  readonly bom: boolean;
  readonly eol: '\n' | '\r\n';
  readonly data: SidecarData;
  readonly layout: SidecarLayout | null;
  /** Line and column (from 1) of each annotation, for messages about it. */
  readonly locations: ReadonlyMap<string, { line: number; col: number }>;
}

export type ParseResult =
  | { ok: true; data: SidecarData; doc: SidecarDocument; warnings: SidecarProblem[] }
  | { ok: false; errors: SidecarProblem[]; warnings: SidecarProblem[] };

function failure(message: string): ParseResult {
  return { ok: false, errors: [{ message, severity: 'error', line: 1, col: 1, endLine: 1, endCol: 1 }], warnings: [] };
}

function fromYamlError(e: YAMLError, severity: 'error' | 'warning'): SidecarProblem {
  const [a, b] = e.linePos ?? [{ line: 1, col: 1 }];
  // prettyErrors appends " at line L, column C:" and an excerpt of the source; the position is given apart.
  const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { message: `YAML: ${message}`, severity, line: a.line, col: a.col, endLine: (b ?? a).line, endCol: (b ?? a).col };
}

export function detectEol(s: string): '\n' | '\r\n' {
  const crlf = s.split('\r\n').length - 1;
  const lf = s.split('\n').length - 1;
  return crlf > 0 && crlf * 2 >= lf ? '\r\n' : '\n';
}

/** Parses and validates a sidecar. `expectedTextName` is the text it sits next to (null: not known). */
export function parseSidecar(yamlText: string, expectedTextName: string | null): ParseResult {
  if (yamlText.length > MAX_SIDECAR_CHARS) {
    return failure(`The sidecar is ${(yamlText.length / 1048576).toFixed(1)} MB, over the ${MAX_SIDECAR_CHARS / 1048576} MB limit: it cannot be an annotation file. Check that it is the right file.`);
  }
  const bom = yamlText.charCodeAt(0) === 0xfeff;
  const body = (bom ? yamlText.slice(1) : yamlText).replace(/\r\n/g, '\n');
  const lines = new LineCounter();
  const yaml = parseDocument(body, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, keepSourceTokens: false });
  const warnings = yaml.warnings.map((w) => fromYamlError(w, 'warning'));
  if (yaml.errors.length) return { ok: false, errors: yaml.errors.map((e) => fromYamlError(e, 'error')), warnings };
  const { data, problems: found } = validateSidecar(yaml, lines, expectedTextName);
  const problems = [...found].sort((a, b) => a.line - b.line || a.col - b.col);
  warnings.push(...problems.filter((p) => p.severity === 'warning'));
  if (!data) return { ok: false, errors: problems.filter((p) => p.severity === 'error'), warnings };
  const locations = new Map<string, { line: number; col: number }>();
  const seq = yaml.get('annotations', true);
  if (isSeq(seq)) {
    seq.items.forEach((item, i) => {
      const range = isMap(item) ? item.range : null;
      if (range && data.annotations[i]) locations.set(data.annotations[i].id, lines.linePos(range[0]));
    });
  }
  const doc: SidecarDocument = { source: yamlText, body, bom, eol: detectEol(yamlText), data: structuredClone(data), layout: layoutOf(yaml, body), locations };
  return { ok: true, data, doc, warnings };
}

function sameData(a: SidecarData, b: SidecarData): boolean {
  return a.text === b.text && sameAnnotations(a.annotations, b.annotations) && sameEntities(a.entities, b.entities) && sameSpeakers(a.speakers, b.speakers);
}

const hasEntities = (d: SidecarData): boolean => d.entities.add.length + d.entities.reject.length > 0;

function renderSection(key: string, data: SidecarData): string {
  switch (key) {
    case 'version': return renderScalarPair('version', 1);
    case 'text': return renderScalarPair('text', data.text);
    case 'annotations': return renderAnnotationsPair(sortAnnotations(data.annotations));
    case 'entities': return renderEntitiesPair(data.entities);
    case 'speakers': return renderSpeakersPair(data.speakers);
    default: return '';
  }
}

const KNOWN = ['version', 'text', 'annotations', 'entities', 'speakers'];

function renderFresh(data: SidecarData): string {
  return [headerComment(data.text) + '\n', ...KNOWN.map((k) => renderSection(k, data))].join('');
}

const withNewline = (s: string): string => (s === '' || s.endsWith('\n') ? s : s + '\n');

/** The annotations section rewritten item by item: unchanged items keep their lines, with the comments above them. */
function spliceAnnotations(prev: SidecarDocument, layout: SidecarLayout, chunk: Chunk, data: SidecarData): string {
  const slice = (from: number, to: number): string => withNewline(prev.body.slice(from, to));
  const prelude = prev.body.slice(chunk.from, chunk.body);
  const sorted = sortAnnotations(data.annotations);
  if (sorted.length === 0) return prelude + 'annotations: []\n';
  if (!layout.items) return prelude + renderAnnotationsPair(sorted);
  const items = layout.items;
  const old = new Map(prev.data.annotations.map((a, i) => [a.id, { a, ...items[i] }]));
  let out = slice(chunk.from, items[0].chunk.from);
  for (const a of sorted) {
    const o = old.get(a.id);
    if (o && sameAnnotation(o.a, a)) out += slice(o.chunk.from, o.chunk.to);
    else if (o) out += prev.body.slice(o.chunk.from, o.chunk.body) + renderUpdatedItem(o.node, a, layout.itemIndent);
    else out += renderAnnotationItem(a, layout.itemIndent);
  }
  return out + prev.body.slice(items[items.length - 1].chunk.to, chunk.to);
}

function splice(prev: SidecarDocument, layout: SidecarLayout, data: SidecarData): string {
  const wanted = new Set(['version', 'text', 'annotations']);
  if (hasEntities(data)) wanted.add('entities');
  if (data.speakers.length) wanted.add('speakers');
  const missing = KNOWN.filter((k) => wanted.has(k) && !layout.sections.some((s) => s.key === k));
  let out = '';
  for (const { key, chunk } of layout.sections) {
    while (missing.length && KNOWN.includes(key) && KNOWN.indexOf(missing[0]) < KNOWN.indexOf(key)) out = withNewline(out) + renderSection(missing.shift() ?? '', data);
    const kept = withNewline(prev.body.slice(chunk.from, chunk.to));
    const prelude = prev.body.slice(chunk.from, chunk.body);
    if (key === 'annotations') out += sameAnnotations(data.annotations, prev.data.annotations) ? kept : spliceAnnotations(prev, layout, chunk, data);
    else if (key === 'text') out += data.text === prev.data.text ? kept : prelude + renderSection(key, data);
    else if (key === 'entities') out += sameEntities(data.entities, prev.data.entities) ? kept : hasEntities(data) ? prelude + renderSection(key, data) : '';
    else if (key === 'speakers') out += sameSpeakers(data.speakers, prev.data.speakers) ? kept : data.speakers.length ? prelude + renderSection(key, data) : '';
    else out += kept;
  }
  for (const key of missing) out = withNewline(out) + renderSection(key, data);
  const last = layout.sections[layout.sections.length - 1];
  return out + prev.body.slice(last ? last.chunk.to : 0);
}

/**
 * The sidecar's text for `data`. With the document it was read from, only what changed is rewritten, and
 * unchanged data gives back the file byte for byte; without, a fresh file in the fixed style.
 */
export function serializeSidecar(data: SidecarData, previousDoc?: SidecarDocument, options: { eol?: '\n' | '\r\n'; bom?: boolean } = {}): string {
  if (previousDoc && sameData(data, previousDoc.data)) return previousDoc.source;
  const text = previousDoc?.layout ? splice(previousDoc, previousDoc.layout, data) : renderFresh(data);
  const eol = previousDoc?.eol ?? options.eol ?? '\n';
  const bom = previousDoc?.bom ?? options.bom ?? false;
  return (bom ? '\uFEFF' : '') + (eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text);
}
