// `npm test`: everything, in order — lint, type check and compile, grammar tests, unit tests, bundle,
// integration tests in a real VS Code, UI test. Prints each step's result and a closing `N passed, N failed`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Each step: a command, and how to read its test counts from its output (none for lint and build). */
const steps = [
  { name: 'lint', cmd: [npx, 'eslint', '.'] },
  { name: 'type check and compile', cmd: [npx, 'tsc', '-p', '.'] },
  { name: 'grammar tests', cmd: ['node', 'test/grammar/run.mjs'], counts: /^(\d+) passed, (\d+) failed$/m },
  { name: 'unit tests', cmd: ['node', '--test', '--test-reporter=spec', 'out/test/unit/'], counts: /ℹ pass (\d+)[\s\S]*?ℹ fail (\d+)/ },
  { name: 'bundle', cmd: ['node', 'esbuild.mjs', '--production'] },
  { name: 'integration and UI tests', cmd: ['node', 'scripts/integration.mjs'], counts: /^(?:integration|ui|ui-vsix): (\d+) passed, (\d+) failed$/gm },
];

/** Runs a command, streaming its output while keeping stdout to read the counts from. */
function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', (err) => resolve({ status: 1, signal: null, stdout: `${stdout}\n${err.message}` }));
    child.on('close', (status, signal) => resolve({ status, signal, stdout }));
  });
}

let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  const started = Date.now();
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const r = await run(step.cmd);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counts = '';
  if (step.counts) {
    const re = new RegExp(step.counts.source, step.counts.flags.includes('g') ? step.counts.flags : step.counts.flags + 'g');
    let p = 0;
    let f = 0;
    for (const m of (r.stdout ?? '').matchAll(re)) {
      p += Number(m[1]);
      f += Number(m[2]);
    }
    passed += p;
    failed += f;
    counts = ` — ${p} passed, ${f} failed`;
  }
  const ok = r.status === 0;
  summary.push(`${ok ? '✔' : '✘'} ${step.name} (${seconds} s)${counts}`);
  if (!ok) {
    if (!step.counts || counts.endsWith(' 0 failed')) failed++;
    console.error(`\n✘ ${step.name} failed (exit ${r.status ?? r.signal}).`);
    break;
  }
}
console.log(`\n${summary.join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || summary.some((s) => s.startsWith('✘')) ? 1 : 0;
