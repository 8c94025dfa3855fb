// `diplomatic-annotator annotations FILE... [--json]`: each text's annotations, re-anchored in its current text.
import * as path from 'node:path';
import * as fs from 'node:fs';
import { anchorAll, parseSidecar, sidecarPathFor, type AnchorResult, type AnchorStatus, type SidecarProblem } from '../../core/annotations';
import type { Output } from '../output';
import { readTextFile } from '../read';

export interface AnnotationJson {
  id: string;
  status: AnchorStatus;
  /** The passage's current place; null when it could not be placed (then `exact` is the stored passage). */
  start: number | null;
  end: number | null;
  exact: string;
  tags: string[];
  note: string | null;
}

export interface AnnotationsJson {
  file: string;
  sidecar: string | null;
  annotations: AnnotationJson[];
}

export function problemLine(file: string, p: SidecarProblem): string {
  return `${file}:${p.line}:${p.col}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** A text and its sidecar, read and anchored; problems are printed, a null result means it cannot be listed. */
export function loadAnnotated(textFile: string, sidecarFile: string, out: Output): { results: AnchorResult[]; text: string } | null {
  const text = readTextFile(textFile);
  if (!text.ok) {
    out.err(text.message);
    return null;
  }
  const yaml = readTextFile(sidecarFile);
  if (!yaml.ok) {
    out.err(yaml.message);
    return null;
  }
  const parsed = parseSidecar(yaml.text, path.basename(textFile));
  for (const w of parsed.warnings) out.err(problemLine(sidecarFile, w));
  if (!parsed.ok) {
    for (const e of parsed.errors) out.err(problemLine(sidecarFile, e));
    return null;
  }
  return { results: anchorAll(text.text, parsed.data.annotations), text: text.text };
}

function toJson(r: AnchorResult, text: string): AnnotationJson {
  const placed = r.status !== 'unanchored';
  return {
    id: r.annotation.id,
    status: r.status,
    start: placed ? r.start : null,
    end: placed ? r.end : null,
    exact: placed ? text.slice(r.start, r.end) : r.annotation.target.exact,
    tags: r.annotation.tags,
    note: r.annotation.note ?? null,
  };
}

function shorten(s: string, max = 70): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

function summary(file: string, list: AnnotationJson[]): string {
  const lines = [`${file}: ${list.length} annotation${list.length === 1 ? '' : 's'}`];
  for (const a of list) {
    const where = a.start === null ? 'unplaced' : `${a.start}-${a.end}`;
    const tags = a.tags.length ? ` [${a.tags.join(', ')}]` : '';
    lines.push(`  ${a.id}  ${a.status.padEnd(10)} ${where.padEnd(11)} "${shorten(a.exact)}"${tags}${a.note ? ` — ${shorten(a.note, 60)}` : ''}`);
  }
  return lines.join('\n');
}

export function runAnnotations(files: string[], json: boolean, out: Output): number {
  if (files.length === 0) {
    out.err('annotations: give one or more text files, e.g. diplomatic-annotator annotations seeds/*.txt --json');
    return 2;
  }
  let failed = 0;
  const all: AnnotationsJson[] = [];
  for (const file of files) {
    const sidecar = sidecarPathFor(file);
    let list: AnnotationJson[] = [];
    if (fs.existsSync(sidecar)) {
      const loaded = loadAnnotated(file, sidecar, out);
      if (!loaded) {
        failed++;
        continue;
      }
      list = loaded.results.map((r) => toJson(r, loaded.text));
    } else {
      const text = readTextFile(file);
      if (!text.ok) {
        out.err(text.message);
        failed++;
        continue;
      }
    }
    const entry = { file, sidecar: fs.existsSync(sidecar) ? sidecar : null, annotations: list };
    if (json) all.push(entry);
    else out.log(entry.sidecar ? summary(file, list) : `${file}: no annotations (no ${path.basename(sidecar)})`);
  }
  if (json) out.log(JSON.stringify(files.length === 1 ? (all[0] ?? null) : all, null, 2));
  return failed > 0 ? 1 : 0;
}
