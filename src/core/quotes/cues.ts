// Reporting cues: a subject and a reporting verb (`he said`, `the minister stressed`, `Wang Yi, China's top
// diplomat, called`, `said Lavrov`, `according to the ministry`), found in the words around a quotation. The cue
// right after a quotation is cue-after.ts's.

import { ABBREVIATION_ALTERNATIVES } from '../text/abbreviations';
import { trimmedEnd, trimmedStart } from '../text/lines';
import { APPOSITIVE, AUX, caseless, cueParts, HEADLINE_VERBS } from './cue-words';
import { noSubject } from './no-subject';
import { oneByteForm } from './onebyte';

export type SubjectKind = 'pronoun' | 'role' | 'name';

export interface Cue {
  /** Offsets relative to the searched string. */
  start: number;
  end: number;
  subject: { start: number; end: number; text: string; kind: SubjectKind };
}

interface CueRegexes {
  subjectFirst: RegExp;
  verbFirst: RegExp;
  accordingTo: RegExp;
  quotedAs: RegExp;
  /**
   * A reporting verb after a space, as the end of every subject-first cue has it: where none follows, no
   * subject-first cue can start, and this is far cheaper to look for than the cue itself.
   */
  spaceVerb: RegExp;
  /** A reporting verb right after a comma, as an inverted report has it (see invertedCues). */
  commaVerb: RegExp;
  /** A qualified role that a name follows, tried only at the lead of the words after a quotation (see cueAfter). */
  qualifiedRole: RegExp;
  verbRoleName: RegExp;
  /** A headline's role and verb, without an article and perhaps in title case (see headlineCue). */
  headlineRole: RegExp;
}
function build(): CueRegexes {
  const { subject: subj, subjectStart, object, verbs, word, roles } = cueParts();
  // A qualified role before the name of a cue after a quotation (`US envoy Richard Mills said`, `the EU foreign
  // policy chief Josep Borrell said`, `US Deputy Permanent Representative to the United Nations Richard Mills
  // said`): its lower-case words cut the name off the lead, so it is skipped there (see cueAfter). Not part of
  // the subject-first pattern, whose every attempt would try it.
  // The complement may join two fields (`Minister of Foreign Affairs and Trade Péter Szijjártó announced`, `for
  // Foreign Affairs and Security Policy`), and there may be two (`the High Representative of the European Union for
  // Foreign Affairs and Security Policy Federica Mogherini said`).
  const complement = `(?:\\s+(?:to|of|for)\\s+(?:the\\s+)?(?:\\p{Lu}${word}\\s+){0,2}\\p{Lu}${word}(?:\\s+(?:and|&)\\s+(?:\\p{Lu}${word}\\s+)?\\p{Lu}${word})?){0,2}`;
  // The role may come first when its complement follows (`Minister of Foreign Affairs Urmas Reinsalu told`), or
  // alone (`spokesman Ned Price said`).
  const qualifiedRole = `(?:[Tt]he\\s+)?(?:(?:\\p{Lu}${word}\\s+){1,3}(?:\\p{Ll}${word}\\s+){0,2}?(?:${roles})${complement}|(?:\\p{Ll}${word}\\s+){0,2}?(?:${roles})${complement})\\s+(?=\\p{Lu})`;
  // (A match right after a preposition whose object it is is dropped where it is found: see noSubject.)
  const subjectFirst = `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)${subjectStart}${subj}${APPOSITIVE}${AUX}\\s+(?:${verbs})(?![\\p{L}])`;
  // `reads in part the State House statement`: `in part` may stand between the verb and its subject.
  const verbFirst = `(?<![\\p{L}\\p{N}])(?:${verbs})(?:\\s+in\\s+part)?\\s+${subj}(?![\\p{L}])`;
  // `Quote from Sybiha: "…"`: an outlet's label before a quotation works as `according to`, and so does what a
  // report cites (`APS said, citing the foreign ministry`).
  const accordingTo = `(?<![\\p{L}\\p{N}])(?:[Aa]ccording\\s+to|[Qq]uote\\s+from|citing)\\s+${object}(?![\\p{L}])`;
  return {
    subjectFirst: new RegExp(subjectFirst, 'gu'),
    verbFirst: new RegExp(verbFirst, 'gu'),
    // A qualified role may stand before the name (`quoted MEA spokesperson Raveesh Kumar as saying`).
    // `as describing the policy as “…”`, `as calling it …`: other participles that report.
    quotedAs: new RegExp(`(?<![\\p{L}\\p{N}])(?:quoted|quotes|reported|cited|cites)\\s+(?:${word}\\s+){0,4}?${subj}\\s+as\\s+${QUOTED_PARTICIPLES}(?![\\p{L}])`, 'gu'),
    accordingTo: new RegExp(accordingTo, 'gu'),
    spaceVerb: new RegExp(`\\s(?:${verbs})(?![\\p{L}])`, 'gu'),
    commaVerb: new RegExp(`,\\s*(?:${verbs})(?![\\p{L}])`, 'u'),
    qualifiedRole: new RegExp(qualifiedRole, 'uy'),
    // `," said consul Oscar Camacho.`, `said UN spokesman Jeremy Laurence`: a verb, a role perhaps after the body's
    // or the country's words, then the name, who speaks.
    // The role may take what it is for in lower case (`said Egyptian presidential advisor for strategic affairs
    // Mostafa Hegazy`).
    verbRoleName: new RegExp(`(?:${verbs})\\s+(?:${word}\\s+){0,3}?(?:${roles})(?:\\s+(?:for|of|on)\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+)?\\s+${subj}(?![\\p{L}])`, 'uy'),
    headlineRole: new RegExp(
      `(?:^|[,:;–—-]\\s*)((?:\\p{Lu}${word}\\s+){0,3}(?:\\p{Ll}${word}\\s+){0,2}?(?:${roles}))\\s+(?:${HEADLINE_VERBS.map(caseless).join('|')})(?![\\p{L}])`,
      'u',
    ),
  };
}

