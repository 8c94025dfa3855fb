// Deterministic synthetic workspace for the corpus benchmark (part (e), see README.md): N article files of
// ~9 KB each, generated from the seeds. Each article gets its own dateline (a date spread over 2003–2024, in
// one of the formats the dateline reader knows), a headline (the seed's, rewritten, or one from templates),
// rotated names (minister, leader, countries, crisis, nuclear and mission countries), changed numbers and
// years, and a body made of the seed's paragraphs with some dropped, some duplicated, the rest shuffled (the
// lead stays first), topped up with paragraphs of the other seeds to a size drawn around 9 KB.

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNTRIES as BASE_COUNTRIES, CRISES as BASE_CRISES, MISSIONS, MONTHS, NUCLEAR, escape, prng, surname } from './corpus.mjs';

// The benchmark corpus's names, with more of them: ten thousand articles need more variety.
const COUNTRIES = [
  ...BASE_COUNTRIES,
  { name: 'Italy', adj: 'Italian', capital: 'Rome', short: 'Italy', leader: 'Sergio Mattarella', minister: 'Antonio Tajani' },
  { name: 'Spain', adj: 'Spanish', capital: 'Madrid', short: 'Spain', leader: 'Pedro Sánchez', minister: 'José Manuel Albares' },
  { name: 'Poland', adj: 'Polish', capital: 'Warsaw', short: 'Poland', leader: 'Andrzej Duda', minister: 'Radosław Sikorski' },
  { name: 'Mexico', adj: 'Mexican', capital: 'Mexico City', short: 'Mexico', leader: 'Andrés Manuel López Obrador', minister: 'Alicia Bárcena' },
  { name: 'Indonesia', adj: 'Indonesian', capital: 'Jakarta', short: 'Indonesia', leader: 'Joko Widodo', minister: 'Retno Marsudi' },
  { name: 'Egypt', adj: 'Egyptian', capital: 'Cairo', short: 'Egypt', leader: 'Abdel Fattah el-Sisi', minister: 'Sameh Shoukry' },
  { name: 'Kazakhstan', adj: 'Kazakh', capital: 'Astana', short: 'Kazakhstan', leader: 'Kassym-Jomart Tokayev', minister: 'Murat Nurtleu' },
];
const CRISES = [...BASE_CRISES, { name: 'Ethiopia', adj: 'Ethiopian' }];
const ISSUES = [
  'missile defence', 'visa-free travel', 'the Nord Stream pipeline', 'WTO accession', 'the START Treaty', 'sanctions',
  'energy security', 'the nuclear programme', 'counter-terrorism', 'drug trafficking', 'human rights', 'the elections',
  'the Security Council', 'peace talks', 'trade', 'arms control', 'the gas transit deal', 'European security',
];
const HEADLINES = [
  (v) => `${v.home.adj} Foreign Minister ${v.home.minister}: ${v.home.name}, NATO must agree on ${v.issue}`,
  (v) => `${v.issue[0].toUpperCase()}${v.issue.slice(1)} as indicator of 'resetting'`,
  (v) => `${v.home.minister} says ${v.home.name} ready to work with ${v.other.name} on ${v.issue}`,
  (v) => `${v.home.name} and ${v.other.name} discuss ${v.issue} in ${v.home.capital}`,
  (v) => `${v.home.leader} warns ${v.other.name} over ${v.issue}`,
  (v) => `${v.home.adj} diplomacy in ${v.year}: ${v.issue}, ${v.crisis.name} and ${v.nuclear.name}`,
  (v) => `${v.home.minister} to visit ${v.other.capital} for talks on ${v.issue}`,
  (v) => `${v.crisis.adj} crisis tops agenda as ${v.home.minister} meets ${v.other.minister}`,
];
const YEARS = { from: 2003, to: 2024 };

const pick = (rand, xs, not = []) => {
  for (;;) {
    const x = xs[Math.floor(rand() * xs.length)];
    if (!not.includes(x)) return x;
  }
};
const two = (n) => String(n).padStart(2, '0');

function dateline(rand, year, month, day) {
  const time = rand() < 0.5 ? `, ${two(Math.floor(rand() * 24))}:${two(Math.floor(rand() * 60))}` : '';
  switch (Math.floor(rand() * 3)) {
    case 0: return `${day} ${MONTHS[month].slice(0, 3)} ${year}`; // 26 Dec 2011
    case 1: return `${day} ${MONTHS[month]} ${year}${time}`; // 14 March 2012, 16:29
    default: return `${MONTHS[month]} ${day}, ${year}${time}`; // March 14, 2012
  }
}

/**
 * The seeds, each as dateline, headline, lead (the body up to its first long paragraph: in seed 004 the repeated
 * headline and "Download audio file" come before it), paragraphs (one per non-empty line), the separator between
 * paragraphs (a blank line when the seed has them) and a tail of page furniture ("• … share via").
 */
function loadSeeds(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8').replace(/\r\n?/g, '\n').trimEnd();
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      const [dateline, headline, ...body] = lines;
      const tail = [];
      while (body.length > 1 && /^\s*•|share via/.test(body.at(-1))) tail.unshift(body.pop());
      const leadEnd = Math.max(0, body.findIndex((l) => l.length > 100));
      // Blank lines between the paragraphs after the lead (seed 004), or one paragraph a line (seed 000).
      const afterLead = text.slice(text.indexOf(body[leadEnd]) + body[leadEnd].length).trim();
      return {
        file: f,
        header: `${dateline}\n${headline}`,
        lead: body.slice(0, leadEnd + 1),
        body: body.slice(leadEnd + 1),
        sep: /\n\s*\n/.test(afterLead) ? '\n\n' : '\n',
        tail: tail.join('\n'),
      };
    });
}

