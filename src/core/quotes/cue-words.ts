// The words of reporting cues and the pattern parts built from them: the reporting verbs, the participles of
// reported speech, the documents and abbreviated titles that speak, what may stand between a subject and its verb,
// and the subject's pattern (see cues.ts, which builds the cue patterns from these and finds the cues).

import { loadTitles } from '../entities';
import { WEEKDAY_NAMES } from '../entities/calendar';
import { APOSTROPHE_IN_PATTERN } from './onebyte';

export const VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'noted', 'notes', 'believes',
  'believed', 'declared', 'declares', 'announced', 'announces', 'stated', 'states', 'reads', 'read', 'explained', 'explains', 'emphasized',
  'emphasised', 'emphasizes', 'emphasises', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'asked',
  'asks', 'replied', 'replies', 'answered', 'commented', 'remarked', 'continued', 'concluded', 'pointed out',
  'recalled', 'recalls', 'underlined', 'underscored', 'wrote', 'writes', 'claimed', 'claims', 'acknowledged',
  'admitted', 'suggested', 'observed', 'assured', 'reiterated', 'confirmed', 'urged', 'predicted', 'went on',
  'thinks', 'thought', 'considers', 'maintained', 'maintains', 'complained', 'cautioned', 'vowed', 'promised',
  'denied', 'agreed', 'responded', 'elaborated', 'specified', 'clarified', 'summed up', 'called', 'calls',
  'described', 'describes', 'termed', 'urges', 'accused', 'welcomed', 'criticized', 'criticised', 'condemned',
  'expressed', 'voiced', 'hailed', 'dismissed', 'rejected', 'praised', 'pledged', 'regretted', 'lamented',
  'characterized', 'characterised', 'branded', 'labelled', 'labeled', 'thanked', 'congratulated', 'lauded', 'applauded', 'tweeted', 'posted', 'quipped',
  'joked', 'spoke of', 'referred to', 'put it', 'informed', 'was quoted as saying', 'is quoted as saying', 'was quoted saying', 'is quoted saying',
  'was cited as saying', 'lashed out', 'hit out', 'slammed', 'denounced', 'blasted', 'lambasted', 'castigated', 'rebuked', 'chided', 'derided', 'deplored', 'decried',
  'alleged', 'dubbed', 'dubs', 'asserted', 'asserts', 'affirmed', 'reaffirmed', 'highlighted', 'conceded', 'countered', 'charged',
  'retorted', 'spotlighted', 'proclaimed', 'proclaims', 'exclaimed', 'boasted', 'recounted', 'wondered', 'mused',
  'reasoned', 'contended', 'contends', 'opined', 'admits', 'points out', 'acknowledges', 'concedes', 'observes', 'underlines', 'reiterates', 'highlights',
  'affirms', 'reaffirms', 'suggests', 'confirms', 'denies', 'complains', 'cautions', 'predicts', 'indicated', 'indicates',
  'reminded', 'reminds', 'advised', 'advises', 'mentioned', 'mentions', 'was quoted', 'is quoted', 'were quoted',
  'revealed', 'reveals', 'disclosed', 'outlined', 'outlines', 'repeated', 'repeats', 'spoke about', 'conveyed', 'cited', 'cites',
  'made it clear', 'makes it clear', 'made clear', 'makes clear', 'demanded', 'demands', 'is asking',
  // A body's statement given as a cue (`the White House issued a statement: “…”`).
  'issued a statement', 'issues a statement', 'released a statement', 'releases a statement', 'issued a statement saying',
  'released a statement saying',
  // Base forms, as after `did`, `does`, `would`, `appeared to` or a plural subject (`he did emphasise that`, `the
  // ministers reiterate`, `Kamau appeared to suggest that`).
  'emphasise', 'emphasize', 'reiterate', 'insist', 'underline', 'acknowledge', 'confirm', 'deny', 'explain', 'warn', 'mention',
  'suggest',
].sort((a, b) => b.length - a.length);

/**
 * The reporting verbs as one alternation, a space inside a verb (`pointed out`) matching any white space. Grouped
 * by first letter (`s(?:aid|ays|…)|t(?:old|…)`), each group in the verbs' order: a search tries only the verbs of
 * the letter it meets, where a flat list was tried verb by verb after every space. The matches are the same, since
 * no verb of another letter can match where a group's letter stands.
 */
const VERB_ALTERNATION = byFirstLetter(VERBS.map((v) => v.replace(/ /g, '\\s+')));

