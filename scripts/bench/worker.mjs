// One measured workload, run in its own process by run.mjs (pinned to one core there).
// Usage: node worker.mjs <mode> <json-args>. Prints one line "BENCH_RESULT {json}" on stdout.
//   single      — analyze(seed article): warm-up runs, then per-run times.
//   whole       — analyze(corpus) as one text, `repeats` times.
//   slices      — analyzeInSlices(corpus), `repeats` times, with per-slice times.
//   compromise  — compromise people/places/organizations paragraph by paragraph on a prefix of the corpus.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const [mode, rawArgs] = process.argv.slice(2);
const args = JSON.parse(rawArgs ?? '{}');
const root = args.root;
const core = (p) => require(join(root, 'out', 'src', 'core', 'analyze', p));

const now = () => performance.now();
const bytes = (s) => Buffer.byteLength(s, 'utf8');

function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { runs: s.length, median: q(0.5), p90: q(0.9), mean: s.reduce((a, b) => a + b, 0) / s.length, min: s[0], max: s.at(-1) };
}

/** Warms the analyser up on the seed articles (first call loads the gazetteer; later ones let the JIT settle). */
function warmUp(analyze, runs) {
  const seeds = args.seeds.map((f) => readFileSync(f, 'utf8'));
  const t0 = now();
  analyze(seeds[0]);
  const firstCallMs = now() - t0;
  for (let i = 0; i < runs; i++) for (const s of seeds) analyze(s);
  return firstCallMs;
}

async function main() {
  if (mode === 'single') {
    const { analyze } = core('index.js');
    const text = readFileSync(args.file, 'utf8');
    const t0 = now();
    const first = analyze(text);
    const firstCallMs = now() - t0;
    for (let i = 0; i < args.warmup; i++) analyze(text);
    const ms = [];
    for (let i = 0; i < args.runs; i++) {
      const a = now();
      analyze(text);
      ms.push(now() - a);
    }
    return { bytes: bytes(text), firstCallMs, ...stats(ms), found: { entities: first.entities.length, quotes: first.quotes.length } };
  }

  if (mode === 'whole' || mode === 'slices') {
    const { analyze } = core('index.js');
    const { analyzeInSlices } = core('slices.js');
    const firstCallMs = warmUp(analyze, args.warmup);
    // Optionally the articles of a folder first, as the extension's index build analyses a workspace.
    const w0 = now();
    if (args.warmupDir) for (const f of readdirSync(args.warmupDir).sort()) analyze(readFileSync(join(args.warmupDir, f), 'utf8'));
    const warmupMs = now() - w0;
    const text = readFileSync(args.file, 'utf8');
    const runs = [];
    let found;
    for (let r = 0; r < args.repeats; r++) {
      if (mode === 'whole') {
        // With `marks`, lines around each run, for a parent that reads V8's --trace-opt output run by run.
        if (args.marks) console.log(`BENCH_RUN_START ${r}`);
        const t0 = now();
        const a = analyze(text);
        runs.push({ ms: now() - t0 });
        if (args.marks) console.log(`BENCH_RUN_END ${r}`);
        found = { entities: a.entities.length, quotes: a.quotes.length, paragraphs: a.structure.paragraphs.length };
      } else {
        // Time each slice: analyzeInSlices calls cancelled() just before a slice and pause() just after it, so
        // the span between them is how long the host's thread is blocked by that slice. The pause itself (one
        // macrotask) is excluded from the total; the final merge after the last slice is timed on its own.
        const slices = [];
        let sliceStart = 0;
        let busy = 0;
        let lastResume = 0;
        const t0 = now();
        let resumed = t0;
        const a = await analyzeInSlices(
          text,
          {},
          () => {
            sliceStart = now();
            return false;
          },
          () => {
            const t = now();
            slices.push(t - sliceStart);
            busy += t - resumed;
            return new Promise((r) => setTimeout(() => {
              resumed = lastResume = now();
              r();
            }, 0));
          },
        );
        const end = now();
        const mergeMs = end - lastResume;
        busy += mergeMs;
        runs.push({ ms: busy, wallMs: end - t0, slices: slices.length, maxSliceMs: Math.max(...slices), medianSliceMs: stats(slices).median, mergeMs });
        found = { entities: a.entities.length, quotes: a.quotes.length, paragraphs: a.structure.paragraphs.length };
      }
    }
    const byTime = [...runs].sort((x, y) => x.ms - y.ms);
    const median = byTime[Math.floor((byTime.length - 1) / 2)];
    return { bytes: bytes(text), chars: text.length, firstCallMs, warmupMs, runs, median, found };
  }

  if (mode === 'compromise') {
    const nlp = (await import('compromise')).default;
    const text = readFileSync(args.file, 'utf8');
    // Paragraph by paragraph: every non-empty line (compromise on the whole text does not finish).
    const extract = (p) => {
      const doc = nlp(p);
      return doc.people().out('offset').length + doc.places().out('offset').length + doc.organizations().out('offset').length;
    };
    const t0w = now();
    for (const f of args.seeds) for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) extract(line);
    const warmMs = now() - t0w;
    let at = 0;
    let done = 0;
    let found = 0;
    let paragraphs = 0;
    const t0 = now();
    let elapsed = 0;
    /** Time and bytes when `laterFromBytes` were done: the rate after that leaves compromise's own warm-up out. */
    let mark = null;
    while (at < text.length) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 ? text.length : nl + 1;
      const line = text.slice(at, end);
      if (line.trim()) {
        found += extract(line);
        paragraphs++;
      }
      at = end;
      done += bytes(line);
      elapsed = now() - t0;
      if (mark === null && done >= args.laterFromBytes) mark = { bytes: done, ms: elapsed };
      if (done >= args.prefixBytes || elapsed >= args.budgetMs) break;
    }
    const later = mark && { bytes: done - mark.bytes, ms: elapsed - mark.ms };
    return { bytes: done, ms: elapsed, later, paragraphs, found, warmMs, stoppedBy: at >= text.length ? 'end' : elapsed >= args.budgetMs ? 'time budget' : 'prefix size' };
  }

  throw new Error(`unknown mode ${mode}`);
}

const result = await main();
result.maxRSSKB = process.resourceUsage().maxRSS;
process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
