// Corpus-index workloads of part (e) (see README.md), each run in its own process by run.mjs (pinned to one core
// there). Usage: node corpus-index.mjs <mode> <json-args>. Prints one line "BENCH_RESULT {json}" on stdout.
//   build   — the full index build from the files, as CorpusService does it per file (read → contentHash →
//             analyze with the shipped lexicon → recordFromAnalysis → index.set), then `changes` edits of
//             different files, each followed by what the views need (Topics first level, speakers, topics,
//             entity types).
//   cache   — the same build (timed for information), then serialize() and the write of the cache file.
//   reload  — what a window reload costs: read the cache file, deserialize(), then list, read and hash every
//             file and find its record current (no analysis when all hashes match).

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prng } from './corpus.mjs';

const processStart = performance.now();
const require = createRequire(import.meta.url);
const [mode, rawArgs] = process.argv.slice(2);
const args = JSON.parse(rawArgs ?? '{}');
const root = args.root;
const now = () => performance.now();
const rssMB = () => process.memoryUsage().rss / 1e6;
const maxRssKB = () => process.resourceUsage().maxRSS;
/** CPU time of this process (user + system) in ms: on a loaded machine it stays near the work while wall time grows. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { runs: s.length, median: q(0.5), p90: q(0.9), mean: s.reduce((a, b) => a + b, 0) / s.length, min: s[0], max: s.at(-1) };
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** As CorpusService.readText: bytes, a NUL check on the first 8 KB, strict UTF-8 decoding. */
function readText(path) {
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8192).includes(0)) return null;
  return decoder.decode(bytes);
}

/** The Topics view's first level: every article as `date · headline`, in index order. */
const firstLevel = (index) => index.articles().map((r) => ({ id: `a:${r.file}`, label: `${r.date ?? 'undated'} · ${r.headline}` }));

function load() {
  const t0 = now();
  const { analyze } = require(join(root, 'out', 'src', 'core', 'analyze', 'index.js'));
  const corpus = require(join(root, 'out', 'src', 'core', 'corpus', 'index.js'));
  const { buildLexicon } = require(join(root, 'out', 'src', 'core', 'topics', 'index.js'));
  const t1 = now();
  const { lexicon, problems } = buildLexicon(readFileSync(join(root, 'src', 'core', 'topics', 'lexicon.yaml'), 'utf8'));
  if (problems.length) throw new Error(`lexicon: ${problems.join('; ')}`);
  return { analyze, ...corpus, lexicon, requireMs: t1 - t0, lexiconMs: now() - t1 };
}

const list = (dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));

/** Full build from the files; returns the index and the time spent in each step. */
function build(m, dir) {
  const t = { list: 0, read: 0, hash: 0, analyze: 0, record: 0, set: 0 };
  const index = new m.CorpusIndex();
  let a = now();
  const files = list(dir);
  t.list = now() - a;
  let firstAnalyzeMs = 0;
  let bytes = 0;
  for (const path of files) {
    a = now();
    const text = readText(path);
    let b = now();
    t.read += b - a;
    if (text === null) continue;
    bytes += Buffer.byteLength(text);
    const key = pathToFileURL(path).href;
    const hash = m.contentHash(text);
    a = now();
    t.hash += a - b;
    if (index.isCurrent(key, hash)) continue;
    const analysis = m.analyze(text, { lexicon: m.lexicon });
    b = now();
    t.analyze += b - a;
    if (!firstAnalyzeMs) firstAnalyzeMs = b - a;
    const record = m.recordFromAnalysis(key, hash, text, analysis);
    a = now();
    t.record += a - b;
    index.set(record);
    t.set += now() - a;
  }
  return { index, files: files.length, bytes, steps: t, firstAnalyzeMs };
}

function summary(index) {
  const arts = index.articles();
  return {
    articles: index.size,
    dated: arts.filter((r) => r.date !== null).length,
    firstDate: arts[0]?.date,
    lastDate: arts.findLast((r) => r.date !== null)?.date,
    speakers: index.speakerList().length,
    topics: index.topicList().length,
    entityTypes: index.entityTypes().map((e) => `${e.type}:${e.entities}`).join(' '),
  };
}

/** An edit as a user would make it: a new quoted paragraph after the lead, a number changed; every other one also retitles the article. */
function edit(text, i, rand) {
  const lines = text.split('\n');
  const at = Math.min(lines.length, 5 + Math.floor(rand() * Math.max(1, lines.length - 5)));
  const added = `"We expect the talks to resume within ${2 + i} weeks, and the delegations have agreed on a new agenda," Foreign Minister Ana Ferreira told reporters.`;
  lines.splice(at, 0, added);
  let out = lines.join('\n').replace(/\b\d{2,3}\b/, (n) => String(Number(n) + 1));
  if (i % 2 === 1) out = out.replace(/^(.*\n\s*\n)(.+)$/m, (all, head, headline) => `${head}Updated: ${headline}`);
  return out;
}