/** Alternatives that start with a plain letter, grouped by that letter (see VERB_ALTERNATION). */
function byFirstLetter(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const a of alternatives) {
    const rests = groups.get(a[0]);
    if (rests === undefined) groups.set(a[0], [a.slice(1)]);
    else rests.push(a.slice(1));
  }
  return Array.from(groups, ([letter, rests]) => `${letter}(?:${rests.join('|')})`).join('|');
}

/**
 * `… «with great concern» and warned the West against … «another Ukraine»`: the words between two quotations of
 * one sentence go on with the same report (`and said`, `but added`, `and that`), so the second has the first's
 * speaker.
 */
const CONTINUED_REPORT = new RegExp(`(?:^|[\\s,])(?:and|but)\\s+(?:also\\s+)?(?:that|${VERB_ALTERNATION})\\b`);

/**
 * `as "cordial" and "exploratory"`, `need to be "constructive" — not "alarmist"`: only a comma, a dash or a
 * conjunction between two quotations joins them in one report.
 */
const COORDINATED = /^\s*[,—–]?\s*(?:(?:and|or|but|nor|not|but not|and not|as well as)\s*)?$/;

/** Only a comma, a dash or a conjunction stands between two quotations (see COORDINATED). */
export function joinsQuotations(between: string): boolean {
  return COORDINATED.test(between);
}

export function continuesReport(between: string): boolean {
  return CONTINUED_REPORT.test(between) || COORDINATED.test(between);
}

/** What `calling` and `describing` may name before the words quoted: `it`, `them`, `the move`, `the consensus text`. */
const NAMED_THING = '(?:\\s+(?:it|them|this|that|him|her|the(?:\\s+\\w+){1,2}))?';

/** The participles of reporting verbs that take a that-clause (`saying that …`), as one alternation. */
export const THAT_PARTICIPLES =
  'saying|adding|noting|stressing|warning|insisting|arguing|declaring|explaining|emphasi[sz]ing|stating|asserting|reiterating|underlining|pointing out';

/**
 * Participles of praise, blame, hope and concern, whose object the quotation gives in the subject's words (`…,
 * praising “their tireless dedication”`, `…, expressing “deep concern”`).
 */
const VALUING = '(?:praising|hailing|welcoming|condemning|critici[sz]ing|lamenting|denouncing|urging|pledging|vowing|promising|expressing)';

/**
 * `…, saying "…"`: a participle whose subject is the sentence's, perhaps with where it was said (`saying in a
 * statement:`, `stating in his submissions`, `adding on X that`). `calling` and `describing` may take what they
 * name first (`calling it a “sharp departure”`, `describing the policy as “…”`).
 */
export const PARTICIPLE = new RegExp(
  `(?:^|[\\s,])(?:${THAT_PARTICIPLES}|calling${NAMED_THING}(?:\\s+(?:an?|the))?|describing(?:${NAMED_THING}\\s+as(?:\\s+(?:an?|the))?)?|recalling|telling \\w+|${VALUING}(?:\\s+(?:their|his|her|its|our|the|an?))?)(?:\\s+(?:in|on|at|during|via|through)\\s+[^,.;:!?"“”«»\\n]{1,40}?)?\\s*(?:that\\s*)?[,:]?\\s*$`,
);

/**
 * `…, saying that his country hopes the government will "…"`, `…, saying the publication was "…"`: a participle
 * after a comma whose clause holds the quotation, with no end of a clause between them. Not without the comma:
 * `with some delegates warning that …` has a subject of its own.
 */
export const PARTICIPLE_THAT = new RegExp(`,\\s*(?:${THAT_PARTICIPLES})\\s+[^.!?;:]*$`);

/** A participle and its `that`, after a comma or not (`addressed the media stating that …`), anywhere in a sentence. */
export const REPORTING_PARTICIPLE = new RegExp(`[\\s,](?:${THAT_PARTICIPLES})\\s+that\\s`);

/**
 * An aside between a subject and its verb: a date in brackets (`Martin Griffiths, today (14 May) told`), words
 * between double hyphens (`Hillary Clinton -- not surprisingly -- told`), a comma before a time (`, today`), or
 * where the words were said (`the Chinese ambassador in her statement said`, `Guo Haiyan in comments to News Source
 * said`), or the year (`Morrison, who in 2019 referred to`).
 * Not between dashes beyond Latin-1: the one-byte form the patterns search has one stand-in for every such
 * character that is no letter, number or space (see oneByteForm), so a pattern cannot tell a dash from `€`.
 */
