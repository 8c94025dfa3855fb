// `diplomatic-annotator check [PATH...]`: validates every sidecar under the paths against its text; lists
// errors and unanchored annotations as `file:line:col: message` and exits 1 when there is any.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { anchorAll, isSidecarName, parseSidecar, SIDECAR_SUFFIX, sidecarPathFor } from '../../core/annotations';
import type { Output } from '../output';
import { readTextFile } from '../read';
import { problemLine } from './annotations';

const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);

function findSidecars(dir: string, found: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) findSidecars(full, found);
    } else if (entry.isFile() && isSidecarName(entry.name)) found.push(full);
  }
}

/** The text a sidecar belongs to: the file of the same name in its folder (article.annotations.yaml -> article.txt, or any extension). */
function textFileFor(sidecar: string): string | null {
  const dir = path.dirname(sidecar);
  const stem = path.basename(sidecar).slice(0, -SIDECAR_SUFFIX.length);
  if (fs.existsSync(path.join(dir, stem + '.txt'))) return path.join(dir, stem + '.txt');
  const other = fs.readdirSync(dir).find((n) => !isSidecarName(n) && sidecarPathFor(n) === path.basename(sidecar));
  return other ? path.join(dir, other) : null;
}

interface Tally {
  sidecars: number;
  invalid: number;
  warnings: number;
  annotations: number;
  byStatus: Record<string, number>;
}

function checkOne(sidecar: string, tally: Tally, out: Output): void {
  tally.sidecars++;
  const yaml = readTextFile(sidecar);
  if (!yaml.ok) {
    out.log(`${sidecar}:1:1: ${yaml.message}`);
    tally.invalid++;
    return;
  }
  const textFile = textFileFor(sidecar);
  const parsed = parseSidecar(yaml.text, textFile ? path.basename(textFile) : null);
  tally.warnings += parsed.warnings.length;
  for (const w of parsed.warnings) out.log(problemLine(sidecar, w));
  if (!parsed.ok) {
    for (const e of parsed.errors) out.log(problemLine(sidecar, e));
    tally.invalid++;
    return;
  }
  const text = readTextFile(textFile ?? path.join(path.dirname(sidecar), parsed.data.text));
  if (!text.ok) {
    out.log(`${sidecar}:1:1: its text cannot be read, so the annotations cannot be checked: ${text.message}`);
    tally.invalid++;
    return;
  }
  for (const r of anchorAll(text.text, parsed.data.annotations)) {
    tally.annotations++;
    tally.byStatus[r.status]++;
    if (r.status !== 'unanchored') continue;
    const at = parsed.doc.locations.get(r.annotation.id) ?? { line: 1, col: 1 };
    const exact = r.annotation.target.exact.replace(/\s+/g, ' ');
    const shown = exact.length > 60 ? exact.slice(0, 59) + '…' : exact;
    out.log(`${sidecar}:${at.line}:${at.col}: annotation ${r.annotation.id} is unanchored: "${shown}" is no longer in ${path.basename(textFile ?? parsed.data.text)}. Re-attach it in the editor, or delete it.`);
  }
}

export function runCheck(paths: string[], out: Output): number {
  const sidecars: string[] = [];
  let missing = 0;
  for (const p of paths.length ? paths : ['.']) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) {
      out.err(`${p}: no such file or folder.`);
      missing++;
    } else if (stat.isDirectory()) findSidecars(p, sidecars);
    else if (isSidecarName(path.basename(p))) sidecars.push(p);
    else if (fs.existsSync(sidecarPathFor(p))) sidecars.push(sidecarPathFor(p));
  }
  const tally: Tally = { sidecars: 0, invalid: 0, warnings: 0, annotations: 0, byStatus: { anchored: 0, moved: 0, fuzzy: 0, unanchored: 0 } };
  for (const s of [...new Set(sidecars)]) checkOne(s, tally, out);
  const s = tally.byStatus;
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  out.log(
    `check: ${plural(tally.sidecars, 'sidecar')}, ${plural(tally.annotations, 'annotation')} (${s.anchored} anchored, ${s.moved} moved, ${s.fuzzy} fuzzy, ${s.unanchored} unanchored); ` +
      `${tally.invalid} invalid, ${plural(tally.warnings, 'warning')}.`,
  );
  return tally.invalid + s.unanchored + missing > 0 ? 1 : 0;
}
