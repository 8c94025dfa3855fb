// Where each top-level section and each annotation sits in a sidecar's text, as whole lines, so that a
// rewrite can keep the bytes of everything that did not change (comments and hand formatting included).
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';

/** [from, body) holds the comment and blank lines above a piece, [body, to) the piece itself. */
export interface Chunk {
  from: number;
  body: number;
  to: number;
}

export interface SidecarLayout {
  sections: { key: string; chunk: Chunk }[];
  /** The block list of annotations, one chunk per item in file order; null when it is not a block list. */
  items: { chunk: Chunk; node: YAMLMap }[] | null;
  /** Spaces before each annotation item's "- ". */
  itemIndent: number;
}

function lineStart(s: string, at: number): number {
  return s.lastIndexOf('\n', at - 1) + 1;
}

/** The offset after the line break of the line holding `at` (or the end of the text). */
function lineEnd(s: string, at: number): number {
  const i = s.indexOf('\n', at);
  return i < 0 ? s.length : i + 1;
}

function rangeOf(node: unknown): [number, number, number] | null {
  return (node as { range?: [number, number, number] | null } | null)?.range ?? null;
}

function itemsLayout(body: string, value: unknown, after: number): Pick<SidecarLayout, 'items' | 'itemIndent'> {
  if (!isSeq(value) || value.flow || value.items.length === 0) return { items: null, itemIndent: 2 };
  const items: { chunk: Chunk; node: YAMLMap }[] = [];
  let from = after;
  for (const node of value.items) {
    const range = rangeOf(node);
    if (!isMap(node) || !range) return { items: null, itemIndent: 2 };
    const start = lineStart(body, range[0]);
    // Each item must start its own line with "- ", or it cannot be moved as lines.
    if (start < from || !/^ *- /.test(body.slice(start, range[0]))) return { items: null, itemIndent: 2 };
    const to = lineEnd(body, Math.max(range[0], range[1] - 1));
    items.push({ chunk: { from, body: start, to }, node });
    from = to;
  }
  const first = items[0].chunk;
  return { items, itemIndent: body.slice(first.body).search(/\S/) };
}

/** The layout of a parsed sidecar whose top level is a block mapping; null for anything else (then it is rewritten whole). */
export function layoutOf(doc: Document.Parsed, body: string): SidecarLayout | null {
  const top = doc.contents;
  if (!isMap(top) || top.flow) return null;
  const sections: SidecarLayout['sections'] = [];
  let from = 0;
  let items: SidecarLayout['items'] = null;
  let itemIndent = 2;
  for (const pair of top.items) {
    const keyRange = rangeOf(pair.key);
    if (!isScalar(pair.key) || !keyRange) return null;
    const start = lineStart(body, keyRange[0]);
    if (start < from) return null;
    const end = Math.max(keyRange[1], rangeOf(pair.value)?.[1] ?? keyRange[1]);
    const to = lineEnd(body, Math.max(keyRange[0], end - 1));
    const key = String(pair.key.value);
    sections.push({ key, chunk: { from, body: start, to } });
    if (key === 'annotations') ({ items, itemIndent } = itemsLayout(body, pair.value, lineEnd(body, keyRange[0])));
    from = to;
  }
  return { sections, items, itemIndent };
}
