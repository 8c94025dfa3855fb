// One state's ministry called in several ways in one text: `The Georgian Foreign Ministry expresses …`, `The
// Ministry of Foreign Affairs of Georgia reacted …`, `The MFA says …`, `the Foreign Ministry's statement`. All of
// them are one body, with one canonical name: the reader's hover, the speaker of its quotations and the corpus's
// speaker list then show it once, by its fullest name in the text (or the gazetteer's, when it has one).

import { type Candidate, candidate } from './candidates';
import { countryOfDemonym, demonymOf } from './load';

/** A ministry's name without its country, by portfolio. */
const PORTFOLIOS: readonly (readonly [string, string])[] = [
  [
    'foreign',
    'Foreign Ministry|Foreign Affairs Ministry|Ministry (?:of|for) Foreign Affairs(?: and (?:\\p{Lu}\\p{L}+ )*\\p{Lu}\\p{L}+)?|Ministry of Foreign and (?:\\p{Lu}\\p{L}+ )*Affairs|Ministry of External Affairs|Foreign Office|MFA|MoFA|MOFA',
  ],
  ['defence', 'Defen[cs]e Ministry|Ministry of (?:National )?Defen[cs]e'],
  ['interior', 'Interior Ministry|Ministry of (?:the )?Interior|Ministry of Internal Affairs|Internal Affairs Ministry'],
];

/** A capitalised word or two before the portfolio's name (its country or nationality), and one to three after `of`. */
const OWNER = `(?:(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?) )?`;
const COUNTRY_AFTER = `(?: of (?:the )?(?:Republic of )?(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,2}))?`;
const MINISTRY: readonly (readonly [string, RegExp])[] = PORTFOLIOS.map(([portfolio, names]) => [portfolio, new RegExp(`^${OWNER}(?:${names})${COUNTRY_AFTER}$`, 'u')]);

/** A cheap first test: the words every ministry's name above holds one of. */
const MAY_BE_MINISTRY = /Minist|MFA|MoFA|MOFA|Foreign Office/;

/** A ministry's portfolio and country (null when the name gives none); null for a name that is no such ministry. */
export function ministryOf(name: string): { portfolio: string; country: string | null } | null {
  if (!MAY_BE_MINISTRY.test(name)) return null;
  for (const [portfolio, re] of MINISTRY) {
    const m = re.exec(name);
    if (m === null) continue;
    const owner = m[1] === undefined ? null : countryNamed(m[1]);
    const after = m[2] === undefined ? null : countryNamed(m[2]);
    // A word before that is no country (`Federal Foreign Office`), or two countries: some other body.
    if ((m[1] !== undefined && owner === null) || (m[2] !== undefined && after === null) || (owner !== null && after !== null && owner !== after)) return null;
    return { portfolio, country: owner ?? after };
  }
  return null;
}

/** The country a word or two name, as a country or as its nationality: `Georgia`, `Georgian` → `Georgia`. */
function countryNamed(words: string): string | null {
  return demonymOf(words) !== null ? words : countryOfDemonym(words);
}

/**
 * The mentions (sorted by start), with each state's ministry under one canonical name. Mentions that name the
 * country take the gazetteer's name of the ministry if one of them has it, else one the text writes, else one made
 * from its owner's demonym, the longest of a rank. A mention that names no country (`the MFA`, `the Foreign
 * Ministry`) is the ministry of the same portfolio named with its country last before it, within MINISTRY_REACH;
 * with none, it keeps its name.
 */
export function withMinistries(text: string, mentions: Candidate[]): Candidate[] {
  let found: Found[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const c = mentions[k];
    if (c.type !== 'ORG') continue;
    // By its canonical name: a body the gazetteer knows by another (`Foreign Office` for London's) stays as it is.
    const ministry = ministryOf(c.canonical);
    if (ministry === null) continue;
    // (A ministry named in its owner's possessive has the owner's demonym in its canonical name: see withOwners.)
    (found ??= []).push({ at: k, portfolio: ministry.portfolio, country: ministry.country, own: distinctive(c.canonical) });
  }
  if (found === null) return mentions;
  // The canonical name of each state's ministry, by portfolio and country: the gazetteer's, else one the text
  // writes, else one made from the owner's demonym (`Slovakia's Foreign Ministry`); the longest of a rank.
  const names = new Map<string, { name: string; rank: number }>();
  for (const f of found) {
    if (f.country === null) continue;
    const c = mentions[f.at];
    const name = c.canonical;
    const rank = c.source !== 'rule' ? 2 : text.startsWith(name, c.start) && name.length === c.end - c.start ? 1 : 0;
    const key = `${f.portfolio} ${f.country}`;
    const had = names.get(key);
    if (had === undefined || rank > had.rank || (rank === had.rank && name.length > had.name.length)) names.set(key, { name, rank });
  }
  if (names.size === 0) return mentions;
  // The ministry of each portfolio named with its country last so far, and where, within MINISTRY_REACH. Not one
  // named after: `According to the Foreign Ministry` in Buenos Aires's copy is not the British one the next
  // paragraph names.
  const last = new Map<string, { country: string; at: number }>();
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const start = mentions[f.at].start;
    const before = last.get(f.portfolio);
    const country = f.country ?? (before !== undefined && start - before.at <= MINISTRY_REACH ? before.country : null);
    if (f.country !== null) last.set(f.portfolio, { country: f.country, at: start });
    const name = country === null ? undefined : names.get(`${f.portfolio} ${country}`)?.name;
    // A name of its own (`Ministry of External Affairs`, `… and Trade`) is only that ministry's; a plain name
    // (`the Foreign Ministry`) is not the one of a ministry that has a name of its own.
    if (name === undefined || (f.country === null && distinctive(name) !== f.own)) continue;
    const c = mentions[f.at];
    if (name !== c.canonical) mentions[f.at] = candidate(c.start, c.end, c.type, name, c.source, c.priority, c.person);
  }
  return mentions;
}

/**
 * How far (in code units) after a ministry named with its country one named without it may be that ministry:
 * about an article's length, so that in a file of many articles one article's ministry names none of the next's.
 */
const MINISTRY_REACH = 4000;

interface Found {
  /** The mention's index. */
  at: number;
  portfolio: string;
  country: string | null;
  /** The part of its name that only some states' ministries have (see distinctive). */
  own: string | null;
}

/** `External Affairs`, `and Trade`, `Foreign and European Affairs`: what sets a ministry's name apart, if anything. */
function distinctive(name: string): string | null {
  return OWN_NAME.exec(name)?.[0] ?? null;
}
const OWN_NAME = /External Affairs|Affairs and .*$|Foreign and .*Affairs/;
