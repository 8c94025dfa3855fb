// What the corpus index keeps of one article: enough to draw every view without reading the file again.

import type { Analysis } from '../analyze';
import type { EntityType } from '../entities';

export interface Passage {
  start: number;
  end: number;
  snippet: string;
}

/** One of the user's annotations as the corpus views show it. */
export interface RecordAnnotation {
  id: string;
  tags: string[];
  note?: string;
  start: number;
  end: number;
  status: 'anchored' | 'moved' | 'fuzzy' | 'unanchored';
  snippet: string;
}

export interface ArticleRecord {
  /** The file's key (a URI or a path). */
  file: string;
  /** Hash of the text the record was made from. */
  hash: string;
  date: string | null;
  headline: string;
  headlineStart: number;
  topics: { id: string; label: string; score: number; source: string; passages: Passage[] }[];
  quotes: (Passage & { speaker: string | null; kind: string })[];
  /** Mentions keep no snippet: a corpus has hundreds of them per article, and the views read context on demand. */
  entities: { type: EntityType; canonical: string; mentions: { start: number; end: number; text: string }[] }[];
  /** The user's annotations of the article, from its sidecar. */
  annotations?: RecordAnnotation[];
}

export const SNIPPET_CHARS = 100;

/**
 * A copy of a string that does not keep the article alive: a slice of a text would pin the whole text in
 * memory for as long as the index holds the slice, ten thousand articles over.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

export function snippetOf(text: string, start: number, end: number, max = SNIPPET_CHARS): string {
  const flat = text.slice(start, Math.min(end, start + max * 2)).replace(/\s+/g, ' ').trim();
  return own(flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`);
}

export function recordFromAnalysis(file: string, hash: string, text: string, a: Analysis, annotations: RecordAnnotation[] = []): ArticleRecord {
  const name = file.split('/').pop() ?? file;
  const entities = new Map<string, ArticleRecord['entities'][number]>();
  for (const e of a.entities) {
    const key = `${e.type}\u0000${e.canonical}`;
    const group = entities.get(key) ?? { type: e.type, canonical: own(e.canonical), mentions: [] };
    group.mentions.push({ start: e.start, end: e.end, text: own(e.text) });
    entities.set(key, group);
  }
  return {
    file,
    hash,
    date: a.structure.dateline?.date ?? null,
    headline: own(a.structure.headline?.text ?? name),
    headlineStart: a.structure.headline?.start ?? 0,
    topics: a.topics.map((t) => ({
      id: t.id,
      label: own(t.label),
      score: t.score,
      source: t.source,
      passages: t.passages.map((p) => ({ start: p.start, end: p.end, snippet: snippetOf(text, p.start, p.end) })),
    })),
    quotes: a.quotes
      .filter((q) => !q.nested)
      .map((q) => ({ start: q.start, end: q.end, speaker: q.speaker ? own(q.speaker.name) : null, kind: q.kind, snippet: snippetOf(text, q.start, q.end) })),
    entities: [...entities.values()],
    annotations,
  };
}

/** A fast 53-bit string hash (cyrb53): enough to tell whether a file changed since it was indexed. */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36) + `:${text.length}`;
}
