// The attribution a reporting cue makes: the person or body its subject names, resolved in the article (see
// resolveSubject), or no one when the cue names someone the text does not (`a senior official said`).

import type { Entity } from '../entities';
import { charClass, isSpaceCode, WORD_CHAR } from '../text/chars';
import { UNNAMED_PEOPLE_WORDS } from '../entities/words';
import { DOCUMENTS, PEOPLE_GROUPS } from './cue-words';
import { findCues, type Cue } from './cues';
import { narrowed } from './narrow';
import { firstEntityWithin, fullName, paragraphStartBefore, type Resolution } from './context';
import { isSubject } from './clause-subject';
import { pronounOtherThan, resolveSubject } from './resolve';
import { lastOrganisation, resolveBodyRole } from './bodies';
import { holdsRole, namedSpokesperson } from './role-holders';
import { isPressRole, resolveRole, roleNoun } from './roles';
import { firstEntityIn, personInCue, type State } from './state';
import { speakerAttribution, type SpeakerAttribution } from './types';

/**
 * `an unnamed European diplomat said`, `a senior official said`: someone the text does not name, introduced as
 * someone new. The quotation has a cue, so it inherits no one's, and its speaker is unknown (null).
 */
const UNNAMED = /^(?:[Aa]n?|[Aa]nother|[Oo]ne)\s/;
/** A group of people the text does not name, perhaps with what they belong to (see PEOPLE_GROUPS). */
const PEOPLE_GROUP = new RegExp(`(?<![\\p{L}])(?:${PEOPLE_GROUPS.join('|')})(?:\\s+(?:of|from|at|in)\\s[^]*)?$`, 'iu');
/** Sources and officials the text never names, as `the sources` or `the officials` too (`…,” the sources said`). */
const UNNAMED_SOURCES = /(?<![\p{L}])(?:sources?|officials)$/u;

/** People in the plural that a capital opens a sentence with: someone unnamed (see UNNAMED). */
const UNNAMED_PEOPLE = new RegExp(`^(?:${UNNAMED_PEOPLE_WORDS.join('|')})$`);

/** `a ministry statement said`: the words of a body, which the role resolves to as before. */
const UNNAMED_BODY = new RegExp(`(?<![\\p{L}\\p{N}_])(?:ministry|department|government|embassy|office|agency|council|committee|${DOCUMENTS.join('|')}|service)(?![\\p{L}\\p{N}_])`, 'iu');

/** The role of someone who speaks for a body without being its head (`a ministry spokesman`, `a senior official`). */
const MEMBER = /(?<![\p{L}])(?:spokes(?:man|woman|person)|representatives?|officials?|diplomats?|aides?|advis[eo]rs?|sources?|staffers?|officers?)(?![\p{L}])/iu;

/** An official's role word, at the end of the cue's subject. */
const OFFICIAL = /(?<![\p{L}])official$/u;

/**
 * `a senior UN official told the Security Council today … ⏎ “…,” observed Martha Pobee, Assistant Secretary-General
 * for Africa`: the one who briefed a council, as the UN's coverage first calls the briefer, is the first person the
 * paragraph after names with a post after a comma. Undefined when the cue tells of no briefing or no one is named so.
 */
function brieferNamedNext(s: State, end: number): Entity | undefined {
  if (!BRIEFED_COUNCIL.test(s.text.slice(end, end + 30))) return undefined;
  const at = s.ctx.paragraphStarts.lastAtOrBefore(end);
  const next = s.ctx.paragraphs[at + 1];
  if (next === undefined) return undefined;
  for (let i = s.ctx.entityStarts.firstAtOrAfter(next.start); i < s.ctx.entities.length && s.ctx.entities[i].start < next.end; i++) {
    const e = s.ctx.entities[i];
    if (e.type === 'PERSON' && POST_AFTER.test(s.text.slice(e.end, e.end + 4))) return e;
  }
  return undefined;
}
/** What a cue's verb tells of a briefing: `told the Security Council`, `briefed the Council`. */
const BRIEFED_COUNCIL = /^\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+)?Council\b/u;
/** A comma and a capitalised word: the post after a name (`, Assistant Secretary-General`). */
const POST_AFTER = /^,\s+\p{Lu}/u;