let regexes: CueRegexes | null = null;

/** The cue regular expressions, for tests that hold the fast paths to them. */
export function cueRegexes(): Readonly<CueRegexes> {
  regexes ??= build();
  return regexes;
}

/** The cue of a match in the one-byte form of `s` (see oneByteForm): its words are read from `s`. */
function toCue(m: RegExpExecArray, s: string, subjectFirst: boolean): Cue {
  const pron = m[1];
  const role = m[2];
  const words = pron ?? role ?? m[3] ?? '';
  // The subject opens a subject-first cue and closes a verb-first one, but for a place the name is of (`said
  // Sergey Lavrov of Russia`): the last time its words stand in the match.
  const sStart = subjectFirst ? m.index : m.index + m[0].lastIndexOf(words);
  // A title and what it is of, with no `the` (`said Minister of Burkina Faso`), is a role, not a name.
  const titleOf = m[3] !== undefined && !subjectFirst && TITLE_OF.test(s.slice(sStart, m.index + m[0].length));
  const kind: SubjectKind = pron !== undefined ? 'pronoun' : role !== undefined || titleOf ? 'role' : 'name';
  let length = titleOf ? (TITLE_OF_PLACE.exec(s.slice(sStart, m.index + m[0].length))?.[0].length ?? words.length) : words.length;
  // The full stop that ends the sentence is not the name's (`said Yi.`), unlike an initial's (`Xi J.`).
  if (kind === 'name' && !subjectFirst && NAME_THEN_STOP.test(words) && !ABBREVIATION_AT_END.test(words)) length--;
  const cue = { start: m.index, end: m.index + m[0].length, subject: { start: sStart, end: sStart + length, text: s.slice(sStart, sStart + length), kind } };
  // `His Excellency added`: the honorific stands for the dignitary as `he` would (the text reads `he` or `she`).
  const honorific = kind === 'name' ? EXCELLENCY.exec(cue.subject.text) : null;
  if (honorific) return { ...cue, subject: { ...cue.subject, text: honorific[1] === 'Her' ? 'she' : 'he', kind: 'pronoun' } };
  return kind === 'name' && subjectFirst ? afterSentenceEnd(cue) : cue;
}

