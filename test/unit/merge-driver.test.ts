// The git merge driver for sidecars, with real git in a temporary repository: two branches each add
// annotations, edit the same annotation differently, and one deletes another; `git merge` succeeds and the
// merged sidecar keeps everything (the conflicting edit twice, one copy tagged merge-conflict).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { runMergeDriver } from '../../src/cli/commands/merge-driver';
import { CONFLICT_TAG, makeTarget, parseSidecar, serializeSidecar, type Annotation, type SidecarData } from '../../src/core/annotations';
import { ROOT } from './helpers';

const SEED = path.join(ROOT, 'test', 'fixtures', 'annotations', 'seed');
const TEXT = 'missile-defence.txt';
const SIDECAR = 'missile-defence.annotations.yaml';
const MAIN_JS = path.join(ROOT, 'out', 'src', 'cli', 'main.js');
const WRAPPER = path.join(ROOT, 'test', 'fixtures', 'formats', 'merge-driver.js');

const gitVersion = spawnSync('git', ['--version'], { encoding: 'utf8' });
const NO_GIT = gitVersion.error || gitVersion.status !== 0 ? 'git is not installed, so the merge driver cannot be tried with real git' : false;

/** The command git runs: the CLI's main.js once it has the merge-driver command, else the wrapper around the compiled module. */
function driverCommand(): string {
  const main = fs.existsSync(MAIN_JS) ? fs.readFileSync(MAIN_JS, 'utf8') : '';
  const script = main.includes("'merge-driver'") ? MAIN_JS : WRAPPER;
  return `"${process.execPath}" "${script}"${script === MAIN_JS ? ' merge-driver' : ''} %O %A %B`;
}

const temporary: string[] = [];
after(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'da-merge-'));
  temporary.push(dir);
  return dir;
}

function git(repo: string, ...args: string[]): { status: number; out: string } {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: repo, GIT_TERMINAL_PROMPT: '0' } });
  return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