/** A spokesperson's role word, or a representative's (`a Foreign Ministry representative clarified`). */
const SPOKESPERSON = /(?<![\p{L}])(?:spokes(?:man|woman|person)|representative)(?![\p{L}])/iu;

/** `for`, `of`, `from` or `at` right after a role: the body it serves, named next. */
const BODY_NAMED_NEXT = /^\s+(?:for|of|from|at)\s/;
/** A spokesperson's role word ending the cue's subject (`the China Coast Guard spokesperson`). */
const SPOKESPERSON_LAST = /(?<![\p{L}])spokes(?:man|woman|person)$/iu;

/**
 * The organisation named between `from` and `to` (`a Kremlin spokesman`, `a Downing Street spokesperson`), if
 * any. Not a country: `a senior U.S. official` is someone unnamed, not the United States.
 */
function bodyIn(s: State, from: number, to: number): Entity | undefined {
  return firstEntityIn(s, from, to, 'ORG');
}

/**
 * The person named right before `, who is (also) ` that ends at `at`, else undefined; or before a comma alone when
 * the person is the subject of the clause and the role after the comma has no article (`Ambassador Meles Alem
 * (PhD), spokesperson of the Ethiopian Ministry of Foreign Affairs told`, where the cue's subject is the ministry;
 * not `Blinken will meet Lavrov, the spokesperson said`).
 */
function personBeforeWhoIs(s: State, at: number): Entity | undefined {
  const from = Math.max(0, at - 70);
  // The comma of each form below is the last of the words, white space after it: without one, no search (and no
  // copy of the words).
  const comma = lastCommaBetween(s.text, from, at);
  if (comma < 0 || comma + 1 >= at || !isSpaceCode(s.text.charCodeAt(comma + 1))) return undefined;
  // Stored one byte per character where it can be (see narrowed): the patterns run several times faster so.
  const head = narrowed(s.text.slice(from, at));
  // `Henry Okello Oryem, the minister of state for International Cooperation said:` (no comma closes the
  // apposition): the name the cue took is the end of the post's complement; the person before the post speaks.
  // So is a place in a relative clause about the person (`Drew, who is also the Prime Minister of St. Kitts and
  // Nevis, told`).
  const post = POST_IN_APPOSITION.exec(head) ?? POST_IN_RELATIVE_CLAUSE.exec(head);
  if (post !== null) return personEndingAt(s, at - post[0].length);
  const m = WHO_IS.exec(head.slice(-40));
  if (m === null) return undefined;
  const person = personEndingAt(s, at - m[0].length);
  if (person === undefined) return undefined;
  // The article of the body after a role's `of` is the body's (`spokesperson of the … Ministry`). After a bare
  // comma `the` opens a subject of its own (`met Lavrov, the minister said`), where `a` opens an apposition
  // (`Brian Nichols, an official of the U.S. State Department, said`).
  return m[1] !== undefined || ((m[2] !== undefined || !ARTICLE_NEXT.test(s.text.slice(at, at + 4))) && isSubject(s.ctx, person)) ? person : undefined;
}
/**
 * `Brian Nichols, Assistant Secretary of State for Western Hemisphere Affairs from the U.S. State Department, said`,
 * `Brian Nichols, an official of the U.S. State Department, said`: the person before a post held in the body the cue
 * took for its subject, the post longer than WHO_IS reaches.
 */
function personBeforePost(s: State, at: number): Entity | undefined {
  const from = Math.max(0, at - POST_REACH);
  const m = POST_BEFORE_BODY.exec(narrowed(s.text.slice(from, at)));
  return m === null ? undefined : personEndingAt(s, at - m[0].length);
}
const POST_REACH = 130;
/** A post of capitalised words (and the small ones between), or an official's, then `from`, `of` or `at` the body. */
const POST_BEFORE_BODY =
  /,\s+(?:(?:an?|the)\s+)?(?:senior\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|of|for|and|the)\s+){1,10}?(?:from|of|at)\s+(?:the\s+)?$|,\s+(?:an?|the)\s+(?:senior\s+)?(?:official|officer|spokes(?:man|woman|person)|representative)\s+(?:from|of|at|with)\s+(?:the\s+)?$/u;

