// Accuracy of the analysis against hand-made gold annotations: quotation spans, speakers, entities.
// Usage: npm run accuracy [-- --verbose] [-- --set seeds|heldout]
// Reads test/fixtures/gold (the seeds) and test/fixtures/heldout (texts written for evaluation).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { analyze } = require(path.join(root, 'out/src/core/analyze/index.js'));
const verbose = process.argv.includes('--verbose');
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : null;

function sets() {
  const out = [];
  if (!only || only === 'seeds') {
    for (const f of fs.readdirSync(path.join(root, 'test/fixtures/gold')).filter((f) => f.endsWith('.json'))) {
      out.push({ set: 'seeds', name: f.replace(/\.json$/, ''), text: path.join(root, 'seeds', f.replace(/\.json$/, '.txt')), gold: path.join(root, 'test/fixtures/gold', f) });
    }
  }
  const held = path.join(root, 'test/fixtures/heldout');
  if ((!only || only === 'heldout') && fs.existsSync(held)) {
    for (const f of fs.readdirSync(held).filter((f) => f.endsWith('.json'))) {
      out.push({ set: 'heldout', name: f.replace(/\.json$/, ''), text: path.join(held, f.replace(/\.json$/, '.txt')), gold: path.join(held, f) });
    }
  }
  return out;
}

// The guidelines count transliteration variants as one person (Sergei/Sergey Lavrov): a speaker found under the
// gazetteer's canonical name matches a gold name that is one of that person's aliases.
const canonicalOf = new Map();
for (const p of JSON.parse(fs.readFileSync(path.join(root, 'src/core/entities/data/people.json'), 'utf8'))) {
  for (const n of [p.name, ...(p.aliases ?? [])]) if (!canonicalOf.has(n)) canonicalOf.set(n, p.name);
}
const samePerson = (found, gold) => found === gold || (found !== null && gold !== null && (canonicalOf.get(gold) ?? gold) === (canonicalOf.get(found) ?? found));

const f1 = (tp, pred, gold) => (pred + gold === 0 ? 1 : (2 * tp) / (pred + gold));
const fmt = (x) => x.toFixed(3);

function score(text, gold) {
  const a = analyze(text);
  const qk = (q) => `${q.start}:${q.end}`;
  const goldQ = new Set(gold.quotes.map(qk));
  const predQ = new Map(a.quotes.map((q) => [qk(q), q]));
  const quoteTp = [...predQ.keys()].filter((k) => goldQ.has(k)).length;
  let spOk = 0;
  let spN = 0;
  const problems = [];
  for (const g of gold.quotes) {
    if (g.kind !== 'direct') continue;
    spN++;
    const p = predQ.get(qk(g));
    const name = p?.speaker?.name ?? null;
    if (p && samePerson(name, g.speaker)) spOk++;
    else problems.push(`speaker: gold ${g.speaker} · found ${p ? name : '(quote not found)'} · “${g.text.slice(0, 60)}”`);
  }
  for (const k of predQ.keys()) if (!goldQ.has(k)) problems.push(`quote not in gold: “${predQ.get(k).text.slice(0, 60)}”`);
  for (const g of gold.quotes) if (!predQ.has(qk(g))) problems.push(`quote missed: “${g.text.slice(0, 60)}”`);
  const ek = (e) => `${e.start}:${e.end}:${e.type}`;
  const goldE = new Set(gold.entities.map(ek));
  const predE = new Set(a.entities.map(ek));
  const entTp = [...predE].filter((k) => goldE.has(k)).length;
  const ctx = (e) => text.slice(Math.max(0, e.start - 25), e.end + 15).replace(/\s+/g, ' ');
  for (const e of a.entities) if (!goldE.has(ek(e))) problems.push(`entity not in gold: ${e.type} “${e.text}” …${ctx(e)}…`);
  for (const e of gold.entities) if (!predE.has(ek(e))) problems.push(`entity missed: ${e.type} “${e.text}” …${ctx(e)}…`);
  return { quote: [quoteTp, predQ.size, goldQ.size], speaker: [spOk, spN], entity: [entTp, predE.size, goldE.size], problems };
}

const rows = [];
const pooled = {};
for (const s of sets()) {
  const text = fs.readFileSync(s.text, 'utf8');
  const gold = JSON.parse(fs.readFileSync(s.gold, 'utf8'));
  const r = score(text, gold);
  rows.push({ ...s, ...r });
  for (const key of [s.set, 'all']) {
    const p = (pooled[key] ??= { quote: [0, 0, 0], speaker: [0, 0], entity: [0, 0, 0] });
    for (const m of ['quote', 'speaker', 'entity']) r[m].forEach((v, i) => (p[m][i] += v));
  }
}

const line = (name, r) =>
  `${name.padEnd(34)} quotes F1 ${fmt(f1(...r.quote))} (${r.quote[0]}/${r.quote[2]} gold, ${r.quote[1]} found)  ` +
  `speakers ${fmt(r.speaker[1] ? r.speaker[0] / r.speaker[1] : 1)} (${r.speaker[0]}/${r.speaker[1]})  ` +
  `entities F1 ${fmt(f1(...r.entity))} (${r.entity[0]}/${r.entity[2]} gold, ${r.entity[1]} found)`;

for (const r of rows) {
  console.log(line(`${r.set}/${r.name}`, r));
  if (verbose) for (const p of r.problems) console.log(`    ${p}`);
}
console.log('');
for (const [k, p] of Object.entries(pooled)) console.log(line(`pooled: ${k}`, p));
const all = pooled.seeds;
if (all) {
  const ok = f1(...all.quote) >= 0.97 && all.speaker[0] / all.speaker[1] >= 0.97 && f1(...all.entity) >= 0.92;
  console.log(`\nSeed targets (quote F1 ≥ 0.97, speaker accuracy ≥ 0.97, entity F1 ≥ 0.92): ${ok ? 'met' : 'NOT met'}`);
}
