// Which country a role is of (`the Iranian minister`, `South Korea's unification minister`, `Sata’s information
// minister`) and whom a person serves (the nationality words before the first mention, else the gazetteer's roles):
// what roles.ts asks before it gives a role to someone named nearby.

import type { Entity } from '../entities';
import { countryOfDemonym, demonymOf } from '../entities/load';
import { isPossessiveAt } from '../text/chars';
import { countryMentionWithin, countryOf, orgWithin } from './bodies';
import { type Context, findBefore, firstEntityWithin, fullName, knownPerson, type MentionTest, paragraphStartBefore, PERSON, type Resolution } from './context';
import { firstMentionOf } from './role-holders';

/**
 * The person `m` is known to serve countries, none of them `country`: by the gazetteer's roles, else by the
 * nationality words and places before the first mention (countriesBefore). False when `country` is empty or
 * nothing is known.
 */
export function servesAbroad(ctx: Context, m: Entity, country: string): boolean {
  if (country === '') return false;
  // A post of the UN or the EU says nothing of whose national one is (`The Swedish diplomat` is the UN's envoy).
  const roles = knownPerson(ctx, m.canonical)?.roles.filter(ofState) ?? [];
  if (roles.length > 0) return !roles.some((r) => r.country === country);
  const countries = countriesBefore(ctx, firstMentionOf(ctx, m));
  return countries.length > 0 && !countries.includes(country);
}
/** A role the gazetteer gives for a state, not for an international body. */
export const ofState = (r: { country: string | null }): boolean => r.country !== null && demonymOf(r.country) !== null;

/** The country a nationality word or a place inside a role names (`Iran` of `the Iranian minister`), or null. */
export function countryWithin(ctx: Context, start: number, end: number): string | null {
  const e = countryMentionWithin(ctx, start, end);
  return e === undefined ? null : countryOf(e);
}

/**
 * The country of a place named across the start of a role (`South Korea's unification minister`, whose cue begins
 * at `Korea's`), or null.
 */
export function countryAcross(ctx: Context, pos: number): string | null {
  const e = ctx.entities[ctx.entityStarts.firstAtOrAfter(pos) - 1];
  return e !== undefined && e.end > pos ? countryOf(e) : null;
}

/**
 * The country the gazetteer knows the owner of a role to serve (`Sata’s information minister` is Zambia's, for
 * President Michael Sata), when a person named between `start` and `end` takes a possessive; else null.
 */
export function ownersCountry(ctx: Context, start: number, end: number): string | null {
  const owner = firstEntityWithin(ctx, start, end, (e) => e.type === 'PERSON' && isPossessiveAt(ctx.text, e.end));
  return owner === undefined ? null : (knownPerson(ctx, owner.canonical)?.roles.find((r) => r.country !== null)?.country ?? null);
}

/** The country in the name of the organisation named between `start` and `end` (`Uzbekistan Foreign Ministry`). */
export function countryInOrg(ctx: Context, start: number, end: number): string | null {
  const org = orgWithin(ctx, start, end);
  for (const word of org === undefined ? [] : org.canonical.split(/\s+/)) {
    const country = demonymOf(word) !== null ? word : countryOfDemonym(word);
    if (country !== null) return country;
  }
  return null;
}

/**
 * The state named in the `of …` right after a role (`the head of the Ministry of Foreign Affairs` then ` of the
 * Kyrgyz Republic`), else null.
 */
export function countryOfAfter(ctx: Context, end: number): string | null {
  const of = OF_THE.exec(ctx.text.slice(end, end + 9));
  if (of === null) return null;
  const e = ctx.entities[ctx.entityStarts.firstAtOrAfter(end + of[0].length)];
  return e !== undefined && e.start === end + of[0].length && e.type === 'GPE' ? e.canonical : null;
}
const OF_THE = /^\s+of\s+(?:the\s+)?/;

/** `the American warned`: the person named last before `pos` (in the eight paragraphs before) who serves `country`. */
export function nationalOf(ctx: Context, country: string, pos: number): Resolution | null {
  const m = findBefore(ctx, pos, PERSON, paragraphStartBefore(ctx, pos, 8), servesCountry, '', country);
  return m === undefined ? null : { name: fullName(ctx, m), antecedent: m };
}
const servesCountry: MentionTest = (ctx, m, _noun, country) => serves(ctx, m, country);

/**
 * The person `m` serves `country`: a nationality word or the place is written just before the person's first
 * mention (`Iranian Foreign Minister Hossein Amir-Abdollahian`), or the gazetteer gives the person a role there.
 */
export function serves(ctx: Context, m: Entity, country: string): boolean {
  return countriesBefore(ctx, firstMentionOf(ctx, m)).includes(country) || (knownPerson(ctx, m.canonical)?.roles ?? []).some((r) => r.country === country);
}

/**
 * The countries the nationality words and places just before a mention name (up to 60 characters, in its
 * sentence, after any person named there), leaving out a place the person is posted to (`the US Ambassador to
 * Russia Jon Huntsman`).
 */
export function countriesBefore(ctx: Context, m: Entity): string[] {
  const out: string[] = [];
  const from = m.start - 60;
  for (let i = ctx.entityStarts.firstAtOrAfter(m.start) - 1; i >= 0 && ctx.entities[i].start >= from; i--) {
    const e = ctx.entities[i];
    if (e.end > m.start) continue;
    // Not past another person, nor into the sentence before (`… against Pyongyang.` then `Kwon Young-se urged`).
    if (e.type === 'PERSON' || SENTENCE_BREAK.test(ctx.text.slice(e.end, m.start))) break;
    const c = countryOf(e);
    if (c !== null && !POSTED_TO.test(ctx.text.slice(Math.max(0, e.start - 4), e.start))) out.push(c);
  }
  return out;
}
const SENTENCE_BREAK = /[.!?]["”’]?\s|\n/;
/** The words before a place a person is posted to: `to`, `in` (`Ambassador to Russia`, `envoy in Kabul`). */
const POSTED_TO = /\b(?:to|in)\s$/;
