// What the subject resolvers know of a text (Context) and the look-ups they share: the search back through its
// mentions (findBefore) and the mention tests common to them, a person's full name, what the gazetteer knows of a
// person, and the tables the context is made of. Whether a mention is the subject of its clause is clause-subject.ts.

import type { Entity } from '../entities';
import { gazetteer, personInfo } from '../entities/load';
import type { Span } from '../text';
import { guessGender } from './gender-guess';
import type { SortedOffsets } from './offsets';

/** What a cue's subject resolves to: a canonical name, and the mention it was found as (null when none). */
export interface Resolution {
  name: string;
  antecedent: Entity | null;
}

/** What the resolver knows of the text: its entities outside quotations, and who has spoken so far. */
export interface Context {
  text: string;
  /** Entities outside quotations, sorted by start. */
  mentions: Entity[];
  /** Every entity, sorted by start. */
  entities: readonly Entity[];
  /**
   * The first of `mentions` of each person, by canonical name (firstMentions). Made with the context, not when
   * first asked for: made on asking, it was made too rarely for the engine to have recorded how by the first big
   * text, whose first asking then dropped the optimised holdsRole.
   */
  firstMention: ReadonlyMap<string, Entity>;
  /** The starts of `mentions` and of `entities` (startsOf), for searches that stay in one small array. */
  mentionStarts: SortedOffsets;
  entityStarts: SortedOffsets;
  /** Full canonical names of people by their surname: `Lindqvist` → `Thomas Lindqvist`. */
  fullBySurname: ReadonlyMap<string, string>;
  /**
   * Speakers found so far, in order, with the span of their attribution's evidence and their gender: `n` for a
   * body or a place (see speakerGender), which no `he` or `she` stands for.
   */
  speakers: { name: string; at: number; cueEnd: number; gender: 'm' | 'f' | 'n' | null }[];
  /**
   * The person a role's noun stood for the last time a cue named someone only by it (`Saudi Arabia's ambassador
   * to the United States has welcomed …` resolved to the prince named next), with the mention it went to, where
   * the cue was and the country the role served: the next cue with that noun and country, within eight
   * paragraphs, may stand for the same holder (see resolveRole).
   */
  roleHolders: Map<string, { name: string; holder: Entity; at: number; country: string | null }>;
  /** The canonical names of the text's places, nationalities and bodies (see bodyNames). */
  bodies: ReadonlySet<string>;
  /** The text's paragraphs and their starts (startsOf), for paragraphStartBefore. */
  paragraphs: readonly Span[];
  paragraphStarts: SortedOffsets;
  /** What the gazetteer knows of each person asked about so far (see knownPerson). */
  people: Map<string, PersonInfo | null>;
  /** What has been worked out about mentions of this text already (see newMentionFacts). */
  facts: MentionFacts;
  /** The year of the article's dateline, for who held a title then (see roleHolder). */
  year: number | null;
  /** The speaker of the transcript turn holding `pos`, if any. */
  turnSpeakerAt(pos: number): string | null;
}

/** Facts about a mention that depend only on it and the text, worked out once though asked for every quotation nearby. */
export interface MentionFacts {
  subject: Map<Entity, boolean>;
  /** The gender a mention shows by itself (see workOutGender), and the full name a pronoun cue may show it for. */
  gender: Map<Entity, { gender: 'm' | 'f' | null; name: string }>;
  /**
   * The gender a pronoun cue showed (`he said`) of speakers the gazetteer does not know, by name; null for a
   * speaker with none shown, or one the gazetteer knows.
   */
  pronounGender: Map<string, 'm' | 'f' | null>;
  /** The words before a mention that may hold its role, in lower case (see wordsBefore in role-holders.ts). */
  wordsBefore: Map<Entity, string>;
}

export function newMentionFacts(): MentionFacts {
  return { subject: new Map(), gender: new Map(), pronounGender: new Map(), wordsBefore: new Map() };
}

type PersonInfo = NonNullable<ReturnType<typeof personInfo>>;