/** An honorific that stands for a dignitary named before, as a pronoun does: `His Excellency said`. */
const EXCELLENCY = /^(His|Her) Excellency$/;

/** A name whose last word, of two letters or more, takes a full stop. */
export const NAME_THEN_STOP = /\p{L}\p{Ll}\.$/u;
/** A title or a suffix whose full stop is its own (`According to Mr.`, `Martin Luther King Jr.`). */
export const ABBREVIATION_AT_END = new RegExp(`(?:^|\\s)(?:${ABBREVIATION_ALTERNATIVES})\\.$`);

/** A title that opens a name's words, then what it is of or for. */
export const TITLE_OF = /^(?:Minister|Ambassador|Secretary|President|Envoy|Spokes(?:man|woman|person)|Chairman|Chairperson|Director|Head|Representative)\s+(?:of|for|to)\s/;
/** Such a title and its place, up to the end of the sentence: `Minister of Burkina Faso` of `Minister of Burkina Faso. We`. */
export const TITLE_OF_PLACE = /^[^.!?]*[^.!?\s]/;

/**
 * A name's words run on over the end of a sentence (`… under the Boe Declaration. They underlined`, `… with the
 * U.S. He said`: a dot may end a word of a name, as in `U.S.`): the cue starts after it, with a pronoun if that is
 * what is left.
 */
function afterSentenceEnd(cue: Cue): Cue {
  const { text } = cue.subject;
  // Both forms end in a full stop, which most names have none of.
  if (!text.includes('.')) return cue;
  const m = SENTENCE_END_IN_NAME.exec(text) ?? ABBREVIATION_THEN_PRONOUN.exec(text);
  if (m === null) return cue;
  const cut = m.index + m[0].length;
  const rest = text.slice(cut);
  const start = cue.subject.start + cut;
  return { start, end: cue.end, subject: { start, end: cue.subject.end, text: rest, kind: PRONOUN.test(rest) ? 'pronoun' : 'name' } };
}
/** A word of two lower-case letters or more closing a sentence inside a name's words (the last such). */
const SENTENCE_END_IN_NAME = /^[^]*\p{Ll}{2}\.\s+/u;
/** An abbreviation's dot, then a pronoun that opens the next sentence (`… talks with the U.S. He said`). */
const ABBREVIATION_THEN_PRONOUN = /^[^]*\.\s+(?=(?:He|She|They|We|It|I)$)/u;
const PRONOUN = /^(?:He|She|They|We|It|I)$/;

/** Every match of `re` in `form`, the one-byte form of `s`, as cues of `s`. */
function matchAll(re: RegExp, form: string, s: string, subjectFirst: boolean): Cue[] {
  const out: Cue[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(form)) !== null) {
    out.push(toCue(m, s, subjectFirst));
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
  return out;
}

/**
 * Every subject-first cue in a string, in order. (The regular expressions search its one-byte form, see
 * oneByteForm; a caller makes a string of Latin-1 characters one byte wide, see narrowed.) Verb-first cues
 * (`said Lavrov`) are only trusted right after a quotation: elsewhere `Nebenzia said Moscow could not…` would
 * make Moscow the speaker.
 */
export function findCues(s: string): Cue[] {
  const form = oneByteForm(s);
  return withOtherCues(form, s, subjectFirstCues(form, s, false));
}

/** A reporting verb after white space anywhere in `s`, whoever its subject (`one villager told AFP`). */
export function hasReportingVerb(s: string): boolean {
  regexes ??= build();
  regexes.spaceVerb.lastIndex = 0;
  return regexes.spaceVerb.test(oneByteForm(s));
}