function seedYear(seed) {
  const m = /\b(19|20)\d\d\b/.exec(seed.header);
  return m ? Number(m[0]) : 2012;
}

/** One article: header (dateline, headline) and body, as the text of a file. */
function article(seeds, seed, rand, targetBytes) {
  const home = pick(rand, COUNTRIES);
  const other = pick(rand, COUNTRIES, [home]);
  const v = { home, other, crisis: pick(rand, CRISES), nuclear: pick(rand, NUCLEAR), mission: pick(rand, MISSIONS), issue: pick(rand, ISSUES) };
  v.year = YEARS.from + Math.floor(rand() * (YEARS.to - YEARS.from + 1));
  const month = Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const yearShift = v.year - seedYear(seed);
  const map = new Map([
    ['Sergei Lavrov', home.minister], ['Sergey Lavrov', home.minister], ['Lavrov', surname(home.minister)],
    ['Dmitry Medvedev', home.leader], ['Medvedev', surname(home.leader)],
    ['Barack Obama', other.leader], ['Obama', surname(other.leader)],
    ['Russia', home.name], ['Russian', home.adj], ['Russians', `${home.adj} people`], ['Moscow', home.capital],
    ['United States', other.name], ['U.S.', other.short], ['US', other.short], ['Washington', other.capital],
    ['Syria', v.crisis.name], ['Syrian', v.crisis.adj],
    ['Iran', v.nuclear.name], ['Iranian', v.nuclear.adj], ['Tehran', v.nuclear.capital],
    ['Afghanistan', v.mission.name], ['Afghan', v.mission.adj],
  ]);
  const words = [...map.keys(), ...MONTHS].sort((a, b) => b.length - a.length).map(escape).join('|');
  const re = new RegExp(`(?<![\\w.])(?:${words})(?![\\w])|\\b\\d{1,2}:\\d{2}\\b|\\b\\d+\\b`, 'g');
  const rewrite = (s) =>
    s.replace(re, (m) => {
      if (/^\d{1,2}:\d{2}$/.test(m)) return `${two(Math.floor(rand() * 24))}:${two(Math.floor(rand() * 60))}`;
      if (/^(19|20)\d\d$/.test(m)) return String(Number(m) + yearShift);
      if (/^\d+$/.test(m)) return m.length <= 2 ? String(1 + Math.floor(rand() * 28)) : String(10 ** (m.length - 1) + Math.floor(rand() * 9 * 10 ** (m.length - 1)));
      if (MONTHS.includes(m)) return pick(rand, MONTHS);
      return map.get(m) ?? m;
    });

  // Headline: the seed's (second header line), rewritten, or one from the templates.
  const seedHeadline = seed.header.split('\n').filter((l) => l.trim() !== '')[1] ?? '';
  const headline = rand() < 0.35 ? rewrite(seedHeadline) : pick(rand, HEADLINES)(v);

  // Body: drop some paragraphs, duplicate some, shuffle (the lead stays first), top up towards the target size.
  const body = [];
  for (const p of seed.body) {
    if (rand() < 0.12) continue;
    body.push(p);
    if (rand() < 0.08) body.push(p);
  }
  const pool = seeds.flatMap((s) => s.body);
  let bytes = body.reduce((n, p) => n + Buffer.byteLength(p) + 2, seed.lead.reduce((n, p) => n + Buffer.byteLength(p) + 2, 200));
  while (bytes < targetBytes) {
    const p = pool[Math.floor(rand() * pool.length)];
    body.push(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  while (bytes > targetBytes * 1.1 && body.length > 3) bytes -= Buffer.byteLength(body.splice(Math.floor(rand() * body.length), 1)[0]) + 2;
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [body[i], body[j]] = [body[j], body[i]];
  }
  const text = [dateline(rand, v.year, month, day), '', headline, '', seed.lead.map(rewrite).join(seed.sep), '', body.map(rewrite).join(seed.sep)];
  if (seed.tail) text.push(seed.tail);
  return text.join('\n') + '\n';
}

/**
 * Writes `count` article files into `dir` (emptied first), named like the seeds (`NNNNN_<hex>.txt`), with
 * sizes drawn uniformly in meanBytes ± 25 %. Deterministic for a given `seed`. Returns the file names and sizes.
 */
export function generateCorpus(seedDir, dir, { count = 10_000, meanBytes = 9_000, seed = 10 } = {}) {
  const seeds = loadSeeds(seedDir);
  const rand = prng(seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const files = [];
  for (let i = 0; i < count; i++) {
    const s = seeds[Math.floor(rand() * seeds.length)];
    const target = meanBytes * (0.75 + 0.5 * rand());
    const text = article(seeds, s, rand, target);
    const name = `${String(i).padStart(5, '0')}_${Math.floor(rand() * 2 ** 32).toString(16).padStart(8, '0')}.txt`;
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
    files.push(name);
  }
  return { dir, files: files.length, bytes };
}

/** Lists a generated corpus folder (sorted names). */
export const corpusFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
