// Where the time of analyze() goes, for someone making it faster. Two views, on the seeds and on the ~5 MB corpus
// of corpus.mjs:
// 1. the phases analyze() runs, each timed on its own with the inputs analyze() gives it: analyzeStructure, the
//    blanking of furniture, findEntities, scanQuotes, findQuotes (the scan and the attribution), findTopics;
// 2. a CPU profile of one whole analyze() of the corpus, its self time summed by module of src/core (a sample is
//    charged to the nearest frame of src/core on its stack, so a regex or builtin counts for the module calling it).
// It only calls what analyze() calls through the modules' exports, and groups the profile by file, so it does not
// have to follow the steps inside each phase.
// Run after `npx tsc -p .`: `node scripts/bench/phases.mjs [--quick] [--top N]`. For steadier figures pin it to
// one core (`taskset -c 0 node scripts/bench/phases.mjs`). The corpus runs come after the seed warm-up and after
// `--quick ? 1 : 3` untimed whole runs of the corpus, so they measure settled code, not the first run's compiling
// (the bench's (b) row measures that).

import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const CORE = join(ROOT, 'out', 'src', 'core');
const require = createRequire(import.meta.url);
const mod = (p) => require(join(CORE, p));

const { analyze } = mod('analyze/index.js');
const { blankSpans, unionOfSpans } = mod('analyze/blank.js');
const { analyzeStructure } = mod('text/structure.js');
const { softBreaks } = mod('text/softbreaks.js');
const { findEntities } = mod('entities/find.js');
const { findQuotes, scanQuotes } = mod('quotes/index.js');
const { buildLexicon, findTopics } = mod('topics/index.js');

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const topArg = args.indexOf('--top');
const TOP = topArg >= 0 ? Number(args[topArg + 1]) : 25;
const SEEDS = ['000_e9822723eeb1ed02.txt', '004_0b22a2b964df6e34.txt'];
const MB = 1e6;
const { lexicon } = buildLexicon(readFileSync(join(ROOT, 'src', 'core', 'topics', 'lexicon.yaml'), 'utf8'));

/** The phases of analyze() on one text, each with the inputs the phases before it made (as analyze() does). */
function phases(text) {
  const structure = analyzeStructure(text);
  const soft = softBreaks(text, structure.paragraphs);
  const blanks = soft.length === 0 ? structure.boilerplate : unionOfSpans(structure.boilerplate, soft);
  const body = blanks.length === 0 ? text : blankSpans(text, blanks);
  const quoteText = soft.length === 0 ? text : blankSpans(text, soft);
  const entities = findEntities(body);
  const prose = structure.paragraphs.filter((p) => !p.boilerplate && p.duplicateOf === null);
  const textParagraphs = structure.paragraphs.filter((p) => !p.boilerplate);
  return [
    ['analyze (whole, with the lexicon)', () => analyze(text, { lexicon })],
    ['  analyzeStructure', () => analyzeStructure(text)],
    ['  soft breaks and blanking', () => blankSpans(text, unionOfSpans(structure.boilerplate, softBreaks(text, structure.paragraphs)))],
    ['  findEntities', () => findEntities(body)],
    ['  findQuotes', () => findQuotes(quoteText, structure, entities)],
    ['    of it scanQuotes', () => scanQuotes(quoteText, textParagraphs)],
    ['  findTopics', () => findTopics(text, prose, entities, lexicon)],
  ];
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn, runs) {
  const ts = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

const seeds = SEEDS.map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
const corpus = buildCorpus(join(ROOT, 'seeds'), 5 * 1024 * 1024, 1).text;
const corpusMB = Buffer.byteLength(corpus, 'utf8') / MB;

// Warm up every phase on the seeds, then run the whole corpus untimed, so that the timed runs meet settled code.
const seedPhases = seeds.map(phases);
for (const ps of seedPhases) for (const [, fn] of ps) time(fn, quick ? 30 : 200);
const seedRuns = quick ? 200 : 1000;
const seedMs = seedPhases.map((ps) => ps.map(([name, fn]) => [name, time(fn, seedRuns)]));
for (let i = 0; i < (quick ? 1 : 3); i++) analyze(corpus, { lexicon });
const corpusRuns = quick ? 1 : 3;
const corpusMs = phases(corpus).map(([name, fn]) => [name, time(fn, corpusRuns)]);

const pad = (s, n) => String(s).padStart(n);
console.log(`phase                              ${SEEDS.map((f) => pad(`${f.slice(0, 3)} median ms`, 15)).join('')}   5 MB ms     MB/s`);
corpusMs.forEach(([name, ms], i) => {
  const seedCols = seedMs.map((s) => pad(s[i][1].toFixed(3), 15)).join('');
  console.log(`${name.padEnd(35)}${seedCols}${pad(ms.toFixed(0), 10)}${pad((corpusMB / (ms / 1000)).toFixed(1), 9)}`);
});
console.log(`(5 MB corpus: ${corpusMB.toFixed(2)} MB UTF-8; seed medians of ${seedRuns} runs, corpus median of ${corpusRuns})\n`);

// One whole analyze() of the corpus under the sampling profiler, its self time summed by module of src/core.
const session = new Session();
session.connect();
const post = (method, params = {}) => new Promise((ok, fail) => session.post(method, params, (err, res) => (err ? fail(err) : ok(res))));
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 100 });
await post('Profiler.start');
analyze(corpus, { lexicon });
const { profile } = await post('Profiler.stop');
session.disconnect();

const coreUrl = `file://${CORE}${sep}`;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const moduleOf = new Map();
/** The module of src/core nearest on the stack of a profile node, or the node's own name outside src/core. */
function moduleFor(id) {
  if (moduleOf.has(id)) return moduleOf.get(id);
  const n = byId.get(id);
  let found;
  if (n.callFrame.url.startsWith(coreUrl)) found = n.callFrame.url.slice(coreUrl.length).replace(/\.js$/, '');
  else if (parent.has(id)) found = moduleFor(parent.get(id));
  else found = n.callFrame.functionName || '(outside src/core)';
  moduleOf.set(id, found);
  return found;
}
const self = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const ms = profile.timeDeltas[i] / 1000;
  const name = byId.get(id).callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : moduleFor(id);
  self.set(name, (self.get(name) ?? 0) + ms);
  total += ms;
});
console.log(`one analyze() of the corpus, profiled: ${total.toFixed(0)} ms of samples; self time by module of src/core`);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
  console.log(`${pad(ms.toFixed(1), 9)} ms ${pad(((100 * ms) / total).toFixed(1), 5)} %  ${name}`);
}