const ASIDE = '\\s*\\([^()\\n]{1,30}\\)|\\s+--[^\\n-]{1,40}?--|\\s*,(?=\\s+(?:today|yesterday|on\\s))|\\s+in\\s+(?:(?:his|her|its|their|a|an)\\s+)?(?:\\w+\\s+)?(?:statement|speech|remarks|comments|address|message|letter|interview)(?:\\s+(?:to|with)\\s+(?:the\\s+)?(?:\\p{Lu}\\w*\\s+){0,2}\\p{Lu}\\w*)?|\\s+in\\s+(?:(?:early|late|mid-)\\s*)?(?:1[89]|20)\\d\\d(?=\\s)|\\s+(?:last|this|earlier\\s+this)\\s+(?:week|month|year)(?=\\s)';
export const AUX = '(?:' + ASIDE + '|\\s+(?:has|had|have|also|later|then|appeared to|appears to|seemed to|seems to|further|once again|again|reportedly|previously|earlier|recently|repeatedly|clearly|firmly|bluntly|openly|publicly|also has|has also|had also|would|will|did|does|has since|separately|first of all|meanwhile|however|subsequently|immediately|quickly|strongly|sharply|angrily|categorically|explicitly|pointedly|privately|initially|merely|simply|only|calmly|briefly|curtly|flatly|tersely|emphatically|frankly|candidly|jokingly|confidently|yesterday|today|(?:on |this |last )?(?:' + WEEKDAY_NAMES.join('|') + ')(?: (?:morning|afternoon|evening|night))?))*';
/**
 * An appositive between a subject and its verb: `Lavrov, the Russian foreign minister, said`, perhaps after an
 * abbreviation in brackets (`the UN High Commissioner for Human Rights (OHCHR), Volker Türk, said`); or a comma
 * alone, which some copy puts there (`The Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis, said:`),
 * with the verb right after it: not a quotation blanked out in the masked text (`Like Germany, “…,” said Baerbock`).
 */
export const APPOSITIVE = '(?:\\s*\\([^()\\n]{1,30}\\))?(?:\\s*,[^.;:!?"“”«»\\n]{1,140}?,|\\s*,(?=\\s{1,2}\\S))?';

/** What the complement of a role may call a place or body named before (`the UN special envoy for the country`). */
export const PLACE_NAMED_BEFORE = '(?:country|region|bloc|organi[sz]ation)';

/** A role as a pattern: each word's first letter in either case (`the Secretary-General`, `the secretary-general`). */
export function caseless(word: string): string {
  return word.replace(/(?<=^|[\s-])\p{L}/gu, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).replace(/ /g, '\\s+');
}

/**
 * Titles that copy abbreviates (`The PM said`, `the FM added`, Kenya's `the CS said` of a Cabinet Secretary, `the PS` of a Principal Secretary): the
 * role noun they stand for, and the words of the portfolio they name, if one (`the FM` is a foreign minister, whom
 * a minister of another portfolio is not).
 */
export const ABBREVIATED_ROLES: ReadonlyMap<string, { noun: string; portfolio: RegExp | null }> = new Map([
  ['PM', { noun: 'minister', portfolio: /prime\s+minister|premier/ }],
  ['FM', { noun: 'minister', portfolio: /foreign\s+(?:affairs\s+)?minister|minister\s+(?:of|for)\s+foreign\s+affairs|external\s+affairs\s+minister/ }],
  ['EAM', { noun: 'minister', portfolio: /external\s+affairs\s+minister|foreign\s+(?:affairs\s+)?minister/ }],
  ['CS', { noun: 'secretary', portfolio: null }],
  ['PS', { noun: 'secretary', portfolio: null }],
]);

/**
 * The heads of the roles that name a body, not a person (`the ministry said`, `the Kremlin said`, `said the task
 * force`): the cue patterns take them as roles, and bodies.ts resolves a role with one to the body (see BODY_ROLE).
 */
export const BODY_HEADS: readonly string[] = [
  'ministry', 'chancellery', 'department', 'government', 'authorities', 'side', 'body', 'bloc', 'kremlin', 'embassy',
  'high commission', 'consulate', 'office', 'presidency', 'agency', 'council', 'committee', 'commission', 'task force',
  'coast guard', 'secretariat', 'white house', 'downing street', 'pentagon', 'elysee', 'élysée',
];

/** The texts a body or a person issues, which speak for them as a role does (`the statement said`, `the communique read`, `Joly’s tweet reads`). */
export const DOCUMENTS: readonly string[] = ['statement', 'communique', 'communiqué', 'declaration', 'readout', 'release', 'letter', 'resolution', 'report', 'memorandum', 'tweet'];

