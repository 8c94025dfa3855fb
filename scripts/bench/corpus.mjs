// Deterministic benchmark corpus: many article variants built from the seeds, joined by blank lines.
// Each variant rotates the minister, the countries, the leaders, years, months and numbers, drops a few
// paragraphs and shuffles the rest, so the text is not one article repeated verbatim.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COUNTRIES = [
  { name: 'Russia', adj: 'Russian', capital: 'Moscow', short: 'Russia', leader: 'Dmitry Medvedev', minister: 'Sergei Lavrov' },
  { name: 'China', adj: 'Chinese', capital: 'Beijing', short: 'China', leader: 'Xi Jinping', minister: 'Wang Yi' },
  { name: 'United States', adj: 'American', capital: 'Washington', short: 'U.S.', leader: 'Barack Obama', minister: 'Antony Blinken' },
  { name: 'Germany', adj: 'German', capital: 'Berlin', short: 'Germany', leader: 'Frank-Walter Steinmeier', minister: 'Annalena Baerbock' },
  { name: 'France', adj: 'French', capital: 'Paris', short: 'France', leader: 'Emmanuel Macron', minister: 'Catherine Colonna' },
  { name: 'United Kingdom', adj: 'British', capital: 'London', short: 'U.K.', leader: 'Rishi Sunak', minister: 'James Cleverly' },
  { name: 'India', adj: 'Indian', capital: 'New Delhi', short: 'India', leader: 'Droupadi Murmu', minister: 'Subrahmanyam Jaishankar' },
  { name: 'Japan', adj: 'Japanese', capital: 'Tokyo', short: 'Japan', leader: 'Fumio Kishida', minister: 'Yoshimasa Hayashi' },
  { name: 'Australia', adj: 'Australian', capital: 'Canberra', short: 'Australia', leader: 'Anthony Albanese', minister: 'Penny Wong' },
  { name: 'Canada', adj: 'Canadian', capital: 'Ottawa', short: 'Canada', leader: 'Justin Trudeau', minister: 'Mélanie Joly' },
  { name: 'Ukraine', adj: 'Ukrainian', capital: 'Kyiv', short: 'Ukraine', leader: 'Volodymyr Zelensky', minister: 'Dmytro Kuleba' },
  { name: 'Turkey', adj: 'Turkish', capital: 'Ankara', short: 'Turkey', leader: 'Recep Tayyip Erdoğan', minister: 'Hakan Fidan' },
  { name: 'Brazil', adj: 'Brazilian', capital: 'Brasília', short: 'Brazil', leader: 'Luiz Inácio Lula da Silva', minister: 'Mauro Vieira' },
  { name: 'South Africa', adj: 'South African', capital: 'Pretoria', short: 'South Africa', leader: 'Cyril Ramaphosa', minister: 'Naledi Pandor' },
  { name: 'Saudi Arabia', adj: 'Saudi', capital: 'Riyadh', short: 'Saudi Arabia', leader: 'Mohammed bin Salman', minister: 'Faisal bin Farhan' },
];
export const CRISES = [
  { name: 'Syria', adj: 'Syrian' }, { name: 'Libya', adj: 'Libyan' }, { name: 'Yemen', adj: 'Yemeni' },
  { name: 'Sudan', adj: 'Sudanese' }, { name: 'Myanmar', adj: 'Myanmar' }, { name: 'Venezuela', adj: 'Venezuelan' },
  { name: 'Mali', adj: 'Malian' }, { name: 'Haiti', adj: 'Haitian' },
];
export const NUCLEAR = [
  { name: 'Iran', adj: 'Iranian', capital: 'Tehran' }, { name: 'North Korea', adj: 'North Korean', capital: 'Pyongyang' },
];
export const MISSIONS = [
  { name: 'Afghanistan', adj: 'Afghan' }, { name: 'Iraq', adj: 'Iraqi' }, { name: 'Somalia', adj: 'Somali' },
  { name: 'Kosovo', adj: 'Kosovar' }, { name: 'Lebanon', adj: 'Lebanese' },
];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const surname = (full) => full.split(' ').at(-1);
export const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads the seed articles and splits each into header lines, body paragraphs (with their separator) and a tail. */
export function loadSeeds(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8').replace(/\r\n?/g, '\n').trimEnd();
      const lines = text.split('\n');
      // Header: the dateline and the headline (the first two non-empty lines) with the blank lines around them.
      let seen = 0;
      let i = 0;
      for (; i < lines.length && seen < 2; i++) if (lines[i].trim() !== '') seen++;
      while (i < lines.length && lines[i].trim() === '') i++;
      const header = lines.slice(0, i).join('\n');
      const rest = lines.slice(i).join('\n');
      const sep = /\n\s*\n/.test(rest) ? '\n\n' : '\n';
      let body = rest.split(sep === '\n\n' ? /\n\s*\n/ : '\n').filter((p) => p.trim() !== '');
      // Page furniture at the end (e.g. "share via") stays at the end.
      let tail = '';
      if (body.length > 1 && /share via|^\s*•/m.test(body.at(-1))) tail = body.pop();
      return { file: f, header, body, sep, tail };
    });
}