/** personInfo, remembered per name: the gazetteer look-up builds a new record every time it is asked. */
export function knownPerson(ctx: Context, canonical: string): PersonInfo | null {
  let info = ctx.people.get(canonical);
  if (info === undefined) ctx.people.set(canonical, (info = personInfo(canonical)));
  return info;
}

/** A person's gender by full name: the gazetteer's, else what the given name suggests; null when neither says. */
export function nameGender(ctx: Context, name: string): 'm' | 'f' | null {
  return knownPerson(ctx, name)?.gender ?? guessGender(name);
}

/** The last speaker so far, if they spoke in this paragraph or the `k - 1` before `pos` (by default, the one before). */
export function recentSpeaker(ctx: Context, pos: number, k = 2): Context['speakers'][number] | undefined {
  const last = ctx.speakers[ctx.speakers.length - 1];
  return last === undefined || last.at < paragraphStartBefore(ctx, pos, k) ? undefined : last;
}

/**
 * Start offset of the paragraph `k` paragraphs before the one holding `pos` (the first paragraph's when there
 * are fewer; 0 when there are none). A function of the context rather than a closure made per text: a call
 * site that met one text's closure would drop its optimised code on meeting the next text's.
 */
export function paragraphStartBefore(ctx: Context, pos: number, k: number): number {
  const at = ctx.paragraphStarts.lastAtOrBefore(pos);
  return ctx.paragraphs[Math.max(0, at - k)]?.start ?? 0;
}

/**
 * The starts of spans, copied into one typed array: a binary search over many entities then reads numbers lying
 * together instead of an entity object (somewhere in the heap) at every step.
 */
export function startsOf(spans: readonly { start: number }[]): Float64Array {
  const out = new Float64Array(spans.length);
  for (let i = 0; i < spans.length; i++) out[i] = spans[i].start;
  return out;
}

/** The ends of spans, copied into one typed array (as startsOf). */
export function endsOf(spans: readonly { end: number }[]): Float64Array {
  const out = new Float64Array(spans.length);
  for (let i = 0; i < spans.length; i++) out[i] = spans[i].end;
  return out;
}

/**
 * The nearest mention of the given types before `pos` and from `from` on that `pred` accepts, asked with `arg`
 * and `arg2` (a second argument, '' for the tests that take one or none).
 * The tests are functions of the module given what they need, not closures: the resolvers search several times
 * for every cue, and closures made for each search were most of the garbage they left.
 */
export function findBefore(ctx: Context, pos: number, types: ReadonlySet<string>, from: number, pred: MentionTest, arg: string, arg2: string): Entity | undefined {
  for (let i = ctx.mentionStarts.firstAtOrAfter(pos) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start < from) return undefined;
    if (types.has(m.type) && pred(ctx, m, arg, arg2)) return m;
  }
  return undefined;
}

/** findBefore the other way: the first mention from `pos` on, starting before `to`, of the types, that passes `pred`. */
export function findAfter(ctx: Context, pos: number, types: ReadonlySet<string>, to: number, pred: MentionTest, arg: string, arg2: string): Entity | undefined {
  for (let i = ctx.mentionStarts.firstAtOrAfter(pos); i < ctx.mentions.length && ctx.mentions[i].start < to; i++) {
    const m = ctx.mentions[i];
    if (types.has(m.type) && pred(ctx, m, arg, arg2)) return m;
  }
  return undefined;
}

/**
 * The first person named after `from`, within `max` code units, when only the rest of a title stands between:
 * white space, then capitalised words and the words that join them (`… Secretary` then `of State John Kerry`,
 * `Adviser to the Prime Minister and Official Spokesperson for the Ministry of Foreign Affairs Dr Majed al-Ansari`).
 */
