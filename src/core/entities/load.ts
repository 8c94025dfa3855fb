// Builds the gazetteer from the data files in `data/` (see its README for their format).

import countries from './data/countries.json';
import events from './data/events.json';
import organizations from './data/organizations.json';
import people from './data/people.json';
import places from './data/places.json';
import titles from './data/titles.json';
import treaties from './data/treaties.json';
import { Gazetteer, type GazetteerEntry, type PersonInfo } from './gazetteer';
import { NameTrie } from './nametrie';

interface NamedData {
  name: string;
  aliases?: string[];
  abbrevs?: string[];
}
interface CountryData extends NamedData {
  capital?: string | null;
  demonyms?: string[];
}
interface PersonData extends NamedData {
  /** The name's first word is a given name that is elsewhere a title (`Sheikh Hasina`): the mention keeps it. */
  titleIsName?: boolean;
  surname?: string;
  gender?: string;
  roles?: { title: string; country?: string | null; from?: number; to?: number | null }[];
}

/** Extra nationality, religious and political group words (NORP) that are not demonyms of a state. */
const GROUPS = [
  'Arab', 'Arabs', 'Kurd', 'Kurds', 'Kurdish', 'Muslim', 'Muslims', 'Christian', 'Christians', 'Jewish', 'Jews',
  'Sunni', 'Sunnis', 'Shia', 'Shiite', 'Shiites', "Shi'ite", 'Alawite', 'Alawites', 'Druze', 'Pashtun', 'Pashtuns',
  'Tajik', 'Uzbek', 'Hazara', 'Tatar', 'Tatars', 'Chechen', 'Chechens', 'Baloch', 'Tamil', 'Tamils', 'Sikh', 'Hindu',
  'Buddhist', 'Catholic', 'Orthodox', 'Protestant', 'European', 'Europeans', 'Asian', 'African', 'Latin American',
  'Latin Americans', 'Africans', 'Asians',
  'Republican', 'Republicans', 'Democrat', 'Democrats', 'Communist', 'Communists', 'Bolshevik', 'Islamist', 'Islamists',
  'Palestinian', 'Palestinians', 'Rohingya', 'Yazidi', 'Yazidis', 'Houthi', 'Houthis', 'Uighur', 'Uighurs', 'Uyghur', 'Uyghurs',
  'Crimean', 'Transatlantic', 'Scandinavian', 'Balkan', 'Caucasian', 'Slavic', 'Persian', 'Western Europeans',
  'Rohingyas', 'Central Asian', 'South Asian', 'Southeast Asian', 'East Asian', 'Northeast Asian', 'West African',
  'East African', 'North African', 'Tory', 'Tories', 'North American', 'North Americans', 'South American',
  'Central American', 'Nazi', 'Nazis', 'Islamic', 'Bolivarian', 'Papuan', 'Papuans', 'Melanesian', 'Polynesian',
  'Micronesian', 'Pacific Islander', 'Pacific Islanders', 'Latino',
  'Tuareg', 'Tuaregs', 'Fulani', 'Tigrayan', 'Tigrayans', 'Oromo', 'Transdniestrian', 'Ossetian', 'Ossetians',
  'Bosniak', 'Bosniaks',
];

const PRIORITY = { country: 50, org: 45, treaty: 45, person: 40, capital: 35, gpe: 30, loc: 30, norp: 25, event: 20 };

/** Every name an entry of the data files goes by: its name, aliases and abbreviations. */
function namesOf(item: NamedData): string[] {
  return [item.name, ...(item.aliases ?? []), ...(item.abbrevs ?? [])];
}

function addAll(g: Gazetteer, item: NamedData & { titleIsName?: boolean }, entry: GazetteerEntry, places?: ReadonlyMap<string, GazetteerEntry>): void {
  for (const n of namesOf(item)) {
    const owner = places && POSSESSIVE.exec(n);
    const place = owner ? places.get(owner[1]) : undefined;
    const title = entry.type === 'PERSON' && item.titleIsName !== true ? titleLength(n) : 0;
    const named = title > 0 ? { ...entry, title } : entry;
    g.add(n, place ? { ...entry, owner: { entry: place, length: owner![1].length } } : named);
    // American style spells the United Nations `U.N.`: `U.N. Mission in South Sudan` as well as `UN Mission …`.
    if (n.startsWith('UN ')) g.add(`U.N. ${n.slice(3)}`, entry);
    if (entry.type !== 'PERSON') continue;
    // The Arabic article and `bin` are written lower-case or capitalised (`Majed al-Ansari`, `Majed Al-Ansari`;
    // `Salman bin Hamad Al Khalifa`, `Salman Bin Hamad Al Khalifa`).
    const otherArticle = n.replace(ARABIC_ARTICLE, otherCase);
    const otherSon = n.replace(SON_OF, otherCase);
    const otherBoth = otherArticle.replace(SON_OF, otherCase);
    for (const other of new Set([otherArticle, otherSon, otherBoth])) if (other !== n) g.add(other, named);
    for (const other of spellingVariants(n, entry.person?.surname)) g.add(other, named);
  }
}

