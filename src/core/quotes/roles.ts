// Resolves a role that is a cue's subject (`the minister`, `the Iranian envoy`) to the person named nearby who
// holds it (role-holders.ts says who does, role-countries.ts which country a role is of and whom a person serves),
// or the holder the gazetteer gives; a role that names a body goes to bodies.ts.

import type { Entity } from '../entities';
import { isUnAgency, roleHolder, titleHolder, unSecretaryGeneral } from '../entities/load';
import { isPossessiveAt, isSpaceCode } from '../text/chars';
import { ABBREVIATED_ROLES, DOCUMENTS, PLACE_NAMED_BEFORE } from './cue-words';
import { BODY_ROLE, bodyOfRole, lastOrganisation, pressService, PRESS_SERVICE } from './bodies';
import { type Context, findAfter, findBefore, fullName, knownPerson, type MentionTest, ORGS, paragraphStartBefore, PERSON, recentSpeaker, type Resolution } from './context';
import { isSubject } from './clause-subject';
import { countryAcross, countryInOrg, countryOfAfter, countryWithin, ofState, ownersCountry, serves, servesAbroad } from './role-countries';
import { firstMentionOf, hasRoleWord, holdsPortfolio, holdsRole, introducedAs } from './role-holders';

/**
 * The first person after `pos`, up to the end of the next paragraph, whose name follows the role as a title
 * (`Chinese Ambassador to Nepal Hou Yanqi`), for a role of a country. Not a role without one: `As the President
 * said` in a State Department briefing is not `President Zelenskyy` named next. Not a press role: `The reporter
 * told Jean-Pierre` names the one asked.
 */
function holderAfter(ctx: Context, pos: number, noun: string, country: string | null): Entity | undefined {
  if (country === null || PRESS_ROLES.has(noun)) return undefined;
  const at = ctx.paragraphStarts.lastAtOrBefore(pos);
  const limit = ctx.paragraphs[Math.min(ctx.paragraphs.length - 1, at + 1)]?.end ?? pos;
  return findAfter(ctx, pos, PERSON, limit, titledServing, noun, country);
}

/** Named after the role as a title (see titledAs), serving the country. */
const titledServing: MentionTest = (ctx, m, noun, country) => titledAs(ctx, m, noun) && serves(ctx, m, country);

