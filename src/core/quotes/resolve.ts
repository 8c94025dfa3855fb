// Resolves the subject of a reporting cue (`he`, `the minister`, `Lavrov`) to one canonical person or body.

import type { Entity } from '../entities';
import { countryOfDemonym, roleHolder } from '../entities/load';
import { WORD_CHAR, charClass, isSpaceCode } from '../text/chars';
import { anyMention, type Context, findBefore, fullName, isSubject, knownPerson, type MentionTest, paragraphStartBefore, PERSON, type Resolution } from './context';
import type { SubjectKind } from './cues';

const BODY_ROLE = /\b(ministry|department|government|kremlin|embassy|office|agency|council|committee|statement|white house|downing street|pentagon|elys[ée]e)\b/i;
/** Words that begin a capitalised subject but never name a speaker. */
const NOT_A_SPEAKER = /^(?:The|This|That|These|Those|It|There|Here|Some|Many|Most|Both|All|Officials?|Sources?|Critics|Analysts|Observers|Diplomats|Experts|Reports?|Media|Residents|Witnesses|Others|Members|Delegates|Delegations|Speakers|Participants|Ministers|Leaders|Lawmakers|Negotiators|Representatives|Parties|Countries|Several|Few)$/;
const TITLE_WORDS = /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Amb|Adm|Col|Lt|Sir|Dame|Lord|President|Prime|Minister|Foreign|Deputy|Secretary|General|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chancellor|King|Queen|Prince|Sheikh|Emir|Envoy|Special|Senator|Governor|Mayor|Chairman|Director|Vice|Defense|Defence|Chief|Premier|Supreme|Leader)\.?\s+)+/;

const BODIES = new Set(['ORG', 'GPE']);
const ORGS = new Set(['ORG']);

/** Given names ending in -a that are men's. */
const MALE_A = /^(?:Nikita|Ilya|Luca|Joshua|Mustafa|Musa|Attila|Andrea|Kosta|Sasha|Misha|Jiri|Isa|Yahya|Osama|Hamza|Idrissa|Moussa|Oumarou|Aliyu|Joshua|Elijah|Mahama|Nana|Ezra|Jonah)$/;

/** A guess from the name alone: Slavic surname endings and given names ending in -a. */
export function guessGender(name: string): 'm' | 'f' | null {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  if (/(?:ova|eva|ëva|yova|ina|aya|ska|cka|ská|ová)$/.test(last)) return 'f';
  if (/(?:ov|ev|in|sky|ski|cki|ský|enko|uk)$/.test(last) && words.length > 1) return 'm';
  const first = words[0];
  if (words.length > 1 && /a$/.test(first) && !MALE_A.test(first)) return 'f';
  return null;
}

function genderOf(ctx: Context, e: Entity): 'm' | 'f' | null {
  let own = ctx.facts.gender.get(e);
  if (own === undefined) ctx.facts.gender.set(e, (own = { gender: workOutGender(ctx, e), name: fullName(ctx, e) }));
  // Not remembered with the rest: a pronoun cue may show it later (see speakerGender). Looked up even when the
  // mention shows its gender: the short texts always show it, and a look-up they never reached would drop the
  // optimised resolvePronoun on the first long text with someone of unknown gender.
  const shown = ctx.facts.pronounGender.get(own.name);
  return own.gender ?? shown ?? null;
}

function workOutGender(ctx: Context, e: Entity): 'm' | 'f' | null {
  const known = knownPerson(ctx, e.canonical)?.gender;
  if (known) return known;
  // Someone the gazetteer does not know: a courtesy title before the name, or the name itself.
  const lead = ctx.text.slice(Math.max(0, e.start - 6), e.start);
  if (/\b(?:Mrs|Ms|Miss)\.?\s*$/.test(lead)) return 'f';
  if (/\bMr\.?\s*$/.test(lead)) return 'm';
  return guessGender(fullName(ctx, e));
}

/** A person of gender `g` (null: unknown) may be the one a pronoun of gender `want` (`m` or `f`) stands for. */
function compatible(g: 'm' | 'f' | null, want: string): boolean {
  // One comparison for both pronouns: a test of `she` that the short texts never reach would drop the optimised
  // resolvePronoun on the first long text that has one.
  return g === null || g === want;
}