/**
 * Whether findCues(s) finds any cue: the search for subject-first cues, most of the work, stops at the first,
 * which is all a caller that only asks whether there is one needs.
 */
export function hasCue(s: string): boolean {
  const form = oneByteForm(s);
  const subjectFirst = subjectFirstCues(form, s, true);
  return subjectFirst.length > 0 || withOtherCues(form, s, subjectFirst).length > 0;
}

/** The subject-first cues of `s` (whose one-byte form is `form`) with the cues of the other forms, in order (see findCues). */
function withOtherCues(form: string, s: string, subjectFirst: Cue[]): Cue[] {
  regexes ??= build();
  // Each form is only looked for when the words it cannot do without are there (most strings have none).
  const hasAccording = form.includes('ccording') || form.includes('uote from') || form.includes('citing');
  const hasQuoted = form.includes('quoted') || form.includes('quotes') || form.includes('reported') || form.includes('cite');
  // Not an aside between a subject and its verb (`she, according to Reuters, said that …`): the subject speaks.
  const accordingTo = hasAccording ? outside(matchAll(regexes.accordingTo, form, s, false), subjectFirst) : NO_CUES;
  const quoted = hasQuoted ? quotedAs(form, s) : NO_CUES;
  const quoteHim = form.includes('quote h') ? quotePronoun(form) : NO_CUES;
  // Each list is in order already: merging is only needed when more than one has cues.
  if (accordingTo.length === 0 && quoted.length === 0 && quoteHim.length === 0) return subjectFirst;
  return [...subjectFirst, ...accordingTo, ...quoted, ...quoteHim].sort((a, b) => a.start - b.start);
}

/**
 * No cues, shared by every search that finds none where the list is only read: most searches find none, and an
 * empty array made for each was a sizeable share of the garbage of cue finding.
 */
const NO_CUES: readonly Cue[] = [];

/** The cues that lie inside none of the `outer` cues (both lists in order). */
function outside(cues: Cue[], outer: readonly Cue[]): Cue[] {
  if (cues.length === 0 || outer.length === 0) return cues;
  return cues.filter((c) => !outer.some((o) => o.start < c.start && c.end <= o.end));
}

/**
 * The subject-first cues of a string, as matchAll finds them, but the search goes on only while a reporting
 * verb is left after the last cue: every such cue ends in one, and a search that cannot succeed would still
 * try the expensive subject patterns at every word up to the end of the string. Only the first cue if `firstOnly`.
 */
function subjectFirstCues(form: string, s: string, firstOnly: boolean): Cue[] {
  regexes ??= build();
  const { subjectFirst: re, spaceVerb } = regexes;
  const out: Cue[] = [];
  let from = 0;
  for (;;) {
    // A cue starting at or after `from` has the space before its verb after `from` too.
    spaceVerb.lastIndex = from;
    if (!spaceVerb.test(form)) return out;
    re.lastIndex = from;
    const m = re.exec(form);
    if (m === null) return out;
    if (noSubject(form, m, s)) {
      // On at least one code unit: a search from inside a surrogate pair may start its match at the pair.
      from = Math.max(from, m.index) + 1;
      continue;
    }
    out.push(toCue(m, s, true));
    if (firstOnly) return out;
    from = m.index + Math.max(1, m[0].length);
  }
}

/** `I'll quote him here, that "…"`: the one quoted is the pronoun's person (resolved as `he` or `she`). */
const QUOTE_PRONOUN = /(?<![\p{L}\p{N}])quote\s+(him|her)(?![\p{L}])/gu;

/** The cues of `quote him` in a one-byte form (see oneByteForm), whose pronoun reads as in the string itself. */
function quotePronoun(form: string): Cue[] {
  const out: Cue[] = [];
  for (const m of form.matchAll(QUOTE_PRONOUN)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start: m.index, end: m.index + m[0].length, subject: { start, end: start + m[1].length, text: m[1], kind: 'pronoun' } });
  }
  return out;
}

