// Resolves the subject of a reporting cue (`he`, `the minister`, `Lavrov`) to one canonical person or body:
// pronouns and names here, roles in roles.ts. Also the gender of people and speakers, which pronouns go by.

import { oneEditApart } from '../text/spelling';
import type { Entity } from '../entities';
import { TITLE_ALTERNATIVES } from '../text/abbreviations';
import { anyMention, BODIES, type Context, findBefore, firstEntityWithin, fullName, knownPerson, type MentionTest, paragraphStartBefore, PERSON, personAfterTitleWords, recentSpeaker, type Resolution } from './context';
import { isSubject } from './clause-subject';
import type { SubjectKind } from './cues';
import { GROUP_WORDS, UNNAMED_PEOPLE_WORDS } from '../entities/words';
import { countryOfDemonym } from '../entities/load';
import { nationalOf } from './role-countries';
import { resolveRole, UN_CHIEF } from './roles';
import { charClass, LOWER } from '../text/chars';
import { guessGender } from './gender-guess';

/** Words that begin a capitalised subject but never name a speaker. */
const NOT_A_SPEAKER = new RegExp(
  `^(?:The|This|That|These|Those|It|There|Here|Some|Many|Most|Both|All|Several|Few|${GROUP_WORDS.join('|')}|${UNNAMED_PEOPLE_WORDS.join('|')})$`,
);
const TITLE_WORDS = new RegExp(
  `^(?:(?:${TITLE_ALTERNATIVES}|Sir|Dame|Lord|President|Prime|Minister|Foreign|Deputy|Secretary|General|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chancellor|King|Queen|Prince|Sheikh|Emir|Envoy|Special|Senator|Governor|Mayor|Chairman|Director|Vice|Defense|Defence|Chief|Premier|Supreme|Leader|PM|FM|EAM|Adviser|Advisor|Assistant|Home|Interior|Cabinet)\\.?(?:\\s+|$))+`,
);

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
function compatible(g: 'm' | 'f' | 'n' | null, want: string): boolean {
  // One comparison for both pronouns: a test of `she` that the short texts never reach would drop the optimised
  // resolvePronoun on the first long text that has one.
  return g === null || g === want;
}

/** A person whose gender may be `want` (see compatible). */
const ofGender: MentionTest = (ctx, m, want) => compatible(genderOf(ctx, m), want);
/**
 * The same, not the object of a meeting, a preposition or a verb of praise or blame (`a meeting with H.E. Ali
 * Ghomshi of Iran`, `applauded Mnangagwa for his swift action`): the one met or praised is seldom the `he` who
 * then speaks.
 */
