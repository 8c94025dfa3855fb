// What the subject resolvers know of a text (Context) and the look-ups they share: the search back through its
// mentions (findBefore) and the mention tests common to them, whether a mention is the subject of its clause,
// a person's full name, what the gazetteer knows of a person, and the tables the context is made of.

import type { Entity } from '../entities';
import { gazetteer, personInfo } from '../entities/load';
import type { Span } from '../text';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../entities/calendar';
import { ABBREVIATION_ALTERNATIVES } from '../text/abbreviations';
import { guessGender } from './gender-guess';
import { narrowed } from './narrow';
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

/** A mention that is the subject of its clause: only titles, nationalities and names stand before it. */
export function isSubject(ctx: Context, e: Entity): boolean {
  let is = ctx.facts.subject.get(e);
  if (is === undefined) ctx.facts.subject.set(e, (is = workOutSubject(ctx, e)));
  return is;
}

/**
 * `… met President Gotabaya Rajapaksa, Foreign Minister Dinesh Gunawardena, several other ministers`: a name after
 * a comma that ends another person's name, with a comma or `and` after it, is an item of a list, not a subject;
 * so is one that `and` and another name follow (`with Burkina Faso's Minister …, Mr. Karamoko Traoré, and Côte
 * d'Ivoire's Minister …`).
 */
function inListOfPeople(ctx: Context, e: Entity, clause: string): boolean {
  const after = ctx.text.slice(e.end, e.end + 8);
  if (!LIST_GOES_ON.test(after)) return false;
  if (ANOTHER_ITEM.test(after)) return true;
  // The clause starts after the comma and its spaces.
  const from = Math.max(0, e.start - clause.length - 3);
  const head = ctx.text.slice(from, e.start - clause.length).trimEnd();
  if (!head.endsWith(',')) return false;
  const comma = from + head.length - 1;
  const before = ctx.entities[ctx.entityStarts.firstAtOrAfter(comma) - 1];
  return before !== undefined && before.type === 'PERSON' && before.end === comma;
}
const LIST_GOES_ON = /^(?:,|\s+and\s)/;
const ANOTHER_ITEM = /^,?\s+and\s+\p{Lu}/u;

