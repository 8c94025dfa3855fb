// Benchmark of the analysis core (see scripts/bench/README.md). Run with `npm run bench`, or after
// `npx tsc -p .` with `node scripts/bench/run.mjs`. Each workload runs in its own child process, pinned to
// one core with `taskset -c 0` when available; peak memory comes from `/usr/bin/time -v` when available.
// Prints a table and writes bench-results/analysis.json.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const OUT = join(ROOT, 'bench-results');
const WORKER = join(HERE, 'worker.mjs');
const SEED = join(ROOT, 'seeds', '000_e9822723eeb1ed02.txt');
const SEEDS = [SEED, join(ROOT, 'seeds', '004_0b22a2b964df6e34.txt')];
const MB = 1e6; // 1 MB = 10^6 bytes, for throughput and memory alike

const CONFIG = {
  heapMB: 2048, // --max-old-space-size of every child
  single: { warmup: 200, runs: 2000 },
  corpus5: { bytes: 5 * 1024 * 1024, seed: 1 },
  corpus20: { bytes: 20 * 1024 * 1024, seed: 2 },
  repeats: Number(process.env.BENCH_REPEATS ?? 1), // full-text runs per workload (the median is reported)
  warmupSeedRuns: 20, // analyze() runs on each seed before a full-text measurement
  compromise: { prefixBytes: 300 * 1024, budgetMs: 60_000 },
};
const TARGETS = { singleMedianMs: 2, mbPerSec: 20, peakRssMB: 300, ratio: 100 };

if (!existsSync(join(ROOT, 'out', 'src', 'core', 'analyze', 'slices.js'))) {
  console.error('out/src/core/analyze/slices.js is missing: run `npx tsc -p .` first (npm run bench does).');
  process.exit(1);
}

const ok = (cmd, args) => {
  try {
    return spawnSync(cmd, args, { encoding: 'utf8' });
  } catch {
    return null;
  }
};
const tasksetOk = ok('taskset', ['-c', '0', 'true'])?.status === 0;
const timeProbe = existsSync('/usr/bin/time') ? ok('/usr/bin/time', ['-v', 'true']) : null;
const timeOk = timeProbe?.status === 0 && /Maximum resident set size/.test(timeProbe.stderr);

const log = (s) => process.stderr.write(`${s}\n`);

/** Runs one workload in a child process; returns the child's result with `peakRssKB` and where it came from. */
function measure(label, mode, args, heapMB = CONFIG.heapMB) {
  log(`· ${label} …`);
  const node = [process.execPath, `--max-old-space-size=${heapMB}`, WORKER, mode, JSON.stringify({ root: ROOT, seeds: SEEDS, ...args })];
  const pinned = tasksetOk ? ['taskset', '-c', '0', ...node] : node;
  const argv = timeOk ? ['/usr/bin/time', '-v', ...pinned] : pinned;
  const t0 = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60_000 });
  const wallS = (performance.now() - t0) / 1000;
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (r.status !== 0 || !line) {
    const err = (r.error?.message ?? '') + (r.stderr ?? '').split('\n').filter((l) => !/^\t/.test(l)).slice(-15).join('\n');
    log(`  failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ''}): ${err}`);
    return { error: `exit ${r.status}${r.signal ? ` ${r.signal}` : ''}: ${err.trim().split('\n').slice(-3).join(' | ')}`, wallS };
  }
  const result = JSON.parse(line.slice('BENCH_RESULT '.length));
  const timeRss = timeOk ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] : undefined;
  result.peakRssKB = timeRss ? Number(timeRss) : result.maxRSSKB;
  result.peakRssFrom = timeRss ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS';
  result.wallS = wallS;
  log(`  done in ${wallS.toFixed(1)} s`);
  return result;
}

const sha = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const rssMB = (r) => (r.peakRssKB * 1024) / MB;
const mbps = (bytes, ms) => bytes / MB / (ms / 1000);

// ── Corpora ────────────────────────────────────────────────────────────────────────────────────────────
mkdirSync(OUT, { recursive: true });
log('Building corpora …');
const c5 = buildCorpus(join(ROOT, 'seeds'), CONFIG.corpus5.bytes, CONFIG.corpus5.seed);
const c20 = buildCorpus(join(ROOT, 'seeds'), CONFIG.corpus20.bytes, CONFIG.corpus20.seed);
const file5 = join(OUT, 'corpus-5mb.txt');
const file20 = join(OUT, 'corpus-20mb.txt');
writeFileSync(file5, c5.text);
writeFileSync(file20, c20.text);
const corpora = {
  '5mb': { file: relative(ROOT, file5), bytes: Buffer.byteLength(c5.text), chars: c5.text.length, articles: c5.articles, sha256: sha(c5.text) },
  '20mb': { file: relative(ROOT, file20), bytes: Buffer.byteLength(c20.text), chars: c20.text.length, articles: c20.articles, sha256: sha(c20.text) },
};