/** The present tense of reporting verbs as headlines write them (`Senior envoy says`, `Secretary-General Tells`). */
export const HEADLINE_VERBS = [
  'says', 'tells', 'warns', 'urges', 'describes', 'calls', 'stresses', 'insists', 'vows', 'rejects', 'slams',
  'accuses', 'welcomes', 'hails', 'praises', 'condemns', 'denies', 'admits', 'claims', 'promises', 'pledges',
  'reiterates', 'reaffirms', 'underlines', 'emphasizes', 'emphasises', 'notes', 'asks', 'declares', 'announces',
  'dismisses', 'criticizes', 'criticises', 'labels', 'brands', 'terms', 'questions', 'decries', 'deplores',
];

/** The parts of the cue patterns that other finders build on (see cueParts). */
export interface CueParts {
  /** A subject: capturing groups 1 a pronoun, 2 a role, 3 a name (see toCue). */
  subject: string;
  /** A lookahead for the first letter of a subject (see buildParts). */
  subjectStart: string;
  /** The same after a preposition, where a pronoun takes its object form (`according to her`). */
  object: string;
  /** The reporting verbs as one alternation. */
  verbs: string;
  /** An appositive, then adverbs and auxiliaries, between a subject and its verb. */
  between: string;
  /** A word of a name or a role (letters, digits, dots, apostrophes, hyphens). */
  word: string;
  /** The role nouns as one alternation, each word's first letter in either case. */
  roles: string;
}

let parts: CueParts | null = null;

/** The subject and verb patterns of the cues, built once. */
export function cueParts(): CueParts {
  parts ??= buildParts();
  return parts;
}

/** People the text does not name, as a cue's subject (`said one of the organizers of the rally`, `the protesters said`). */
export const PEOPLE_GROUPS = ['organizers', 'organisers', 'protesters', 'demonstrators', 'activists', 'witnesses', 'residents'];
/** The pronouns a subject may be, in lower case (see pron in buildParts, which spells each with its capital). */
const SUBJECT_PRONOUNS = ['he', 'she', 'they', 'we', 'it', 'the latter', 'who'];
/** The articles and possessives before a role (`the minister`, `its spokesperson`). */
const ROLE_DETERMINERS = ['the', 'an', 'a', 'one', 'this', 'that', 'his', 'her', 'its', 'their'];
/** Roles that copy writes without an article (`Council members condemned`, `Security Council members said`). */
const BARE_ROLES = ['security council members', 'council members', 'committee members'];
/** Particles a name may open with (`bin Salman`, `al-Assad`, `von der Leyen`). */
const NAME_PARTICLES_IN_CUES = ['bin', 'ibn', 'al', 'el', 'von', 'van', 'der', 'de', 'la', 'da', 'di', 'du'];

/** The first letters of the words, as the letters of a character class (`hstw…`), each once. */
function lowerOpeners(words: readonly string[]): string {
  return [...new Set(words.map((w) => w[0]))].join('');
}

