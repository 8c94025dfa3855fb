// `diplomatic-annotator merge-driver %O %A %B`: a git merge driver for sidecars. Set it up with
//   .gitattributes:  *.annotations.yaml merge=diplomatic-annotator
//   git config merge.diplomatic-annotator.driver "diplomatic-annotator merge-driver %O %A %B"
// It merges base (%O), ours (%A) and theirs (%B) by annotation id (mergeSidecars): both sides' additions are
// kept, deletions on one side applied, and an annotation edited differently on both sides is kept twice, the
// other version tagged `merge-conflict` for review. The result replaces %A (atomically, keeping ours' layout
// and comments) and the exit code is 0, even with such kept-both conflicts. When ours or theirs is not a valid
// sidecar, %A is left as it is and the exit code is 1, so that git reports a conflict for the user to resolve.
import * as fs from 'node:fs';
import { createIdGenerator, mergeSidecars, parseSidecar, serializeSidecar, type ParseResult } from '../../core/annotations';
import type { Output } from '../output';
import { problemLine } from './annotations';
import { writeAtomicSync } from '../../node/files';

export const MERGE_DRIVER_USAGE = 'merge-driver BASE OURS THEIRS   git merge driver for sidecars (%O %A %B); writes the merge to OURS';

function read(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export function runMergeDriver(paths: string[], out: Output, random: () => number = Math.random): number {
  if (paths.length !== 3) {
    out.err(`merge-driver: give the base, ours and theirs files (git passes them as %O %A %B).\n\nUsage: diplomatic-annotator ${MERGE_DRIVER_USAGE}`);
    return 2;
  }
  const [baseFile, oursFile, theirsFile] = paths;
  const sides: { name: string; file: string; parsed: ParseResult | null }[] = [
    { name: 'ours', file: oursFile, parsed: null },
    { name: 'theirs', file: theirsFile, parsed: null },
  ];
  let invalid = false;
  for (const side of sides) {
    const text = read(side.file);
    if (text === null) {
      out.err(`merge-driver: ${side.name} (${side.file}) cannot be read.`);
      invalid = true;
      continue;
    }
    side.parsed = parseSidecar(text, null);
    if (!side.parsed.ok) {
      for (const e of side.parsed.errors) out.err(problemLine(`${side.file} (${side.name})`, e));
      invalid = true;
    }
  }
  const [ours, theirs] = sides.map((s) => s.parsed);
  if (invalid || !ours?.ok || !theirs?.ok) {
    out.err('merge-driver: not merged, a side is not a valid sidecar; resolve the conflict by hand, then run diplomatic-annotator check.');
    return 1;
  }
  // Added on both branches: git gives an empty base. A base that does not parse only costs the deletions.
  const baseText = read(baseFile) ?? '';
  const base = baseText.trim() === '' ? null : parseSidecar(baseText, null);
  if (base && !base.ok) out.err(`merge-driver: the common ancestor ${baseFile} is not a valid sidecar; merged without it (deletions since then are undone, nothing is lost).`);
  const merged = mergeSidecars(base?.ok ? base.data : null, ours.data, theirs.data, createIdGenerator(random));
  for (const c of merged.conflicts) out.err(`merge-driver: ${c.message}`);
  const result = serializeSidecar(merged.data, ours.doc);
  if (result !== ours.doc.source) writeAtomicSync(oursFile, result);
  return 0;
}