const ofGenderNotMet: MentionTest = (ctx, m, want) => ofGender(ctx, m, want, '') && !OBJECT_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start)) && !modifierOnly(ctx, m);
// Titles and their complements may stand between (`delivered by China Ambassador to Kenya H.E Zhou Pingjian`, `talks
// with his U.S. counterpart Rex Tillerson`); the complement of a title is no object (`IGAD’s special Envoy to South
// Sudan Ismail Wais admits`).
const OBJECT_BEFORE =
  /(?<![\p{L}])(?<!(?:[Ee]nvoy|[Aa]mbassador|[Rr]epresentative|[Cc]oordinator|[Mm]inister|[Ss]ecretary|[Aa]dvis[eo]r|[Cc]ommissioner|[Cc]onsul)\s+)(?:with|by|to|from|against|met|meets|hosted|hosts|received|receives|visited|thanked|urged|called on|praised|applauded|commended|congratulated|lauded|hailed|criticized|criticised|condemned|accused|blamed|welcomed|invited|appointed|briefed|phoned|succeeded)\s+(?:(?:\p{Lu}[\p{L}.’'-]*|to|of|for|the|his|her|their|its|counterpart|colleague|host)\s+){0,6}$/u;
/** The same, the subject of its clause. */
const subjectOfGender: MentionTest = (ctx, m, want) => ofGender(ctx, m, want, '') && !modifierOnly(ctx, m) && isSubject(ctx, m);
/** A name that only modifies the word it is hyphened to (`the PM Imran Khan-led administration`): no one a pronoun stands for. */
function modifierOnly(ctx: Context, m: Entity): boolean {
  return ctx.text.charCodeAt(m.end) === 0x2d && (charClass(ctx.text.charCodeAt(m.end + 1)) & LOWER) !== 0;
}
/** A mention of the person with this full name. */
const namedAs: MentionTest = (ctx, m, name) => fullName(ctx, m) === name;

function resolvePronoun(ctx: Context, pronoun: string, pos: number): Resolution | null {
  // The object forms of `I'll quote him` stand for the same people.
  const lower = pronoun.toLowerCase();
  const want = lower === 'he' || lower === 'him' ? 'm' : lower === 'she' || lower === 'her' ? 'f' : null;
  if (want === null) return lower === 'it' ? resolveIt(ctx, pos) : lower === 'who' ? resolveWho(ctx, pos) : LATTER.test(lower) ? resolveLatter(ctx, pos) : null;
  const window = paragraphStartBefore(ctx, pos, 2);
  // The nearest person who is the subject of a clause nearby: `Nyok thanked the council… "We are ready," she said.`
  const subject = findBefore(ctx, pos, PERSON, window, subjectOfGender, want, '');
  // `According to him, … President Bola Tinubu is working …`: a subject inside what another reports; the pronoun
  // stands for the one who reports it, as that sentence's `him` does.
  const reporter = subject === undefined ? null : reportedBy(ctx, subject.start, want);
  if (reporter !== null) return reporter;
  // Else the last speaker, else the nearest person of the pronoun's gender. That one is looked for every time
  // (a short search: a few mentions back, with their genders remembered), since the short texts always find one
  // of the others, and a search they never made dropped the optimised resolvePronoun on the first big text.
  const nearest = findBefore(ctx, pos, PERSON, paragraphStartBefore(ctx, pos, 8), ofGenderNotMet, want, '');
  const last = ctx.speakers[ctx.speakers.length - 1];
  // The last speaker when no subject nearby is named after the cue that made them one: `…,” Tefft said. He
  // noted…` is Tefft, not the minister the lead named first. A subject inside that cue is one the cue passed
  // over (`the Niger ambassador, Mrs. Goga, Ghana's foreign minister Shirley Botchwey, noted: "…" She added`).
  // Not when that subject reported the last speaker's words: `Khiari said Guterres urged a "unified response" …` then
  // `"…," he said` goes on with Khiari.
  if (last && (!subject || (subject.start < last.cueEnd && !reportsCueAt(ctx, subject, last.at))) && last.at >= paragraphStartBefore(ctx, pos, 4) && compatible(last.gender, want)) {
    return { name: last.name, antecedent: findBefore(ctx, pos, PERSON, window, namedAs, last.name, '') ?? null };
  }
  // A role named after the nearest person, when no subject is: `In his message, the Secretary-General said that …
  // "…," he said` after the briefer was named paragraphs before.
  const role = subject === undefined ? roleBefore(ctx, pos, nearest?.end ?? 0) : null;
  // Not someone the gazetteer knows to be of the other gender.
  if (role !== null && compatible(knownPerson(ctx, role.name)?.gender ?? null, want)) return role;
  const person = subject ?? nearest;
  return person ? { name: fullName(ctx, person), antecedent: person } : null;
}

/**
 * `he` or `she` at `pos` as the nearest person of that gender but `other`, whom the pronoun's own verb names (`He
 * denounced Donald Trump as …`); null for another pronoun or no such person.
 */
export function pronounOtherThan(ctx: Context, pronoun: string, pos: number, other: string): Resolution | null {
  const lower = pronoun.toLowerCase();
  const want = lower === 'he' ? 'm' : lower === 'she' ? 'f' : null;
  const person = want === null ? undefined : findBefore(ctx, pos, PERSON, paragraphStartBefore(ctx, pos, 8), otherOfGender, want, other);
  return person === undefined ? null : { name: fullName(ctx, person), antecedent: person };
}
/** Of the gender wanted (see ofGender), and not the person named `other`, who was the pronoun's first choice. */
const otherOfGender: MentionTest = (ctx, m, want, other) => fullName(ctx, m) !== other && ofGender(ctx, m, want, '') && !modifierOnly(ctx, m);

/**
 * The one a sentence that opens with `According to him,` (or `her`, of the gender wanted) reports, when `at` is in
 * that sentence: as that pronoun is resolved. Null otherwise.
 */
function reportedBy(ctx: Context, at: number, want: string): Resolution | null {
  const from = Math.max(0, at - 400);
  const m = ACCORDING_TO_PRONOUN.exec(ctx.text.slice(from, at));
  if (m === null || (m[1] === 'him') !== (want === 'm')) return null;
  return resolvePronoun(ctx, m[1], from + m.index + m[0].indexOf(m[1], 'According to '.length));
}
/**
 * The subject `m` reports the words the cue at `at` gives (`Khiari said Guterres urged a "unified response"`): only
 * a reporting verb, perhaps whom it tells and `that`, stands between them.
 */
function reportsCueAt(ctx: Context, m: Entity, at: number): boolean {
  return m.end <= at && at - m.end <= REPORTING_REACH && REPORTING_BETWEEN.test(ctx.text.slice(m.end, at));
}
const REPORTING_REACH = 40;
const REPORTING_BETWEEN = /^\s+(?:said|says|added|noted|stressed|explained|recalled|told\s+(?:[\p{L}’'-]+\s+){1,3}?)\s*(?:that\s+)?$/u;

/** A sentence that opens with `According to him,` and runs on to the end of the string. */
const ACCORDING_TO_PRONOUN = /(?:^|[.!?]\s+|\n)According\s+to\s+(him|her),[^.!?\n]*$/;

/** `the latter`: the person named last, in this paragraph or the one before. */
function resolveLatter(ctx: Context, pos: number): Resolution | null {
  const person = findBefore(ctx, pos, PERSON, paragraphStartBefore(ctx, pos, 1), anyMention, '', '');
  return person === undefined ? null : { name: fullName(ctx, person), antecedent: person };
}
const LATTER = /^the\s+latter$/;

/**
 * A role that names a person, after `the` or a country's possessive (`the Secretary-General`, `the UN envoy`,
 * `Argentina's ambassador`, `The Qatari foreign minister`).
 */
const ROLE_MENTION = /(?:\b[Tt]he\s+(?:(?:UN|U\.N\.|[A-Z][a-z]+)\s+)?(?:foreign\s+|prime\s+|special\s+)?|\b[A-Z][a-z]+['’]s\s+)(?:[Ss]ecretary[- ][Gg]eneral|[Mm]inister|[Aa]mbassador|[Ee]nvoy|[Pp]resident|[Cc]hancellor|[Pp]remier|[Ss]pokes(?:man|woman|person))\b/g;

/**
 * `The Secretary-General addressed the Assembly. "…," he said.`: with no person named before a pronoun, the last
 * role named in its paragraph or the one before, resolved as the role (see resolveRole).
 */
function roleBefore(ctx: Context, pos: number, after: number): Resolution | null {
  const from = Math.max(paragraphStartBefore(ctx, pos, 1), after);
  if (from >= pos) return null;
  const words = ctx.text.slice(from, pos);
  let last: RegExpExecArray | null = null;
  ROLE_MENTION.lastIndex = 0;
  for (let m = ROLE_MENTION.exec(words); m !== null; m = ROLE_MENTION.exec(words)) last = m;
  return last === null ? null : resolveRole(ctx, last[0], from + last.index);
}

/**
 * `It added that …` after `the ministry said`: the last speaker when that is a body (a ministry, a council, a
 * country) named nearby; else no one.
 */
function resolveIt(ctx: Context, pos: number): Resolution | null {
  const last = recentSpeaker(ctx, pos);
  // A body that reports in the paragraph before, after the last speaker's cue: `The U.S. Department of State later
  // said Blinken and his counterparts discussed …` then `“…,” it said`, after the Korean ministry's words.
  const reporting = findBefore(ctx, pos, BODIES, paragraphStartBefore(ctx, pos, 1), bodyReports, '', '');
  if (reporting !== undefined && (last === undefined || reporting.start > last.cueEnd)) return { name: reporting.canonical, antecedent: reporting };
  if (last === undefined) return null;
  // A body the text named (`the Ministry of Foreign Affairs said`), or one written in lower case that spoke
  // (`the Chinese embassy said`: the Chinese Embassy).
  const body = BODY_NAME.test(last.name) || findBefore(ctx, pos, BODIES, paragraphStartBefore(ctx, pos, 4), namedAs, last.name, '') !== undefined;
  return body ? { name: last.name, antecedent: null } : null;
}
/** A body followed by a reporting verb (`The U.S. Department of State later said`). */
const bodyReports: MentionTest = (ctx, m) => BODY_REPORTS.test(ctx.text.slice(m.end, m.end + 30));
const BODY_REPORTS = /^\s+(?:later\s+|also\s+|earlier\s+|then\s+)?(?:said|says|stated|announced|noted|added|reported)\s/;

/** The name of a body as a lower-case role gives it (see countrysBody): `Chinese Embassy`, `Mexican Foreign Ministry`. */
const BODY_NAME = /\s(?:Embassy|Ministry|Foreign Office)$/;

/**
 * `…, as demanded by Trump, who called the pact a "…"`: the person named right before the comma that opens the
 * relative clause; else no one (`an official, who said`; `followers on Twitter, who asked`).
 */
function resolveWho(ctx: Context, pos: number): Resolution | null {
  const i = ctx.mentionStarts.firstAtOrAfter(pos) - 1;
  const m = i >= 0 ? ctx.mentions[i] : undefined;
  const gap = m === undefined ? '' : ctx.text.slice(m.end, pos);
  if (m === undefined || m.type !== 'PERSON' || !BEFORE_WHO.test(gap)) return null;
  // With no comma, `who` may belong to the noun before a preposition (`the aides to Blinken who said`): only a full
  // name not right after one stands for it (`Secretary of State John Kerry who said`).
  if (!gap.includes(',') && (!m.text.includes(' ') || PREPOSITION_BEFORE_NAME.test(ctx.text.slice(Math.max(0, m.start - 6), m.start)))) return null;
  return { name: fullName(ctx, m), antecedent: m };
}
const PREPOSITION_BEFORE_NAME = /\b(?:to|of|for|from|with|at|in|by)\s$/;
/**
 * What stands between the name and `who`: a comma, perhaps after a closing bracket (`Tuggar (pictured), who`), or
 * a space alone (`John Kerry who said`).
 */
const BEFORE_WHO = /^(?:(?:\s*\([^()]{0,40}\))?\s*,\s*|\s)$/;

/**
 * The gender of a speaker: the gazetteer's, else the one a cue's pronoun showed (`he said`), which is then
 * remembered for the speaker's later mentions and for pronouns further on, else the one the name suggests.
 */
export function speakerGender(ctx: Context, name: string, cueText: string): 'm' | 'f' | 'n' | null {
  const person = knownPerson(ctx, name);
  const known = person?.gender ?? null;
  // A body or a place that speaks (`Indonesia`, `the Angolan Presidency`): no `he` after it stands for it.
  const body = person === null && (ctx.bodies.has(name) || BODY_NAME_WORDS.test(name));
  // Every step is taken for every speaker, and a speaker the gazetteer knows writes back what was remembered:
  // the short texts know all their speakers, and a step only an unknown one took dropped the optimised
  // attributeOne (which adds the speakers) on the first big text that had one.
  const shown = genderShownBy(cueText);
  const learnt = (known === null ? shown : null) ?? ctx.facts.pronounGender.get(name) ?? null;
  ctx.facts.pronounGender.set(name, learnt);
  // Else what the name suggests (`John Sullivan`, then `…,” she said` is not his).
  const guessed = guessGender(name);
  return body ? 'n' : (known ?? learnt ?? guessed);
}
/** A name a body has (`Angolan Presidency`, `Nicaraguan government`, `Indonesian Foreign Ministry`). */
const BODY_NAME_WORDS = /\b(?:Ministry|Embassy|Presidency|[Gg]overnment|Office|Council|Commission|Department|Agency|Committee|Secretariat|Mission)\b/;

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

/** One or two capitalised words after a break, then `from` (before a body's name): the name of one from the body. */
const NAME_FROM_OUTLET = /(?:^|[\s,;:.])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) from $/u;
/** The length of ` from `, between NAME_FROM_OUTLET's name and the body's name. */
const FROM_GAP = ' from '.length;
/** Words for people that are no one's name (`Officials from Reuters`). */
const PEOPLE_WORDS = /^(?:Officials|Sources|Reporters|Journalists|Diplomats|Experts|Analysts|Residents|Witnesses|Delegates|Members|Representatives|Those|People|Others|Delegations|Observers|Participants|Leaders|Ministers)$/;

function resolveName(ctx: Context, subjectText: string, start: number, end: number): Resolution | null {
  // `the UN chief`: a role, though it names a body.
  if (UN_CHIEF.test(subjectText)) return resolveRole(ctx, subjectText, start);
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
  // `Dhairya from Sputnik has asked`, as a briefing's host reads out the questions: the journalist, by the name
  // before the outlet, though no list knows it.
  const journalist = body !== undefined && body.start === start ? NAME_FROM_OUTLET.exec(ctx.text.slice(Math.max(0, start - 40), start)) : null;
  // Not words an entity ends with (a name the lists know, as a place: `Moscow from Interfax`).
  const journalistEnd = start - FROM_GAP;
  if (journalist !== null && !NOT_A_SPEAKER.test(journalist[1]) && !PEOPLE_WORDS.test(journalist[1]) && firstEntityWithin(ctx, journalistEnd - 60, journalistEnd, (e) => e.end === journalistEnd) === undefined) {
    return { name: journalist[1], antecedent: null };
  }
  if (body) return headOfBody(ctx, body) ?? titleOfBody(ctx, subjectText, start, end, body) ?? { name: body.canonical, antecedent: null };
  // A full stop that ends the sentence is no part of the name (`, added Malcorra.`; an initial keeps its dot).
  const words = subjectText.replace(/^The\s+/, '').replace(TITLE_WORDS, '').trim().replace(SENTENCE_STOP, '');
  // Titles alone (`The PM said`, `FM Spokesman said`): whoever holds the title here, as for a role; also after a
  // nationality word (`Argentine Chancellor calls …`).
  if (words === '' || nationalityAndTitles(ctx, words, start, end)) return resolveRole(ctx, subjectText, start);
  // `…snub of the King. He confirmed`: the title word and its full stop end a sentence, and the pronoun after
  // them is the subject.
  if (PRONOUN.test(words)) return resolvePronoun(ctx, words, end - words.length);
  if (NOT_A_SPEAKER.test(words.split(/\s+/)[0])) return null;
  // A surname of someone named earlier in full (`Paul French … French said`).
  const full = ctx.fullBySurname.get(words) ?? misspeltSurname(ctx, words);
  if (full) return { name: full, antecedent: null };
  // `the American warned`: a nationality for the one of that country the text speaks of, as a role; never a
  // speaker's name itself.
  const country = countryOfDemonym(words);
  if (country !== null) return THE_BEFORE.test(ctx.text.slice(Math.max(0, start - 4), start)) ? nationalOf(ctx, country, start) : null;
  // Else the name as written (someone no list knows).
  return words.split(/\s+/).length <= 4 ? { name: words, antecedent: null } : null;
}

const THE_BEFORE = /^[Tt]he\s$/;

/** `words` (the subject from `start` to `end`, `The` dropped) are a nationality word, then titles only. */
function nationalityAndTitles(ctx: Context, words: string, start: number, end: number): boolean {
  const at = end - words.length;
  const e = ctx.entities[ctx.entityStarts.firstAtOrAfter(start)];
  if (e === undefined || e.type !== 'NORP' || e.start !== at || e.end >= end) return false;
  const rest = ctx.text.slice(e.end, end).trimStart();
  return rest !== '' && TITLE_WORDS.exec(rest)?.[0].trimEnd().length === rest.trimEnd().length;
}

/**
 * `…,” Kantz warned` after `Foreign Minister Israel Katz`: a word no one is named by, one letter off the surname of
 * exactly one person named in full (same first letter, four letters or more), is that person misspelt.
 */
function misspeltSurname(ctx: Context, word: string): string | undefined {
  if (word.length < 4 || word.includes(' ')) return undefined;
  let found: string | undefined;
  for (const [surname, full] of ctx.fullBySurname) {
    if (surname.length < 4 || surname.charCodeAt(0) !== word.charCodeAt(0) || !oneEditApart(surname, word)) continue;
    if (found !== undefined && found !== full) return undefined;
    found = full;
  }
  return found;
}


/**
 * `the head of the Ministry of Foreign Affairs of Uzbekistan wrote`: the cue's name is the ministry's, and its head
 * (its minister, see resolveRole) speaks.
 */
function headOfBody(ctx: Context, body: Entity): Resolution | null {
  if (!/[Mm]inistry/.test(body.text)) return null;
  const lead = HEAD_OF_BEFORE.exec(ctx.text.slice(Math.max(0, body.start - 20), body.start));
  return lead === null ? null : resolveRole(ctx, lead[0] + body.text, body.start - lead[0].length);
}
/**
 * `UN Secretary-General said`, `AU Commission Chairperson said`: a body and a title after it, no name: whoever
 * holds the title (see resolveRole), not the body.
 */
function titleOfBody(ctx: Context, subjectText: string, start: number, end: number, body: Entity): Resolution | null {
  if (body.end >= end) return null;
  const rest = `${ctx.text.slice(body.end, end).replace(/-/g, ' ').trim()} `;
  return TITLE_WORDS.exec(rest)?.[0].length === rest.length ? resolveRole(ctx, subjectText, start) : null;
}

const HEAD_OF_BEFORE = /\b(?:[Tt]he\s+)?head\s+of\s+(?:the\s+)?$/;

/** A pronoun that may open a sentence and name a speaker. */
const PRONOUN = /^(?:He|She|They|We|I)$/;

/** A full stop after a word of three letters or more at the end of a name. */
const SENTENCE_STOP = /(?<=\p{L}{3})\.$/u;

/** The rest of a title after a cue's subject runs a line at most. */
const TITLE_REST_MAX = 120;

/** The person named right after a subject that ends in a title word (`Secretary` of `U.S. Secretary`), if any. */
function personAfterTitle(ctx: Context, end: number, subjectText: string): Entity | undefined {
  const last = subjectText.slice(subjectText.trimEnd().lastIndexOf(' ') + 1);
  if (!TITLE_WORDS.test(last + ' ')) return undefined;
  // Or set off by a comma (`said North Macedonia's Foreign Minister, Bujar Osmani`).
  const comma = ctx.text.charCodeAt(end) === 0x2c ? 1 : 0;
  return personAfterTitleWords(ctx, end + comma, TITLE_REST_MAX);
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