/** A person whose gender may be `want` (see compatible). */
const ofGender: MentionTest = (ctx, m, want) => compatible(genderOf(ctx, m), want);
/** The same, the subject of its clause. */
const subjectOfGender: MentionTest = (ctx, m, want) => ofGender(ctx, m, want) && isSubject(ctx, m);
/** A mention of the person with this full name. */
const namedAs: MentionTest = (ctx, m, name) => fullName(ctx, m) === name;

function resolvePronoun(ctx: Context, pronoun: string, pos: number): Resolution | null {
  // The object forms of `I'll quote him` stand for the same people.
  const lower = pronoun.toLowerCase();
  const want = lower === 'he' || lower === 'him' ? 'm' : lower === 'she' || lower === 'her' ? 'f' : null;
  if (want === null) return null;
  const window = paragraphStartBefore(ctx, pos, 2);
  // The nearest person who is the subject of a clause nearby: `Nyok thanked the council… "We are ready," she said.`
  const subject = findBefore(ctx, pos, PERSON, window, subjectOfGender, want);
  // Else the last speaker, else the nearest person of the pronoun's gender. That one is looked for every time
  // (a short search: a few mentions back, with their genders remembered), since the short texts always find one
  // of the others, and a search they never made dropped the optimised resolvePronoun on the first big text.
  const nearest = findBefore(ctx, pos, PERSON, paragraphStartBefore(ctx, pos, 8), ofGender, want);
  const last = ctx.speakers[ctx.speakers.length - 1];
  if (!subject && last && last.at >= paragraphStartBefore(ctx, pos, 4) && compatible(last.gender, want)) {
    return { name: last.name, antecedent: findBefore(ctx, pos, PERSON, window, namedAs, last.name) ?? null };
  }
  const person = subject ?? nearest;
  return person ? { name: fullName(ctx, person), antecedent: person } : null;
}

/** True when the person is introduced with this role (`Foreign Minister Sergei Lavrov`, `Borrell, the EU's top diplomat`) or holds it. */
function holdsRole(ctx: Context, m: Entity, noun: string): boolean {
  return (
    introducedWith(ctx, m, noun) ||
    hasRoleWord(appositiveOf(ctx, m), noun) ||
    (knownPerson(ctx, m.canonical)?.roles ?? []).some((r) => hasRoleWord(r.title.toLowerCase(), noun)) ||
    introducedWith(ctx, firstMentionOf(ctx, m), noun)
  );
}

/**
 * True when the words just before the mention hold the role (`Ambassador Elitsa Dragomirova`), after the person
 * named before it: in `Secretary Blinken spoke with Foreign Minister Çavuşoğlu` the secretary is Blinken only.
 */
function introducedWith(ctx: Context, m: Entity, noun: string): boolean {
  let from = Math.max(0, m.start - 60);
  for (let i = ctx.entityStarts.firstAtOrAfter(m.start) - 1; i >= 0 && ctx.entities[i].end > from; i--) {
    if (ctx.entities[i].type === 'PERSON' && ctx.entities[i].end <= m.start) {
      from = ctx.entities[i].end;
      break;
    }
  }
  return hasRoleWord(ctx.text.slice(from, m.start).toLowerCase(), noun);
}

/**
 * The role word `noun` stands in the lower-case `words` as a word of its own: not inside another word, nor
 * joined to one by a hyphen (the Secretary-General is not the `Under-Secretary-General`, a minister not a
 * `prime-minister`'s deputy).
 */
