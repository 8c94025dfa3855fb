// W3C Web Annotation (JSON-LD) export and import. Each annotation targets its text with a TextQuoteSelector
// (exact, prefix, suffix) and a TextPositionSelector whose start/end count Unicode code points, as the model
// requires (a leading byte-order mark counts as one, like every character of the file as read). Tags are
// `tagging` bodies, the note a `commenting` body. The annotation's IRI is `<sidecar>#<id>`, relative to
// where the export is written, so that the id comes back on import.
// The analysis can ride along: entities as `identifying` annotations (a `classifying` body with the type and
// an `identifying` body with the canonical name), quotations as `describing` annotations (the kind, and the
// speaker as an `identifying` body). Import leaves those out: they are the analysis, not the user's work.
import { anchorTarget, isoUtc, makeTarget, type Annotation, type TextTarget } from '../annotations';
import { codePointsToUtf16, utf16ToCodePoints } from './codepoints';
import type { FormatImport, ImportDeps, TextExport } from './types';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting' | 'classifying' | 'identifying';
  value: string;
  format?: 'text/plain';
}

export interface W3cTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface W3cTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface W3cAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: string;
  body?: W3cTextualBody[];
  target: { source: string; selector: (W3cTextQuoteSelector | W3cTextPositionSelector)[] };
  created?: string;
  modified?: string;
}

export interface W3cCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { type: 'Software'; name: string };
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

/** A text for the W3C export: `source` and `sidecar` are relative IRIs of the text and of its sidecar. */
export interface W3cTextExport extends TextExport {
  source: string;
  sidecar: string;
}

/** A file path as a relative IRI: `/`-separated, each segment percent-encoded (`my notes/a#1.txt` -> `my%20notes/a%231.txt`). */
export function pathToIri(relativePath: string): string {
  return relativePath.split(/[\\/]/).map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(s))).join('/');
}

function selectors(t: TextTarget, position: [number, number] | null): (W3cTextQuoteSelector | W3cTextPositionSelector)[] {
  const quote: W3cTextQuoteSelector = { type: 'TextQuoteSelector', exact: t.exact, prefix: t.prefix, suffix: t.suffix };
  return position ? [quote, { type: 'TextPositionSelector', start: position[0], end: position[1] }] : [quote];
}

/** The annotations of one text (and its analysis, when given) as W3C annotations. Unanchored ones keep only their quote. */
export function toW3cAnnotations(t: W3cTextExport): W3cAnnotation[] {
  // Every offset of the text converted in one pass: the annotations', then the entities', then the quotes'.
  const spans: number[] = [];
  for (const p of t.placed) spans.push(...(p.status === 'unanchored' ? [0, 0] : [p.start, p.end]));
  for (const e of t.entities ?? []) spans.push(e.start, e.end);
  for (const q of t.quotes ?? []) spans.push(q.start, q.end);
  const cps = utf16ToCodePoints(t.text, spans);
  let k = 0;
  const next = (): [number, number] => [cps[k++], cps[k++]];
  const out: W3cAnnotation[] = [];
  for (const p of t.placed) {
    const a = p.annotation;
    const position = next();
    const placed = p.status !== 'unanchored';
    const body: W3cTextualBody[] = a.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag }));
    if (a.note !== undefined) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
    const w: W3cAnnotation = {
      id: `${t.sidecar}#${encodeURIComponent(a.id)}`,
      type: 'Annotation',
      motivation: a.note !== undefined ? 'commenting' : a.tags.length ? 'tagging' : 'highlighting',
      body,
      target: { source: t.source, selector: selectors(placed ? makeTarget(t.text, p.start, p.end) : a.target, placed ? position : null) },
      created: a.created,
    };
    if (!body.length) delete w.body;
    if (a.modified !== undefined) w.modified = a.modified;
    out.push(w);
  }
  (t.entities ?? []).forEach((e, i) => {
    out.push({
      id: `${t.source}#entity-${i + 1}`,
      type: 'Annotation',
      motivation: 'identifying',
      body: [{ type: 'TextualBody', purpose: 'classifying', value: e.type }, { type: 'TextualBody', purpose: 'identifying', value: e.canonical }],
      target: { source: t.source, selector: selectors(makeTarget(t.text, e.start, e.end), next()) },
    });
  });
  (t.quotes ?? []).forEach((q, i) => {
    const body: W3cTextualBody[] = [{ type: 'TextualBody', purpose: 'classifying', value: q.kind === 'direct' ? 'quotation' : 'scare-quote' }];
    if (q.speaker) body.push({ type: 'TextualBody', purpose: 'identifying', value: q.speaker.name });
    out.push({ id: `${t.source}#quote-${i + 1}`, type: 'Annotation', motivation: 'describing', body, target: { source: t.source, selector: selectors(makeTarget(t.text, q.start, q.end), next()) } });
  });
  return out;
}

