// Resolves a role that names a body (`the Russian Foreign Ministry`, `the ministry`, `the Kremlin press service`,
// `the statement`, `the Nigerian government`) to the organisation or country that speaks: named in the role, right
// after it or before it, the issuer of a document, or a country's body written in lower case.

import type { Entity } from '../entities';
import { countryOfCapital, countryOfDemonym, demonymOf } from '../entities/load';
import { BODY_HEADS, DOCUMENTS } from './cue-words';
import { issuerBefore, issuerOfAnyDocumentBefore, lastSpeakerByDocument } from './issuers';
import { anyMention, BODIES, type Context, ORGS, findBefore, firstEntityWithin, fullName, knownPerson, type MentionTest, paragraphStartBefore, personAfterTitleWords, recentSpeaker, type Resolution } from './context';
import { isSubject } from './clause-subject';

/** A foreign ministry's words: `foreign`, or `external affairs` as South Asia has it. */
const FOREIGN_WORDS = 'foreign|external\\s+affairs';

/** The head word of a role that names a body, not a person (`ministry`, `Kremlin`, `statement`). */
export const BODY_ROLE = new RegExp(`(?<![\\p{L}\\p{N}_])(${[...BODY_HEADS, ...DOCUMENTS].join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
/** The heads of BODY_ROLE that name a document (`the statement said`): it speaks for an organisation named before. */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set(DOCUMENTS);

/** `the Kremlin press service`, `the ministry's press office`: the words of a body, not of a person. */
export const PRESS_SERVICE = /\bpress[\s-]+(?:service|office)\b/i;

/** The body whose press service speaks: named in the role (`the Kremlin press service`), else the last one named. */
export function pressService(ctx: Context, role: string, pos: number): Resolution | null {
  const body = bodyWithin(ctx, pos, pos + role.length, '');
  if (body) return { name: body.canonical, antecedent: body };
  // `the Russian presidential press service`: the country's presidency, not a body named in the quotation before.
  const presidency = PRESIDENTIAL.test(role) ? countrysBody(ctx, role, pos, 'presidency') : null;
  if (presidency !== null) return { name: presidency, antecedent: null };
  const before = findBefore(ctx, pos, ORGS, paragraphStartBefore(ctx, pos, 8), anyMention, '', '');
  return before ? { name: before.canonical, antecedent: before } : null;
}
const PRESIDENTIAL = /\bpresidential\b/i;

/** An organisation or place named between `start` and `end` whose name holds `head` (`ministry`). */
function bodyWithin(ctx: Context, start: number, end: number, head: string): Entity | undefined {
  return (
    firstEntityWithin(ctx, start, end, (e) => e.end <= end && BODIES.has(e.type) && e.text.toLowerCase().includes(head)) ??
    // `the ISNA news agency`: an organisation whose name the role's head word follows.
    firstEntityWithin(ctx, start, end, (e) => e.end <= end && e.type === 'ORG' && ctx.text.slice(e.end, end).toLowerCase().replace(BEFORE_HEAD, '') === head)
  );
}
/** White space, and words that may stand between an organisation's name and the head word of its role (`news`). */
const BEFORE_HEAD = /^\s+(?:(?:news|press|state|official)\s+)?/;

/** A body whose name holds `head` (in lower case). */
const namedWith: MentionTest = (_ctx, m, head) => m.text.toLowerCase().includes(head);

/**
 * The body a role names or stands for (`the Russian Foreign Ministry`, `the ministry`, `the statement`): named in
 * the role itself, right after it, or before it.
 */
export function bodyOfRole(ctx: Context, role: string, pos: number, head: string): Resolution | null {
  // `The Russian Foreign Ministry said`: the body named in the role itself, else one named before.
  const body =
    bodyWithin(ctx, pos, pos + role.length, head) ??
    bodyNamedAfter(ctx, pos + role.length);
  if (body) return { name: body.canonical, antecedent: body };
  // `reads the joint statement … by the High Representative of the European Union Josep Borrell`: its author.
  const author = DOCUMENT_HEADS.has(head) ? authorNamedAfter(ctx, pos + role.length) : undefined;
  if (author) return { name: fullName(ctx, author), antecedent: author };
  // `a statement from the Costa Rican government reads`, `the MoFA statement said`: the issuer the role names.
  const issuer = DOCUMENT_HEADS.has(head) ? issuerInRole(ctx, role, pos) : null;
  if (issuer !== null) return issuer;
  // `Mexico's foreign ministry said`, `the Nigerian government`: a body of the country the role names, in lower case.
  const countrys = countrysBody(ctx, role, pos, head);
  if (countrys !== null) return { name: countrys, antecedent: null };
  // `In a press release, the foreign ministry said …` before `read the press release`: the body that gave it out.
  const introducer = DOCUMENT_HEADS.has(head) ? introducedBy(ctx, pos, head) : null;
  if (introducer !== null) return introducer;
  const named =
    findBefore(ctx, pos, BODIES, paragraphStartBefore(ctx, pos, 8), namedWith, head, '') ??
    // `the statement said`: the issuer of a statement named before (`said a UNSC press statement`), else of another
    // document named before (`Today's official press release from AU recalled …`).
    (DOCUMENT_HEADS.has(head) ? (issuerBefore(ctx, pos, head) ?? issuerOfAnyDocumentBefore(ctx, pos, head)) : undefined);
  if (named) return { name: named.canonical, antecedent: named };
  // `The statement called on …` after `The council urged …`: the statement of the body that spoke last, nearby,
  // rather than an organisation merely named since (the militia the statement condemns).
  const isStatement = STATEMENT.test(role);
  const bodySpoke = isStatement ? recentSpeaker(ctx, pos) : undefined;
  if (bodySpoke !== undefined && bodySpoke.gender === 'n') return { name: bodySpoke.name, antecedent: null };
  // `the statement said` after `…,” the statement reads in part.` and a paragraph of news: the same statement's.
  const sameDocument = isStatement ? lastSpeakerByDocument(ctx, pos, head) : null;
  if (sameDocument !== null) return { name: sameDocument, antecedent: null };
  const before =
    // A document no issuer is named for, `the pan-African body`, `the regional bloc`: the organisation named last,
    // nearby (a place named there is more often where a document was issued than who issued it).
    DOCUMENT_HEADS.has(head) || GENERIC_BODY_HEADS.has(head) ? lastOrganisation(ctx, pos) : undefined;
  if (before) return { name: before.canonical, antecedent: before };
  // `the ministry said` after `the Mexican foreign ministry said`: a body that spoke recently, written in lower case.
  const spoke =
    lastSpeakerNamedWith(ctx, pos, head) ??
    countrysBodyBefore(ctx, pos, head) ??
    ministryOfForeignMinister(ctx, role, pos, head) ??
    ministryOfActingCountry(ctx, role, pos, head) ??
    // `The statement pointed out …` after `Choe Son Hui … said on the 29th, “…”`: the statement of whoever spoke
    // last, in this paragraph or the one before (not `a report` or `the report`, which are others').
    (isStatement ? (recentSpeaker(ctx, pos)?.name ?? null) : null);
  return spoke === null ? null : { name: spoke, antecedent: null };
}

/**
 * The body that an earlier sentence says spoke in a document of this kind, within the last eight paragraphs: `In a
 * press release, the foreign ministry said` (a role, resolved as any), `In a statement, the Iraqi Foreign Ministry
 * said` (a name). Null when no such sentence is there.
 */
function introducedBy(ctx: Context, pos: number, head: string): Resolution | null {
  const from = paragraphStartBefore(ctx, pos, 8);
  const text = ctx.text;
  for (let at = text.lastIndexOf(head, pos - 1); at >= from; at = text.lastIndexOf(head, at - 1)) {
    const after = at + head.length;
    const m = INTRODUCING_BODY.exec(text.slice(after, after + 80));
    if (m === null) continue;
    const start = after + m[0].length - m[1].length - m[3].length;
    if (m[2] === undefined) {
      const end = start + m[1].length;
      const named = firstEntityWithin(ctx, start, end, (e) => BODIES.has(e.type) && e.end === end);
      if (named !== undefined) return { name: named.canonical, antecedent: named };
      continue;
    }
    const bodyHead = m[2].toLowerCase();
    if (!DOCUMENT_HEADS.has(bodyHead)) return bodyOfRole(ctx, m[1], start, bodyHead);
  }
  return null;
}
/**
 * After a document's head word: a comma, then the body that speaks (group 1: a role in lower case with its head
 * word, group 2; or capitalised words, a name), then its verb (group 3 with the space before it).
 */
const INTRODUCING_BODY =
  /^\s*,\s+((?:the|its)\s+(?:[\p{Ll}-]+\s+){0,2}(ministry|government|embassy|office|presidency|council|commission|department|authorities)|(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'’.-]*){0,6})(\s+(?:said|says|stated|states|announced|noted|added|stressed|declared))\b/u;

/** `the statement`, `this communiqué`, `the press release`, `the readout`: what someone who spoke issued. */
const STATEMENT = /^(?:the|this)\s+(?:[\p{L}-]+\s+)?(?:statement|communiqu[eé]|release|readout)$/iu;

/**
 * `the Algerian Foreign Minister Sabri Boukadoum summoned … , citing the foreign ministry`: a foreign ministry no
 * country is named for is that of the foreign minister named last, within the last eight paragraphs, by the
 * nationality word or place right before the title.
 */
function ministryOfForeignMinister(ctx: Context, role: string, pos: number, head: string): string | null {
  if (head !== 'ministry') return null;
  const from = paragraphStartBefore(ctx, pos, 8);
  // `the ministry said` after `the foreign ministry said` (a role no one spoke under, so no speaker to follow):
  // the ministry named last before it is the foreign one.
  if (!FOREIGN.test(role) && !lastMinistryIsForeign(ctx.text, from, pos)) return null;
  const at = ctx.text.lastIndexOf(FOREIGN_MINISTER, pos - 1);
  if (at < from) return null;
  for (let i = ctx.entityStarts.firstAtOrAfter(at) - 1; i >= 0 && ctx.entities[i].end >= at - 4; i--) {
    const e = ctx.entities[i];
    if ((e.type === 'GPE' || e.type === 'NORP') && MINISTER_GAP.test(ctx.text.slice(e.end, at))) return countrysBody(ctx, `${e.text} foreign ministry`, e.start, 'ministry');
  }
  // No country before the title (`Foreign Minister Chung Eui-yong`, as a country's own press writes it): the one
  // the gazetteer knows the minister named after it served as foreign minister.
  const after = at + FOREIGN_MINISTER.length;
  const minister = firstEntityWithin(ctx, after, after + 2, (e) => e.type === 'PERSON');
  const country = minister === undefined ? undefined : knownPerson(ctx, minister.canonical)?.roles.find((r) => r.title === FOREIGN_MINISTER)?.country;
  const demonym = country === undefined || country === null ? null : demonymOf(country);
  return demonym === null ? null : `${demonym} Foreign Ministry`;
}
const FOREIGN_MINISTER = 'Foreign Minister';

/**
 * `Saudi Arabia summoned Lebanon's ambassador …, the foreign ministry said.` then `"…," the ministry said`: a
 * foreign ministry no country is named for, in a paragraph that opens with a country as the subject of its verb,
 * is that country's. The paragraph is the one of the role when it names a foreign ministry, else the one of the
 * last foreign ministry named in lower case within the last eight paragraphs.
 */
function ministryOfActingCountry(ctx: Context, role: string, pos: number, head: string): string | null {
  if (head !== 'ministry') return null;
  let at = pos;
  if (!FOREIGN.test(role)) {
    const from = paragraphStartBefore(ctx, pos, 8);
    at = ctx.text.lastIndexOf(LOWER_FOREIGN_MINISTRY, pos - 1);
    if (at < from) return null;
  }
  const start = paragraphStartBefore(ctx, at, 0);
  const first = firstEntityWithin(ctx, start, start + 1, () => true);
  if (first === undefined || first.type !== 'GPE' || !VERB_AFTER_SUBJECT.test(ctx.text.slice(first.end, first.end + 20))) return null;
  // As written `Saudi Arabia's foreign ministry` (a capital stands for its state: `Beijing summoned …`).
  return countrysBody(ctx, `${first.text} foreign ministry`, first.start, 'ministry');
}
const LOWER_FOREIGN_MINISTRY = 'foreign ministry';
/** A verb in the past tense right after the subject: `summoned`, `has summoned`. */
const VERB_AFTER_SUBJECT = /^\s+(?:has\s+|had\s+)?\p{Ll}+ed\b/u;

/** The last `ministry` (or `Ministry`) between `from` and `pos` has a foreign ministry's words right before it. */
function lastMinistryIsForeign(text: string, from: number, pos: number): boolean {
  const at = text.lastIndexOf('inistry', pos - 1) - 1;
  return at >= from && FOREIGN_BEFORE.test(text.slice(Math.max(from, at - 20), at));
}
/** A foreign ministry's words right before `ministry`: `foreign `, `Foreign Affairs `, `external affairs `. */
const FOREIGN_BEFORE = new RegExp(`\\b(?:${FOREIGN_WORDS})(?:\\s+affairs)?\\s+$`, 'i');
/** Between a nationality word or place and the title: a space, perhaps after a possessive. */
const MINISTER_GAP = /^(?:['’]s)?\s$/;

/**
 * `the embassy said` after `The Chinese embassy, in a statement, said`: a country's body written in lower case
 * within the last eight paragraphs, its nationality word or place right before its head (see countrysBody).
 */
function countrysBodyBefore(ctx: Context, pos: number, head: string): string | null {
  const from = paragraphStartBefore(ctx, pos, 8);
  const text = ctx.text;
  for (let at = text.lastIndexOf(head, pos - 1); at >= from; at = text.lastIndexOf(head, at - 1)) {
    for (let i = ctx.entityStarts.firstAtOrAfter(at) - 1; i >= 0 && ctx.entities[i].end >= at - 30; i--) {
      const e = ctx.entities[i];
      if ((e.type === 'GPE' || e.type === 'NORP') && BODY_GAP.test(text.slice(e.end, at))) {
        const name = countrysBody(ctx, text.slice(e.start, at + head.length), e.start, head);
        if (name !== null) return name;
      }
    }
  }
  return null;
}
/** Between a nationality word or place and a body's head: a possessive, a word or two in lower case (`foreign`). */
const BODY_GAP = /^(?:['’]s)?(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+$/u;

/**
 * The organisation named last within two paragraphs (or `paragraphs`), one that is the subject of its clause first (`Cambodian
 * Ministry of Foreign Affairs … was surprised to learn that … had posted on its official Facebook page`).
 */
export function lastOrganisation(ctx: Context, pos: number, paragraphs = 2): Entity | undefined {
  const from = paragraphStartBefore(ctx, pos, paragraphs);
  return findBefore(ctx, pos, ORGS, from, subjectMention, '', '') ?? findBefore(ctx, pos, ORGS, from, anyMention, '', '');
}
/** A mention that is the subject of its clause. */
const subjectMention: MentionTest = (ctx, m) => isSubject(ctx, m);

/**
 * The issuer a document's role names: an organisation before its head word (`the MoFA statement`), or after
 * `from`, `by` or `of` an organisation or place (`a statement from the Kremlin`), else a country's body in lower
 * case (`a statement from the Costa Rican government`).
 */
function issuerInRole(ctx: Context, role: string, pos: number): Resolution | null {
  // `the MoFA statement`, `a UNSC press statement`: an organisation named before the document's head word.
  const head = BODY_ROLE.exec(role);
  const before = head === null ? undefined : orgWithin(ctx, pos, pos + head.index);
  if (before !== undefined) return { name: before.canonical, antecedent: before };
  const m = ISSUER_IN_ROLE.exec(role);
  if (m === null) return null;
  const at = pos + m.index + m[0].length;
  const e = bodyWithin(ctx, at, pos + role.length, '');
  if (e !== undefined) return { name: e.canonical, antecedent: e };
  const rest = role.slice(m.index + m[0].length);
  const h = BODY_ROLE.exec(rest);
  if (h === null || DOCUMENT_HEADS.has(h[1].toLowerCase())) return null;
  const name = countrysBody(ctx, rest, at, h[1].toLowerCase());
  return name === null ? null : { name, antecedent: null };
}
/** The first organisation named between `start` and `end`. */
export function orgWithin(ctx: Context, start: number, end: number): Entity | undefined {
  return firstEntityWithin(ctx, start, end, (e) => e.end <= end && e.type === 'ORG');
}
const ISSUER_IN_ROLE = /\s(?:from|by|of)\s+(?:the\s+)?/;

/**
 * The heads of a country's bodies that stand for its government: the country speaks (`the Nigerian government`,
 * `the Chinese side` of a readout).
 */
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(['government', 'authorities', 'side']);
/** Words for an organisation of any kind (`the pan-African body`, `the regional bloc`): the one named last. */
const GENERIC_BODY_HEADS: ReadonlySet<string> = new Set(['body', 'bloc']);

/** The last speaker, within three paragraphs before `pos`, if a person the gazetteer knows in a post of `country`. */
function speakerServing(ctx: Context, pos: number, country: string): string | null {
  const last = recentSpeaker(ctx, pos, 3);
  if (last === undefined || last.gender === 'n') return null;
  return knownPerson(ctx, last.name)?.roles.some((r) => r.country === country) === true ? last.name : null;
}

/** An article, one capitalised word (a nationality or a country) and a document: `an Iranian statement`. */
const COUNTRYS_DOCUMENT = new RegExp(`^(?:[Aa]n?|[Tt]he)\\s+\\p{Lu}[\\p{L}'’-]*\\s+(?:${DOCUMENTS.join('|')})$`, 'u');

/**
 * The body of a country named in the role, written in lower case: `the Nigerian government`, `Chinese
 * authorities` and `the government of Nigeria` are the country; `Mexico's foreign ministry` is the `Mexican
 * Foreign Ministry`, `Russia's defence ministry` the `Russian Defence Ministry`, `the Honduran chancellery` the `Honduran Foreign
 * Ministry`, `the Chinese embassy in Nepal` the `Chinese Embassy`, `Angola’s presidency` the `Angolan Presidency`. The country of an embassy is named before it (the place after it is where it is).
 * A country's document (`an Iranian statement`) is the country's, or its leader's who spoke just before.
 */
function countrysBody(ctx: Context, role: string, pos: number, head: string): string | null {
  const headAt = role.toLowerCase().indexOf(head);
  const mention = countryMentionWithin(ctx, pos, head === 'embassy' ? pos + headAt : pos + role.length);
  if (mention === undefined) return null;
  if (GOVERNMENT_HEADS.has(head)) return countryOf(mention);
  // `an Iranian statement`: the document of the country's, issued in its name; or of its leader who spoke just
  // before (`The President of Finland Sauli Niinisto stated …` then `the Finnish statement added`).
  if (DOCUMENT_HEADS.has(head) && COUNTRYS_DOCUMENT.test(role)) {
    const country = countryOf(mention);
    return (country === null ? null : speakerServing(ctx, pos, country)) ?? country;
  }
  if (head !== 'ministry' && head !== 'embassy' && head !== 'chancellery' && head !== 'office' && head !== 'presidency') return null;
  // A nationality word is the demonym itself; a place gives its country's, a capital its state's (`Beijing's`).
  const country = countryOf(mention);
  const demonym = mention.type === 'NORP' ? mention.canonical : country === null ? null : demonymOf(countryOfCapital(country) ?? country);
  if (demonym === null) return null;
  if (head === 'embassy') return `${demonym} Embassy`;
  // `Angola’s presidency`, the president's office: the Angolan Presidency, not the president.
  if (head === 'presidency') return `${demonym} Presidency`;
  // The foreign ministry, as Latin American usage calls it (`Cancillería`).
  if (head === 'chancellery') return `${demonym} Foreign Ministry`;
  // `Britain's foreign office`: the British Foreign Office; not another office (`the president's office`).
  if (head === 'office') return FOREIGN.test(role) ? `${demonym} Foreign Office` : null;
  const kind = ministryKind(role);
  return kind === null ? null : `${demonym} ${kind} Ministry`;
}

/** What a ministry in lower case is of: `Foreign` of `foreign affairs ministry`, `Defence` of `ministry of defence`. */
function ministryKind(role: string): string | null {
  if (FOREIGN.test(role)) return 'Foreign';
  const m = MINISTRY_OF.exec(role);
  const word = m?.[1] ?? m?.[2];
  return word === undefined ? null : word[0].toUpperCase() + word.slice(1);
}
const FOREIGN = new RegExp(`\\b(?:${FOREIGN_WORDS})\\b`, 'i');
/** The lower-case word before `ministry` or after `ministry of`: `defence ministry`, `ministry of trade`. */
const MINISTRY_OF = /\b(?!the\b|its\b|their\b|his\b|her\b)(\p{Ll}{4,})\s+ministry\b|\bministry\s+of\s+(\p{Ll}{4,})\b/u;

/** The first nationality word or place named between `start` and `end`. */
export function countryMentionWithin(ctx: Context, start: number, end: number): Entity | undefined {
  return firstEntityWithin(ctx, start, end, (e) => e.type === 'GPE' || e.type === 'NORP');
}

/** The name of the last speaker, within the last eight paragraphs, whose name holds `head` (`Mexican Foreign Ministry`). */
function lastSpeakerNamedWith(ctx: Context, pos: number, head: string): string | null {
  const from = paragraphStartBefore(ctx, pos, 8);
  for (let i = ctx.speakers.length - 1; i >= 0 && ctx.speakers[i].at >= from; i--) {
    if (ctx.speakers[i].name.toLowerCase().includes(head)) return ctx.speakers[i].name;
  }
  return null;
}


/** The body of a role that names one (`a ministry spokesman`: the ministry), whoever speaks for it. */
export function resolveBodyRole(ctx: Context, role: string, pos: number): Resolution | null {
  const bodyRole = BODY_ROLE.exec(role);
  return bodyRole === null ? null : bodyOfRole(ctx, role, pos, bodyRole[1].toLowerCase());
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

/**
 * The person named after `by` right after a document (`statement … by the High Representative … Josep Borrell`),
 * with only a title between: capitalised words and the words that join them.
 */
function authorNamedAfter(ctx: Context, end: number): Entity | undefined {
  const m = AUTHOR_BY.exec(ctx.text.slice(end, end + 80));
  // The search starts at the space after `by` (or `the`), as the rest of a title does; the name at most about
  // 100 code units further on.
  return m === null ? undefined : personAfterTitleWords(ctx, end + m[0].length, 101);
}
/** `by the`, perhaps after the document's subject in lower case (`statement on global food security … by`). */
const AUTHOR_BY = /^[^.;:!?"“”\n]{0,60}?\s(?:issued\s+|made\s+|released\s+)?by(?:\s+the)?(?=\s)/;

/** The country a place (GPE) is, or a nationality word (NORP) names; null for other mentions. */
export function countryOf(e: Entity): string | null {
  return e.type === 'GPE' ? e.canonical : e.type === 'NORP' ? countryOfDemonym(e.canonical) : null;
}
