import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main';
import { ROOT } from './helpers';

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { log: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

const seed = (n: string): string => path.join(ROOT, 'seeds', n);
const A = seed('000_e9822723eeb1ed02.txt');
const B = seed('004_0b22a2b964df6e34.txt');

interface Json {
  file: string;
  structure: { dateline: string; date: string; headline: string };
  quotes: { start: number; end: number; text: string; kind: string; speaker: string | null }[];
  entities: { start: number; end: number; text: string; type: string; canonical: string }[];
  topics: unknown[];
}

describe('cli analyze', () => {
  it('prints one JSON object for one file, with spans that match the text', () => {
    const r = run('analyze', '--json', A);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out) as Json;
    const text = fs.readFileSync(A, 'utf8');
    assert.equal(j.structure.date, '2011-12-26');
    assert.equal(j.structure.dateline, '26 Dec 2011');
    assert.ok(j.structure.headline.startsWith('Russian Foreign Minister'));
    assert.equal(j.quotes.length, 33);
    for (const q of j.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    for (const e of j.entities) assert.equal(text.slice(e.start, e.end), e.text);
    assert.ok(Array.isArray(j.topics));
    assert.equal(j.quotes[0].speaker, 'Sergei Lavrov');
  });
  it('prints an array for several files, options after the files', () => {
    const r = run('analyze', A, B, '--json');
    const j = JSON.parse(r.out) as Json[];
    assert.equal(j.length, 2);
    assert.deepEqual(j.map((x) => x.file), [A, B]);
  });
  it('prints a readable summary without --json', () => {
    const r = run('analyze', B);
    assert.equal(r.code, 0);
    assert.match(r.out, /2012-03-14 · Missile defence as indicator of 'resetting'/);
    assert.match(r.out, /Quoted: Sergei Lavrov \(2\)/);
  });
  it('reports unreadable inputs clearly, exits non-zero, and still does the other files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'da-cli-'));
    const binary = path.join(dir, 'image.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const latin1 = path.join(dir, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from('Caf\xe9 in Gen\xe8ve', 'latin1'));
    const r = run('analyze', '--json', path.join(dir, 'missing.txt'), dir, binary, latin1, A);
    assert.equal(r.code, 1);
    assert.match(r.err, /missing\.txt: no such file/);
    assert.match(r.err, /is a folder/);
    assert.match(r.err, /image\.txt: looks like a binary file/);
    assert.match(r.err, /latin1\.txt: is not valid UTF-8/);
    const j = JSON.parse(r.out) as Json[];
    assert.equal(j.length, 1);
    assert.equal(j[0].file, A);
  });
  it('keeps offsets into the text as Node reads it, BOM and CRLF included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'da-cli-'));
    const file = path.join(dir, 'crlf.txt');
    fs.writeFileSync(file, '\ufeff' + fs.readFileSync(B, 'utf8').replace(/\n/g, '\r\n'));
    const j = JSON.parse(run('analyze', file, '--json').out) as Json;
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(j.quotes.length === 5 && j.entities.length > 40);
    for (const q of j.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    for (const e of j.entities) assert.equal(text.slice(e.start, e.end), e.text);
  });
  it('explains usage errors', () => {
    assert.equal(run().code, 2);
    assert.match(run('frobnicate').err, /Unknown command "frobnicate"/);
    assert.match(run('analyze').err, /give one or more text files/);
    assert.equal(run('--help').code, 0);
  });
});

describe('cli topics', () => {
  it('lists each article\'s topics with passages that lie in the text', () => {
    const r = run('topics', B, '--json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as { file: string; topics: { label: string; passages: { start: number; end: number }[] }[] };
    const labels = j.topics.map((t) => t.label);
    assert.ok(labels.some((l) => /missile defen/i.test(l)), labels.join('; '));
    assert.ok(labels.some((l) => /Afghanistan/.test(l)), labels.join('; '));
    const text = fs.readFileSync(B, 'utf8');
    for (const t of j.topics) for (const p of t.passages) assert.ok(p.start >= 0 && p.end <= text.length && p.start < p.end);
  });
  it('fills topics in analyze --json', () => {
    const j = JSON.parse(run('analyze', A, '--json').out) as Json;
    assert.ok(j.topics.length >= 5);
  });
});