// ── Measurements ───────────────────────────────────────────────────────────────────────────────────────
const started = performance.now();
const a = measure('(a) analyze(seed) × 2,000', 'single', { file: SEED, ...CONFIG.single });
const bWhole = measure('(b) analyze(5 MB text)', 'whole', { file: file5, repeats: CONFIG.repeats, warmup: CONFIG.warmupSeedRuns });
const bSlices = measure('(b) analyzeInSlices(5 MB text)', 'slices', { file: file5, repeats: CONFIG.repeats, warmup: CONFIG.warmupSeedRuns });
const c = measure('(c) compromise on a prefix of the 5 MB text', 'compromise', { file: file5, ...CONFIG.compromise });
const d = measure('(d) analyzeInSlices(20 MB text)', 'slices', { file: file20, repeats: CONFIG.repeats, warmup: CONFIG.warmupSeedRuns });
const totalS = (performance.now() - started) / 1000;

// ── Table ──────────────────────────────────────────────────────────────────────────────────────────────
const rows = [];
const fmt = (x, digits = 2) => (x === undefined || Number.isNaN(x) ? '—' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
/** value: number or undefined (error); target: { op: '<=' | '>=', v } or null (information only). */
const row = (part, what, value, unit, target, note = '') => {
  const pass = value === undefined ? 'ERROR' : !target ? 'info' : (target.op === '<=' ? value <= target.v : value >= target.v) ? 'PASS' : 'FAIL';
  rows.push({ part, what, value: value ?? null, unit, target: target ? `${target.op} ${target.v} ${unit}` : '—', pass, note });
};
const le = (v) => ({ op: '<=', v });
const ge = (v) => ({ op: '>=', v });
const err = (r) => (r.error ? `error: ${r.error}` : '');

row('(a)', 'analyze(seed 000, 9 KB): median', a.median, 'ms', le(TARGETS.singleMedianMs), err(a) || `${fmt(a.runs, 0)} runs after ${CONFIG.single.warmup} warm-up`);
row('(a)', 'analyze(seed 000): p90', a.p90, 'ms', null);
row('(a)', 'analyze(seed 000): mean', a.mean, 'ms', null);
row('(a)', 'analyze(seed 000): first (cold) call', a.firstCallMs, 'ms', null, 'includes loading the gazetteer');
row('(a)', 'peak RSS', a.peakRssKB && rssMB(a), 'MB', null);

const bWholeMBps = bWhole.median && mbps(bWhole.bytes, bWhole.median.ms);
const bSlicesMBps = bSlices.median && mbps(bSlices.bytes, bSlices.median.ms);
const size5 = `${fmt(corpora['5mb'].bytes / MB)} MB, ${corpora['5mb'].articles} articles`;
row('(b)', `analyze(whole text): throughput`, bWholeMBps, 'MB/s', ge(TARGETS.mbPerSec), err(bWhole) || `${size5}; ${fmt(bWhole.median?.ms / 1000)} s`);
row('(b)', 'analyze(whole text): peak RSS', bWhole.peakRssKB && rssMB(bWhole), 'MB', le(TARGETS.peakRssMB));
row('(b)', 'analyzeInSlices: throughput', bSlicesMBps, 'MB/s', ge(TARGETS.mbPerSec), err(bSlices) || `${bSlices.median?.slices} slices; ${fmt(bSlices.median?.ms / 1000)} s busy, ${fmt(bSlices.median?.wallMs / 1000)} s wall`);
row('(b)', 'analyzeInSlices: peak RSS', bSlices.peakRssKB && rssMB(bSlices), 'MB', le(TARGETS.peakRssMB));
row('(b)', 'analyzeInSlices: max slice', bSlices.median?.maxSliceMs, 'ms', null, bSlices.median ? `median slice ${fmt(bSlices.median.medianSliceMs, 0)} ms; final merge ${fmt(bSlices.median.mergeMs, 0)} ms` : '');

const cMBps = c.ms && mbps(c.bytes, c.ms);
const cOn = c.bytes ? `measured on the first ${fmt(c.bytes / 1024, 0)} KB (${c.paragraphs} paragraphs, stopped by ${c.stoppedBy}), extrapolated` : '';
row('(c)', 'compromise people/places/orgs: throughput', cMBps, 'MB/s', null, err(c) || cOn);
row('(c)', 'compromise: peak RSS', c.peakRssKB && rssMB(c), 'MB', null);
row('(c)', 'speed ratio analyze(whole) / compromise', bWholeMBps && cMBps && bWholeMBps / cMBps, '×', ge(TARGETS.ratio));
row('(c)', 'speed ratio analyzeInSlices / compromise', bSlicesMBps && cMBps && bSlicesMBps / cMBps, '×', ge(TARGETS.ratio));

const dMBps = d.median && mbps(d.bytes, d.median.ms);
row('(d)', 'analyzeInSlices(20 MB): time', d.median && d.median.ms / 1000, 's', null, err(d) || `${fmt(corpora['20mb'].bytes / MB)} MB, ${d.median.slices} slices; ${fmt(d.median.wallMs / 1000)} s wall`);
row('(d)', 'analyzeInSlices(20 MB): throughput', dMBps, 'MB/s', null);
row('(d)', 'analyzeInSlices(20 MB): peak RSS', d.peakRssKB && rssMB(d), 'MB', null);
row('(d)', 'analyzeInSlices(20 MB): max slice', d.median?.maxSliceMs, 'ms', null, d.median ? `median slice ${fmt(d.median.medianSliceMs, 0)} ms; final merge ${fmt(d.median.mergeMs, 0)} ms (also blocks)` : '');

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  pinned: tasksetOk ? 'taskset -c 0' : 'not pinned (taskset unavailable)',
  peakRss: timeOk ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS',
  heap: `--max-old-space-size=${CONFIG.heapMB}`,
};

