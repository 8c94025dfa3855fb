// Whether a person named in the text holds a role: the words that introduce them (`Foreign Minister Sergei
// Lavrov`), a role in apposition (`Borrell, the EU's top diplomat`), an earlier mention's, or the gazetteer's
// roles; and the spokesperson named for a body. What resolveRole (roles.ts) asks of each person it looks at.

import type { Entity } from '../entities';
import { WORD_CHAR, charClass } from '../text/chars';
import { ABBREVIATED_ROLES } from './cue-words';
import { heldIn } from '../entities/load';
import { type Context, findBefore, firstEntityWithin, fullName, knownPerson, type MentionTest, paragraphStartBefore, PERSON } from './context';

/** True when the person is introduced with this role (`Foreign Minister Sergei Lavrov`, `Borrell, the EU's top diplomat`) or holds it. */
export function holdsRole(ctx: Context, m: Entity, noun: string): boolean {
  return (
    introducedWith(ctx, m, noun) ||
    hasRoleWord(appositiveOf(ctx, m), noun) ||
    rolesThen(ctx, m).some((r) => hasRoleWord(r.title.toLowerCase(), noun)) ||
    introducedWith(ctx, firstMentionOf(ctx, m), noun) ||
    introducedEarlier(ctx, m, noun)
  );
}

/**
 * The text introduces the person with the role (holdsRole without the gazetteer's roles, which hold no dates: S.
 * Jaishankar was India's foreign secretary before he was its foreign minister).
 */
export const introducedAs: MentionTest = (ctx, m, noun) => introducedWith(ctx, m, noun) || introducedWith(ctx, firstMentionOf(ctx, m), noun) || introducedEarlier(ctx, m, noun);

/** How many mentions before a person's the search for an earlier one with the role goes back. */
const EARLIER_MENTIONS = 40;

/**
 * An earlier mention of the same person, not the first, holds the role (`Malcorra admits …` in the headline, then
 * `Foreign minister Susana Malcorra admitted …`).
 */
function introducedEarlier(ctx: Context, m: Entity, noun: string): boolean {
  const name = fullName(ctx, m);
  const at = ctx.mentionStarts.firstAtOrAfter(m.start);
  for (let i = at - 1; i >= Math.max(0, at - EARLIER_MENTIONS); i--) {
    const e = ctx.mentions[i];
    if (e.type === 'PERSON' && e !== m && fullName(ctx, e) === name && introducedWith(ctx, e, noun)) return true;
  }
  return false;
}

/**
 * True when the words just before the mention hold the role (`Ambassador Elitsa Dragomirova`), after the person
 * named before it: in `Secretary Blinken spoke with Foreign Minister Çavuşoğlu` the secretary is Blinken only.
 */
function introducedWith(ctx: Context, m: Entity, noun: string): boolean {
  const words = wordsBefore(ctx, m);
  // The role word of a clause before the name is not the name's (`the minister said he has not met with Karis`).
  return hasRoleWord(words, noun) && !CLAUSE_AFTER_ROLE.test(words.slice(roleWordEnd(words, noun)));
}

/**
 * The words before a mention, in lower case, back to the person named before it or ROLE_REACH. Remembered per
 * mention: the resolvers ask about the same people for one quotation after another.
 */
function wordsBefore(ctx: Context, m: Entity): string {
  let words = ctx.facts.wordsBefore.get(m);
  if (words === undefined) ctx.facts.wordsBefore.set(m, (words = workOutWordsBefore(ctx, m)));
  return words;
}

function workOutWordsBefore(ctx: Context, m: Entity): string {
  let from = Math.max(0, m.start - ROLE_REACH);
  for (let i = ctx.entityStarts.firstAtOrAfter(m.start) - 1; i >= 0 && ctx.entities[i].end > from; i--) {
    if (ctx.entities[i].type === 'PERSON' && ctx.entities[i].end <= m.start) {
      from = ctx.entities[i].end;
      break;
    }
  }
  return ctx.text.slice(from, m.start).toLowerCase();
}

/** Introduced with the portfolio's title, or holding it in the gazetteer. */
export const holdsPortfolio: MentionTest = (ctx, m, abbreviation) => {
  const portfolio = ABBREVIATED_ROLES.get(abbreviation)?.portfolio;
  return portfolio != null && (portfolio.test(wordsBefore(ctx, m)) || portfolio.test(wordsBefore(ctx, firstMentionOf(ctx, m))) || rolesThen(ctx, m).some((r) => portfolio.test(r.title.toLowerCase())));
};

type Role = NonNullable<ReturnType<typeof knownPerson>>['roles'][number];

/**
 * The gazetteer's roles of the person that the article's time allows: those held in the dateline's year (Putin,
 * president in 2024, is not `the minister` he was in 2010); with no year, all of them, as an article without a
 * dateline may be of any year.
 */
function rolesThen(ctx: Context, m: Entity): readonly Role[] {
  const roles = knownPerson(ctx, m.canonical)?.roles ?? [];
  const year = ctx.year;
  return year === null ? roles : roles.filter((r) => heldIn(r, year));
}

