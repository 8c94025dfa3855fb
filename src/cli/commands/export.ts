// `diplomatic-annotator export --format w3c|brat|csv|csv-quotes [--out DIR] [--entities] [--quotes] PATH...`:
// each text's annotations (from its sidecar) in a format other tools read. PATHs are texts or folders (their
// `.txt` files, recursively). Without --out the export goes to stdout (brat: one text only); with --out DIR,
// one `<name>.jsonld` or `<name>.ann` per text (brat also gets a copy of the text and an annotation.conf, so
// that the folder opens in brat), or one `annotations.csv` / `quotes.csv`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../core/analyze';
import { anchorAll, parseSidecar, sidecarPathFor, type AnchorResult, type SidecarData } from '../../core/annotations';
import { analysisOptionsOf, bratConfig, EXPORT_EXTENSIONS, EXPORT_FORMATS, isExportFormat, pathToIri, renderExport, type ExportText } from '../../core/formats';
import type { ParsedArgs } from '../args';
import type { Output } from '../output';
import { readTextFile } from '../read';
import { problemLine } from './annotations';

const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);

export const EXPORT_USAGE = `export --format FORMAT [--out DIR] PATH...
  FORMAT: w3c (W3C Web Annotation JSON-LD), brat (standoff .ann), csv (annotations), csv-quotes (quotations)
  --entities   also export the analysis's entities (w3c, brat)   --quotes   also export its quotations (w3c)`;

function findTexts(dir: string, found: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) findTexts(full, found);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) found.push(full);
  }
}

/** The texts the paths name: files as given, folders' `.txt` files (only those with a sidecar, unless all are wanted). */
function collectTexts(paths: string[], allTexts: boolean, out: Output): { texts: string[]; missing: number } {
  const texts: string[] = [];
  let missing = 0;
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) {
      out.err(`${p}: no such file or folder.`);
      missing++;
    } else if (stat.isDirectory()) {
      const found: string[] = [];
      findTexts(p, found);
      texts.push(...found.filter((f) => allTexts || fs.existsSync(sidecarPathFor(f))));
    } else texts.push(p);
  }
  return { texts: [...new Set(texts)], missing };
}

/** The sidecar's data, an empty one when there is none, or null (reported) when it cannot be used. */
function readSidecar(textFile: string, out: Output): SidecarData | null {
  const sidecar = sidecarPathFor(textFile);
  const empty: SidecarData = { version: 1, text: path.basename(textFile), annotations: [], entities: { add: [], reject: [] }, speakers: [] };
  if (!fs.existsSync(sidecar)) return empty;
  const yaml = readTextFile(sidecar);
  if (!yaml.ok) {
    out.err(yaml.message);
    return null;
  }
  const parsed = parseSidecar(yaml.text, path.basename(textFile));
  for (const w of parsed.warnings) out.err(problemLine(sidecar, w));
  if (!parsed.ok) {
    for (const e of parsed.errors) out.err(problemLine(sidecar, e));
    out.err(`${textFile}: not exported, its sidecar has errors. Fix them (diplomatic-annotator check) and export again.`);
    return null;
  }
  return parsed.data;
}