/**
 * `quoted Xi as saying`: the subject sits between the verb and `as saying` (matchAll places it at the end, as
 * in a verb-first cue; only its length is kept).
 */
function quotedAs(form: string, s: string): Cue[] {
  regexes ??= build();
  // Not a passive (`Enciso was quoted in Montevideo as saying`): its subject comes before, as with any verb.
  return matchAll(regexes.quotedAs, form, s, false)
    .filter((c) => !PASSIVE_BEFORE.test(s.slice(Math.max(0, c.start - 6), c.start)))
    .map((c) => withQuotedSubject(c, s));
}
const PASSIVE_BEFORE = /(?:was|is|were|been)\s+$/;

/** The cue of `quoted … as saying` with its subject placed right before `as saying` (matchAll knows its length only). */
export function withQuotedSubject(c: Cue, s: string): Cue {
  const end = c.start + s.slice(c.start, c.end).search(AS_PARTICIPLE_AT_END);
  const start = end - (c.subject.end - c.subject.start);
  return { ...c, subject: { ...c.subject, start, end, text: s.slice(start, end) } };
}

/** The participles after `quoted … as`. */
const QUOTED_PARTICIPLES = '(?:saying|describing|calling|stating|telling|adding|warning)';
const AS_PARTICIPLE_AT_END = new RegExp(`\\s+as\\s+${QUOTED_PARTICIPLES}$`);

/**
 * The cue the global regular expression finds exactly at `at`, or null. A sticky copy would stop looking after
 * `at` by itself, but each copy of these long patterns costs milliseconds to compile (twice, as V8 first
 * interprets a pattern, then compiles it to machine code), and the callers look first at what they need at
 * `at`, so a search that goes on past it is rare and short (the rest of a sentence).
 */
export function cueAt(re: RegExp, form: string, s: string, at: number, subjectFirst: boolean): Cue | null {
  re.lastIndex = at;
  const m = re.exec(form);
  return m !== null && m.index === at && !(subjectFirst && noSubject(form, m, s)) ? toCue(m, s, subjectFirst) : null;
}

/**
 * `The war, says Cafiero, '…'`: a verb-first cue set off by commas that ends the words before a quotation (`s`),
 * the words' own subject's report of them. Null when `s` ends otherwise.
 */
export function asideCueAtEnd(s: string): Cue | null {
  // The comma that closes the aside: the last character but white space.
  const close = trimmedEnd(s, 0, s.length) - 1;
  if (close <= 0 || s.charCodeAt(close) !== COMMA) return null;
  const open = s.lastIndexOf(',', close - 1);
  if (open < 0 || close - open > MAX_ASIDE) return null;
  const at = trimmedStart(s, open + 1, close);
  regexes ??= build();
  const cue = cueAt(regexes.verbFirst, oneByteForm(s), s, at, false);
  return cue !== null && cue.end === close && !OBJECT_FIRST.test(s.slice(cue.start, cue.end)) ? cue : null;
}
const COMMA = 0x2c;
/** The longest aside: a verb, a title and a name. */
const MAX_ASIDE = 80;

/**
 * The verb-first cues that close a sentence after a comma (`…should be based on mutual respect, said Xi.`): a
 * report inverted as after a quotation, whose subject nothing follows, so unlike `Nebenzia said Moscow could not…`
 * it is the speaker. For a quotation with no cue of its own that takes the last report before it.
 */