/** A subject that ends in a possessive (`George W. Bush’s`). */
const POSSESSIVE_END = /['’]s$/;

/** The offset of the last comma from `from` up to `to` (not included), or -1. */
function lastCommaBetween(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 0x2c) return i;
  return -1;
}

/** The person named right before `at`, if one ends there. */
function personEndingAt(s: State, at: number): Entity | undefined {
  const i = s.ctx.mentionStarts.firstAtOrAfter(at) - 1;
  const person = i >= 0 ? s.ctx.mentions[i] : undefined;
  return person !== undefined && person.type === 'PERSON' && person.end === at ? person : undefined;
}
/**
 * A comma, then a post in lower case up to the capitalised words before the cue's name: `, the minister of state
 * for International `, `, the deputy minister of `.
 */
const POST_IN_APPOSITION = /,\s+the\s+(?:\p{Ll}+\s+){0,2}(?:minister|secretary|ambassador|envoy|commissioner|director|chairman|chairperson)\s+(?:of\s+state\s+)?(?:of|for|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;
/** `, who is also the Prime Minister of St. Kitts and `: a relative clause naming a post, up to the cue's name. */
const POST_IN_RELATIVE_CLAUSE = /,\s+who\s+(?:is|was)\s+(?:also\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:of|for|to)\s+(?:the\s+)?[^,;!?"“”]{0,30}$/u;
const WHO_IS = /(?:\s*\([^()]{1,20}\))?,\s+(?:(who\s+is\s+(?:also\s+)?(?:the\s+)?)|((?:spokes(?:man|woman|person)|representative|head|director|ambassador|envoy)\s+(?:of|for|at)\s+))?$/;
const ARTICLE_NEXT = /^the\s/i;

/** The cue `citing …` right after a cue that ends at `at` (`APS said, citing the foreign ministry`), else null. */
function citedAfter(s: State, at: number): Cue | null {
  if (s.text.charCodeAt(at) !== 0x2c || !CITING.test(s.masked.slice(at, at + 12))) return null;
  const cue = findCues(s.masked.slice(at, at + 120))[0];
  return cue !== undefined && CITING.test(s.masked.slice(at, at + cue.start + 7)) ? cue : null;
}
const CITING = /^,\s*citing\s/;

/**
 * `the official`, `the spokesperson` (`text`, the subject of a cue at `at`) after `a senior official`, `an EU
 * spokesperson` in the eight paragraphs before, with no one named since in that role: the same person, whom the
 * text never names. People named since in another role are not the one (`a senior administration official said`,
 * then `Mexican President Andrés Manuel López Obrador confirmed …`, then `the official said`).
 */
function introducedUnnamed(s: State, text: string, at: number): boolean {
  if (!THE_MEMBER.test(text)) return false;
  const noun = roleNoun(text);
  const from = paragraphStartBefore(s.ctx, at, 8);
  // In lower case: copy may capitalise the role (`an EU Spokesperson confirmed`, `According to the Spokesperson`).
  const before = s.masked.slice(from, at).toLowerCase();
  // The last mention of the noun in the singular (`spokesperson`, not `spokespersons`) after an indefinite article;
  // mentions after a definite one (`According to the Spokesperson`) go back to it.
  for (let k = before.lastIndexOf(noun); k > 0; k = before.lastIndexOf(noun, k - 1)) {
    if ((charClass(before.charCodeAt(k + noun.length)) & WORD_CHAR) !== 0) continue;
    if (INDEFINITE_BEFORE.test(before.slice(Math.max(0, k - 48), k))) return !namedInRole(s, from + k, at, noun);
  }
  return false;
}

/** Someone named between `from` and `to` holds the role of `noun` (see holdsRole). */
function namedInRole(s: State, from: number, to: number, noun: string): boolean {
  return firstEntityWithin(s.ctx, from, to, (e) => e.type === 'PERSON' && holdsRole(s.ctx, e, noun)) !== undefined;
}
/** `the official`, `the spokeswoman`, `the Spokesperson`: a member of a body the text may leave unnamed. */
const THE_MEMBER = /^the\s+(?:spokes(?:man|woman|person)|official|diplomat|source|aide|advis[eo]r|representative)$/i;
/** An indefinite article and up to three words before a role noun (`a senior EU `, `an unnamed `). */
const INDEFINITE_BEFORE = /(?:^|[\s,(])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\p{L}.'’-]+\s+){0,3}$/u;

/** The attribution of a quotation whose cue names no one (see UNNAMED): it becomes a null speaker in attributeOne. */
export const ANONYMOUS: SpeakerAttribution = Object.freeze({ name: '', cue: { start: 0, end: 0, text: '' }, antecedent: null, via: 'cue-after' });

/** True when an entity starts at `from` or later but before `pos`, and goes on past `pos`. */
function cutsEntity(s: State, from: number, pos: number): boolean {
  const before = s.ctx.entities[s.ctx.entityStarts.firstAtOrAfter(pos) - 1];
  return before !== undefined && before.start >= from && before.end > pos;
}

/**
 * The last quotation went to someone unnamed (see State.unnamedAt), in this paragraph or the one before, after the
 * last cue that named a speaker, with no person named between it and `at`.
 */
function unnamedBefore(s: State, at: number): boolean {
  const u = s.unnamedAt;
  if (u < 0 || u > at || u < paragraphStartBefore(s.ctx, at, 1)) return false;
  const last = s.ctx.speakers[s.ctx.speakers.length - 1];
  if (last !== undefined && last.cueEnd > u) return false;
  return firstEntityIn(s, u, at, 'PERSON') === undefined;
}

/**
 * The holder of a role that is the subject of a cue in the headline (`The President called … ‘a good talk.’`),
 * resolved at the end of the first of the next three paragraphs that names its holder (`President Bush said …`);
 * null for a cue outside the headline, or no such paragraph.
 */
function roleInHeadline(s: State, role: string, at: number): Resolution | null {
  const headline = s.structure.headline;
  if (headline === null || at < headline.start || at >= headline.end) return null;
  const first = s.ctx.paragraphStarts.lastAtOrBefore(headline.start) + 1;
  // resolveRole remembers the holder it finds (see roleHolders): a holder not taken is forgotten again, before the
  // next paragraph is tried.
  const remembered = new Map(s.ctx.roleHolders);
  for (let k = first; k < first + 3 && k < s.ctx.paragraphs.length; k++) {
    const para = s.ctx.paragraphs[k];
    const r = resolveRole(s.ctx, role, para.end);
    if (r?.antecedent && r.antecedent.start >= para.start) return r;
    s.ctx.roleHolders.clear();
    for (const [noun, holder] of remembered) s.ctx.roleHolders.set(noun, holder);
  }
  return null;
}

/** The person named right after `at` (past white space), the object of the cue's verb; else undefined. */
function personRightAfter(s: State, at: number): Entity | undefined {
  let k = at;
  while (k < s.text.length && isSpaceCode(s.text.charCodeAt(k))) k++;
  return firstEntityIn(s, k, k + 1, 'PERSON');
}

/**
 * The subject of the main clause when the sentence opens with a clause of `while`, `although`, `when` … whose
 * subject is the pronoun at `pronounStart` (`While he denounced Donald Trump …, Lopez Obrador said`): the person
 * named right after the first comma past `from`, before a verb; else undefined.
 */
function subjectAfterOpeningClause(s: State, pronounStart: number, from: number): Entity | undefined {
  const sentence = s.sentenceStarts.lastAtOrBefore(pronounStart);
  const sentenceStart = s.sentenceStarts.offsets[sentence];
  if (!OPENING_CONJUNCTION.test(s.text.slice(sentenceStart, pronounStart))) return undefined;
  // In the masked text, where the quotations are blanked: not a comma inside one (`as “erratic, arrogant”`).
  const end = s.sentenceEnds[sentence];
  const at = from < end ? s.masked.slice(from, end).indexOf(',') : -1;
  if (at < 0) return undefined;
  const comma = from + at;
  const main = personRightAfter(s, comma + 1);
  return main !== undefined && LOWER_WORD_NEXT.test(s.text.slice(main.end, main.end + 3)) ? main : undefined;
}
/** A subordinating conjunction as all of a sentence's words before its subject. */
const OPENING_CONJUNCTION = /^\s*(?:While|Although|Though|Even\s+though|When|Whereas|After|Before|Since|As|If)\s+$/;
/** A lower-case word next (the main clause's verb), or a comma (an apposition). */
const LOWER_WORD_NEXT = /^(?:\s+\p{Ll}|,)/u;

/**
 * The body or person right before `from` and the place in which the subject at `at` lies (`the Indian Ministry of
 * External Affairs from New Delhi said`): that place is no subject; else undefined. (After `in` or `at` a name is no
 * subject already: see noSubject.)
 */
function speakerBeforePlace(s: State, at: number): Entity | undefined {
  const i = s.ctx.entityStarts.firstAtOrAfter(at + 1) - 1;
  const place = s.ctx.entities[i];
  if (place === undefined || place.start > at || place.end <= at || (place.type !== 'GPE' && place.type !== 'LOC')) return undefined;
  const from = FROM_PLACE.exec(s.text.slice(Math.max(0, place.start - 12), place.start));
  const before = s.ctx.entities[i - 1];
  if (from === null || before === undefined || before.end !== place.start - from[0].length) return undefined;
  return before.type === 'ORG' || before.type === 'PERSON' ? before : undefined;
}
/** `from`, perhaps with `the`, after a word and before a place. */
const FROM_PLACE = /(?<=[\p{L}.)])\s+from\s+(?:the\s+)?$/u;

export function attribution(s: State, cue: Cue, base: number, via: SpeakerAttribution['via']): SpeakerAttribution | null {
  // `…, APS said, citing the foreign ministry`: the words are those of whom the report cites.
  // (Else, when the one cited is no one the text names, the report's.)
  const cited = citedAfter(s, base + cue.end);
  const byCited = cited === null ? null : attribution(s, cited, base + cue.end, via);
  if (byCited !== null) return byCited;
  const { kind, text } = cue.subject;
  // `citing George W. Bush’s efforts to “pacify” …`: what is cited is the owner's deed, not the owner's words.
  if (POSSESSIVE_END.test(text) && s.text.startsWith('citing', base + cue.start)) return null;
  const subjectStart = base + cue.subject.start;
  const subjectEnd = base + cue.subject.end;
  const start = base + cue.start;
  const end = base + cue.end;
  const cueSpan = { start, end, text: s.text.slice(start, end) };
  // `Mia Mottley, who is also Prime Minister of Barbados expressed`: the role is the one the relative clause is about;
  // so is the body whose spokesperson the name before is (`Meles Alem, spokesperson of the … Ministry … told`).
  const described = kind !== 'pronoun' ? (personBeforeWhoIs(s, subjectStart) ?? personBeforePost(s, subjectStart)) : undefined;
  if (described !== undefined) return speakerAttribution(fullName(s.ctx, described), cueSpan, { start: described.start, end: described.end, text: described.text }, via);
  const named = kind !== 'pronoun' ? personInCue(s, Math.min(subjectStart, start), Math.max(subjectEnd, end), kind !== 'role') : undefined;
  if (named) return speakerAttribution(fullName(s.ctx, named), cueSpan, null, via);
  // `Protesters called him a "fascist"`: people the text does not name, as unnamed sources are.
  if (kind === 'name' && UNNAMED_PEOPLE.test(text)) return ANONYMOUS;
  const unnamed = kind === 'role' && (UNNAMED.test(text) || UNNAMED_SOURCES.test(text)) ? unnamedRole(s, text, subjectStart, subjectEnd, cueSpan, via) : undefined;
  if (unnamed !== undefined) return unnamed;
  // `said one of the organizers of the rally`, `the protesters said`: people the text does not name.
  if (kind === 'role' && PEOPLE_GROUP.test(text)) return ANONYMOUS;
  const bySpokesperson = kind === 'role' ? definiteSpokesperson(s, text, subjectStart, subjectEnd, cueSpan, via) : null;
  if (bySpokesperson !== null) return bySpokesperson;
  // `a senior EU official said … ⏎ “…,” the official added`: the one introduced unnamed, still unnamed.
  // (A spokesperson so introduced whose words went to a body, as `a spokesman` may above, goes on speaking for it.)
  if (kind === 'role' && introducedUnnamed(s, text, subjectStart)) {
    const last = s.ctx.speakers[s.ctx.speakers.length - 1];
    const body = SPOKESPERSON_LAST.test(text) && last !== undefined && last.gender === 'n' && last.at >= paragraphStartBefore(s.ctx, subjectStart, 4) ? last.name : undefined;
    return body === undefined ? ANONYMOUS : speakerAttribution(body, cueSpan, null, via);
  }
  // `the High Representative of the European Union for Foreign Affairs and Security Policy said`: a name that is
  // the end of a longer name whose rest the cue's own words before it took is no subject. (A cue that starts
  // inside a name, `… Foreign Affairs and European Integration declared`, is the name's.)
  if (kind === 'name' && cutsEntity(s, start, subjectStart)) return null;
  // `the Indian Ministry of External Affairs from New Delhi said`: a place after `from` is where the subject before
  // it was.
  const placed = kind === 'name' ? speakerBeforePlace(s, subjectStart) : undefined;
  if (placed !== undefined) return speakerAttribution(fullName(s.ctx, placed), cueSpan, { start: placed.start, end: placed.end, text: placed.text }, via);
  // `“…,” said one of the organizers. “…,” he continued`: the same one, still unnamed.
  if (kind === 'pronoun' && unnamedBefore(s, subjectStart)) return ANONYMOUS;
  // `Gorbachev, Bush Confer …: The President called …` in the headline: the holder the lead names.
  const byLead = kind === 'role' ? roleInHeadline(s, text, subjectStart) : null;
  if (byLead?.antecedent) return speakerAttribution(byLead.name, cueSpan, { start: byLead.antecedent.start, end: byLead.antecedent.end, text: byLead.antecedent.text }, via);
  const r = resolveSubject(s.ctx, kind, text, subjectStart, subjectEnd);
  // `While he denounced Donald Trump as “…”, Lopez Obrador said …`: `he` is not the one his verb names, but the
  // subject the sentence goes on to, else the nearest other person the pronoun may stand for.
  const object = r !== null && kind === 'pronoun' ? personRightAfter(s, end) : undefined;
  if (object !== undefined && r !== null && fullName(s.ctx, object) === r.name) {
    const opening = subjectAfterOpeningClause(s, subjectStart, end);
    const main = opening !== undefined && fullName(s.ctx, opening) !== r.name ? opening : pronounOtherThan(s.ctx, text, subjectStart, r.name)?.antecedent;
    return main == null ? null : speakerAttribution(fullName(s.ctx, main), cueSpan, { start: main.start, end: main.end, text: main.text }, via);
  }
  // `the reporter asked`: a cue that names someone unnamed, as above; the quotation inherits no one's speaker.
  if (!r) return kind === 'role' && isPressRole(text) ? ANONYMOUS : null;
  const antecedent = r.antecedent && r.antecedent.start !== subjectStart ? { start: r.antecedent.start, end: r.antecedent.end, text: r.antecedent.text } : null;
  return speakerAttribution(r.name, cueSpan, antecedent, via);
}

/**
 * A role that names no one (`a`, `an`, `one`, or sources and officials): the body a member of it speaks for (`a
 * Downing Street spokesperson said`), the spokesperson or briefer named for it, else no one named (ANONYMOUS);
 * undefined for a role of a body's own words (`a ministry statement`), which is resolved as a role.
 */
function unnamedRole(s: State, text: string, subjectStart: number, subjectEnd: number, cueSpan: SpeakerAttribution['cue'], via: SpeakerAttribution['via']): SpeakerAttribution | undefined {
  // `a Downing Street spokesperson said`: the body speaks; `an unnamed European diplomat said`: no one named.
  // `a Foreign Office spokeswoman said`, `a ministry official said`: someone of a body, not its minister.
  const member = MEMBER.test(text);
  const bodyWords = UNNAMED_BODY.test(text);
  if (!member && bodyWords) return undefined;
  const org = bodyIn(s, subjectStart, subjectEnd);
  // `a European Commission spokesman concluded` after `European Commission spokesman Peter Stano said`.
  const spokesperson = org !== undefined && SPOKESPERSON.test(text) ? namedSpokesperson(s.ctx, org, subjectStart) : undefined;
  if (spokesperson !== undefined) return speakerAttribution(fullName(s.ctx, spokesperson), cueSpan, { start: spokesperson.start, end: spokesperson.end, text: spokesperson.text }, via);
  // `a senior UN official told the Security Council`: a briefer, whom the next paragraph names with the post.
  const briefer = org !== undefined && OFFICIAL.test(text) ? brieferNamedNext(s, cueSpan.end) : undefined;
  if (briefer !== undefined) return speakerAttribution(fullName(s.ctx, briefer), cueSpan, { start: briefer.start, end: briefer.end, text: briefer.text }, via);
  // `a spokesman emphasized` after `The Chinese Foreign Ministry rejected …`: the body's words, as the
  // spokesperson's of a body named just before (as resolveRole has `the spokesman`).
  // Not when words after the role name the body (`A spokesman for the Federal Foreign Office said`).
  const spokespersonsOrg = org === undefined && !bodyWords && SPOKESPERSON_LAST.test(text) && !BODY_NAMED_NEXT.test(s.text.slice(subjectEnd, subjectEnd + 8)) ? lastOrganisation(s.ctx, subjectStart, 2) : undefined;
  const body = org?.canonical ?? spokespersonsOrg?.canonical ?? (bodyWords ? resolveBodyRole(s.ctx, text, subjectStart)?.name : undefined);
  return body === undefined ? ANONYMOUS : speakerAttribution(body, cueSpan, null, via);
}

/**
 * `the China Coast Guard spokesperson said`: as with `a`, the spokesperson of that body the text names, else one the
 * role finds (`Olof Gill, spokesman for the EU executive`), else the body (not another one the role's words fit,
 * `Philippine Coast Guard vessels`); null for a role that names no body's spokesperson.
 */
function definiteSpokesperson(s: State, text: string, subjectStart: number, subjectEnd: number, cueSpan: SpeakerAttribution['cue'], via: SpeakerAttribution['via']): SpeakerAttribution | null {
  const spokespersonsBody = SPOKESPERSON_LAST.test(text) ? bodyIn(s, subjectStart, subjectEnd) : undefined;
  if (spokespersonsBody === undefined) return null;
  const named = namedSpokesperson(s.ctx, spokespersonsBody, subjectStart);
  if (named !== undefined) return speakerAttribution(fullName(s.ctx, named), cueSpan, { start: named.start, end: named.end, text: named.text }, via);
  const r = resolveSubject(s.ctx, 'role', text, subjectStart, subjectEnd);
  const holder = r?.antecedent?.type === 'PERSON' ? r.antecedent : undefined;
  if (r !== null && holder !== undefined) return speakerAttribution(r.name, cueSpan, { start: holder.start, end: holder.end, text: holder.text }, via);
  return speakerAttribution(spokespersonsBody.canonical, cueSpan, null, via);
}