const cols = [
  ['part', (r) => r.part],
  ['measure', (r) => r.what],
  ['value', (r) => (r.value === null ? '—' : `${fmt(r.value, r.unit === '×' || r.unit === 'MB' ? 1 : r.unit === 'MB/s' && r.value < 1 ? 3 : 2)} ${r.unit}`)],
  ['target', (r) => r.target],
  ['result', (r) => r.pass],
  ['note', (r) => r.note],
];
const cells = rows.map((r) => cols.map(([, f]) => String(f(r))));
const widths = cols.map(([h], i) => Math.max(h.length, ...cells.map((c) => (i === cols.length - 1 ? 0 : c[i].length))));
const pad = (s, i) => (i === 2 ? s.padStart(widths[i]) : s.padEnd(widths[i]));
const lines = [
  `Diplomatic Annotator — analysis benchmark  (${new Date().toISOString()})`,
  `machine: ${machine.cpu} (${machine.cores} cores, ${machine.memoryGB} GB), ${machine.os}, node ${machine.node}`,
  `each workload in its own process, ${machine.pinned}, ${machine.heap}; peak RSS from ${machine.peakRss}; 1 MB = 10^6 bytes`,
  `5 MB text: ${corpora['5mb'].bytes} bytes, ${corpora['5mb'].articles} articles (sha256 ${corpora['5mb'].sha256}); 20 MB text: ${corpora['20mb'].bytes} bytes, ${corpora['20mb'].articles} articles`,
  '',
  cols.map(([h], i) => pad(h, i)).join('  '),
  widths.map((w) => '─'.repeat(w)).join('  '),
  ...cells.map((c) => c.map((s, i) => pad(s, i)).join('  ').trimEnd()),
  '',
  `${rows.filter((r) => r.pass === 'PASS').length} pass, ${rows.filter((r) => r.pass === 'FAIL').length} fail, ${rows.filter((r) => r.pass === 'ERROR').length} error; measured in ${totalS.toFixed(0)} s`,
];
console.log(lines.join('\n'));

writeFileSync(
  join(OUT, 'analysis.json'),
  JSON.stringify({ date: new Date().toISOString(), machine, config: CONFIG, targets: TARGETS, corpora, rows, raw: { a, bWhole, bSlices, compromise: c, d }, totalS }, null, 2) + '\n',
);
log(`\nwrote ${relative(ROOT, join(OUT, 'analysis.json'))}`);
process.exitCode = rows.some((r) => r.pass === 'ERROR') ? 1 : 0;
