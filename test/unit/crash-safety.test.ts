// A writer killed at random moments while saving a sidecar never leaves it truncated, empty or unparsable:
// the atomic write (temporary file, flush, rename) leaves either the old complete file or the new one.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseSidecar } from '../../src/core/annotations';
import { ROOT } from './helpers';

const KILLS = 40;

function runAndKill(file: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'test', 'fixtures', 'crash', 'writer.js'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), afterMs));
    child.once('error', reject);
    child.once('exit', () => resolve());
  });
}

describe('crash safety of sidecar writes', () => {
  it(`leaves a complete sidecar after ${KILLS} writers killed mid-save`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'da-crash-'));
    const file = path.join(dir, 'a.annotations.yaml');
    let complete = 0;
    for (let i = 0; i < KILLS; i++) {
      await runAndKill(file, 5 + ((i * 37) % 120));
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.length > 0, `run ${i}: the sidecar is empty`);
      const parsed = parseSidecar(text, 'a.txt');
      assert.ok(parsed.ok, `run ${i}: the sidecar does not parse: ${parsed.ok ? '' : parsed.errors[0].message}`);
      assert.ok(parsed.data.annotations.length >= 50, `run ${i}: the sidecar lost annotations`);
      complete++;
    }
    assert.equal(complete, KILLS);
    // Temporary files of killed writers may stay behind; they are hidden and never read as sidecars.
    for (const f of fs.readdirSync(dir)) assert.ok(f === 'a.annotations.yaml' || /^\.a\.annotations\.yaml\..*\.tmp$/.test(f), f);
  });
});