/** `base/name.ext`, or `name-2.ext`, … when an earlier text of this export took that name. */
function uniqueName(stem: string, ext: string, used: Set<string>): string {
  let name = stem + ext;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}${ext}`;
  used.add(name.toLowerCase());
  return name;
}

const posix = (p: string): string => p.split(path.sep).join('/');

interface Loaded {
  textFile: string;
  text: string;
  placed: AnchorResult[];
  data: SidecarData;
}

function load(textFile: string, out: Output): Loaded | null {
  const text = readTextFile(textFile);
  if (!text.ok) {
    out.err(text.message);
    return null;
  }
  const data = readSidecar(textFile, out);
  if (!data) return null;
  return { textFile, text: text.text, placed: anchorAll(text.text, data.annotations), data };
}

/** The text as an export input; `base` is the folder the export's relative IRIs start from. */
function exportText(l: Loaded, base: string, analysis: { entities: boolean; quotes: boolean }): ExportText {
  const a = analysis.entities || analysis.quotes ? analyze(l.text, analysisOptionsOf(l.data)) : null;
  const rel = (p: string): string => pathToIri(posix(path.relative(base, path.resolve(p)) || path.basename(p)));
  return {
    file: posix(path.relative(process.cwd(), path.resolve(l.textFile)) || l.textFile),
    text: l.text,
    placed: l.placed,
    source: rel(l.textFile),
    sidecar: rel(sidecarPathFor(l.textFile)),
    entities: a && analysis.entities ? a.entities : undefined,
    quotes: a && analysis.quotes ? a.quotes : undefined,
  };
}

/** Copies the text next to its .ann for brat, unless the same text is already there; refuses to replace another file. */
function copyTextForBrat(textFile: string, target: string, text: string, out: Output): boolean {
  if (path.resolve(textFile) === path.resolve(target)) return true;
  if (fs.existsSync(target)) {
    if (fs.readFileSync(target, 'utf8') === text) return true;
    out.err(`${target}: exists and is not ${textFile}; not replaced. brat needs the text next to its .ann: export into an empty folder.`);
    return false;
  }
  fs.writeFileSync(target, text, 'utf8');
  return true;
}

export function runExport(args: ParsedArgs, out: Output): number {
  const format = args.options.get('--format');
  if (!isExportFormat(format)) {
    out.err(`export: ${format === undefined ? 'give' : `"${format}" is not a format; give`} --format ${EXPORT_FORMATS.join('|')}.\n\nUsage: diplomatic-annotator ${EXPORT_USAGE}`);
    return 2;
  }
  if (args.files.length === 0) {
    out.err(`export: give one or more texts or folders, e.g. diplomatic-annotator export --format ${format} seeds/\n\nUsage: diplomatic-annotator ${EXPORT_USAGE}`);
    return 2;
  }
  const outDir = args.options.get('--out');
  if (outDir === '') {
    out.err('export: --out needs a folder.');
    return 2;
  }
  const analysis = { entities: args.flags.has('--entities'), quotes: args.flags.has('--quotes') || format === 'csv-quotes' };
  const { texts, missing } = collectTexts(args.files, format === 'csv-quotes' || analysis.entities || analysis.quotes, out);
  if (texts.length === 0) {
    out.err(`export: no texts${missing ? '' : ' with a sidecar'} under ${args.files.join(', ')}.`);
    return 1;
  }
  if (format === 'brat' && outDir === undefined && texts.length > 1) {
    out.err(`export: a brat .ann file holds one text and there are ${texts.length}; give --out DIR to write one .ann per text.`);
    return 2;
  }
  const loaded = texts.map((t) => load(t, out)).filter((l): l is Loaded => l !== null);
  let failed = missing + texts.length - loaded.length;
  const base = path.resolve(outDir ?? '.');
  const inputs = loaded.map((l) => exportText(l, base, analysis));
  const warn = (ws: string[]): void => ws.forEach((w) => out.err(`warning: ${w}`));

  if (outDir === undefined) {
    if (inputs.length) {
      const r = renderExport(format, inputs, 'annotations.jsonld');
      warn(r.warnings);
      out.log(r.content.replace(/\r?\n$/, ''));
    }
    return failed ? 1 : 0;
  }

  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  if (format === 'csv' || format === 'csv-quotes') {
    const file = path.join(outDir, format === 'csv' ? 'annotations.csv' : 'quotes.csv');
    const r = renderExport(format, inputs, path.basename(file));
    warn(r.warnings);
    fs.writeFileSync(file, r.content, 'utf8');
    written.push(file);
  } else {
    const used = new Set<string>();
    const labels = new Set<string>();
    const tagValues = new Set<string>();
    inputs.forEach((input, i) => {
      const stem = path.basename(loaded[i].textFile).replace(/\.[^.]*$/, '');
      const name = uniqueName(stem, EXPORT_EXTENSIONS[format], used);
      const r = renderExport(format, [input], name);
      warn(r.warnings);
      if (format === 'brat') {
        const textName = name.slice(0, -EXPORT_EXTENSIONS.brat.length) + '.txt';
        if (!copyTextForBrat(loaded[i].textFile, path.join(outDir, textName), input.text, out)) {
          failed++;
          return;
        }
        for (const l of r.labels ?? []) labels.add(l);
        for (const v of r.tagValues ?? []) tagValues.add(v);
      }
      fs.writeFileSync(path.join(outDir, name), r.content, 'utf8');
      written.push(path.join(outDir, name));
    });
    if (format === 'brat' && written.length) {
      fs.writeFileSync(path.join(outDir, 'annotation.conf'), bratConfig(labels, tagValues), 'utf8');
      written.push(path.join(outDir, 'annotation.conf'));
    }
  }
  const count = inputs.reduce((n, t) => n + t.placed.length, 0);
  out.log(`Exported ${count} annotation${count === 1 ? '' : 's'} of ${inputs.length} text${inputs.length === 1 ? '' : 's'} as ${format} to ${outDir}: ${written.map((w) => path.basename(w)).join(', ')}`);
  return failed ? 1 : 0;
}