/** `Jr.` or `Sr.` closing a name, which copy also writes without the dot (`Ferdinand Marcos Jr`). */
const GENERATIONAL_SUFFIX = /\s(?:Jr|Sr)\.$/;
/** A family name first and a given name of two syllables joined by a hyphen (`Moon Jae-in`, `Yoon Suk-yeol`). */
const HYPHENED_GIVEN_NAME = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)-(\p{Ll})(\p{Ll}+)$/u;

/**
 * Other ways copy writes a person's name: without the dot of `Jr.`, the surname with `Jr.`, and a Korean given
 * name as two capitalised words (`Moon Jae In`, `Yoon Suk Yeol`), for a name that gives the family name first
 * (`surname`).
 */
function spellingVariants(name: string, surname: string | undefined): string[] {
  const suffix = GENERATIONAL_SUFFIX.exec(name);
  if (suffix !== null) {
    // And the surname with it (`Marcos Jr.`), which copy uses as the surname alone.
    const short = surname !== undefined && name.endsWith(` ${surname}${suffix[0]}`) ? `${surname}${suffix[0]}` : null;
    return short === null ? [name.slice(0, -1)] : [name.slice(0, -1), short, short.slice(0, -1)];
  }
  const korean = HYPHENED_GIVEN_NAME.exec(name);
  if (korean === null || korean[1] !== surname) return [];
  return [`${korean[1]} ${korean[2]} ${korean[3].toUpperCase()}${korean[4]}`];
}

/** The Arabic article joined by a hyphen inside a name (`al-Ansari`, `El-Sisi`). */
const ARABIC_ARTICLE = /(?<=\s)(?:al|Al|el|El)(?=-)/g;
/** An alias that ends in the name of the father (`Hamad bin Khalifa`). */
const FATHERS_NAME_LAST = /\s(?:bin|Bin|ibn|Ibn|bint|Bint)\s+\S+$/;
/** `bin`, `ibn`, `bint` (son or daughter of) between the words of a name. */
const SON_OF = /(?<=\s)(?:bin|Bin|ibn|Ibn|bint|Bint)(?=\s)/g;
const otherCase = (p: string): string => (p[0] === p[0].toLowerCase() ? p[0].toUpperCase() : p[0].toLowerCase()) + p.slice(1);

/** The length of the title (and the space after it) a person's alias opens with (`Prince Faisal bin Farhan`), or 0. */
function titleLength(name: string): number {
  let longest = 0;
  for (const t of PERSON_TITLES) if (t.length > longest && name.length > t.length + 1 && name.startsWith(t) && name[t.length] === ' ') longest = t.length;
  return longest > 0 ? longest + 1 : 0;
}

/**
 * Titles that may open a person's alias in the data files: the mention starts after them, as the guidelines ask.
 * Not the list of titles.json: that one also holds words some aliases must keep, as a given name (`Amir Saeid
 * Iravani`) or an honorific the alias is known by (`Lord Robertson`, `Dame Barbara Woodward`).
 */
const PERSON_TITLES = ['King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Sheikh', 'Sheikha', 'Emir', 'Sultan', 'Pope', 'Ayatollah', 'President'];

