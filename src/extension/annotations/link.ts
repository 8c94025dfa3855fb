// What the annotations give the rest of the product: the corrections the analysis must follow, and the
// user's tags as topics with their passages, for open texts (live) and for texts on disk (from the sidecar).
import * as vscode from 'vscode';
import { anchorAll, parseSidecar, sidecarPathFor } from '../../core/annotations';
import type { AnalyzeOptions } from '../../core/analyze';
import { contentHash, snippetOf, type RecordAnnotation } from '../../core/corpus';
import { analysisOptionsOf } from '../../core/formats/corrections';
import type { ArticleTopic } from '../../core/topics';
import type { Placed } from './entry';
import { readIfExists } from '../../node/files';
import type { SidecarStore } from './store';

/** The analysis options a sidecar implies: the user's entity and speaker corrections. */
export const correctionsOf = analysisOptionsOf;

export function tagTopics(placed: readonly Placed[]): ArticleTopic[] {
  const byTag = new Map<string, ArticleTopic>();
  for (const p of placed) {
    if (p.status === 'unanchored') continue;
    for (const tag of p.annotation.tags) {
      const t = byTag.get(tag) ?? { id: `tag:${tag}`, label: `#${tag}`, score: 0, source: 'tag' as const, passages: [] };
      t.passages.push({ start: p.start, end: p.end, score: 10 });
      t.score += 10;
      byTag.set(tag, t);
    }
  }
  return [...byTag.values()];
}

export function recordAnnotations(placed: readonly Placed[], text: string): RecordAnnotation[] {
  return placed.map((p) => ({
    id: p.annotation.id,
    tags: p.annotation.tags,
    note: p.annotation.note,
    start: p.start,
    end: p.end,
    status: p.status === 'edited' ? 'moved' : p.status,
    snippet: p.status === 'unanchored' ? snippetOf(p.annotation.target.exact, 0, p.annotation.target.exact.length) : snippetOf(text, p.start, p.end),
  }));
}

export interface AnnotationLink {
  /** Changes whenever the sidecar does, so that the corpus cache tells the two versions apart. */
  key: string;
  options: AnalyzeOptions;
  topics: ArticleTopic[];
  annotations: RecordAnnotation[];
}

/** The annotations of a text for the corpus index: from the open editor when there is one, else from disk. */
export async function linkFor(store: SidecarStore, uri: vscode.Uri, text: string): Promise<AnnotationLink> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const entry = open ? store.get(open) : undefined;
  if (entry) {
    return {
      key: `open:${contentHash(JSON.stringify(entry.data))}:${entry.placed.map((p) => `${p.start}-${p.end}`).join(',')}`,
      options: correctionsOf(entry.state === 'ok' ? entry.data : undefined),
      topics: tagTopics(entry.placed),
      annotations: recordAnnotations(entry.placed, text),
    };
  }
  if (uri.scheme !== 'file') return { key: 'none', options: {}, topics: [], annotations: [] };
  let source: string | undefined;
  try {
    source = await readIfExists(sidecarPathFor(uri.fsPath));
  } catch {
    source = undefined;
  }
  if (source === undefined) return { key: 'none', options: {}, topics: [], annotations: [] };
  const parsed = parseSidecar(source, uri.path.split('/').pop() ?? null);
  if (!parsed.ok) return { key: contentHash(source), options: {}, topics: [], annotations: [] };
  const placed: Placed[] = anchorAll(text, parsed.data.annotations).map((r) => ({ annotation: r.annotation, start: r.start, end: r.end, status: r.status }));
  return { key: contentHash(source), options: correctionsOf(parsed.data), topics: tagTopics(placed), annotations: recordAnnotations(placed, text) };
}
