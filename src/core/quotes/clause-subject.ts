// Whether a mention is the subject of its clause (`On Monday, [Kuleba] told`, `Foreign Minister [Wang Yi] said`),
// read from the words before it: what speaker resolution asks of a name, a role or a body before it trusts it.

import type { Entity } from '../entities';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../entities/calendar';
import { ABBREVIATION_ALTERNATIVES } from '../text/abbreviations';
import { type Context, firstEntityWithin, isPerson } from './context';
import { narrowed } from './narrow';

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
 * `Dr.`, `Jr.`), `!`, `?`, `;`, `:`, a line break, a dateline's dash (after a date or a place in capitals, `--`
 * perhaps after the agency's bracket: `KUANTAN, Oct 6 — `, `BEIJING, Jan. 5 (Xinhua) -- `; not `his guest — Xi
 * Jinping —` nor `The G20 summit (held in New Delhi) -- `), a comma
 * before a capital or before `and`, `but`, `while`. Global, for lastClause's search.
 */
const CLAUSE_BREAK = new RegExp(
  `\\.(?<!(?:^|[\\s.(])\\p{Lu}\\.)(?<![\\s(](?:${ABBREVIATION_ALTERNATIVES})\\.)\\s*|[!?;:\\n]\\s*|(?<=\\p{N}|\\p{Lu}{2})\\s[—–]\\s+|(?<=(?:\\p{N}|\\p{Lu}{2})(?:\\s\\([^()\\n]{1,30}\\))?)\\s--\\s+|,\\s+(?=\\p{Lu})|,\\s+(?:and|but|while)\\s+`,
  'gu',
);

/**
 * The words of `head` after the last clause break, as `head.split(CLAUSE_BREAK).pop()` gives them (every break is
 * one character or more, so the search from each break's end meets the same breaks as split), without the array
 * of every clause.
 */
function lastClause(head: string): string {
  return head.slice(Math.max(0, lastMatchEnd(CLAUSE_BREAK, head)));
}

/**
 * Where the last match of the global `re` in `s` ends, or -1 when there is none: `test`, which makes no match
 * array, moves lastIndex to the end of each match in turn (each match must be one character or more).
 */
export function lastMatchEnd(re: RegExp, s: string): number {
  let end = -1;
  re.lastIndex = 0;
  while (re.test(s)) end = re.lastIndex;
  return end;
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

/** `In this context, `, `On Monday, `: a phrase that may open a sentence before its subject (see INTRO_PHRASE). */
export function isIntroPhrase(clause: string): boolean {
  return INTRO_PHRASE.test(clause);
}

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
