// The command-line export and import: `export --format w3c|brat|csv|csv-quotes [--out DIR] PATH...` and
// `import --format brat|w3c FILE TEXT`, on a copy of the annotated seed fixture.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { parseArgs } from '../../src/cli/args';
import { runExport } from '../../src/cli/commands/export';
import { runImport } from '../../src/cli/commands/import';
import { parseSidecar, sortAnnotations, type Annotation } from '../../src/core/annotations';
import { parseCsv, type W3cCollection } from '../../src/core/formats';
import { ROOT } from './helpers';

const SEED = path.join(ROOT, 'test', 'fixtures', 'annotations', 'seed');

const temporary: string[] = [];
after(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder with the annotated seed text and its sidecar. */
function copy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'da-formats-'));
  temporary.push(dir);
  for (const f of fs.readdirSync(SEED)) fs.copyFileSync(path.join(SEED, f), path.join(dir, f));
  return dir;
}

function run(command: (args: ReturnType<typeof parseArgs>, out: { log(s: string): void; err(s: string): void }) => number, argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = command(parseArgs(argv), { log: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

function sidecarOf(dir: string): Annotation[] {
  const parsed = parseSidecar(fs.readFileSync(path.join(dir, 'missile-defence.annotations.yaml'), 'utf8'), 'missile-defence.txt');
  assert.ok(parsed.ok);
  return parsed.data.annotations;
}

const content = (list: Annotation[]): unknown[] => sortAnnotations(list).map((a) => ({ tags: a.tags, note: a.note, target: a.target }));
const random = (): (() => number) => {
  let x = 7;
  return () => (x = (x * 48271) % 2147483647) / 2147483647;
};
const clock = { now: () => new Date('2026-12-01T10:00:00Z'), random: random() };

describe('cli export', () => {
  it('writes W3C JSON-LD of one text to stdout', () => {
    const dir = copy();
    const r = run(runExport, ['export', '--format', 'w3c', path.join(dir, 'missile-defence.txt')]);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as W3cCollection;
    assert.equal(json.type, 'AnnotationCollection');
    assert.equal(json.total, 3);
    assert.ok(json.first.items.some((i) => i.id.endsWith('missile-defence.annotations.yaml#7f3a9c')));
  });

  it('writes a folder that opens in brat: .ann, the text and annotation.conf', () => {
    const dir = copy();
    const out = path.join(dir, 'brat');
    const r = run(runExport, ['export', dir, '--format=brat', '--out', out, '--entities']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(fs.readdirSync(out).sort(), ['annotation.conf', 'missile-defence.ann', 'missile-defence.txt']);
    const ann = fs.readFileSync(path.join(out, 'missile-defence.ann'), 'utf8');
    assert.match(ann, /^T1\tarms-control 234 246\tSTART Treaty$/m);
    assert.match(ann, /\tPERSON /);
    assert.match(fs.readFileSync(path.join(out, 'annotation.conf'), 'utf8'), /^Tag Arg:<ENTITY>, Value:condition$/m);
    assert.equal(fs.readFileSync(path.join(out, 'missile-defence.txt'), 'utf8'), fs.readFileSync(path.join(dir, 'missile-defence.txt'), 'utf8'));
  });

  it('refuses brat to stdout for several texts, and an unknown format', () => {
    const dir = copy();
    fs.copyFileSync(path.join(dir, 'missile-defence.txt'), path.join(dir, 'other.txt'));
    fs.copyFileSync(path.join(dir, 'missile-defence.annotations.yaml'), path.join(dir, 'other.annotations.yaml'));
    assert.equal(run(runExport, ['export', '--format', 'brat', dir]).code, 2);
    const bad = run(runExport, ['export', '--format', 'xml', dir]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /w3c\|brat\|csv\|csv-quotes/);
  });

  it('writes one annotations.csv and one quotes.csv for a folder', () => {
    const dir = copy();
    const out = path.join(dir, 'csv');
    assert.equal(run(runExport, ['export', '--format', 'csv', '--out', out, dir]).code, 0);
    const rows = parseCsv(fs.readFileSync(path.join(out, 'annotations.csv'), 'utf8'));
    assert.equal(rows.length, 4);
    assert.deepEqual(rows[3].slice(1, 6), ['1428', '1469', 'we would like to have reliable guarantees', 'missile-defence;condition', 'The one condition Moscow states in public.']);
    assert.equal(run(runExport, ['export', '--format', 'csv-quotes', '--out', out, dir]).code, 0);
    const quotes = parseCsv(fs.readFileSync(path.join(out, 'quotes.csv'), 'utf8'));
    assert.ok(quotes.length > 1);
    assert.ok(quotes.some((q) => q[1] === 'Sergei Lavrov'));
  });

  it('does not export a text whose sidecar has errors', () => {
    const dir = copy();
    fs.writeFileSync(path.join(dir, 'missile-defence.annotations.yaml'), 'version: 1\nannotations: [oops\n');
    const r = run(runExport, ['export', '--format', 'csv', path.join(dir, 'missile-defence.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /not exported, its sidecar has errors/);
  });
});

describe('cli import', () => {
  it('brat: export, delete the sidecar, import gives the annotations back; importing again adds nothing', () => {
    const dir = copy();
    const text = path.join(dir, 'missile-defence.txt');
    const before = sidecarOf(dir);
    const ann = path.join(dir, 'exported.ann');
    const exported = run(runExport, ['export', '--format', 'brat', text]);
    fs.writeFileSync(ann, exported.out + '\n');
    fs.rmSync(path.join(dir, 'missile-defence.annotations.yaml'));
    const r = run((a, o) => runImport(a, o, clock), ['import', '--format', 'brat', ann, text]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /imported 3 annotations/);
    assert.deepEqual(content(sidecarOf(dir)), content(before));
    const again = run((a, o) => runImport(a, o, clock), ['import', ann, text]);
    assert.equal(again.code, 0);
    assert.match(again.out, /nothing new to import \(3 already there\)/);
    assert.equal(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')).length, 0, 'no temporary file left');
  });

  it('w3c: merges into an existing sidecar, keeping its ids and comments', () => {
    const dir = copy();
    const text = path.join(dir, 'missile-defence.txt');
    const sidecar = path.join(dir, 'missile-defence.annotations.yaml');
    const json = path.join(dir, 'export.jsonld');
    fs.writeFileSync(json, run(runExport, ['export', '--format', 'w3c', text]).out);
    // Keep only the last annotation, so that the import brings back the other two with their ids.
    const original = fs.readFileSync(sidecar, 'utf8');
    const kept = original.replace(/ {2}- id: c0ffee[\s\S]*?(?= {2}- id: 7f3a9c)/, '');
    fs.writeFileSync(sidecar, kept);
    const r = run((a, o) => runImport(a, o, clock), ['import', json, text]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /imported 2 annotations .*\(1 already there\)/);
    const after = fs.readFileSync(sidecar, 'utf8');
    assert.equal(after, original, 'the sidecar is byte for byte what it was');
  });

  it('never writes into a sidecar that has errors', () => {
    const dir = copy();
    const text = path.join(dir, 'missile-defence.txt');
    const ann = path.join(dir, 'a.ann');
    fs.writeFileSync(ann, 'T1\tthreat 234 246\tSTART Treaty\n');
    const sidecar = path.join(dir, 'missile-defence.annotations.yaml');
    const broken = 'version: 1\ntext: missile-defence.txt\nannotations:\n  - id: [\n';
    fs.writeFileSync(sidecar, broken);
    const r = run((a, o) => runImport(a, o, clock), ['import', '--format', 'brat', ann, text]);
    assert.equal(r.code, 1);
    assert.match(r.err, /has errors, so nothing was imported/);
    assert.equal(fs.readFileSync(sidecar, 'utf8'), broken);
  });

  it('explains what it needs', () => {
    assert.equal(run(runImport, ['import', 'a.ann']).code, 2);
    const r = run(runImport, ['import', 'notes.xml', 'a.txt']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--format brat or --format w3c/);
  });
});
