// Micro-benchmark of the analysis phases, each timed on its own: analyzeStructure (with its steps) and
// findEntities (with its sub-phases), on the seeds and on the ~5 MB corpus of corpus.mjs.
// Run after `npx tsc -p .`: `node scripts/bench/phases.mjs [--quick]`. For steadier figures pin it to one core
// (`taskset -c 0 node scripts/bench/phases.mjs`). The sub-phases replay the steps of findEntities and
// analyzeStructure with their real inputs, so keep this file in step with src/core/entities/find.ts and
// src/core/text/structure.ts.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const OUT = join(ROOT, 'out', 'src', 'core');
const require = createRequire(import.meta.url);
const mod = (p) => require(join(OUT, p));

const { analyzeStructure } = mod('text/structure.js');
const { splitLines } = mod('text/lines.js');
const { findParagraphs } = mod('text/paragraphs.js');
const { markDuplicates } = mod('text/duplicates.js');
const { splitSentences } = mod('text/sentences.js');
const { findEntities } = mod('entities/find.js');
const { TokenView } = mod('entities/view.js');
const { gazetteer, titleTrie } = mod('entities/load.js');
const { gazetteerCandidates, placesInCapitals } = mod('entities/lookup.js');
const { headedNames, reportingPeople, rolePeople, titledPeople } = mod('entities/rules.js');
const { acronymCandidates, unknownAcronyms } = mod('entities/acronyms.js');
const { dateCandidates } = mod('entities/dates.js');
const { mergeByStart, selectCandidates, sortByStart } = mod('entities/candidates.js');
const { propagateNames } = mod('entities/propagate.js');

const quick = process.argv.includes('--quick');
const SEEDS = ['000_e9822723eeb1ed02.txt', '004_0b22a2b964df6e34.txt'];
const MB = 1e6;

/** The phases of one text, each a function of the text and what the earlier phases produced. */
function phases(text) {
  const lines = splitLines(text);
  const paragraphs = findParagraphs(text, lines, new Set());
  const v = new TokenView(text);
  const cands = [];
  gazetteerCandidates(v, gazetteer(), cands);
  placesInCapitals(v, gazetteer(), cands);
  titledPeople(v, titleTrie(), cands);
  reportingPeople(v, titleTrie(), cands);
  rolePeople(v, titleTrie(), cands);
  headedNames(v, cands);
  unknownAcronyms(v, cands);
  dateCandidates(v, cands);
  const selected = selectCandidates(cands);
  const acronyms = acronymCandidates(v, selected);
  const fresh = new Set(acronyms);
  const reselected = acronyms.length > 0 ? selectCandidates(mergeByStart(selected, sortByStart(acronyms)), (c) => (fresh.has(c) ? c.priority : c.priority + 100)) : selected;
  // Phases over tokens get a fresh view each run: a view keeps the vocabulary ids it has looked up.
  const view = () => new TokenView(text);
  return [
    ['analyzeStructure', () => analyzeStructure(text)],
    ['  splitLines', () => splitLines(text)],
    ['  findParagraphs', () => findParagraphs(text, lines, new Set())],
    ['  markDuplicates', () => markDuplicates(text, paragraphs)],
    ['  splitSentences', () => { for (const p of paragraphs) splitSentences(text, p); }],
    ['findEntities', () => findEntities(text)],
    ['  TokenView', view],
    ['  gazetteerCandidates', (w) => gazetteerCandidates(w, gazetteer(), []), view],
    ['  placesInCapitals', (w) => placesInCapitals(w, gazetteer(), []), view],
    ['  titledPeople', (w) => titledPeople(w, titleTrie(), []), view],
    ['  reportingPeople', (w) => reportingPeople(w, titleTrie(), []), view],
    ['  rolePeople', (w) => rolePeople(w, titleTrie(), []), view],
    ['  headedNames', (w) => headedNames(w, []), view],
    ['  unknownAcronyms', (w) => unknownAcronyms(w, []), view],
    ['  dateCandidates', (w) => dateCandidates(w, []), view],
    ['  selectCandidates', () => selectCandidates(cands)],
    ['  acronymCandidates', (w) => acronymCandidates(w, selected), view],
    ['  propagateNames', (w) => propagateNames(w, reselected), view],
  ];
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median time of `fn(setup())` over `runs` runs; `setup` (untimed) makes the phase's fresh input. */
function time(fn, runs, setup = () => undefined) {
  const ts = [];
  for (let r = 0; r < runs; r++) {
    const input = setup();
    const t0 = performance.now();
    fn(input);
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

const seeds = SEEDS.map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
const corpus = buildCorpus(join(ROOT, 'seeds'), 5 * 1024 * 1024, 1).text;
const corpusMB = Buffer.byteLength(corpus, 'utf8') / MB;

// Warm up every phase on the seeds, so that the corpus runs measure optimised code.
const seedPhases = seeds.map(phases);
for (const ps of seedPhases) for (const [, fn, setup] of ps) time(fn, quick ? 30 : 200, setup);

const seedRuns = quick ? 200 : 1000;
const seedMs = seedPhases.map((ps) => ps.map(([name, fn, setup]) => [name, time(fn, seedRuns, setup)]));
const corpusPhases = phases(corpus);
const corpusMs = corpusPhases.map(([name, fn, setup]) => [name, time(fn, quick ? 1 : 3, setup)]);

const pad = (s, n) => String(s).padStart(n);
console.log(`phase                       ${SEEDS.map((f) => pad(`${f.slice(0, 3)} median ms`, 15)).join('')}   5 MB ms     MB/s`);
corpusMs.forEach(([name, ms], i) => {
  const seedCols = seedMs.map((s) => pad(s[i][1].toFixed(3), 15)).join('');
  console.log(`${name.padEnd(28)}${seedCols}${pad(ms.toFixed(0), 10)}${pad((corpusMB / (ms / 1000)).toFixed(1), 9)}`);
});
console.log(`(5 MB corpus: ${corpusMB.toFixed(2)} MB UTF-8; seed medians of ${seedRuns} runs, corpus median of ${quick ? 1 : 3})`);
