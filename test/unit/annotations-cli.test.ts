// The command-line tool over annotations: `annotations FILE... [--json]` and `check [PATH...]`.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { runAnnotations, type AnnotationsJson } from '../../src/cli/commands/annotations';
import { runCheck } from '../../src/cli/commands/check';
import { ROOT } from './helpers';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'annotations');
const SEED_TEXT = path.join(FIXTURES, 'seed', 'missile-defence.txt');

function capture(run: (out: { log(s: string): void; err(s: string): void }) => number): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run({ log: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

const temporary: string[] = [];
after(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'da-annotations-'));
  temporary.push(dir);
  return dir;
}

/** A copy of the seed fixture in a temporary folder, with its text changed by `edit`. */
function editedCopy(edit: (text: string) => string): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'missile-defence.txt'), edit(fs.readFileSync(SEED_TEXT, 'utf8')));
  fs.copyFileSync(path.join(FIXTURES, 'seed', 'missile-defence.annotations.yaml'), path.join(dir, 'missile-defence.annotations.yaml'));
  return dir;
}

describe('cli annotations', () => {
  it('prints each annotation with its current place, text, tags, note and status as JSON', () => {
    const r = capture((out) => runAnnotations([SEED_TEXT], true, out));
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as AnnotationsJson;
    const text = fs.readFileSync(SEED_TEXT, 'utf8');
    assert.deepEqual(j.annotations.map((a) => [a.id, a.status]), [['c0ffee', 'anchored'], ['b41e07', 'anchored'], ['7f3a9c', 'anchored']]);
    for (const a of j.annotations) assert.equal(text.slice(a.start ?? -1, a.end ?? -1), a.exact);
    assert.deepEqual(j.annotations[2].tags, ['missile-defence', 'condition']);
    assert.equal(j.annotations[2].note, 'The one condition Moscow states in public.');
  });

  it('re-anchors against the text as it is now, and says what moved', () => {
    const dir = editedCopy((t) => 'Added at the top.\n\n' + t.replace('reliable guarantees', 'reliable guarantes'));
    const r = capture((out) => runAnnotations([path.join(dir, 'missile-defence.txt')], false, out));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /c0ffee {2}moved {6}253-265 +"START Treaty" \[arms-control\]/);
    assert.match(r.out, /7f3a9c {2}fuzzy .*"we would like to have reliable guarantes" \[missile-defence, condition\] — The one condition/);
  });

  it('lists a text without a sidecar as having no annotations, and fails on a missing file', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'plain.txt'), 'No notes here.');
    const r = capture((out) => runAnnotations([path.join(dir, 'plain.txt')], false, out));
    assert.equal(r.code, 0);
    assert.match(r.out, /no annotations \(no plain\.annotations\.yaml\)/);
    assert.equal(capture((out) => runAnnotations([path.join(dir, 'missing.txt')], false, out)).code, 1);
    assert.equal(capture((out) => runAnnotations([], false, out)).code, 2);
  });
});

describe('cli check', () => {
  it('passes on a valid sidecar whose annotations all anchor', () => {
    const r = capture((out) => runCheck([path.join(FIXTURES, 'seed')], out));
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /^check: 1 sidecar, 3 annotations \(3 anchored, 0 moved, 0 fuzzy, 0 unanchored\); 0 invalid, 0 warnings\.$/m);
  });

  it('fails on a broken sidecar with file:line:col lines', () => {
    const r = capture((out) => runCheck([path.join(FIXTURES, 'broken')], out));
    assert.equal(r.code, 1);
    const file = path.join(FIXTURES, 'broken', 'missile-defence.annotations.yaml');
    assert.ok(r.out.includes(`${file}:3:7: "text: ../../etc/passwd" names a file in another folder`), r.out);
    assert.ok(r.out.includes(`${file}:8:14: Annotation 7f3a9c: "start" must be a whole number`));
    assert.ok(r.out.includes(`${file}:12:9: Duplicate id "7f3a9c" (also at line 5)`));
    assert.match(r.out, /1 invalid/);
  });

  it('fails with the annotation\'s line when a passage is gone from the text', () => {
    const dir = editedCopy((t) => t.replace('we would like to have reliable guarantees', 'we want promises'));
    const r = capture((out) => runCheck([dir], out));
    assert.equal(r.code, 1);
    assert.ok(r.out.includes(`${path.join(dir, 'missile-defence.annotations.yaml')}:23:5: annotation 7f3a9c is unanchored: "we would like to have reliable guarantees" is no longer in missile-defence.txt.`), r.out);
    assert.match(r.out, /\(2 anchored, 0 moved, 0 fuzzy, 1 unanchored\)/);
  });

  it('accepts a text file or a sidecar as a path, and fails on a path that does not exist', () => {
    assert.equal(capture((out) => runCheck([SEED_TEXT], out)).code, 0);
    assert.equal(capture((out) => runCheck([path.join(FIXTURES, 'seed', 'missile-defence.annotations.yaml')], out)).code, 0);
    assert.equal(capture((out) => runCheck([path.join(FIXTURES, 'nowhere')], out)).code, 1);
  });
});