function ok(repo: string, ...args: string[]): string {
  const r = git(repo, ...args);
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.out}`);
  return r.out;
}

function readData(file: string): { data: SidecarData; source: string } {
  const source = fs.readFileSync(file, 'utf8');
  const parsed = parseSidecar(source, null);
  assert.ok(parsed.ok, `${file} parses: ${parsed.ok ? '' : JSON.stringify(parsed.errors)}`);
  return { data: parsed.data, source };
}

/** Rewrites the repository's sidecar through the core, as the editor would. */
function edit(repo: string, change: (data: SidecarData, text: string) => void): void {
  const file = path.join(repo, SIDECAR);
  const source = fs.readFileSync(file, 'utf8');
  const parsed = parseSidecar(source, TEXT);
  assert.ok(parsed.ok);
  const data = structuredClone(parsed.data);
  change(data, fs.readFileSync(path.join(repo, TEXT), 'utf8'));
  fs.writeFileSync(file, serializeSidecar(data, parsed.doc));
}

function added(text: string, id: string, exact: string, tags: string[]): Annotation {
  const start = text.indexOf(exact);
  assert.ok(start >= 0);
  return { id, tags, target: makeTarget(text, start, start + exact.length), created: '2026-12-01T09:00:00Z' };
}

const byId = (data: SidecarData, id: string): Annotation | undefined => data.annotations.find((a) => a.id === id);

/** A repository with the seed text and sidecar committed on main, and the driver configured. */
function repository(): string {
  const repo = tempDir();
  ok(repo, 'init', '-q', '-b', 'main');
  ok(repo, 'config', 'user.name', 'Test');
  ok(repo, 'config', 'user.email', 'test@example.org');
  ok(repo, 'config', 'commit.gpgsign', 'false');
  ok(repo, 'config', 'merge.diplomatic-annotator.name', 'Diplomatic Annotator sidecars');
  ok(repo, 'config', 'merge.diplomatic-annotator.driver', driverCommand());
  fs.writeFileSync(path.join(repo, '.gitattributes'), '*.annotations.yaml merge=diplomatic-annotator\n');
  for (const f of [TEXT, SIDECAR]) fs.copyFileSync(path.join(SEED, f), path.join(repo, f));
  ok(repo, 'add', '.');
  ok(repo, 'commit', '-q', '-m', 'Text and its annotations');
  return repo;
}

describe('merge driver with real git', () => {
  it('merges two annotators\' branches and loses nothing', { skip: NO_GIT }, () => {
    const repo = repository();
    ok(repo, 'checkout', '-q', '-b', 'alice');
    edit(repo, (d, text) => {
      d.annotations.push(added(text, 'a11ce1', 'Russia’s entry into the WTO', ['trade']));
      const guarantee = byId(d, '7f3a9c');
      assert.ok(guarantee);
      guarantee.note = 'Alice: the only public condition.';
      guarantee.modified = '2026-12-01T09:30:00Z';
      d.annotations = d.annotations.filter((a) => a.id !== 'b41e07');
    });
    ok(repo, 'commit', '-q', '-am', 'Alice tags the WTO, rewrites a note, drops the speaker tag');
    ok(repo, 'checkout', '-q', 'main');
    ok(repo, 'checkout', '-q', '-b', 'bob');
    edit(repo, (d, text) => {
      d.annotations.push(added(text, 'b0b001', 'START Treaty', ['treaty', 'ratification']));
      d.annotations.push(added(text, 'b0b002', 'missile defence', ['missile-defence']));
      const guarantee = byId(d, '7f3a9c');
      assert.ok(guarantee);
      guarantee.note = 'Bob: a condition, and a demand.';
      guarantee.tags.push('demand');
    });
    ok(repo, 'commit', '-q', '-am', 'Bob tags the treaty and rewrites the same note');
    ok(repo, 'checkout', '-q', 'alice');

    const merge = git(repo, 'merge', '--no-edit', 'bob');
    assert.equal(merge.status, 0, `git merge succeeds: ${merge.out}`);
    assert.match(merge.out, /changed on both sides/, 'the driver says what it kept twice');
    const { data, source } = readData(path.join(repo, SIDECAR));
    assert.doesNotMatch(source, /^(<<<<<<<|=======|>>>>>>>)/m, 'no conflict markers');
    const ids = data.annotations.map((a) => a.id);
    for (const id of ['c0ffee', 'a11ce1', 'b0b001', 'b0b002', '7f3a9c']) assert.ok(ids.includes(id), `${id} is kept`);
    assert.ok(!ids.includes('b41e07'), 'the annotation Alice deleted (and Bob did not touch) is gone');
    assert.equal(byId(data, '7f3a9c')?.note, 'Alice: the only public condition.');
    const copies = data.annotations.filter((a) => a.tags.includes(CONFLICT_TAG));
    assert.equal(copies.length, 1, 'one copy marked for review');
    assert.match(copies[0].note ?? '', /Bob: a condition, and a demand\./);
    assert.deepEqual(copies[0].target, byId(data, '7f3a9c')?.target);
    assert.ok(copies[0].tags.includes('demand'));
    assert.deepEqual(data.entities, { add: [{ text: 'Nord Stream', type: 'ORG' }], reject: [{ text: 'Download' }] });
    assert.equal(git(repo, 'status', '--porcelain').out.trim(), '', 'the merge is committed, nothing left over');
    assert.match(ok(repo, 'log', '-1', '--format=%P'), /^\w+ \w+\s*$/, 'a merge commit with two parents');
  });

  it('leaves a side that is not a sidecar to the user, as a conflict', { skip: NO_GIT }, () => {
    const repo = repository();
    ok(repo, 'checkout', '-q', '-b', 'alice');
    edit(repo, (d, text) => d.annotations.push(added(text, 'a11ce1', 'Russia’s entry into the WTO', ['trade'])));
    ok(repo, 'commit', '-q', '-am', 'Alice adds one');
    const alice = fs.readFileSync(path.join(repo, SIDECAR), 'utf8');
    ok(repo, 'checkout', '-q', 'main');
    ok(repo, 'checkout', '-q', '-b', 'bob');
    fs.writeFileSync(path.join(repo, SIDECAR), 'version: 1\ntext: missile-defence.txt\nannotations: [ {id: broken\n');
    ok(repo, 'commit', '-q', '-am', 'Bob breaks the file');
    ok(repo, 'checkout', '-q', 'alice');
    const merge = git(repo, 'merge', '--no-edit', 'bob');
    assert.notEqual(merge.status, 0, 'git reports a conflict');
    assert.match(merge.out, /not a valid sidecar/);
    assert.equal(fs.readFileSync(path.join(repo, SIDECAR), 'utf8'), alice, 'ours is left as it was');
    assert.match(git(repo, 'status', '--porcelain').out, /^UU missile-defence\.annotations\.yaml$/m);
  });
});

describe('merge driver', () => {
  function files(base: string | null, ours: string, theirs: string): string[] {
    const dir = tempDir();
    const paths = ['base', 'ours', 'theirs'].map((n) => path.join(dir, `${n}.yaml`));
    fs.writeFileSync(paths[0], base ?? '');
    fs.writeFileSync(paths[1], ours);
    fs.writeFileSync(paths[2], theirs);
    return paths;
  }
  const quiet = { log: (): void => undefined, err: (): void => undefined };
  const seed = fs.readFileSync(path.join(SEED, SIDECAR), 'utf8');

  it('keeps both sides\' additions when the file was added on both branches (empty base)', () => {
    const theirs = seed.replace('id: c0ffee', 'id: c0ffe2');
    const paths = files(null, seed, theirs);
    assert.equal(runMergeDriver(paths, quiet), 0);
    const { data } = readData(paths[1]);
    assert.deepEqual(data.annotations.map((a) => a.id).sort(), ['7f3a9c', 'b41e07', 'c0ffe2', 'c0ffee']);
  });

  it('leaves ours untouched and fails when theirs does not parse', () => {
    const paths = files(seed, seed, 'annotations: [');
    assert.equal(runMergeDriver(paths, quiet), 1);
    assert.equal(fs.readFileSync(paths[1], 'utf8'), seed);
  });

  it('leaves ours byte for byte when theirs changed nothing', () => {
    const withComment = seed.replace('annotations:\n', 'annotations:\n  # my comment\n');
    const paths = files(seed, withComment, seed);
    assert.equal(runMergeDriver(paths, quiet), 0);
    assert.equal(fs.readFileSync(paths[1], 'utf8'), withComment);
  });

  it('needs three paths', () => {
    assert.equal(runMergeDriver(['a', 'b'], quiet), 2);
  });
});