function buildParts(): CueParts {
  const roles = [...loadTitles().roles, ...BODY_HEADS, 'foreign ministry', ...PEOPLE_GROUPS, ...DOCUMENTS, ...ABBREVIATED_ROLES.keys(), 'chairperson', 'delegate', 'spokesperson', 'envoy', 'council members', 'council member states', 'committee members', 'press service', 'press-service', 'press office']
    .sort((a, b) => b.length - a.length)
    .map(caseless)
    .join('|');
  // The subject's three forms are the only capturing groups of every cue pattern, in this order: 1 a pronoun,
  // 2 a role, 3 a name (see toCue). Named groups would make each match allocate an object of them as well,
  // more than doubling the garbage of a match.
  // `who` only after a comma, where it stands for the name before it (`Trump, who called the pact a "…"`), or
  // right after a name.
  // `the latter` stands for the person named last (`According to the latter, …`).
  // Copy that leaves the comma out has it right after the name (`Secretary of State John Kerry who said`).
  const pron = '([Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|[Tt]he\\s+latter|(?<=,\\s{0,2}|\\p{Lu}\\p{Ll}+\\s)who)';
  // `’` and `‘` are listed with their stand-in of the one-byte form the patterns search (see oneByteForm).
  const apostrophes = `'’‘${APOSTROPHE_IN_PATTERN}`;
  const word = `[\\p{L}\\p{N}.${apostrophes}\\-]+`;
  // A role may take the body it serves or the place or matter it is for (`the Chairperson of the AU Commission
  // welcomed`, `the Secretary-General's Special Envoy for Yemen said`, `the Ambassador to Nepal said`).
  // A document may take who issued it, perhaps a country's body in lower case (`a statement from the Costa Rican
  // government reads`).
  // The place may be one named before (`the UN special envoy for the country said`).
  const roleOf = `(?:\\s+(?:of|for|to|on|from)\\s+(?:the\\s+${PLACE_NAMED_BEFORE}|(?:the\\s+)?(?:\\p{Lu}${word}\\s+){0,3}(?:\\p{Lu}${word}|(?:foreign\\s+)?(?:government|authorities|ministry|embassy|diplomacy))))?`;
  // A body named with its complement owns a role (`the Ministry of Foreign Affairs and Trade’s Minister of State`).
  const bodyOwner = `(?:[Tt]he\\s+)?\\p{Lu}${word}\\s+of\\s+(?:\\p{Lu}${word}\\s+(?:and\\s+)?){0,3}\\p{Lu}${word}[${apostrophes}]s\\s+`;
  // A title may take a second complement, capitalised (`the Minister of State for Communication`).
  const capitalOf = `(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}${word}(?:\\s+\\p{Lu}${word}){0,2})?`;
  // An embassy may take the place it is in (`the Chinese embassy in Nepal said`, `the Indian High Commission in
  // Colombo tweeted`).
  const embassyIn = `(?:[Ee]mbassy|[Hh]igh\\s+[Cc]ommission|[Cc]onsulate)\\s+in\\s+\\p{Lu}${word}(?:\\s+\\p{Lu}${word})?`;
  // A role word before a document's is the document's qualifier (`an official release from Itamaraty`), not the role.
  // An owner may take its acronym (`the African Union’s (AU) High Representative`).
  // A country's authorities need no article (`Nigerian authorities said`), nor a council's members (BARE_ROLES).
  const role = `((?:(?:${ROLE_DETERMINERS.map(caseless).join('|')})\\s+|(?:\\p{Lu}${word}\\s+){0,2}\\p{Lu}${word}[${apostrophes}]s\\s+|${bodyOwner})(?:(?:${word}|\\(\\p{Lu}{2,6}\\))\\s+){0,4}?(?:[Ee]x-)?(?:${embassyIn}|${roles})(?!\\s+(?:${DOCUMENTS.join('|')}|spokes(?:man|woman|person))\\b)(?:'s)?${roleOf}${capitalOf}|\\p{Lu}${word}\\s+authorities|(?:${BARE_ROLES.map(caseless).join('|')}))`;
  // A particle before a word of the name or joined to it by a hyphen (`Bashar al-Assad`, `el-Sisi said`).
  const particle = `(?:(?:${NAME_PARTICLES_IN_CUES.join('|')})(?:\\s+|-(?=\\p{Lu})))`;
  // A word before the last may be an initial without its dot (`External Affairs Minister S Jaishankar said`).
  // No word but the last is a possessive: `Javier Milei's Foreign Minister` is a role whose owner is Milei.
  const name = `(${particle}{0,2}(?:\\p{Lu}${word.slice(0, -1)}*(?<![${apostrophes}]s)\\s+${particle}{0,2}){0,6}\\p{Lu}${word})`;
  // A name may take its country (`Valentine Rugwabiza of Rwanda said`, as UN meetings coverage writes it).
  // Perhaps by the state's full name (`Neville Gertze of the Republic of Namibia, commented`).
  const ofPlace = `(?:\\s+of\\s+(?:the\\s+)?(?:(?:Republic|Kingdom|State|Federation|Sultanate|Principality|Commonwealth)\\s+of\\s+(?:the\\s+)?)?\\p{Lu}${word}(?:\\s+\\p{Lu}${word}){0,2})?`;
  const subj = `(?:${pron}|${role}|${name}${ofPlace})`;
  // Every subject opens with a capital or with the first letter of a pronoun, an article or possessive of a role,
  // a role without an article or a particle of a name (the lists above: a word added there is a letter added
  // here). A search for a subject-first cue tries a subject at every word: this one test turns away the other
  // words, where each alternative of the subject would be tried in turn (a third of the search).
  const subjectStart = `(?=[\\p{Lu}${lowerOpeners([...SUBJECT_PRONOUNS, ...ROLE_DETERMINERS, ...NAME_PARTICLES_IN_CUES, ...BARE_ROLES])}])`;
  // After a preposition a pronoun takes its object form (`according to him`), which stands for the same people;
  // `her` only before punctuation, not as a possessive before a role (`according to her spokesman`).
  const objectPron = '([Hh]im|[Hh]er(?=\\s*(?:[,.;:!?)]|$))|[Ii]t|[Tt]he\\s+latter)';
  const object = `(?:${objectPron}|${role}|${name}${ofPlace})`;
  return { subject: subj, subjectStart, object, verbs: VERB_ALTERNATION, between: `${APPOSITIVE}${AUX}`, word, roles };
}