export function personAfterTitleWords(ctx: Context, from: number, max: number): Entity | undefined {
  for (let i = ctx.entityStarts.firstAtOrAfter(from); i < ctx.entities.length; i++) {
    const e = ctx.entities[i];
    if (e.start - from > max) return undefined;
    if (e.type === 'PERSON') return TITLE_REST.test(ctx.text.slice(from, e.start)) ? e : undefined;
  }
  return undefined;
}
/** What may stand between a title's first words and the name (see personAfterTitleWords). */
const TITLE_REST = /^\s+(?:(?:of|for|to|the|and)\s+|\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** A test of a mention in findBefore and findAfter. */
export type MentionTest = (ctx: Context, m: Entity, arg: string, arg2: string) => boolean;

export const anyMention: MentionTest = () => true;

export const PERSON = new Set(['PERSON']);
/** Organisations only. */
export const ORGS: ReadonlySet<string> = new Set(['ORG']);
/** The types of a body that speaks: an organisation, or a state for its government. */
export const BODIES: ReadonlySet<string> = new Set(['ORG', 'GPE']);

/** The first entity that starts between `start` and `end` and passes `test`. */
export function firstEntityWithin(ctx: Context, start: number, end: number, test: (e: Entity) => boolean): Entity | undefined {
  for (let i = ctx.entityStarts.firstAtOrAfter(start); i < ctx.entities.length && ctx.entities[i].start < end; i++) {
    if (test(ctx.entities[i])) return ctx.entities[i];
  }
  return undefined;
}

/** A person's mention (see firstEntityWithin). */
export const isPerson = (e: Entity): boolean => e.type === 'PERSON';

/** The canonical name of a person, preferring the full name when a mention gave only a surname. */
export function fullName(ctx: Context, e: Entity): string {
  if (/\s/.test(e.canonical)) return e.canonical;
  // After `Sheikh` the word is a given name (`Prime Minister Sheikh Mohammed`), not the surname of Amina Mohammed.
  return ctx.fullBySurname.get(e.canonical) ?? (GIVEN_NAME_NEXT.test(ctx.text.slice(Math.max(0, e.start - 8), e.start)) ? undefined : onlyPersonWithSurname(e.canonical)) ?? e.canonical;
}
/** An honorific before a given name (`Sheikh`, `Sheikha`), at the end of the words before a name. */
const GIVEN_NAME_NEXT = /\bSheikha?\s+$/;

/** The one person of the gazetteer with this surname (`Blinken` of `Secretary Blinken`), if there is exactly one. */
function onlyPersonWithSurname(surname: string): string | undefined {
  const people = gazetteer().bySurname.get(surname);
  return people?.length === 1 ? people[0].canonical : undefined;
}

/** Full names of the people of a text by surname, then by first word (the first full name wins). */
export function surnameIndex(entities: readonly Entity[]): Map<string, string> {
  const out = new Map<string, string>();
  const firstWords = new Map<string, string>();
  // A name met again adds nothing (its surname is already in), so each name is split once.
  const seen = new Set<string>();
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.type !== 'PERSON' || seen.has(e.canonical)) continue;
    seen.add(e.canonical);
    if (!/\s/.test(e.canonical)) continue;
    const words = e.canonical.split(/\s+/);
    const surname = words[words.length - 1];
    if (!out.has(surname)) out.set(surname, e.canonical);
    if (!firstWords.has(words[0])) firstWords.set(words[0], e.canonical);
  }
  // A name's first word stands for it too, where it is no one's surname: the given name of `PM Imran` (Imran
  // Khan), the family name that opens `Wang Yi`.
  for (const [word, name] of firstWords) if (!out.has(word)) out.set(word, name);
  return out;
}

/** The first mention of each person, by canonical name: a loop over the whole text of its own (see attributeEach). */
export function firstMentions(mentions: readonly Entity[]): Map<string, Entity> {
  const first = new Map<string, Entity>();
  for (let i = 0; i < mentions.length; i++) {
    const e = mentions[i];
    if (e.type === 'PERSON' && !first.has(e.canonical)) first.set(e.canonical, e);
  }
  return first;
}

/** The canonical names of the places, nationalities and bodies among the entities. */
export function bodyNames(entities: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) if (e.type === 'GPE' || e.type === 'ORG' || e.type === 'NORP' || e.type === 'LOC') out.add(e.canonical);
  return out;
}