export function hasRoleWord(words: string, noun: string): boolean {
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

/** The first mention in the text of the person `m` names: a later `Dragomirova` was introduced as `Ambassador Elitsa Dragomirova`. */
function firstMentionOf(ctx: Context, m: Entity): Entity {
  return ctx.firstMention.get(m.canonical) ?? m;
}


/**
 * The gender of a speaker: the gazetteer's, else the one a cue's pronoun showed (`he said`), which is then
 * remembered for the speaker's later mentions and for pronouns further on.
 */
export function speakerGender(ctx: Context, name: string, cueText: string): 'm' | 'f' | null {
  const known = knownPerson(ctx, name)?.gender ?? null;
  // Every step is taken for every speaker, and a speaker the gazetteer knows writes back what was remembered:
  // the short texts know all their speakers, and a step only an unknown one took dropped the optimised
  // attributeOne (which adds the speakers) on the first big text that had one.
  const shown = genderShownBy(cueText);
  const learnt = (known === null ? shown : null) ?? ctx.facts.pronounGender.get(name) ?? null;
  ctx.facts.pronounGender.set(name, learnt);
  return known ?? learnt;
}

/** A pronoun that opens or ends a cue (`he said`, `said she`). */
const PRONOUN_AT_EDGE = /^(he|she)\b|\b(he|she)$/i;

/** The gender of a pronoun that opens or ends a cue, if any. */
function genderShownBy(cueText: string): 'm' | 'f' | null {
  const m = PRONOUN_AT_EDGE.exec(cueText);
  if (m === null) return null;
  // Both groups read either way (see speakerGender).
  const opening = m[1];
  const ending = m[2];
  return (opening ?? ending).toLowerCase() === 'he' ? 'm' : 'f';
}

/** The words of an appositive after a mention (`the EU's top diplomat` of `Borrell, the EU's top diplomat.`), lower case. */
function appositiveOf(ctx: Context, m: Entity): string {
  // Only a comma right after the mention opens one: most mentions need no lowered copy of the words after them.
  if (ctx.text.charCodeAt(m.end) !== 0x2c) return '';
  const trail = ctx.text.slice(m.end, m.end + 80).toLowerCase();
  return /^,\s+([^,.;]*)/.exec(trail)?.[1] ?? '';
}

/** The first person mentioned at or after `pos` who starts before `limit`. */
function firstPersonAfter(ctx: Context, pos: number, limit: number): Entity | undefined {
  for (let i = ctx.mentionStarts.firstAtOrAfter(pos); i < ctx.mentions.length && ctx.mentions[i].start < limit; i++) {
    if (ctx.mentions[i].type === 'PERSON') return ctx.mentions[i];
  }
  return undefined;
}

/**
 * The last word of a role in lower case, without a possessive `'s` (`minister` of `the foreign minister's`):
 * `role.trim().split(/\s+/).pop().toLowerCase().replace(/['’]s$/, '')`, without the list of every word.
 */
export function roleNoun(role: string): string {
  let end = role.length;
  while (end > 0 && isSpaceCode(role.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(role.charCodeAt(start - 1))) start--;
  const noun = role.slice(start, end).toLowerCase().replace(/['’]s$/, '');
  // `the Secretary General` is the Secretary-General, not a general.
  return noun === 'general' && /secretary\s+general(?:['’]s)?\s*$/i.test(role) ? 'secretary-general' : noun;
}

/** `the Kremlin press service`, `the ministry's press office`: the words of a body, not of a person. */
const PRESS_SERVICE = /\bpress[\s-]+(?:service|office)\b/i;

/** The body whose press service speaks: named in the role (`the Kremlin press service`), else the last one named. */
function pressService(ctx: Context, role: string, pos: number): Resolution | null {
  const body = bodyWithin(ctx, pos, pos + role.length, '') ?? findBefore(ctx, pos, ORGS, paragraphStartBefore(ctx, pos, 8), anyMention, '');
  return body ? { name: body.canonical, antecedent: body } : null;
}

/** An organisation or place named between `start` and `end` whose name holds `head` (`ministry`). */
function bodyWithin(ctx: Context, start: number, end: number, head: string): Entity | undefined {
  for (let i = ctx.entityStarts.firstAtOrAfter(start); i < ctx.entities.length && ctx.entities[i].start < end; i++) {
    const e = ctx.entities[i];
    if (e.end <= end && BODIES.has(e.type) && e.text.toLowerCase().includes(head)) return e;
  }
  return undefined;
}

/** A body whose name holds `head` (in lower case). */
const namedWith: MentionTest = (_ctx, m, head) => m.text.toLowerCase().includes(head);
/** The subject of its clause, holding the role of `noun` (see holdsRole). */
const subjectHolding: MentionTest = (ctx, m, noun) => isSubject(ctx, m) && holdsRole(ctx, m, noun);
/** Between the role and the country of the tests below, which take both in one argument: `minister␀Iran`. */
const SEP = '\u0000';
/** Holding the role for the country of `roleAndCountry` (see serves). */
const serving: MentionTest = (ctx, m, roleAndCountry) => {
  const at = roleAndCountry.indexOf(SEP);
  return holdsRole(ctx, m, roleAndCountry.slice(0, at)) && serves(ctx, m, roleAndCountry.slice(at + 1));
};
/** The subject of its clause, holding the role for the country (see serving). */
const subjectServing: MentionTest = (ctx, m, roleAndCountry) => isSubject(ctx, m) && serving(ctx, m, roleAndCountry);

function resolveRole(ctx: Context, role: string, pos: number): Resolution | null {
  if (PRESS_SERVICE.test(role)) return pressService(ctx, role, pos);
  if (BODY_ROLE.test(role) && !/spokes|minister|secretary|ambassador|envoy|diplomat/i.test(role)) {
    const head = BODY_ROLE.exec(role)![1].toLowerCase();
    // `The Russian Foreign Ministry said`: the body named in the role itself, else one named before.
    const body =
      bodyWithin(ctx, pos, pos + role.length, head) ??
      bodyNamedAfter(ctx, pos + role.length) ??
      findBefore(ctx, pos, BODIES, paragraphStartBefore(ctx, pos, 8), namedWith, head) ??
      // `the statement said`: the statement of the body named last, nearby.
      (head === 'statement' ? findBefore(ctx, pos, BODIES, paragraphStartBefore(ctx, pos, 2), anyMention, '') : undefined);
    return body ? { name: body.canonical, antecedent: body } : null;
  }
  const noun = roleNoun(role);
  const near = paragraphStartBefore(ctx, pos, 2);
  const recent = paragraphStartBefore(ctx, pos, 8);
  // `the Iranian minister` in a text about two ministers: only one who serves Iran holds that role.
  const country = countryWithin(ctx, pos, pos + role.length);
  // The subject of a clause nearby who holds the role, then anyone recent who does.
  const holding =
    country === null
      ? (findBefore(ctx, pos, PERSON, near, subjectHolding, noun) ?? findBefore(ctx, pos, PERSON, recent, holdsRole, noun))
      : (findBefore(ctx, pos, PERSON, near, subjectServing, `${noun}${SEP}${country}`) ?? findBefore(ctx, pos, PERSON, recent, serving, `${noun}${SEP}${country}`));
  if (holding) return { name: fullName(ctx, holding), antecedent: holding };
  // No one named holds it: the holder the gazetteer gives, named nowhere in the text.
  const holder = holderForSpeaker(ctx, noun, pos);
  if (holder !== null) return { name: holder, antecedent: null };
  const pick =
    findBefore(ctx, pos, PERSON, near, isSubject, '') ??
    findBefore(ctx, pos, PERSON, recent, anyMention, '') ??
    // A headline quoting `… says Bulgaria's envoy` before the envoy is named: the first person after it.
    firstPersonAfter(ctx, pos, pos + 3000);
  return pick ? { name: fullName(ctx, pick), antecedent: pick } : null;
}

/** `said a statement from the Russian Foreign Ministry`, `a statement by Iran`: the body named right after the role. */
const FROM_BODY = /^\s+(?:from|by|of|issued\s+by)\s+(?:the\s+)?/;
function bodyNamedAfter(ctx: Context, end: number): Entity | undefined {
  const m = FROM_BODY.exec(ctx.text.slice(end, end + 24));
  if (m === null) return undefined;
  const at = end + m[0].length;
  const i = ctx.entityStarts.firstAtOrAfter(at);
  const e = i < ctx.entities.length ? ctx.entities[i] : undefined;
  return e !== undefined && e.start === at && BODIES.has(e.type) ? e : undefined;
}

/** The country a nationality word or a place inside a role names (`Iran` of `the Iranian minister`), or null. */
function countryWithin(ctx: Context, start: number, end: number): string | null {
  for (let i = ctx.entityStarts.firstAtOrAfter(start); i < ctx.entities.length && ctx.entities[i].start < end; i++) {
    const e = ctx.entities[i];
    if (e.type === 'GPE' || e.type === 'NORP') return countryOf(e);
  }
  return null;
}

/** The country a place (GPE) is, or a nationality word (NORP) names; null for other mentions. */
function countryOf(e: Entity): string | null {
  return e.type === 'GPE' ? e.canonical : e.type === 'NORP' ? countryOfDemonym(e.canonical) : null;
}

/**
 * The person `m` serves `country`: a nationality word or the place is written just before the person's first
 * mention (`Iranian Foreign Minister Hossein Amir-Abdollahian`), or the gazetteer gives the person a role there.
 */
function serves(ctx: Context, m: Entity, country: string): boolean {
  const first = firstMentionOf(ctx, m);
  for (let i = ctx.entityStarts.firstAtOrAfter(first.start - 60); i < ctx.entities.length && ctx.entities[i].start < first.start; i++) {
    if (countryOf(ctx.entities[i]) === country) return true;
  }
  return (knownPerson(ctx, m.canonical)?.roles ?? []).some((r) => r.country === country);
}

/**
 * `As the President said` in a briefing by a State Department spokesman: no one named nearby holds the title, so
 * it is whoever held it in the country the turn's speaker served in the article's year (roleHolder).
 */
function holderForSpeaker(ctx: Context, noun: string, pos: number): string | null {
  if (ctx.year === null) return null;
  const speaker = ctx.turnSpeakerAt(pos);
  if (speaker === null) return null;
  // A label gives the surname (`MR. PRICE:`): the full name is the one the text gave for it.
  return roleHolder(noun, /\s/.test(speaker) ? speaker : (ctx.fullBySurname.get(speaker) ?? speaker), ctx.year);
}

function resolveName(ctx: Context, subjectText: string, start: number, end: number): Resolution | null {
  let person: Entity | undefined;
  let body: Entity | undefined;
  for (let i = ctx.entityStarts.firstAtOrAfter(start - 200); i < ctx.entities.length && ctx.entities[i].start < end; i++) {
    const e = ctx.entities[i];
    if (e.end <= start) continue;
    if (e.type === 'PERSON') person = e;
    else if ((e.type === 'ORG' || e.type === 'GPE') && !body) body = e;
  }
  // `said U.S. Secretary of State John Kerry`: the cue's name stops at `of`, and the person follows the title.
  person ??= personAfterTitle(ctx, end, subjectText);
  if (person) return { name: fullName(ctx, person), antecedent: null };
  if (body) return { name: body.canonical, antecedent: null };
  const words = subjectText.replace(/^The\s+/, '').replace(TITLE_WORDS, '').trim();
  if (words === '' || NOT_A_SPEAKER.test(words.split(/\s+/)[0])) return null;
  // A surname of someone named earlier in full, else the name as written (someone no list knows).
  const full = ctx.fullBySurname.get(words);
  if (full) return { name: full, antecedent: null };
  return words.split(/\s+/).length <= 4 ? { name: words, antecedent: null } : null;
}

/** What may stand between a title that a cue's subject ends in and the name: the rest of the title. */
const TITLE_REST = /^\s+(?:(?:of|for)\s+)?(?:(?:the|and)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** The rest of a title runs a few words at most. */
const TITLE_REST_MAX = 40;

/** The person named right after a subject that ends in a title word (`Secretary` of `U.S. Secretary`), if any. */
function personAfterTitle(ctx: Context, end: number, subjectText: string): Entity | undefined {
  const last = subjectText.slice(subjectText.trimEnd().lastIndexOf(' ') + 1);
  if (!TITLE_WORDS.test(last + ' ')) return undefined;
  for (let i = ctx.entityStarts.firstAtOrAfter(end); i < ctx.entities.length; i++) {
    const e = ctx.entities[i];
    if (e.start - end > TITLE_REST_MAX) return undefined;
    if (e.type === 'PERSON') return TITLE_REST.test(ctx.text.slice(end, e.start)) ? e : undefined;
  }
  return undefined;
}

/** The resolver of each kind of subject (see resolveSubject). */
const RESOLVERS: Readonly<Record<SubjectKind, (ctx: Context, text: string, start: number, end: number) => Resolution | null>> = {
  pronoun: resolvePronoun,
  role: resolveRole,
  name: resolveName,
};

/** The person or body a cue's subject (`kind`, its `text` from `start` to `end`) stands for. */
export function resolveSubject(ctx: Context, kind: SubjectKind, text: string, start: number, end: number): Resolution | null {
  // One call for every kind rather than a call per kind: any text calls two resolvers here, so the call stays
  // generic, where a call of its own that the short texts never make (a name no entity covers) would drop the
  // optimised attribution on the first long text that makes it.
  return RESOLVERS[kind](ctx, text, start, end);
}