/** Where the last of the words that name the role `noun` ends in `words` (`spokesman` for a spokesperson). */
function roleWordEnd(words: string, noun: string): number {
  let end = 0;
  for (const n of SAME_ROLE.get(noun) ?? [noun]) {
    const at = words.lastIndexOf(n);
    if (at >= 0) end = Math.max(end, at + n.length);
  }
  return end;
}
/**
 * How far before a name its role may begin: a title with its body between (`The Secretary General of the
 * Organization of American States (OAS), José Miguel Insulza` is 68 characters).
 */
const ROLE_REACH = 100;
/** Words of a clause, which no title runs on into before its name. */
const CLAUSE_AFTER_ROLE =
  /(?<![\p{L}])(?:said|says|told|met|meets|has|have|had|is|was|were|are|will|would|not|he|she|they|who|which|that|with|after|when|while|urged|urges|called|calls|asked|asks|denounced|denounces|slammed|slams|warned|warns|accused|accuses|praised|praises|welcomed|welcomes|rejected|rejects|criticised|criticized|criticises|criticizes|demanded|demands|hailed|hails)(?![\p{L}])/u;

/**
 * The role word `noun` stands in the lower-case `words` as a word of its own: not inside another word, nor
 * joined to one by a hyphen (the Secretary-General is not the `Under-Secretary-General`, a minister not a
 * `prime-minister`'s deputy).
 */
export function hasRoleWord(words: string, noun: string): boolean {
  const same = SAME_ROLE.get(noun);
  return same === undefined ? hasWord(words, noun) : same.some((n) => hasWord(words, n));
}

/** Role words that name the same role: a spokesperson is introduced as a spokesman or a spokeswoman. */
const SPOKES = ['spokesperson', 'spokesman', 'spokeswoman'];
const SAME_ROLE: ReadonlyMap<string, readonly string[]> = new Map([
  ...SPOKES.map((n): [string, readonly string[]] => [n, SPOKES]),
  // `NATO Secretary General Jens Stoltenberg`.
  ['secretary-general', ['secretary-general', 'secretary general']],
  // `the premier` after `Qatar’s prime minister`, or one the gazetteer has as Prime Minister.
  ['premier', ['premier', 'prime minister']],
]);

/** `noun` stands in `words` as a word of its own (see hasRoleWord). */
function hasWord(words: string, noun: string): boolean {
  for (let at = words.indexOf(noun); at >= 0; at = words.indexOf(noun, at + 1)) {
    const before = at > 0 ? words.charCodeAt(at - 1) : 32;
    const after = at + noun.length < words.length ? words.charCodeAt(at + noun.length) : 32;
    if (!joinsWord(before) && !joinsWord(after)) return true;
  }
  return false;
}

/** A letter, a digit or a hyphen: what joins a role word to another. */
function joinsWord(c: number): boolean {
  return c === 45 || (charClass(c) & WORD_CHAR) !== 0;
}

/**
 * The spokesperson the text has named for a body (`European Commission spokesman Peter Stano said`), within the
 * last eight paragraphs: whom `a European Commission spokesman concluded` names again.
 */
export function namedSpokesperson(ctx: Context, body: Entity, pos: number): Entity | undefined {
  return findBefore(ctx, pos, PERSON, paragraphStartBefore(ctx, pos, 8), speaksFor, 'spokesperson', body.canonical);
}

/**
 * Introduced as a spokesperson, with the body named `body` among the words of the role, before the name or in
 * apposition after it (`spokesman Aibek Smadiyarov, Spokesman of the Foreign Ministry`).
 */
const speaksFor: MentionTest = (ctx, m, noun, body) => {
  const first = firstMentionOf(ctx, m);
  const ofBody = (e: Entity): boolean => e.type === 'ORG' && e.canonical === body;
  return (
    (introducedWith(ctx, first, noun) && firstEntityWithin(ctx, Math.max(0, first.start - ROLE_REACH), first.start, (e) => e.end <= first.start && ofBody(e)) !== undefined) ||
    (hasRoleWord(appositiveOf(ctx, first), noun) && firstEntityWithin(ctx, first.end, first.end + APPOSITIVE_REACH, ofBody) !== undefined)
  );
};
/** How far after a name the body of its role in apposition may be named. */
const APPOSITIVE_REACH = 80;

/** The first mention in the text of the person `m` names: a later `Dragomirova` was introduced as `Ambassador Elitsa Dragomirova`. */
export function firstMentionOf(ctx: Context, m: Entity): Entity {
  return ctx.firstMention.get(m.canonical) ?? m;
}

/** The words of an appositive after a mention (`the EU's top diplomat` of `Borrell, the EU's top diplomat.`), lower case. */
function appositiveOf(ctx: Context, m: Entity): string {
  // Only a comma right after the mention opens one: most mentions need no lowered copy of the words after them.
  if (ctx.text.charCodeAt(m.end) !== 0x2c) return '';
  const trail = ctx.text.slice(m.end, m.end + 80).toLowerCase();
  // Not the one the role serves (`Femi Adesina, the Special Adviser to the President`: no president).
  return (/^,\s+([^,.;]*)/.exec(trail)?.[1] ?? '').replace(SERVES_WHOM, '');
}
/** What a role in apposition is to or for, from its preposition on. */
const SERVES_WHOM = /\s(?:to|for)\s.*$/;