function workOutSubject(ctx: Context, e: Entity): boolean {
  // A name that ends its sentence is no subject (`… in contact with the US Ambassador in Nicosia, Mr. Roland
  // Schlicher.`): a subject has its verb still to come. Unless it is the agent of a passive, who does what the
  // subject undergoes (`His comments were echoed by Mr Lapid.`).
  // Stored one byte per character where it can be (see narrowed): the patterns below run several times faster so.
  const head = narrowed(ctx.text.slice(Math.max(0, e.start - HEAD_REACH), e.start));
  // Without the closing mark of a quotation that ended the sentence before (`… in the Arctic.” Norwegian …`).
  const clause = lastClause(head).replace(CLOSING_LEAD, '');
  if (clause.includes(' by ') && PASSIVE_AGENT.test(clause)) return true;
  if (SENTENCE_END_AFTER.test(ctx.text.slice(e.end, e.end + 2))) return false;
  if (inListOfPeople(ctx, e, clause)) return false;
  // The object of a preposition is no subject (`In this context, and in view of Putin's delaying tactics, Spain …`).
  if (PREPOSITION_AT_END.test(clause)) return false;
  if (SUBJECT_LEAD.test(clause)) return true;
  // A clause without its verb whose adjective says what the one named set out to do (`…, Ardern keen to emphasize`).
  if (KEEN_TO.test(ctx.text.slice(e.end, e.end + 20))) return true;
  // The one a source quotes is the one who speaks (`PTI quoted Bashir as saying that …`).
  if (clause.endsWith('quoted ') && QUOTED_SAYING.test(ctx.text.slice(e.end, e.end + 12))) return true;
  // The rarer forms, each tried only where it can match: an owner of several words has a possessive, a name in
  // apposition follows a comma, a role before the name needs a capital first.
  if (/['’‘]s\s/.test(clause) && OWNED_SUBJECT_LEAD.test(clause)) return true;
  if (/,\s*$/.test(clause)) {
    // Not a name in apposition to the object of an opening phrase (`Speaking to SKAI’s correspondent in
    // Istanbul, Manolis Kostidis, during a press conference, Fidan …`): its role's holder, not the subject.
    if (INTRO_PHRASE.test(clause)) return !(ROLE_OBJECT_AT_END.test(clause) && ctx.text.charCodeAt(e.end) === 0x2c);
    // `According to Interfax, [Ryabkov] said`: after a source that is no person (after one, `According to Spajic,
    // Escobar expressed …`, the words are the source's).
    // Not a name in apposition to the source (`According to Colombia’s ambassador, Camilo Reyes, the visit …`).
    if (ACCORDING_TO_SOURCE.test(clause)) return firstEntityWithin(ctx, e.start - clause.length, e.start, isPerson) === undefined && ctx.text.charCodeAt(e.end) !== 0x2c;
    return ROLE_IN_APPOSITION.test(clause) || TITLE_IN_APPOSITION.test(clause) || TITLE_OPENS_SENTENCE.test(sentenceBefore(head, e.start <= HEAD_REACH));
  }
  // The title's noun first: a plain search, where the phrase's pattern backtracks over the clause's words.
  return ROLE_BEFORE_NAME.test(clause) || (TITLE_NOUN_IN.test(clause) && TITLED_PHRASE.test(clause));
}

/** A preposition right before the name, in lower case, opening the clause or after a word in lower case. */
const PREPOSITION_AT_END = /(?:^|[\p{Ll}]\s+)(?:of|in|to|for|with|from|on|at|about|against|between|among|towards?|than|over|into|like)\s+$/u;
/** `keen to`, `eager to` right after a name: what the one named set out to do. */
const KEEN_TO = /^\s+(?:keen|eager|quick|anxious|careful)\s+to\s/;
/** White space and closing quotation marks that open a clause. */
const CLOSING_LEAD = /^[\s"'”’»]+/u;
/** What follows the one a source quotes: `as saying`, `saying`. */
const QUOTED_SAYING = /^\s+(?:as\s+)?saying\b/;
/** A full stop, `!`, `?` or `;` right after a mention, then white space or the end of the text. */
const SENTENCE_END_AFTER = /^[.!?;](?:\s|$)/;
/** `According to <source>,` (perhaps after `But` or `And`) as all of a clause before a name. */
const ACCORDING_TO_SOURCE = /^(?:(?:but|and)\s+)?according\s+to\s[^,]{1,60},\s*$/i;

/**
 * Where a clause ends: a full stop (not the dot of an initial, `H.E.`, `U.S.`, `J.`, nor of a title or a suffix,
 * `Dr.`, `Jr.`), `!`, `?`, `;`, `:`, a line break, a dateline's dash (after a date or a place in capitals: `KUANTAN,
 * Oct 6 — `; not `his guest — Xi Jinping —`), a comma before a capital or before `and`, `but`, `while`. Global,
 * for lastClause's search.
 */
const CLAUSE_BREAK = new RegExp(
  `\\.(?<!(?:^|[\\s.(])\\p{Lu}\\.)(?<![\\s(](?:${ABBREVIATION_ALTERNATIVES})\\.)\\s*|[!?;:\\n]\\s*|(?<=\\p{N}|\\p{Lu}{2})\\s[—–]\\s+|,\\s+(?=\\p{Lu})|,\\s+(?:and|but|while)\\s+`,
  'gu',
);

/**
 * The words of `head` after the last clause break, as `head.split(CLAUSE_BREAK).pop()` gives them (every break is
 * one character or more, so the search from each break's end meets the same breaks as split), without the array
 * of every clause.
 */
function lastClause(head: string): string {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  // `test`, which makes no match array, moves lastIndex to the end of each break in turn.
  while (CLAUSE_BREAK.test(head)) from = CLAUSE_BREAK.lastIndex;
  return head.slice(from);
}

/** What may stand before a clause's subject: `the`, an owner (`Russia's`), up to three words, titles. */
const SUBJECT_LEAD = /^(?:(?:the\s+|its\s+|his\s+|her\s+)?(?:[\p{Lu}][\p{L}.'’‘-]*['’‘]s\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:\p{Lu}[\p{L}.'’‘-]*\s+)*)?$/u;
/** The same with an owner of two or three words (`South Sudan's`). */
const OWNED_SUBJECT_LEAD = /^(?:the\s+|its\s+|his\s+|her\s+)?\p{Lu}[\p{L}.'’‘-]*(?:\s+\p{Lu}[\p{L}.'’‘-]*){1,2}['’‘]s\s+(?:[\p{Ll}-]+\s+){0,3}?(?:\p{Lu}[\p{L}.'’‘-]*\s+)*$/u;
/**
 * A body or a nationality, then a role in lower case, before the name: `UNHCR spokesperson [Thomas Lindqvist]`,
 * `Senior State Department official [Alice Wells]`, `District governor [Ma Vichet]`.
 */
const ROLE_BEFORE_NAME =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’‘-]*\s+){1,3}(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:person|man|woman)|minister|ambassador|envoy|director|chief|secretary|official|negotiator|representative|coordinator|commissioner|president|head|adviser|advisor|diplomat|counterpart|leader|governor|mayor|chair(?:man|woman|person)?|commander|senator|lawmaker|premier|chancellor)\s+(?:\p{Lu}[\p{L}.'’‘-]*\s+)*$/u;
/**
 * A title with its complement right before the name, no comma between: `Minister of Foreign Affairs [Ahmed Attaf]`,
 * `Member of Serbia’s National Assembly [Dragomir Karic]`, `Ministry of Foreign Affairs spokesperson [Mao Ning]`:
 * capitalised words and the small words that join them, perhaps a role or two in lower case at the end. With a
 * title's noun among them (TITLE_NOUN_IN), and no preposition first (`With Secretary of State [Rex Tillerson]`).
 */
const TITLED_PHRASE =
  /^(?:the\s+)?(?!(?:With|For|To|From|By|At|In|On|After|Before|Under|Against|Between|Among|Without)\s)\p{Lu}[\p{L}.'’‘-]*\s+(?:(?:\p{Lu}[\p{L}.'’‘-]*|of|for|to|on|the|and|&)\s+){1,9}(?:[\p{Ll}-]+\s+){0,2}$/u;
const TITLE_NOUN_IN =
  /(?<![\p{L}])(?:[Mm]inister|[Ss]ecretary|[Mm]ember|[Aa]mbassador|[Ee]nvoy|[Pp]resident|[Ss]pokes(?:person|man|woman)|[Dd]irector|[Cc]hair(?:man|woman|person)?|[Hh]ead|[Rr]epresentative|[Cc]ommissioner|[Gg]overnor|[Cc]hief|[Aa]dvis[eo]r|[Cc]oordinator|[Cc]onsul|[Dd]elegate)(?![\p{L}])/u;

/** A role at the clause's start with the name in apposition: `South Sudan's ambassador, [Cecilia Adeng Nyok]`. */
const ROLE_IN_APPOSITION = /^(?:the\s+|its\s+|his\s+|her\s+)?(?:(?:\p{Lu}[\p{L}.'’‘-]*\s+)*\p{Lu}[\p{L}.'’‘-]*['’‘]s\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s*$/u;

/** The title nouns of an apposition (see TITLE_IN_APPOSITION and TITLE_OPENS_SENTENCE). */
const TITLE_NOUNS =
  '[Aa]mbassador|[Mm]inister|[Ss]ecretary[\\s-][Gg]eneral|[Ss]ecretary|[Ee]nvoy|[Pp]resident|[Cc]hancellor|[Cc]hair(?:man|woman|person)?|[Dd]irector|[Cc]ommissioner|[Rr]epresentative|[Ss]pokes(?:person|man|woman)';
/**
 * A title with what it is of or to, the name in apposition: `Ambassador of Angola to Ethiopia, [Miguer Cesar
 * Domingos]`, `The Secretary General of the Organization of American States (OAS), [José Miguel Insulza]`.
 */
const TITLE_IN_APPOSITION = new RegExp(
  `^(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’‘-]*\\s+){0,3}(?:${TITLE_NOUNS})(?:\\s+(?:of|to|for|in|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’‘-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’‘-]*|of|and|the|for)){0,6})*(?:\\s*\\([^()]{1,30}\\))?,\\s*$`,
  'u',
);

/**
 * A time that opens a sentence before its subject (`On Wednesday local time, Brown said`, `Late on Tuesday,`, `On 5
 * March`, `In 2019,`, `Earlier this week,`, `Last month,`).
 */
const WEEKDAY = WEEKDAY_NAMES.join('|');
const MONTH = MONTH_NAMES.join('|');
const TIME_OPENING = String.raw`(?:(?:late|early|earlier|later)\s+)?on\s+(?:${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?(?:\s+local\s+time)?|on\s+(?:\d{1,2}\s+(?:${MONTH})|(?:${MONTH})\s+\d{1,2})(?:,?\s+\d{4})?|in\s+(?:(?:early|mid|late)[\s-]+)?(?:${MONTH}|\d{4})|(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:week|month|year|weekend|${WEEKDAY})`;
/**
 * A phrase that opens a sentence before its subject, set off by a comma: `In turn, [Mirzoyan] indicated`,
 * `For his part, [Lapid] said`, `On Monday, [Kuleba] told`, `Speaking to reporters, [Wang] said`, `After the
 * meeting at the State Department, [Ebrard] told`, `Driving this point home, [Ouedraogo] compared`, `Against this
 * backdrop, [Kim] plans`, `In this context, [Spain] advocates`.
 */
const INTRO_PHRASE = new RegExp(
  String.raw`^(?:in turn|in response|in reply|in addition|in particular|meanwhile|however|moreover|furthermore|later|earlier|separately|also|then|today|yesterday|at the same time|on the other hand|for (?:his|her|their|its) part|${TIME_OPENING}|(?:asked|(?!(?:bei|nan)jing\b|(?:some|any|every|no)thing\b|(?:dur|accord|includ|regard|concern|pend)ing\b)[a-z]{2,}ing)\s[^,]{1,100}|(?:in|during|at)\s+(?:a|an|the|his|her|their)\s[^,]{1,40}|(?:after|before|following|ahead of|upon|despite)\s[^,]{1,60}|against\s+(?:this|that|such\s+a|the)\s+(?:back(?:drop|ground)|context)|in\s+(?:this|that)\s+(?:context|regard|respect|vein))\s*,\s*$`,
  'i',
);

/**
 * The words of `head` after its last `.`, `!`, `?` or line break (a dot of `U.S.` too, which then opens no title),
 * or none when cut off.
 */
function sentenceBefore(head: string, whole: boolean): string {
  // Four searches from the end, where a pattern anchored at the end was tried from every offset of `head`.
  const start = Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf('\n')) + 1;
  // Words cut off at the start of `head` are no sentence's start (unless `head` starts the text).
  return start === 0 && !whole ? '' : head.slice(start);
}
/** How far back from a mention the words before it are read. */
const HEAD_REACH = 120;
/**
 * A title that opens the sentence, whose complement may hold commas, before the name in apposition: `Spain's
 * Minister of Foreign Affairs, EU and Cooperation, [José Manuel Albares]`.
 */
const TITLE_OPENS_SENTENCE = new RegExp(
  `^\\s*(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}['’]s\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:${TITLE_NOUNS})` +
    // Its complement: capitalised words, `the`, `and`, `of`, `for`, `&`, perhaps after commas; no verb.
    `(?:\\s+(?:of|for|to|on)(?:,?\\s+(?:the|and|of|for|&|\\p{Lu}[\\p{L}.'’-]*)){1,10})?,\\s*$`,
  'u',
);
/** A role noun that ends an opening phrase, perhaps with where it serves: `SKAI’s correspondent in Istanbul, `. */
const ROLE_OBJECT_AT_END = /\s(?:correspondent|reporter|journalist|interviewer|counterpart|host|minister|ambassador|envoy|spokes(?:man|woman|person))(?:\s+(?:in|of|for|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s*,\s*$/u;
/** The agent of a passive, who does what its subject undergoes: `His comments were echoed by [Mr Lapid]`. */
const PASSIVE_AGENT = /(?<![\p{L}])(?:was|were|is|are|been)\s+(?:also\s+)?\p{Ll}+(?:ed|en)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’‘-]*\s+)*$/u;

/** The first entity that starts between `start` and `end` and passes `test`. */
export function firstEntityWithin(ctx: Context, start: number, end: number, test: (e: Entity) => boolean): Entity | undefined {
  for (let i = ctx.entityStarts.firstAtOrAfter(start); i < ctx.entities.length && ctx.entities[i].start < end; i++) {
    if (test(ctx.entities[i])) return ctx.entities[i];
  }
  return undefined;
}

/** A person's mention (see firstEntityWithin). */
const isPerson = (e: Entity): boolean => e.type === 'PERSON';

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