export function invertedCues(s: string): readonly Cue[] {
  regexes ??= build();
  if (!s.includes(', ')) return NO_CUES;
  const form = oneByteForm(s);
  // Every such cue has its verb right after a comma: without one, no search.
  if (!regexes.commaVerb.test(form)) return NO_CUES;
  // Not a verb whose object follows it (`…, told AFP.`: the agency is who was told).
  return matchAll(regexes.verbFirst, form, s, false).filter(
    (c) => /,\s*$/.test(s.slice(Math.max(0, c.start - 3), c.start)) && (endsSentence(s, c.end) || TITLED_NAME_TO_END.test(s.slice(c.end, c.end + 160))) && !OBJECT_FIRST.test(s.slice(c.start, c.end)),
  );
}
/**
 * The rest of a title and the name after an inverted cue's subject, perhaps with the day, to the sentence's end
 * (`…, said Minister` then ` of Foreign Affairs Sheikh Salem Abdullah Al-Jaber Al-Sabah on Sunday.`, `…, said
 * Vivian Balakrishnan` then ` on Monday (March 2).`).
 */
const TITLED_NAME_TO_END = /^(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}.'’-]*))*(?:\s+(?:on\s+\p{Lu}\p{Ll}+(?:\s+\([^()\n]{1,20}\))?|today|yesterday))?\s*[.!?](?:\s|$)/u;

/** Reporting verbs whose object, not their subject, follows them. */
const OBJECT_FIRST = /^(?:told|tells|asked|asks|informed|informs|briefed|briefs)\s/;

/**
 * A sentence ends at `end`, the end of a cue: a full stop, `!` or `?` follows, or the cue's subject took the full
 * stop as it takes the dots of initials (`Xi.`) and a new sentence or nothing follows (not `U.S. officials`).
 */
function endsSentence(s: string, end: number): boolean {
  // The end of the words or of their line (a headline's: `…, says Vivian Balakrishnan`).
  if (end >= s.length) return true;
  const next = s.charCodeAt(end);
  if (next === 0x2e || next === 0x21 || next === 0x3f || next === 0x0a || next === 0x0d) return true;
  return s.charCodeAt(end - 1) === 0x2e && /^\s*(?:$|[\p{Lu}"“‘'«])/u.test(s.slice(end, end + 8));
}

/**
 * The role and verb of a headline that quotes its subject without an article (`Senior envoy says … ‘raised a
 * fuss’`, `…, Secretary-General Tells Security Council`): a role cue, anywhere in the headline.
 */
export function headlineCue(headline: string): Cue | null {
  regexes ??= build();
  const m = regexes.headlineRole.exec(headline);
  if (m === null) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: m.index + m[0].length, subject: { start, end: start + m[1].length, text: m[1], kind: 'role' } };
}

/** A cue that closes the words before a quotation (`the minister said, `, `Lavrov said, in part: `). */
export function cueBefore(head: string, cues: readonly Cue[] = findCues(head)): Cue | null {
  for (let i = cues.length - 1; i >= 0; i--) {
    const rest = head.slice(cues[i].end);
    if (/[.!?;]/.test(rest)) continue;
    // Past a relative clause, only the words after the comma that closes it count.
    const outer = i > 0 && rest.length - rest.lastIndexOf(',') <= 80 ? outerOfRelative(head, cues, i) : null;
    if (outer !== null) return outer;
    if (rest.length <= 100) return cues[i];
  }
  return null;
}

/**
 * `Algeria's foreign ministry described the move, which France said was in response to …, as a “…”`: the cue
 * before a relative clause whose own cue (cues[i]) reports only the clause, which a comma closes; else null.
 */
function outerOfRelative(head: string, cues: readonly Cue[], i: number): Cue | null {
  const inner = cues[i];
  const lead = RELATIVE_LEAD.exec(head.slice(Math.max(0, inner.start - 12), inner.start));
  if (lead === null) return null;
  const outer = cues[i - 1];
  const between = head.slice(outer.end, inner.start - lead[0].length);
  return between.length <= 80 && !/[.!?;]/.test(between) ? outer : null;
}
/** A relative clause's opening right before its cue: `, which`. */
const RELATIVE_LEAD = /,\s*which\s+$/;
