// Reading values out of parsed YAML nodes, with each problem reported at the node's line and column.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { SidecarProblem } from './types';

/** Aliases (`*name`) resolved while reading, at most: enough for hand-written reuse, too few for an alias bomb. */
export const MAX_ALIASES = 100;

type Located = { range?: [number, number, number] | null } | null | undefined;

export class NodeReader {
  readonly problems: SidecarProblem[] = [];
  private aliases = 0;

  constructor(private readonly doc: Document.Parsed, private readonly lines: LineCounter) {}

  report(node: Located, message: string, severity: 'error' | 'warning' = 'error'): void {
    const [from, to] = node?.range ? [node.range[0], Math.max(node.range[0], node.range[1])] : [0, 0];
    const a = this.lines.linePos(from);
    const b = this.lines.linePos(to);
    this.problems.push({ message, severity, line: a.line, col: a.col, endLine: b.line, endCol: b.col });
  }

  lineOf(node: Located): number {
    return this.lines.linePos(node?.range?.[0] ?? 0).line;
  }

  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }

  /** The node itself, or what an alias points to; null for nothing or for an alias over the limit. */
  resolve(node: unknown): Node | null {
    if (isAlias(node)) {
      if (++this.aliases > MAX_ALIASES) {
        if (this.aliases === MAX_ALIASES + 1) this.report(node, `More than ${MAX_ALIASES} aliases (*name): a sidecar does not need them; write the values out.`);
        return null;
      }
      return (node.resolve(this.doc) as Node | undefined) ?? null;
    }
    return isScalar(node) || isMap(node) || isSeq(node) ? node : null;
  }

  isNull(node: Node | null): boolean {
    return node === null || (isScalar(node) && node.value === null);
  }

  /** Text of a scalar: strings as they are, numbers and booleans as written (`id: 012345` stays "012345"). */
  text(node: Node | null): string | null {
    if (!isScalar(node) || node.value === null) return null;
    if (typeof node.value === 'string') return node.value;
    return node.source ?? (typeof node.value === 'number' || typeof node.value === 'boolean' || typeof node.value === 'bigint' ? String(node.value) : null);
  }

  map(node: Node | null, what: string): YAMLMap | null {
    if (isMap(node)) return node;
    this.report(node, `${what} must be a mapping of keys to values.`);
    return null;
  }

  seq(node: Node | null, what: string): YAMLSeq | null {
    if (this.isNull(node)) return null;
    if (isSeq(node)) return node;
    this.report(node, `${what} must be a list (one "- " item per entry, or [a, b]).`);
    return null;
  }

  /** The pairs of a mapping by key, warning about keys not in `known` and about non-text keys. */
  fields(map: YAMLMap, known: readonly string[], where: string): Map<string, Pair> {
    const out = new Map<string, Pair>();
    for (const pair of map.items) {
      const key = this.text(this.resolve(pair.key));
      if (key === null) {
        this.report(pair.key as Located, `${where}: a key must be a plain name.`);
        continue;
      }
      out.set(key, pair);
      if (!known.includes(key)) {
        this.report(pair.key as Located, `${where}: unknown key "${key}" is kept in the file but not used (known keys: ${known.join(', ')}).`, 'warning');
      }
    }
    return out;
  }

  value(pair: Pair | undefined): Node | null {
    return pair ? this.resolve(pair.value) : null;
  }

  /** A text field; `required` reports it when missing or empty. */
  string(fields: Map<string, Pair>, key: string, where: Located, what: string, required: boolean): string | undefined {
    const pair = fields.get(key);
    const node = this.value(pair);
    if (this.isNull(node)) {
      if (required) this.report((pair?.key as Located) ?? where, `${what}: "${key}" is ${pair ? 'empty' : 'missing'}.`);
      return undefined;
    }
    const s = this.text(node);
    if (s === null) {
      this.report(node, `${what}: "${key}" must be text, not a ${isSeq(node) ? 'list' : 'mapping'}.`);
      return undefined;
    }
    if (required && s === '') this.report(node, `${what}: "${key}" is empty.`);
    return s;
  }

  /** A whole number of at least 0. */
  offset(fields: Map<string, Pair>, key: string, where: Located, what: string): number | undefined {
    const pair = fields.get(key);
    const node = this.value(pair);
    if (this.isNull(node)) {
      this.report((pair?.key as Located) ?? where, `${what}: "${key}" is ${pair ? 'empty' : 'missing'}; it is the passage's ${key} offset in the text.`);
      return undefined;
    }
    const v = isScalar(node) ? node.value : undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      this.report(node, `${what}: "${key}" must be a whole number of at least 0 (a UTF-16 offset into the text), not ${isScalar(node) ? JSON.stringify(this.text(node)) : 'a collection'}.`);
      return undefined;
    }
    return v;
  }
}