/** The role stands capitalised right before the name, perhaps with its complement (`Ambassador to Nepal`). */
function titledAs(ctx: Context, m: Entity, noun: string): boolean {
  const before = ctx.text.slice(Math.max(0, m.start - 60), m.start);
  const at = before.toLowerCase().lastIndexOf(noun);
  if (at < 0 || !/\p{Lu}/u.test(before[at]) || (at > 0 && /[\p{L}-]/u.test(before[at - 1]))) return false;
  return TITLE_TAIL.test(before.slice(at + noun.length));
}
/** What may stand between a title's role word and the name: its complement, a dash, spaces. */
const TITLE_TAIL = /^(?:\s+(?:to|of|for|in)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?[\s,–—-]*$/u;

/**
 * The last word of a role in lower case, without a possessive `'s` (`minister` of `the foreign minister's`):
 * `role.trim().split(/\s+/).pop().toLowerCase().replace(/['’]s$/, '')`, without the list of every word; an
 * abbreviated title stands for its noun (ABBREVIATED_ROLES: `The PM` is a minister).
 */
export function roleNoun(role: string): string {
  let end = role.length;
  while (end > 0 && isSpaceCode(role.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(role.charCodeAt(start - 1))) start--;
  const noun = ABBREVIATED_ROLES.get(role.slice(start, end))?.noun ?? role.slice(start, end).toLowerCase().replace(/['’]s$/, '');
  // `the Secretary General` is the Secretary-General, not a general.
  return noun === 'general' && /secretary\s+general(?:['’]s)?\s*$/i.test(role) ? 'secretary-general' : noun;
}

/**
 * A portfolio's secretary, as the title says it whole (`foreign secretary`): `secretary` alone is also a party's
 * general secretary or a secretary of state.
 */
const QUALIFIED_ROLE = /(?:foreign|defen[cs]e|home|interior|finance|trade|justice)\s+secretary$/i;

/** What comes before a full title: an article, a possessive (`the Secretary-General's`), a country's name in front. */
const TITLE_LEAD = /^(?:(?:the|a|an)\s+)?(?:[\p{L}.-]+['’]s\s+)?/iu;
/** A title of the UN's own (`the Secretary-General's Special Envoy`, `the UN envoy`). */
const UN_OFFICE = /[Ss]ecretary[\s-][Gg]eneral['’]s|\bUN\b|United Nations/;
/**
 * The head of a ministry (`the head of the Ministry of Foreign Affairs of Uzbekistan`), who is its minister; the
 * head of a country's diplomacy (`the head of Argentine diplomacy`) is its foreign minister.
 */
const HEAD_OF_MINISTRY = /^(?:the\s+)?head\s+of\s+(?:the\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:[Mm]inistry|diplomacy)\b/u;
/** A role's noun that heads a body, and the body's name after `of` (`president of the U.N. General Assembly`). */
const BODY_COMPLEMENT = /((?:^|\s)(?:[Pp]resident|[Cc]hair(?:man|woman|person)?|[Dd]irector(?:-[Gg]eneral)?|[Ss]ecretary-[Gg]eneral|[Ss]peaker))\s+of\s+(?:the\s+)?\p{Lu}[^]*$/u;
/** What a role is for or to, after its noun: ` for Yemen` of `the Special Envoy for Yemen`. */
const COMPLEMENT = new RegExp(`\\s+(?:for|to|on)\\s+(?:the\\s+)?(?:\\p{Lu}[^]*|${PLACE_NAMED_BEFORE})$`, 'u');

/** `the UN agency`, `the U.N. body`: one of the UN system's agencies, funds and programmes. */
const UN_AGENCY = /^(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)\s+(?:agency|body|organi[sz]ation|programme|program|fund)$/iu;
/** An agency of the UN system (see isUnAgency). */
const unAgency: MentionTest = (_ctx, m) => isUnAgency(m.canonical);

/**
 * The subject of its clause, introduced by the text with the role of `noun` (`President Bush said …`), before one
 * who holds it only by the gazetteer's roles (Gorbachev, the Soviet Union's president in 1990).
 */
const subjectIntroduced: MentionTest = (ctx, m, noun) => isSubject(ctx, m) && introducedAs(ctx, m, noun, '');
/** The subject of its clause, holding the role of `noun` (see holdsRole). */
const subjectHolding: MentionTest = (ctx, m, noun) => isSubject(ctx, m) && holdsRole(ctx, m, noun);
/** Holding the role of `noun` for `country` (see serves). */
const serving: MentionTest = (ctx, m, noun, country) => holdsRole(ctx, m, noun) && serves(ctx, m, country);
/** The subject of its clause, holding the role for the country (see serving). */
const subjectServing: MentionTest = (ctx, m, noun, country) => isSubject(ctx, m) && serving(ctx, m, noun, country);

export function resolveRole(ctx: Context, role: string, pos: number): Resolution | null {
  if (PRESS_SERVICE.test(role)) return pressService(ctx, role, pos);
  // `the minister’s office told …`: the office speaks for the minister.
  const office = OFFICE_OF.exec(role);
  if (office !== null) return resolveRole(ctx, office[1], pos);
  // `the UN chief`, `the head of the United Nations`: the Secretary-General, not a chief named before.
  if (UN_CHIEF.test(role)) return resolveRole(ctx, 'the Secretary-General', pos);
  // `The Prime Minister and Minister of Foreign Affairs added`: one person holds both posts, whom the first names
  // (the second alone may be another's: `Minister of Foreign Affairs of the Republic of Turkey Hakan Fidan`).
  const two = TWO_TITLES.exec(role);
  if (two !== null) return resolveRole(ctx, two[1], pos);
  // `the statement from the UN chief`: the document of a person's role speaks for that person.
  const document = DOCUMENT_OF_PERSON.exec(role);
  if (document !== null) return resolveRole(ctx, document[1], pos + role.length - document[1].length);
  // `Joly’s tweet reads`, `Lavrov's statement said`: the document of the person named before the possessive.
  const owner = OWNED_DOCUMENT.test(role) ? personOwning(ctx, pos) : undefined;
  if (owner !== undefined) return { name: fullName(ctx, owner), antecedent: owner };
  // `The UN agency noted` after `A UNHCR statement stressed`: the agency of the UN system named last, not the UN.
  const agency = UN_AGENCY.test(role) ? findBefore(ctx, pos, ORGS, paragraphStartBefore(ctx, pos, 8), unAgency, '', '') : undefined;
  if (agency !== undefined) return { name: agency.canonical, antecedent: agency };
  // `the head of the Uzbekistan Foreign Ministry` is its minister, not the ministry.
  const headsMinistry = HEAD_OF_MINISTRY.test(role);
  // `the Chairperson of the AU Commission`, `the President of the National Council`: the one who heads the body.
  const bodyRole = BODY_COMPLEMENT.test(role) ? null : BODY_ROLE.exec(role);
  if (bodyRole !== null && !headsMinistry && !/spokes|minister|secretary|ambassador|envoy|diplomat|representative|official/i.test(role)) return bodyOfRole(ctx, role, pos, bodyRole[1].toLowerCase());
  // `asked Argentina's cabinet chief, Anibal Fernandez.`: the person named in apposition right after a person's
  // role; after a source's (`According to Colombia’s ambassador, Camilo Reyes, the visit …`) only when no relative
  // clause makes the name the subject of what the source reports (`According to the spokesman, Lavrov, who arrived
  // on Monday, will …`).
  const apposed = personInApposition(ctx, pos + role.length);
  if (apposed !== undefined && !(SOURCE_BEFORE.test(ctx.text.slice(Math.max(0, pos - 14), pos)) && RELATIVE_AFTER.test(ctx.text.slice(apposed.end, apposed.end + 10)))) {
    return { name: fullName(ctx, apposed), antecedent: apposed };
  }
  // `the Special Envoy for Yemen`, `the Ambassador to Nepal`: the role is the envoy's, and Yemen is not whom the
  // envoy serves.
  // So is the body a president or a chair is of (`the president of the U.N. General Assembly`): the noun is `president`.
  const head = role.replace(COMPLEMENT, '').replace(BODY_COMPLEMENT, '$1');
  // `The Prime Minister` is the premier, whom no other minister stands for (see SAME_ROLE in role-holders.ts).
  const noun = headsMinistry ? 'minister' : PRIME_MINISTER.test(head) ? 'premier' : roleNoun(head);
  const near = paragraphStartBefore(ctx, pos, 2);
  const recent = paragraphStartBefore(ctx, pos, 8);
  const abbreviation = head.slice(head.lastIndexOf(' ') + 1);
  // `the FM told the newspaper` after the defence minister was named: the holder of the portfolio (see ABBREVIATED_ROLES).
  const portfolioHolder = ABBREVIATED_ROLES.get(abbreviation)?.portfolio ? findBefore(ctx, pos, PERSON, recent, holdsPortfolio, abbreviation, '') : undefined;
  if (portfolioHolder !== undefined) return { name: fullName(ctx, portfolioHolder), antecedent: portfolioHolder };
  // `said the Kataeb leader` after `MP Samy Gemayel (Kataeb)`: the one the party's name goes with.
  const within = countryWithin(ctx, pos, pos + head.length);
  const party = within === null ? PARTY_ROLE.exec(head) : null;
  const member = party === null ? undefined : findBefore(ctx, pos, PERSON, recent, partyOf, party[1], '');
  if (member !== undefined) return { name: fullName(ctx, member), antecedent: member };
  // `the Iranian minister` in a text about two ministers: only one who serves Iran holds that role.
  const country = within ?? ownersCountry(ctx, pos, pos + head.length) ?? countryAcross(ctx, pos) ?? (headsMinistry ? (countryInOrg(ctx, pos, pos + role.length) ?? countryOfAfter(ctx, pos + role.length)) : null);
  // `the Argentine chancellor`: Latin American usage (`canciller`) for the foreign minister, where no chancellor
  // heads the government.
  if (noun === 'chancellor' && country !== null && !CHANCELLOR_STATES.has(country)) {
    const minister = findBefore(ctx, pos, PERSON, recent, holdsPortfolio, 'FM', '') ?? findAfter(ctx, pos, PERSON, pos + 3000, holdsPortfolio, 'FM', '');
    if (minister !== undefined) return { name: fullName(ctx, minister), antecedent: minister };
  }
  // `the foreign secretary said`: one introduced with the whole title, before one who holds a secretary's post of
  // another kind (Xi Jinping, the Communist Party's General Secretary, named last).
  const qualified = country === null ? QUALIFIED_ROLE.exec(head)?.[0].toLowerCase() : undefined;
  const titled = qualified === undefined ? undefined : findBefore(ctx, pos, PERSON, recent, introducedAs, qualified, '');
  if (titled !== undefined) return remembered(ctx, noun, country, pos, titled);
  // The subject of a clause nearby who holds the role, then anyone recent who does.
  const holding = PRESS_ROLES.has(noun)
    ? findBefore(ctx, pos, PERSON, recent, namedRightAfter, noun, '')
    : country === null
      ? (findBefore(ctx, pos, PERSON, near, subjectIntroduced, noun, '') ?? findBefore(ctx, pos, PERSON, near, subjectHolding, noun, '') ?? findBefore(ctx, pos, PERSON, recent, holdsRole, noun, ''))
      : (findBefore(ctx, pos, PERSON, near, subjectServing, noun, country) ?? findBefore(ctx, pos, PERSON, recent, serving, noun, country));
  if (holding) return remembered(ctx, noun, country, pos, holding);
  // `the Chinese ambassador in her statement said, "…"` before `Chinese Ambassador to Nepal Hou Yanqi claimed`:
  // the one the next paragraphs name in the role.
  const later = holderAfter(ctx, pos, noun, country);
  if (later) return remembered(ctx, noun, country, pos, later);
  // No one named holds it: the holder the gazetteer gives, named nowhere in the text: of the full title in the
  // dateline's year (`the Special Envoy for Yemen`), or of the title in the country a briefing's speaker serves.
  const holder = (head.length < role.length ? titleHolder(role.replace(TITLE_LEAD, ''), ctx.year, UN_OFFICE.test(head) ? 'United Nations' : country) : null) ?? holderForSpeaker(ctx, noun, pos);
  if (holder !== null) return { name: holder, antecedent: null };
  // A ministry whose minister no one here is named as speaks itself.
  if (headsMinistry && bodyRole !== null) return bodyOfRole(ctx, role, pos, bodyRole[1].toLowerCase());
  // `the reporter asked`: the press is named only as such; the person nearby is the one asked.
  if (PRESS_ROLES.has(noun)) return null;
  // `the Secretary-General said` where no one named holds the office: the UN's, in office in the dateline's year
  // (or now), not the briefer named before (`noon briefing by Farhan Haq, Deputy Spokesman for the
  // Secretary-General`). Not a deputy's or an assistant's office, nor another body's (`NATO's`).
  const secretaryGeneral = noun === 'secretary-general' && !OTHER_SECRETARY_GENERAL.test(role) ? unSecretaryGeneral(ctx.year) : null;
  if (secretaryGeneral !== null) return { name: secretaryGeneral, antecedent: null };
  // `The Sahrawi diplomat further clarified` after the Polisario envoy's words and a paragraph naming two UN
  // officials: `diplomat` with a nationality is the epithet of the one whose words the text was giving.
  const epithetOf = noun === 'diplomat' && within !== null && THE_START.test(role) ? lastSpeakerFor(ctx, pos, within) : null;
  if (epithetOf !== null) return { name: epithetOf, antecedent: null };
  // Else the person nearby, but none known to serve another country than the role's (`the Russian diplomat
  // said` after the US ambassador was named).
  const pick =
    findBefore(ctx, pos, PERSON, near, subjectNotAbroad, '', country ?? '') ??
    findBefore(ctx, pos, PERSON, recent, notAbroad, '', country ?? '') ??
    // A headline quoting `… says Bulgaria's envoy` before the envoy is named: the first person after it.
    findAfter(ctx, pos, PERSON, pos + 3000, laterInRole, noun, country ?? '');
  // `Saudi Arabia’s ambassador to the United States has welcomed …` resolved to the prince named next, then `the
  // ambassador said`: the same holder, not the person named last (`Trump is expected to be sworn in`). Only for a
  // post one holds (not `the diplomat`, `the official`, which any of several people may be), and a role naming a
  // country only for a holder of that country's (`the Turkish ambassador` is not the one `the ambassador` was).
  const before = GENERIC_ROLES.has(noun) ? undefined : ctx.roleHolders.get(noun);
  if (before !== undefined && before.at >= recent && (country === null || before.country === country) && (!pick || fullName(ctx, pick) !== before.name)) {
    return { name: before.name, antecedent: before.holder };
  }
  if (pick) return remembered(ctx, noun, country, pos, pick);
  // `the spokesperson of the Embassy clarified`: no one named speaks for the body, which speaks itself.
  if (bodyRole !== null) return bodyOfRole(ctx, role, pos, bodyRole[1].toLowerCase());
  // `a spokesman emphasized` after `The Chinese Foreign Ministry rejected …`, no one named: the body's words.
  const body = SPOKESPEOPLE.has(noun) ? lastOrganisation(ctx, pos, 4) : undefined;
  return body === undefined ? null : { name: body.canonical, antecedent: body };
}
const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);

/** Role nouns that several people in one text may answer to: no holder of theirs is remembered for the next cue. */
const GENERIC_ROLES: ReadonlySet<string> = new Set(['diplomat', 'official', 'source', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'envoy', 'delegate', 'leader', 'counterpart', 'minister', 'secretary']);

/** The resolution to `holder` of a role whose noun is `noun`, kept for the role's next cue (see Context.roleHolders). */
function remembered(ctx: Context, noun: string, country: string | null, pos: number, holder: Entity): Resolution {
  const name = fullName(ctx, holder);
  if (noun !== '') ctx.roleHolders.set(noun, { name, holder, at: pos, country });
  return { name, antecedent: holder };
}

/**
 * The last speaker, within the three paragraphs before `pos`, if a person not known to serve another country than
 * `country`; else null.
 */
function lastSpeakerFor(ctx: Context, pos: number, country: string): string | null {
  const last = recentSpeaker(ctx, pos, 3);
  // A person's: not a body's or a place's (gender `n`).
  if (last === undefined || last.gender === 'n') return null;
  const roles = knownPerson(ctx, last.name)?.roles.filter(ofState) ?? [];
  return roles.length === 0 || roles.some((r) => r.country === country) ? last.name : null;
}
/** A role with the definite article (`The Sahrawi diplomat`), not a country's (`Lithuania's top diplomat`). */
const THE_START = /^[Tt]he\s/;

/**
 * The person named right after `at` between a comma and the end of a clause (`, Anibal Fernandez.`, `, Bujar
 * Osmani, on Monday`), if any.
 */
function personInApposition(ctx: Context, at: number): Entity | undefined {
  if (ctx.text.charCodeAt(at) !== COMMA) return undefined;
  let start = at + 1;
  while (start < at + 4 && ctx.text.charCodeAt(start) === SPACE_CODE) start++;
  // Perhaps after the person's own title (`, former Nigerian President Olusegun Obasanjo.`).
  let e = ctx.entities[ctx.entityStarts.firstAtOrAfter(start)];
  while (e !== undefined && e.type === 'NORP' && e.start < start + 40) e = ctx.entities[ctx.entityStarts.firstAtOrAfter(e.end)];
  if (e === undefined || e.type !== 'PERSON' || (e.start !== start && !TITLE_BEFORE_NAME.test(ctx.text.slice(start, e.start)))) return undefined;
  return CLAUSE_END_AFTER.test(ctx.text.slice(e.end, e.end + 2)) ? e : undefined;
}
/** A title in capitals, perhaps after `former`, between an apposition's comma and the name. */
const TITLE_BEFORE_NAME = /^(?:(?:former|then|outgoing|ex-)\s*)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u;
const COMMA = 0x2c;
const SPACE_CODE = 0x20;
/** `according to` or `citing` right before a role: its holder is a source. */
const SOURCE_BEFORE = /(?:according\s+to|citing)\s+$/i;
/** A relative clause right after a name in apposition (`, who arrived …`): the name is its clause's subject. */
const RELATIVE_AFTER = /^,\s+(?:who|whose|which)\b/;
/** What ends an apposition: a comma, a stop, a semicolon or a colon, a closing bracket, a line break or the end. */
const CLAUSE_END_AFTER = /^(?:[,.;:)\n]|$)/;

/** States whose head of government is a chancellor (elsewhere `chancellor` is the foreign minister). */
const CHANCELLOR_STATES: ReadonlySet<string> = new Set(['Germany', 'Austria']);

/** `the Kataeb leader`, `the Likud lawmaker`: a role qualified by a capitalised name (group 1), perhaps a party's. */
const PARTY_ROLE = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:party\s+)?(?:leader|chief|head|chairman|lawmaker|legislator|MP|deputy)$/u;

/** Named with the party `party` in brackets right after (`Samy Gemayel (Kataeb)`), or right before (`Kataeb leader Samy Gemayel`). */
const partyOf: MentionTest = (ctx, m, party) => {
  const first = firstMentionOf(ctx, m);
  for (const e of first === m ? [m] : [first, m]) {
    if (ctx.text.startsWith(`(${party}`, e.end + 1) || ctx.text.slice(Math.max(0, e.start - party.length - 20), e.start).includes(`${party} `)) return true;
  }
  return false;
};

/**
 * Two titles of one person joined by `and` (`the Prime Minister and Minister of Foreign Affairs`): group 1 the first.
 * Not with an article before the second (`the President and the Foreign Minister said` are two people).
 */
const TWO_TITLES = /^((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Minister|President|Premier|Chancellor|Secretary))\s+and\s+(?!the\s)(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Minister|Secretary)\b/u;
/** A role that ends in `prime minister`, in any case. */
const PRIME_MINISTER = /\bprime\s+minister\s*$/i;
/** A person's office (`the minister’s office`, `the Prime Minister's Office`): group 1 the person's role. */
const OFFICE_OF = /^((?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:minister|president|premier|chancellor|secretary|ambassador|envoy))['’]s\s+office$/iu;
/** The UN's Secretary-General by the words of news copy: `the UN chief`, `the U.N. head`, `the head of the United Nations` (a cue's subject may keep the `that` before it). */
export const UN_CHIEF = /^(?:that\s+)?(?:the\s+)?(?:(?:UN|U\.N\.|United\s+Nations)\s+(?:chief|head)|head\s+of\s+the\s+(?:UN|U\.N\.|United\s+Nations)|world\s+body['’]s\s+(?:chief|head))$/;
/** A document from a person's role (`the statement from the UN chief`, `a message by the minister`): group 1 is the role. */
/** A person's document: a possessive, perhaps a word, and the document (`Joly’s tweet`, `Lavrov's latest statement`). */
const OWNED_DOCUMENT = new RegExp(`^\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}['’]s\\s+(?:[\\p{L}-]+\\s+)?(?:${DOCUMENTS.join('|')})$`, 'u');

/** The person whose name opens the role at `pos` and ends right before its possessive, if one. */
function personOwning(ctx: Context, pos: number): Entity | undefined {
  const m = ctx.mentions[ctx.mentionStarts.firstAtOrAfter(pos)];
  return m !== undefined && m.type === 'PERSON' && m.start === pos && isPossessiveAt(ctx.text, m.end) ? m : undefined;
}

const DOCUMENT_OF_PERSON = new RegExp(
  `^(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:${DOCUMENTS.join('|')})\\s+(?:from|by|of)\\s+(the\\s+(?:[\\p{L}.-]+\\s+){0,3}?(?:minister|president|premier|chancellor|secretary-general|secretary|ambassador|envoy|chief|head|spokesperson|spokesman|spokeswoman))$`,
  'iu',
);

/** A secretary-general who is not the UN's own (`Deputy Secretary-General`, `NATO Secretary General`). */
const OTHER_SECRETARY_GENERAL = /\b(?:deputy|under|assistant|special|nato|arab|oas|asean|commonwealth|opec|african|league|its|their)\b/i;

/**
 * The roles of the press at a briefing: whoever holds one is named right after it (`reporter John Smith`), or not
 * at all. The words before a spokesperson's name hold the press's role too (`a reporter asked spokeswoman …`).
 */
const PRESS_ROLES: ReadonlySet<string> = new Set(['reporter', 'journalist', 'correspondent', 'questioner', 'interviewer']);
/** The role is one of the press's (`the reporter`, `a journalist`): see PRESS_ROLES. */
export function isPressRole(role: string): boolean {
  return PRESS_ROLES.has(roleNoun(role));
}
/** The mention follows the role word `noun` and a space (`reporter John Smith`). */
const namedRightAfter: MentionTest = (ctx, m, noun) => {
  const at = m.start - noun.length - 1;
  return at >= 0 && isSpaceCode(ctx.text.charCodeAt(m.start - 1)) && ctx.text.slice(at, m.start - 1).toLowerCase() === noun;
};

/** Any mention of someone not known to serve only other countries than the role's (see servesAbroad). */
const notAbroad: MentionTest = (ctx, m, _noun, country) => !servesAbroad(ctx, m, country);
/**
 * A person named after a role no one named before holds, who may hold it: not known to serve only other countries,
 * and no head of state or government unless the role is theirs (`The Ambassador noted …`, then `Russian President
 * Vladimir Putin` received him: Putin is no ambassador).
 */
const laterInRole: MentionTest = (ctx, m, noun, country) => notAbroad(ctx, m, noun, country) && !leaderInOtherRole(ctx, m, noun);

/** The person heads a state or a government, by the gazetteer or by the title before the first mention, and `noun` is no such role. */
function leaderInOtherRole(ctx: Context, m: Entity, noun: string): boolean {
  if (LEADER_ROLES.test(noun)) return false;
  const roles = knownPerson(ctx, m.canonical)?.roles ?? [];
  if (roles.some((r) => LEADER_ROLES.test(r.title)) && !roles.some((r) => hasRoleWord(r.title.toLowerCase(), noun))) return true;
  const first = firstMentionOf(ctx, m);
  return LEADER_BEFORE.test(ctx.text.slice(Math.max(0, first.start - 20), first.start));
}
/** The titles of heads of state and government. */
const LEADER_ROLES = /^(?:president|prime minister|premier|king|queen|chancellor|emir|sultan)$|(?:^|\s)(?:President|Prime Minister|Premier|King|Queen|Chancellor|Emir|Sultan)$/;
/** Such a title right before a name. */
const LEADER_BEFORE = /(?:^|[^\p{L}-])(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|King|Queen|[Cc]hancellor|Emir|Sultan)\s+$/u;
/** The subject of its clause, not known to serve only other countries than the role's. */
const subjectNotAbroad: MentionTest = (ctx, m, noun, country) => isSubject(ctx, m) && notAbroad(ctx, m, noun, country);

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