function changes(m, index, dir, count, seed) {
  const files = list(dir);
  const rand = prng(seed);
  const chosen = new Set();
  while (chosen.size < Math.min(count, files.length)) chosen.add(files[Math.floor(rand() * files.length)]);
  const runs = [];
  let i = 0;
  for (const path of chosen) {
    const key = pathToFileURL(path).href;
    const text = edit(readFileSync(path, 'utf8'), i++, rand); // the editor's text: not part of the timing
    const before = index.get(key);
    const c0 = cpuMs();
    const t0 = now();
    const hash = m.contentHash(text);
    const analysis = m.analyze(text, { lexicon: m.lexicon });
    const record = m.recordFromAnalysis(key, hash, text, analysis);
    const t1 = now();
    index.set(record);
    const t2 = now();
    const level = firstLevel(index); // index.articles() re-sorts: set() dropped the sorted cache
    const t3 = now();
    const speakers = index.speakerList();
    const topics = index.topicList();
    const types = index.entityTypes();
    const t4 = now();
    const cpu = cpuMs() - c0;
    runs.push({
      file: key.slice(-18),
      totalMs: t4 - t0,
      cpuMs: cpu,
      analyseMs: t1 - t0,
      setMs: t2 - t1,
      firstLevelMs: t3 - t2,
      listsMs: t4 - t3,
      items: level.length,
      speakers: speakers.length,
      topics: topics.length,
      entityTypes: types.length,
      headlineChanged: before?.headline !== record.headline,
    });
  }
  const pick = (k) => stats(runs.map((r) => r[k]));
  return { runs, total: pick('totalMs'), cpu: pick('cpuMs'), analyse: pick('analyseMs'), set: pick('setMs'), firstLevel: pick('firstLevelMs'), lists: pick('listsMs') };
}

function main() {
  if (mode === 'build' || mode === 'cache') {
    const m = load();
    const t0 = now();
    const b = build(m, args.dir);
    const buildMs = now() - t0;
    const totalCpuMs = cpuMs();
    const out = {
      files: b.files,
      bytes: b.bytes,
      // From process start: loading the modules, compiling the lexicon, then the build itself.
      totalMs: now() - processStart,
      totalCpuMs,
      buildMs,
      requireMs: m.requireMs,
      lexiconMs: m.lexiconMs,
      firstAnalyzeMs: b.firstAnalyzeMs,
      steps: b.steps,
      afterBuild: { maxRSSKB: maxRssKB(), rssMB: rssMB(), heapUsedMB: process.memoryUsage().heapUsed / 1e6 },
      summary: summary(b.index),
    };
    if (mode === 'build') {
      out.changes = changes(m, b.index, args.dir, args.changes, args.seed);
    } else {
      let a = now();
      const json = b.index.serialize();
      out.serializeMs = now() - a;
      out.cacheBytes = Buffer.byteLength(json);
      a = now();
      writeFileSync(args.cacheFile, json);
      out.writeMs = now() - a;
    }
    out.maxRSSKB = maxRssKB();
    return out;
  }

  if (mode === 'reload') {
    const m = load();
    const c0 = cpuMs();
    const t0 = now();
    const json = readFileSync(args.cacheFile, 'utf8');
    const t1 = now();
    const index = m.CorpusIndex.deserialize(json);
    const t2 = now();
    // The build after the reload: every file read and hashed; a current record means no analysis.
    let current = 0;
    let analysed = 0;
    let bytes = 0;
    const files = list(args.dir);
    for (const path of files) {
      const text = readText(path);
      if (text === null) continue;
      bytes += Buffer.byteLength(text);
      const key = pathToFileURL(path).href;
      const hash = m.contentHash(text);
      if (index.isCurrent(key, hash)) current++;
      else {
        index.set(m.recordFromAnalysis(key, hash, text, m.analyze(text, { lexicon: m.lexicon })));
        analysed++;
      }
    }
    const t3 = now();
    const reloadCpuMs = cpuMs() - c0;
    const level = firstLevel(index);
    const t4 = now();
    return {
      files: files.length,
      bytes,
      cacheBytes: Buffer.byteLength(json),
      readCacheMs: t1 - t0,
      deserializeMs: t2 - t1,
      rehashMs: t3 - t2,
      current,
      analysed,
      firstLevelMs: t4 - t3,
      items: level.length,
      totalMs: t3 - t0,
      cpuMs: reloadCpuMs,
      summary: summary(index),
      maxRSSKB: maxRssKB(),
    };
  }
  throw new Error(`unknown mode ${mode}`);
}

console.log(`BENCH_RESULT ${JSON.stringify(main())}`);