function pick(rand, xs, not = []) {
  for (;;) {
    const x = xs[Math.floor(rand() * xs.length)];
    if (!not.includes(x)) return x;
  }
}

/** One variant of a seed article. */
function variant(seed, rand) {
  const home = pick(rand, COUNTRIES);
  const other = pick(rand, COUNTRIES, [home]);
  const crisis = pick(rand, CRISES);
  const nuclear = pick(rand, NUCLEAR);
  const mission = pick(rand, MISSIONS);
  const minister = home.minister;
  const map = new Map([
    ['Sergei Lavrov', minister], ['Sergey Lavrov', minister], ['Lavrov', surname(minister)],
    ['Dmitry Medvedev', home.leader], ['Medvedev', surname(home.leader)],
    ['Barack Obama', other.leader], ['Obama', surname(other.leader)],
    ['Russia', home.name], ['Russian', home.adj], ['Russians', `${home.adj} people`], ['Moscow', home.capital],
    ['United States', other.name], ['U.S.', other.short], ['US', other.short], ['Washington', other.capital],
    ['Syria', crisis.name], ['Syrian', crisis.adj],
    ['Iran', nuclear.name], ['Iranian', nuclear.adj], ['Tehran', nuclear.capital],
    ['Afghanistan', mission.name], ['Afghan', mission.adj],
  ]);
  for (const m of MONTHS) map.set(m, m);
  for (const m of MONTHS) map.set(m.slice(0, 3), m.slice(0, 3));
  const yearShift = Math.floor(rand() * 28) - 14;
  const words = [...map.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const re = new RegExp(`(?<![\\w.])(?:${words})(?![\\w])|\\b\\d{1,2}:\\d{2}\\b|\\b\\d+\\b`, 'g');
  const rewrite = (s) =>
    s.replace(re, (m) => {
      if (/^\d{1,2}:\d{2}$/.test(m)) return `${String(Math.floor(rand() * 24)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}`;
      if (/^(19|20)\d\d$/.test(m)) return String(Number(m) + yearShift);
      if (/^\d+$/.test(m)) return m.length <= 2 ? String(1 + Math.floor(rand() * 28)) : String(10 ** (m.length - 1) + Math.floor(rand() * 9 * 10 ** (m.length - 1)));
      const month = MONTHS.indexOf(m);
      if (month >= 0) return pick(rand, MONTHS);
      if (MONTHS.some((x) => x.slice(0, 3) === m)) return pick(rand, MONTHS).slice(0, 3);
      return map.get(m) ?? m;
    });
  // Drop up to a fifth of the paragraphs, then shuffle the rest (Fisher–Yates).
  const body = seed.body.filter(() => rand() >= 0.2 * rand());
  if (body.length === 0) body.push(seed.body[0]);
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [body[i], body[j]] = [body[j], body[i]];
  }
  const parts = [rewrite(seed.header), body.map(rewrite).join(seed.sep)];
  if (seed.tail) parts.push(seed.tail);
  return parts.join('\n') ;
}

/**
 * Builds a text of at least `bytes` bytes of UTF-8 from variants of the seeds, articles separated by two blank
 * lines. Deterministic for a given `seed`.
 */
export function buildCorpus(seedDir, bytes, seed = 1) {
  const seeds = loadSeeds(seedDir);
  const rand = prng(seed);
  const articles = [];
  let size = 0;
  while (size < bytes) {
    const a = variant(seeds[Math.floor(rand() * seeds.length)], rand);
    articles.push(a);
    size += Buffer.byteLength(a, 'utf8') + 3;
  }
  return { text: articles.join('\n\n\n') + '\n', articles: articles.length };
}
