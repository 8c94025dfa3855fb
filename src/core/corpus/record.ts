// What the corpus index keeps of one article: enough to draw every view without reading the file again.

import type { Analysis } from '../analyze';
import type { EntityType } from '../entities';
import { hasIrregularSpace } from '../text/paragraphs';

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

/** Names and mention texts repeat across a corpus: one owned copy of each serves every record. */
const shared = new Map<string, string>();
/** Past this many strings the table starts afresh, so that it cannot grow without end. */
const SHARED_MAX = 100_000;

/** own(s), with one copy per distinct string across the records. */
export function ownShared(s: string): string {
  if (s.length < 13) return s;
  let copy = shared.get(s);
  if (copy === undefined) {
    if (shared.size >= SHARED_MAX) shared.clear();
    copy = own(s);
    shared.set(copy, copy);
  }
  return copy;
}

/** The passage on one line, white space runs as one space, cut at `max` characters with an ellipsis. */
export function snippetOf(text: string, start: number, end: number, max = SNIPPET_CHARS): string {
  const limit = Math.min(end, start + max * 2);
  const trimmed = text.slice(start, limit).trim();
  // Most passages have only single spaces: they are not run through the replacement. Of a longer passage only
  // the first max + 1 characters are looked at: with single spaces there, they begin the flattened text as they
  // are (a space at the end stays one space), and the snippet is cut within them.
  const head = trimmed.length > max + 1 ? trimmed.slice(0, max + 1) : trimmed;
  const flat = hasIrregularSpace(head) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  return own(flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`);
}

export function recordFromAnalysis(file: string, hash: string, text: string, a: Analysis, annotations: RecordAnnotation[] = []): ArticleRecord {
  const name = file.split('/').pop() ?? file;
  type Group = ArticleRecord['entities'][number];
  const groups: Group[] = [];
  const byType = new Map<EntityType, Map<string, Group>>();
  for (const e of a.entities) {
    let ofType = byType.get(e.type);
    if (!ofType) byType.set(e.type, (ofType = new Map<string, Group>()));
    let group = ofType.get(e.canonical);
    if (!group) {
      group = { type: e.type, canonical: ownShared(e.canonical), mentions: [] };
      ofType.set(e.canonical, group);
      groups.push(group);
    }
    // Most mentions are written as their canonical name: that copy serves, without a look-up in the shared table.
    group.mentions.push({ start: e.start, end: e.end, text: e.text === e.canonical ? group.canonical : ownShared(e.text) });
  }
  return {
    file,
    hash,
    date: a.structure.dateline?.date ?? null,
    headline: own(a.structure.headline?.text ?? name),
    headlineStart: a.structure.headline?.start ?? 0,
    topics: a.topics.map((t) => ({
      id: t.id,
      label: ownShared(t.label),
      score: t.score,
      source: t.source,
      passages: t.passages.map((p) => ({ start: p.start, end: p.end, snippet: snippetOf(text, p.start, p.end) })),
    })),
    quotes: a.quotes
      .filter((q) => !q.nested)
      .map((q) => ({ start: q.start, end: q.end, speaker: q.speaker ? ownShared(q.speaker.name) : null, kind: q.kind, snippet: snippetOf(text, q.start, q.end) })),
    entities: groups,
    annotations,
  };
}