/** A name that opens with a place in the possessive: `Russia's Foreign Ministry`, `Iran’s parliament`. */
const POSSESSIVE = /^(.+?)['’]s (?=\S)/;

export function buildGazetteer(): Gazetteer {
  const g = new Gazetteer();
  // Countries by every name, for the names of their institutions in the possessive (see GazetteerEntry.owner).
  const countryByName = new Map<string, GazetteerEntry>();
  for (const c of countries as CountryData[]) {
    const entry: GazetteerEntry = { type: 'GPE', canonical: c.name, priority: PRIORITY.country };
    addAll(g, c, entry);
    // The state's formal name, as releases write it (`the Republic of Burkina Faso`), where the data lists none
    // that opens so.
    if (!/^(?:\S+ )?Republic\b/.test(c.name) && !(c.aliases ?? []).some((a) => a.startsWith('Republic of '))) g.add(`Republic of ${c.name}`, entry);
    for (const n of [c.name, ...(c.aliases ?? [])]) countryByName.set(n, entry);
    if (c.capital) g.add(c.capital, { type: 'GPE', canonical: c.capital, priority: PRIORITY.capital });
    const norp: GazetteerEntry = { type: 'NORP', canonical: c.demonyms?.[0] ?? c.name, priority: PRIORITY.norp };
    for (const d of c.demonyms ?? []) g.add(d, norp);
  }
  const p = places as { gpe: NamedData[]; loc: NamedData[] };
  for (const x of p.gpe) addAll(g, x, { type: 'GPE', canonical: x.name, priority: PRIORITY.gpe });
  for (const x of p.loc) addAll(g, x, { type: 'LOC', canonical: x.name, priority: PRIORITY.loc });
  for (const x of organizations as NamedData[]) addAll(g, x, { type: 'ORG', canonical: x.name, priority: PRIORITY.org }, countryByName);
  for (const x of treaties as NamedData[]) addAll(g, x, { type: 'LAW', canonical: x.name, priority: PRIORITY.treaty });
  addAcronymsAsWords(g);
  for (const x of events as NamedData[]) addAll(g, x, { type: 'EVENT', canonical: x.name, priority: PRIORITY.event });
  for (const w of GROUPS) g.add(w, { type: 'NORP', canonical: w, priority: PRIORITY.norp });
  const royals = new Map<string, GazetteerEntry[]>();
  for (const x of people as PersonData[]) {
    const surname = x.surname ?? x.name.split(' ').pop() ?? x.name;
    const entry: GazetteerEntry = {
      type: 'PERSON',
      canonical: x.name,
      priority: PRIORITY.person,
      person: {
        surname,
        gender: x.gender === 'm' || x.gender === 'f' ? x.gender : null,
        roles: (x.roles ?? []).map((r) => ({ title: r.title, country: r.country ?? null, from: r.from ?? null, to: r.to ?? null })),
      },
    };
    addAll(g, x, entry);
    g.addSurname(surname, entry);
    // A surname of several words (`von der Leyen`, `de Mistura`, `Suu Kyi`, `Barth Eide`) is a name of its own:
    // standing alone, its last word would be taken for the whole surname (`Leyen`), or nothing found at all.
    if (surname !== x.name && surname.includes(' ')) {
      g.add(surname, entry);
      // Capitalised as a sentence opens with it (`Von der Leyen, who began a visit …`).
      if (/^\p{Ll}/u.test(surname)) g.add(surname[0].toUpperCase() + surname.slice(1), entry);
    }
    // So is a hyphenated surname (`Thomas-Greenfield`): a token of its own for each part, it would leave `Greenfield`.
    if (surname !== x.name && /^\p{Lu}[^\s]*-\p{Lu}/u.test(surname)) g.add(surname, entry);
    // Transliteration variants of the surname alone (`Zelensky`, `Zelenskyy`) point at the same person, unless the
    // surname is the full name: then a word alone is too ambiguous (see the data README).
    // Not the word after `bin` (`Sheikh Hamad bin Khalifa`): the father's name, not the family's.
    for (const alias of surname === x.name ? [] : (x.aliases ?? [])) {
      const last = alias.split(' ').pop();
      if (last && last !== surname && alias.split(' ').length > 1 && !FATHERS_NAME_LAST.test(alias)) g.addSurname(last, entry);
    }
    for (const key of royalGivenNames(x)) royals.set(key, [...(royals.get(key) ?? []), entry]);
  }
  // `King Hamad`, `Emir Tamim`, `Sultan Haitham`: a ruler's title and given name, when no other ruler of the data
  // files had that title and given name (not `King Abdullah`, of Jordan or of Saudi Arabia).
  for (const [key, entries] of royals) if (entries.length === 1) g.add(key, { ...entries[0], title: titleLength(key) });
  return g;
}

/**
 * The ruler's title and given name of a person the data files give a royal title, when the name is of the form
 * that the title and given name stand for (`Hamad bin Isa Al Khalifa`, `Salman of Saudi Arabia`; not `Juan
 * Carlos I`, `King Juan`).
 */
function royalGivenNames(x: PersonData): string[] {
  const given = ROYAL_NAME.exec(x.name)?.[1];
  if (given === undefined) return [];
  const titles = new Set((x.roles ?? []).map((r) => r.title).filter((t) => ROYAL_TITLES.has(t)));
  return [...titles].map((t) => `${t} ${given}`).filter((key) => !namesOf(x).includes(key));
}
const ROYAL_TITLES: ReadonlySet<string> = new Set(['King', 'Queen', 'Emir', 'Sultan', 'Crown Prince']);
/** A given name, then `bin`, `Al-`, `Al ` or `of`. */
const ROYAL_NAME = /^(\p{Lu}\p{Ll}+) (?:bin |ibn |Al-|Al |of )/u;

/**
 * British and Asian style writes a long acronym as a word (`Nato`, `Asean`, `Ecowas`, `Brics`): each acronym of
 * an organisation or treaty of four letters or more is a name in that form too, unless the data files already
 * name something so (`Guam`) or it is an English word (`Start`, `Pace`).
 */
function addAcronymsAsWords(g: Gazetteer): void {
  const written = new Set<string>(GROUPS);
  const named = [countries, places.gpe, places.loc, organizations, treaties, events, people] as NamedData[][];
  for (const list of named) for (const x of list) for (const n of namesOf(x)) written.add(n);
  for (const c of countries as CountryData[]) for (const n of [c.capital ?? '', ...(c.demonyms ?? [])]) written.add(n);
  const add = (list: NamedData[], type: 'ORG' | 'LAW', priority: number): void => {
    for (const x of list) {
      for (const n of namesOf(x)) {
        if (!/^[A-Z]{4,}$/.test(n)) continue;
        const word = n[0] + n.slice(1).toLowerCase();
        if (!written.has(word) && !ENGLISH_WORDS.has(word)) g.add(word, { type, canonical: x.name, priority });
      }
    }
  };
  add(organizations, 'ORG', PRIORITY.org);
  add(treaties, 'LAW', PRIORITY.treaty);
}
/** Acronyms of the data files that are English words (or a place's name) when written as a word. */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(['Start', 'Sort', 'Shape', 'Pace', 'Alba', 'Sana', 'Salt']);

export interface TitleData {
  /** Capitalised titles that stand before a name: `President`, `Foreign Minister`. */
  titles: string[];
  /** Lower-case role nouns that refer back to a person: `minister`, `spokesman`. */
  roles: string[];
}

export function loadTitles(): TitleData {
  return titles;
}

let demonymByCountry: Map<string, string> | null = null;

/** The first demonym of a country: `Kenya` → `Kenyan`; null for a name that is no country's. */
export function demonymOf(country: string): string | null {
  if (!demonymByCountry) {
    demonymByCountry = new Map();
    for (const c of countries as CountryData[]) if (c.demonyms?.[0]) demonymByCountry.set(c.name, c.demonyms[0]);
  }
  return demonymByCountry.get(country) ?? null;
}

let countryByCapital: Map<string, string> | null = null;

/** The country whose capital this is: `Beijing` → `China`; null for other names. */
export function countryOfCapital(city: string): string | null {
  if (!countryByCapital) {
    countryByCapital = new Map();
    for (const c of countries as CountryData[]) if (c.capital) countryByCapital.set(c.capital, c.name);
  }
  return countryByCapital.get(city) ?? null;
}

let demonyms: Map<string, string> | null = null;

/** The country of a nationality word: `Russian` → `Russia`; null for other words. */
export function countryOfDemonym(word: string): string | null {
  if (!demonyms) {
    demonyms = new Map();
    for (const c of countries as CountryData[]) for (const d of c.demonyms ?? []) demonyms.set(d, c.name);
  }
  return demonyms.get(word) ?? null;
}

let unAgencies: Set<string> | null = null;

/** An organisation of the UN system other than its principal organs (`UNHCR`, `World Food Programme`), by its canonical name. */
export function isUnAgency(canonical: string): boolean {
  unAgencies ??= new Set((organizations as { name: string; kind?: string }[]).filter((o) => o.kind === 'un-agency').map((o) => o.name));
  return unAgencies.has(canonical);
}

let cached: Gazetteer | null = null;

/** The gazetteer, built once on first use. */
export function gazetteer(): Gazetteer {
  return (cached ??= buildGazetteer());
}

let cachedTitles: NameTrie<string> | null = null;

/** Capitalised titles (`Foreign Minister`, `Secretary of State`) as a trie, built once. */
export function titleTrie(): NameTrie<string> {
  if (!cachedTitles) {
    cachedTitles = new NameTrie<string>();
    for (const t of loadTitles().titles) cachedTitles.add(t, t);
  }
  return cachedTitles;
}

let peopleByName: Map<string, PersonData> | null = null;

/** A role's years, as the data and PersonInfo give them (missing or null: unknown start, or still held). */
interface RoleYears {
  from?: number | null;
  to?: number | null;
}

/** The role was held in `year`. */
export function heldIn(r: RoleYears, year: number): boolean {
  return (r.from ?? -Infinity) <= year && year <= (r.to ?? Infinity);
}

/**
 * Who held the title `noun` names (`president`, `secretary`) when `speaker` spoke in `year`, in the country the
 * speaker then served: `the President` in a State Department briefing of 2022 is Joe Biden. The title is the noun
 * itself or `<noun> of …`; when several match (`Secretary of State`, `Secretary of Defense`), the one sharing a word
 * with the speaker's own title (`State Department Spokesperson`). Null when the data cannot tell.
 */
export function roleHolder(noun: string, speaker: string, year: number): string | null {
  peopleByName ??= new Map((people as PersonData[]).map((p) => [p.name, p]));
  const own = peopleByName.get(speaker)?.roles?.find((r) => r.country && heldIn(r, year));
  if (!own?.country) return null;
  const holders: { name: string; title: string }[] = [];
  for (const p of people as PersonData[]) {
    for (const r of p.roles ?? []) {
      const t = r.title.toLowerCase();
      if (r.country === own.country && (t === noun || t.startsWith(`${noun} of `)) && heldIn(r, year) && p.name !== speaker) holders.push({ name: p.name, title: t });
    }
  }
  if (holders.length <= 1) return holders[0]?.name ?? null;
  const ownWords = new Set(own.title.toLowerCase().split(/\s+/));
  const sharing = holders.filter((h) => h.title.split(/\s+/).some((w) => w !== noun && w !== 'of' && ownWords.has(w)));
  return sharing.length === 1 ? sharing[0].name : null;
}

/**
 * The one person the gazetteer lists with this full title in office in `year` (`Special Envoy for Yemen`, compared
 * without case: Martin Griffiths in 2019, Hans Grundberg in 2023), serving `country` when it is given; null when
 * the year is unknown, or the gazetteer lists none or several (the UN's and the US's envoys for Yemen in 2023).
 */
export function titleHolder(title: string, year: number | null, country: string | null): string | null {
  if (year === null) return null;
  const t = title.toLowerCase();
  const holders = new Set<string>();
  for (const p of people as PersonData[]) {
    for (const r of p.roles ?? []) if (r.title.toLowerCase() === t && (country === null || r.country === country) && heldIn(r, year)) holders.add(p.name);
  }
  return holders.size === 1 ? [...holders][0] : null;
}

/**
 * The UN Secretary-General in office in `year` (the one in office now when the year is unknown), as the
 * gazetteer lists them; null when it lists none or several.
 */
export function unSecretaryGeneral(year: number | null): string | null {
  // Asked for every quotation such a role opens; the answer is remembered per year.
  let holder = secretaryGeneralByYear.get(year);
  if (holder === undefined) {
    const holders = (people as PersonData[]).filter((p) =>
      (p.roles ?? []).some((r) => r.title === 'Secretary-General' && r.country === 'United Nations' && (year === null ? r.to === null : heldIn(r, year))),
    );
    holder = holders.length === 1 ? holders[0].name : null;
    secretaryGeneralByYear.set(year, holder);
  }
  return holder;
}
const secretaryGeneralByYear = new Map<number | null, string | null>();

/** Gender and roles of a person the gazetteer knows, by canonical name. */
export function personInfo(canonical: string): Pick<PersonInfo, 'gender' | 'roles'> | null {
  peopleByName ??= new Map((people as PersonData[]).map((p) => [p.name, p]));
  const p = peopleByName.get(canonical);
  if (!p) return null;
  return { gender: p.gender === 'm' || p.gender === 'f' ? p.gender : null, roles: (p.roles ?? []).map((r) => ({ title: r.title, country: r.country ?? null, from: r.from ?? null, to: r.to ?? null })) };
}
