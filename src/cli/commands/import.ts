// `diplomatic-annotator import --format brat|w3c FILE TEXT`: annotations from another tool's file into the
// text's sidecar. What the sidecar already has is not added twice; nothing in it is replaced. The sidecar is
// written atomically (temporary file + rename) and never when it does not parse or validate.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createIdGenerator, detectEol, parseSidecar, serializeSidecar, sidecarPathFor, type SidecarData, type SidecarDocument } from '../../core/annotations';
import { fromBrat, fromW3c, mergeImported, type FormatImport, type ImportDeps } from '../../core/formats';
import type { ParsedArgs } from '../args';
import type { Output } from '../output';
import { writeAtomicSync } from '../../node/files';
import { readTextFile } from '../read';
import { problemLine } from './annotations';

export const IMPORT_USAGE = 'import --format brat|w3c FILE TEXT   annotations from a brat .ann or W3C JSON-LD file into TEXT\'s sidecar';

/** Writes `file` through a temporary file in the same folder, flushed and renamed over it. */
function formatOf(args: ParsedArgs, file: string): 'brat' | 'w3c' | undefined {
  const given = args.options.get('--format');
  if (given !== undefined) return given === 'brat' || given === 'w3c' ? given : undefined;
  if (/\.ann$/i.test(file)) return 'brat';
  if (/\.(jsonld|json)$/i.test(file)) return 'w3c';
  return undefined;
}

export interface ImportClock {
  now: () => Date;
  random: () => number;
}

export function runImport(args: ParsedArgs, out: Output, clock: ImportClock = { now: () => new Date(), random: Math.random }): number {
  if (args.files.length !== 2) {
    out.err(`import: give the file to import and the text it annotates, e.g. diplomatic-annotator import --format brat article.ann article.txt\n\nUsage: diplomatic-annotator ${IMPORT_USAGE}`);
    return 2;
  }
  const [file, textFile] = args.files;
  const format = formatOf(args, file);
  if (!format) {
    out.err(`import: ${args.options.has('--format') ? `"${args.options.get('--format')}" cannot be imported` : `cannot tell the format of ${file}`}; give --format brat or --format w3c.`);
    return 2;
  }
  const text = readTextFile(textFile);
  if (!text.ok) {
    out.err(text.message);
    return 1;
  }
  const input = readTextFile(file);
  if (!input.ok) {
    out.err(input.message);
    return 1;
  }
  const sidecar = sidecarPathFor(textFile);
  const textName = path.basename(textFile);
  let data: SidecarData = { version: 1, text: textName, annotations: [], entities: { add: [], reject: [] }, speakers: [] };
  let doc: SidecarDocument | undefined;
  if (fs.existsSync(sidecar)) {
    const yaml = readTextFile(sidecar);
    if (!yaml.ok) {
      out.err(yaml.message);
      return 1;
    }
    const parsed = parseSidecar(yaml.text, textName);
    if (!parsed.ok) {
      for (const e of parsed.errors) out.err(problemLine(sidecar, e));
      out.err(`${sidecar}: has errors, so nothing was imported into it. Fix them (diplomatic-annotator check) and import again.`);
      return 1;
    }
    data = parsed.data;
    doc = parsed.doc;
  }
  const newId = createIdGenerator(clock.random);
  const deps: ImportDeps = { newId, now: clock.now, taken: new Set(data.annotations.map((a) => a.id)) };
  let result: FormatImport;
  if (format === 'brat') result = fromBrat(input.text, text.text, deps);
  else {
    let json: unknown;
    try {
      json = JSON.parse(input.text.replace(/^\uFEFF/, ''));
    } catch (err) {
      out.err(`${file}: is not JSON (${(err as Error).message}).`);
      return 1;
    }
    result = fromW3c(json, text.text, deps, { textName });
  }
  for (const p of result.problems) out.err(`${file}: ${p}`);
  const merged = mergeImported(data, result.annotations, newId);
  const skipped = result.skipped ? `; ${result.skipped} item${result.skipped === 1 ? '' : 's'} of the analysis or without a place in a sidecar skipped` : '';
  if (merged.added.length === 0) {
    out.log(`${sidecar}: nothing new to import (${merged.unchanged} already there${skipped}); not changed.`);
    return result.annotations.length === 0 && result.problems.length > 0 ? 1 : 0;
  }
  writeAtomicSync(sidecar, serializeSidecar(merged.data, doc, { eol: detectEol(text.text) }));
  out.log(`${sidecar}: imported ${merged.added.length} annotation${merged.added.length === 1 ? '' : 's'} from ${file}${merged.unchanged ? ` (${merged.unchanged} already there)` : ''}${skipped}.`);
  return 0;
}