/** Several texts' annotations as one AnnotationCollection with a single page. `id` names the export (e.g. its file name). */
export function toW3cCollection(texts: readonly W3cTextExport[], id: string, label: string): W3cCollection {
  const items = texts.flatMap(toW3cAnnotations);
  return {
    '@context': W3C_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generator: { type: 'Software', name: 'Diplomatic Annotator' },
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

// ---- Import ----

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const typesOf = (o: Json): string[] => asList(o.type ?? o['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^oa:/, ''));
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Every Annotation object in a JSON-LD document: a collection (its pages' items), a page, an array, a @graph, or one annotation. */
function annotationsIn(doc: unknown, depth = 0): Json[] {
  if (depth > 8) return [];
  if (Array.isArray(doc)) return doc.flatMap((d) => annotationsIn(d, depth + 1));
  if (!isObject(doc)) return [];
  const types = typesOf(doc);
  if (types.includes('Annotation')) return [doc];
  const out: Json[] = [];
  for (const key of ['@graph', 'items', 'first', 'next']) if (key in doc) out.push(...annotationsIn(doc[key], depth + 1));
  return out;
}

/** The annotation's target object with selectors; with `textName`, one whose source names that file, when several texts are in the file. */
function targetOf(a: Json, pick: (source: string | undefined) => boolean): Json | undefined {
  return asList(a.target).filter(isObject).find((t) => pick(str(t.source) ?? str(t.id)) && t.selector !== undefined);
}

function sourcesOf(list: Json[]): Set<string> {
  const out = new Set<string>();
  for (const a of list) for (const t of asList(a.target)) if (isObject(t)) out.add(str(t.source) ?? str(t.id) ?? '');
  return out;
}

/** The file name an IRI ends with, decoded: `../seeds/a%20b.txt` -> `a b.txt`. */
function lastSegment(iri: string): string {
  const path = iri.replace(/[?#].*$/, '');
  const seg = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

/** The annotation's own id from its IRI (`notes.annotations.yaml#7f3a9c` -> `7f3a9c`), when it is a plain token. */
function idFromIri(iri: string | undefined): string | undefined {
  if (!iri) return undefined;
  let tail = iri.includes('#') ? iri.slice(iri.lastIndexOf('#') + 1) : iri.slice(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf(':')) + 1);
  try {
    tail = decodeURIComponent(tail);
  } catch {
    return undefined;
  }
  return /^[A-Za-z0-9_-]{1,40}$/.test(tail) ? tail : undefined;
}

interface Bodies {
  tags: string[];
  notes: string[];
  analysis: boolean;
}

function readBodies(a: Json): Bodies {
  const motivation = asList(a.motivation).filter((m): m is string => typeof m === 'string').map((m) => m.replace(/^oa:/, ''));
  const out: Bodies = { tags: [], notes: [], analysis: false };
  const bodyValue = str(a.bodyValue);
  if (bodyValue !== undefined) out.notes.push(bodyValue);
  for (const b of asList(a.body)) {
    if (!isObject(b)) continue;
    const purpose = (str(b.purpose) ?? (motivation.includes('tagging') ? 'tagging' : 'commenting')).replace(/^oa:/, '');
    const value = str(b.value) ?? str(b.source) ?? str(b.id);
    if (value === undefined) continue;
    if (purpose === 'tagging' && value.trim() !== '') out.tags.push(value.trim());
    else if (purpose === 'commenting') out.notes.push(value);
  }
  const analysisMotivation = motivation.some((m) => m === 'identifying' || m === 'classifying' || m === 'describing');
  out.analysis = analysisMotivation && out.tags.length === 0 && out.notes.length === 0;
  return out;
}

const validDate = (s: string | undefined): s is string => s !== undefined && !Number.isNaN(Date.parse(s));

/**
 * Annotations of `text` from a W3C JSON-LD document. Positions come from the TextPositionSelector (code
 * points) when the text there is the quote; otherwise the quote is looked for as the sidecar does on load,
 * and an annotation that cannot be placed is kept with its quote (unanchored) and reported. Ids are kept
 * when they are plain tokens not taken yet; the others get new ones. `textName` picks this text's
 * annotations out of a file that holds several texts.
 */
export function fromW3c(doc: unknown, text: string, deps: ImportDeps, options: { textName?: string } = {}): FormatImport {
  const all = annotationsIn(doc);
  const sources = sourcesOf(all);
  const pick = (source: string | undefined): boolean => sources.size <= 1 || options.textName === undefined || (source !== undefined && lastSegment(source) === options.textName);
  const problems: string[] = [];
  let skipped = 0;
  const taken = new Set(deps.taken ?? []);
  const found: { a: Json; quote?: Json; position?: Json; bodies: Bodies }[] = [];
  for (const a of all) {
    const target = targetOf(a, pick);
    const bodies = readBodies(a);
    if (bodies.analysis) {
      skipped++;
      continue;
    }
    if (!target) {
      if (asList(a.target).length && !asList(a.target).some((t) => isObject(t) && t.selector !== undefined)) problems.push(`Annotation ${str(a.id) ?? '(no id)'} has no selector in a text, so it cannot be placed; left out.`);
      else skipped++;
      continue;
    }
    const sel = asList(target.selector).filter(isObject);
    found.push({ a, bodies, quote: sel.find((s) => typesOf(s).includes('TextQuoteSelector')), position: sel.find((s) => typesOf(s).includes('TextPositionSelector')) });
  }
  const num = (v: unknown): number => (typeof v === 'number' ? v : -1);
  const units = codePointsToUtf16(text, found.flatMap((f) => (f.position ? [num(f.position.start), num(f.position.end)] : [-1, -1])));
  const annotations: Annotation[] = [];
  found.forEach((f, i) => {
    const label = str(f.a.id) ?? `number ${i + 1}`;
    const [start, end] = [units[2 * i], units[2 * i + 1]];
    const exact = f.quote ? str(f.quote.exact) : undefined;
    const hasPosition = start >= 0 && end >= start;
    let target: TextTarget | undefined;
    if (hasPosition && (exact === undefined || text.slice(start, end) === exact) && end > start) target = makeTarget(text, start, end);
    else if (exact !== undefined && exact !== '') {
      const stored: TextTarget = { start: hasPosition ? start : 0, end: hasPosition ? end : exact.length, exact, prefix: str(f.quote?.prefix) ?? '', suffix: str(f.quote?.suffix) ?? '' };
      const placed = anchorTarget(text, stored);
      if (placed.status === 'unanchored') {
        target = stored;
        problems.push(`Annotation ${label}: "${exact.length > 40 ? exact.slice(0, 39) + '…' : exact}" is not in the text; kept unanchored.`);
      } else target = makeTarget(text, placed.start, placed.end);
    }
    if (!target) {
      problems.push(`Annotation ${label}: its position is outside the text and it has no quote; left out.`);
      return;
    }
    const ownId = idFromIri(str(f.a.id));
    const id = ownId !== undefined && !taken.has(ownId) ? ownId : deps.newId(taken);
    taken.add(id);
    const created = str(f.a.created);
    const modified = str(f.a.modified);
    const note = f.bodies.notes.join('\n\n');
    const annotation: Annotation = { id, tags: [...new Set(f.bodies.tags)], target, created: validDate(created) ? created : isoUtc(deps.now()) };
    if (f.bodies.notes.length) annotation.note = note;
    if (validDate(modified)) annotation.modified = modified;
    annotations.push(annotation);
  });
  return { annotations, problems, skipped };
}
