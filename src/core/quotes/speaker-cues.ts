// The speaker of a quotation from the words around it: a reporting cue after it or before it, a participle, a
// colon, a label, a passive (a headline's own cues are in headline-speakers.ts). Each finder gives an attribution or
// null (see cuedSpeaker).

import type { Span } from '../text';
import { charClass, isBlankBetween, SPACE } from '../text/chars';
import { trimmedEnd } from '../text/lines';
import { colonCue } from './colon';
import { attribution } from './cue-attribution';
import { coordinatedCue } from './coordinated';
import { continuesReport, DOCUMENTS, joinsQuotations } from './cue-words';
import { asideCueAtEnd, cueBefore, findCues, invertedCues, type Cue } from './cues';
import { cueAfter } from './cue-after';
import { endsInComma, headlineAttribution, inHeadline, namedAttribution } from './headline-speakers';
import { labelAfter, labelAfterComma, labelBefore, passiveAfter } from './labels';
import { narrowed } from './narrow';
import { BODY_ROLE } from './bodies';
import { BODIES, fullName, nameGender } from './context';
import { participleAt, participleAttribution, participleSubject, withParticiple } from './participles';
import { inTheirView, inTheViewOf, openingParticiple, subjectAfterOpeningPhrase, verblessLead } from './sentence-openings';
import { firstEntityIn, personInCue, type State } from './state';
import { closeEnd, speakerAttribution, withVia, type ScannedQuote, type SpeakerAttribution } from './types';

/** `the` opening the words after a quotation, after the lead (`," the EU said`). */
const THE_AFTER = /^[\s,—–-]*[Tt]he\s+(?=\p{Lu})/u;

/**
 * `," the EU said in a statement`, `," the DFA noted`: a body the entity rules found, after `the`, as the subject
 * of a cue after a quotation. Only a body: `the Russian said` is no one's name.
 */
function theBodyAfter(s: State, tail: string, end: number): SpeakerAttribution | null {
  const the = THE_AFTER.exec(tail);
  if (the === null) return null;
  const at = the[0].length;
  const cue = cueAfter(tail.slice(at));
  if (cue === null || cue.subject.kind !== 'name' || cue.start !== 0) return null;
  const from = end + at + cue.subject.start;
  const to = end + at + cue.subject.end;
  const body = firstEntityIn(s, from, to, 'ORG') ?? firstEntityIn(s, from, to, 'GPE');
  if (body === undefined || body.end > to) return null;
  const start = end + the[0].search(/\S/);
  return speakerAttribution(body.canonical, { start, end: end + at + cue.end, text: s.text.slice(start, end + at + cue.end) }, null, 'cue-after');
}

/**
 * `Said Sata’s information minister: “…”`: a sentence that opens with a reporting verb and ends in a colon before
 * the quotation is an inverted cue, its subject after the verb.
 */
function verbFirstBeforeColon(s: State, head: string, headStart: number): SpeakerAttribution | null {
  const end = trimmedEnd(head, 0, head.length);
  if (end === 0 || head.charCodeAt(end - 1) !== 0x3a) return null;
  const m = VERB_FIRST_SENTENCE.exec(head);
  if (m === null) return null;
  const at = m.index + m[0].length - m[1].length;
  // The verb in lower case, as the cue patterns have it (the same length).
  const cue = cueAfter(m[1][0].toLowerCase() + head.slice(at + 1));
  return cue && attribution(s, cue, headStart + at, 'cue-before');
}
/** A sentence (group 1) that opens with a reporting verb and runs to a colon at the end of the words. */
const VERB_FIRST_SENTENCE = /(?:^|[.!?\n]\s*)((?:Said|Says|Added|Adds|Noted|Stressed|Explained|Declared|Answered|Replied|Responded)\s[^.!?\n:]{1,80}:\s*)$/;

/** The speaker a passive report opening the sentence after a quotation names (`This was stated by …`). */
function passiveNext(s: State, from: number, para: Span): SpeakerAttribution | null {
  if (from >= para.end) return null;
  const next = s.masked.slice(from, Math.min(para.end, from + 200));
  const cue = passiveAfter(next);
  return cue && namedAttribution(s, cue, from, 'cue-after');
}

/** `…, he made his position clear: "…"`: the subject of the clause the colon ends (see colonCue). */
function colonAttribution(s: State, head: string, headStart: number): SpeakerAttribution | null {
  const cue = colonCue(head);
  // A name only when a person is named there (`On the subject: "…"` is a page's label).
  if (cue === null || (cue.subject.kind === 'name' && !personInCue(s, headStart + cue.subject.start, headStart + cue.subject.end))) return null;
  return attribution(s, cue, headStart, 'cue-before');
}

/**
 * `Lavrov met Wang Yi and said the talks were "…"`: the subject of the sentence, when its reporting verb follows
 * `and` (see coordinatedCue). Only when `head` opens its sentence.
 */
function coordinatedAttribution(s: State, head: string, headStart: number): SpeakerAttribution | null {
  const cue = coordinatedCue(head);
  // A cue before the quotation as any other: a later quotation of the sentence may go on with it (clauseGoesOn).
  return cue && attribution(s, cue, headStart, 'cue-before');
}

/** `/(^|,\s*)$/.test(s.slice(0, at))`: `at` is the start of `s`, or only spaces follow a comma before it. */
function opensClause(s: string, at: number): boolean {
  if (at === 0) return true;
  let i = at - 1;
  while (i >= 0 && (charClass(s.charCodeAt(i)) & SPACE) !== 0) i--;
  return i >= 0 && s.charCodeAt(i) === 0x2c;
}

/**
 * The speaker a cue around a quotation names, when no cue follows it right away: a cue closing the words before
 * it, a participle (`…, saying`), a cue further on in the sentence, any cue before it in the sentence.
 */
function cueAround(s: State, head: string, headStart: number, opensSentence: boolean, tail: string, tailStart: number): SpeakerAttribution | null {
  const verbFirst = verbFirstBeforeColon(s, head, headStart);
  if (verbFirst) return verbFirst;
  const label = labelBefore(head);
  const labelled = label && namedAttribution(s, label, headStart, 'cue-before');
  if (labelled) return labelled;
  const headCues = findCues(head);
  s.headFrom = headStart;
  s.headTo = headStart + head.length;
  s.headCues = headCues;
  const beforeCue = outerReporter(s, head, headStart, headCues, cueBefore(head, headCues));
  const anyHead = headCues[headCues.length - 1];
  // A participle's own subject named after the cue before it (`Gumrukcu denied allegations of Davutoglu saying, "…"`).
  const participle = participleAt(head, headStart);
  // `Kotzias said, with Anastasiades replying that … as “…”`: the person of an absolute clause after the cue.
  const withClause = withParticiple(s, head, headStart);
  // Or of a bare `saying` right after a person (`posted a video showing Kamilov saying he had "…"`), unless in
  // such a clause.
  const bare = participle < 0 && withClause === null && head.includes(' saying ') ? BARE_SAYING.exec(head) : null;
  const own = participleSubject(s, head, headStart, bare === null ? participle : headStart + bare.index);
  if (own !== null && own.antecedent !== null && (beforeCue === null || own.antecedent.start >= headStart + beforeCue.end)) return own;
  if (withClause !== null && beforeCue !== null && withClause.cue.start >= headStart + beforeCue.end) return withClause;
  return (
    (beforeCue && (sourcesPerson(s, head, headStart, beforeCue) ?? attribution(s, beforeCue, headStart, 'cue-before'))) ||
    itsSubject(s, headStart, headCues, beforeCue) ||
    asideAttribution(s, head, headStart) ||
    // `Britain's foreign office said it was seeking …, saying that … "…"`: the reporting verb's subject is the participle's.
    (anyHead && participle >= headStart + anyHead.end ? attribution(s, anyHead, headStart, 'same-sentence') : null) ||
    participleAttribution(s, head, headStart, participle) ||
    withClause ||
    (opensSentence ? (verblessLead(s, head, headStart) ?? openingParticiple(s, head, headStart) ?? inTheViewOf(s, head, headStart) ?? inTheirView(s, head, headStart)) : null) ||
    possessiveReport(s, head, headStart) ||
    colonAttribution(s, head, headStart) ||
    (opensSentence ? coordinatedAttribution(s, head, headStart) : null) ||
    farCueAfter(s, tail, tailStart) ||
    (anyHead ? (sourcesPerson(s, head, headStart, anyHead) ?? attribution(s, anyHead, headStart, 'same-sentence')) : null)
  );
}

/** `saying` with no comma before it, and the rest of its clause up to the quotation. */
const BARE_SAYING = /\ssaying\s[^.!?;:"“”]*$/;

/** The report of a relative clause that ends right before the quotation at `open` (see RELATIVE_REPORT), else null. */
function relativeReport(s: State, open: number, paraStart: number): SpeakerAttribution | null {
  const from = Math.max(paraStart, open - RELATIVE_REACH);
  const words = s.masked.slice(from, open);
  const m = RELATIVE_REPORT.exec(words);
  if (m === null) return null;
  const cue = findCues(words.slice(m.index)).at(-1);
  return cue === undefined ? null : attribution(s, cue, from + m.index, 'cue-before');
}
/** `which the Washington Times described as `, `what Moscow called `: a relative clause whose verb names the words. */
const RELATIVE_REPORT = /(?<![\p{L}])(?:which|what)\s+[^,.;:!?]{1,60}?\s(?:described|called|termed|labell?ed|branded|dubbed|characteri[sz]ed)\s+(?:it\s+)?(?:as\s+)?$/u;
const RELATIVE_REACH = 90;

/**
 * `The Saudi foreign ministry said … over what it said were “…”`: `it`, which no one who spoke before stands for,
 * is the body that reports first in the words before the quotation.
 */
function itsSubject(s: State, headStart: number, cues: readonly Cue[], cue: Cue | null): SpeakerAttribution | null {
  if (cue === null || cue.subject.text !== 'it') return null;
  const first = cues[0];
  return first === cue || first.subject.kind !== 'role' || !BODY_ROLE.test(first.subject.text) ? null : attribution(s, first, headStart, 'cue-before');
}

/** `The war, says Cafiero, '…'`: the cue set off by commas right before the quotation (see asideCueAtEnd). */
function asideAttribution(s: State, head: string, headStart: number): SpeakerAttribution | null {
  const cue = asideCueAtEnd(head);
  return cue === null ? null : attribution(s, cue, headStart, 'cue-before');
}

/**
 * `According to the Chinese Foreign Ministry, Wang mentioned …, expressing his hope that Japan will "…"`: the
 * source tells what the person named right after its comma said; the words are that person's.
 */
function sourcesPerson(s: State, head: string, headStart: number, cue: Cue): SpeakerAttribution | null {
  if (!ACCORDING_TO.test(head.slice(cue.start, cue.start + 13))) return null;
  const comma = SOURCE_COMMA.exec(head.slice(cue.end, cue.end + 4));
  if (comma === null) return null;
  const at = headStart + cue.end + comma[0].length;
  const i = s.ctx.mentionStarts.firstAtOrAfter(at);
  const person = s.ctx.mentions[i];
  if (person === undefined || person.start !== at || person.type !== 'PERSON') return null;
  // The person's words come in a clause of their own: after `that` or a participle (`saying`, `expressing his hope`).
  const end = headStart + head.length;
  if (!REPORTED_CLAUSE.test(s.text.slice(person.end, end))) return null;
  return speakerAttribution(fullName(s.ctx, person), { start: at, end, text: s.text.slice(at, end) }, null, 'same-sentence');
}
const ACCORDING_TO = /^[Aa]ccording\s+to\s/;
const REPORTED_CLAUSE = /\bthat\s|,\s*\p{Ll}+ing\s/u;
const SOURCE_COMMA = /^\s*,\s*/;

/**
 * `following Takaichi’s warning that any Chinese military action could constitute a "…"`, `Lavrov's description of
 * the talks as "…"`, `Mosisili’s complaint the bloc’s decisions were “…”`: the words of the person (or body) whose
 * statement the quotation is part of.
 */
function possessiveReport(s: State, head: string, headStart: number): SpeakerAttribution | null {
  // Only where a possessive is (most words before a quotation have none).
  if (!head.includes("'s") && !head.includes('’s')) return null;
  const m = POSSESSIVE_REPORT.exec(head);
  if (m === null) return null;
  const at = headStart + m.index;
  const i = s.ctx.mentionStarts.firstAtOrAfter(at);
  const who = s.ctx.mentions[i];
  // The name ends right before its possessive.
  if (who === undefined || who.end !== at + m[1].length || !(who.type === 'PERSON' || BODIES.has(who.type))) return null;
  const end = headStart + head.length;
  const name = who.type === 'PERSON' ? fullName(s.ctx, who) : who.canonical;
  return speakerAttribution(name, { start: at, end, text: s.text.slice(at, end) }, { start: who.start, end: who.end, text: who.text }, 'same-sentence');
}
const POSSESSIVE_REPORT =
  /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s\s+(?:\p{Ll}+\s+)?(?:warnings?|remarks?|comments?|statements?|claims?|assertions?|pledges?|calls?|promises?|insistence|arguments?|words|descriptions?|accusations?|characteri[sz]ations?|complaints?)(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|earlier))?\s+(?:that\s+[^.!?;"“”]*|of\s+[^.!?;"“”]*\s+as\s+(?:an?\s+|the\s+)?|(?:the|its|their)\s+[^.!?;"“”]*\s(?:was|were|is|are)\s+)$/u;

/**
 * `State Department spokesman Ned Price said Washington welcomed "…"`: a body named as the subject of a clause
 * that a person reports right before it (`Vassily Nebenzia told the council … that Russia believes …`) speaks
 * through that person, who is the speaker; so does `he` or `she` as that subject (`Toshimitsu Motegi told reporters
 * … that he conveyed …`, where the sentence opened with `With Wang at his side`).
 */
function outerReporter(s: State, head: string, headStart: number, cues: readonly Cue[], cue: Cue | null): Cue | null {
  const i = cue ? cues.indexOf(cue) : -1;
  if (!cue || i <= 0) return cue;
  const pronoun = cue.subject.kind === 'pronoun' && PERSONAL_PRONOUN.test(cue.subject.text) ? cue.subject.text.toLowerCase() : null;
  if (cue.subject.kind !== 'name' && pronoun === null) return cue;
  const outer = cues[i - 1];
  if (!REPORTED_CLAUSE_BETWEEN.test(head.slice(outer.end, cue.start))) return cue;
  if (pronoun === null && personInCue(s, headStart + cue.subject.start, headStart + cue.subject.end)) return cue;
  const reporter = personInCue(s, headStart + outer.start, headStart + outer.end);
  if (reporter === undefined) return cue;
  // `Motegi told reporters … that he conveyed …`: the reporter, whom the pronoun stands for, unless it cannot.
  if (pronoun === null) return outer;
  const gender = nameGender(s.ctx, fullName(s.ctx, reporter));
  return gender === null || gender === (pronoun === 'he' ? 'm' : 'f') ? outer : cue;
}
/** `he` or `she`. */
const PERSONAL_PRONOUN = /^(?:[Hh]e|[Ss]he)$/;

/**
 * Between a reporting cue and the clause it reports: nothing, `that`, or the verb's object and when or where, then
 * `that` (`told the council at Wednesday's emergency meeting that`).
 */
const REPORTED_CLAUSE_BETWEEN = /^\s*(?:that\s+)?$|^\s+[^\s.;:!?,"“”][^.;:!?,"“”]{0,80}\sthat\s+$/u;

/** A cue anywhere later in the sentence that opens a clause (searched only when the nearer ones said nothing). */
function farCueAfter(s: State, tail: string, tailStart: number): SpeakerAttribution | null {
  // Or an inverted report closing the sentence (`… pointing to "…" of the African nation, added Jaeger.`).
  const c = findCues(tail).find((x) => opensClause(tail, x.start) || afterRoleClause(tail, x)) ?? invertedCues(tail)[0];
  return c ? attribution(s, c, tailStart, 'same-sentence') : null;
}

/**
 * A name's cue whose clause opens with the name's role (`…, Qatar's foreign ministry spokesman Majed al-Ansari told
 * reporters`): a comma, then a few words ending in a role noun right before the name.
 */
function afterRoleClause(s: string, cue: Cue): boolean {
  if (cue.subject.kind !== 'name') return false;
  const comma = s.lastIndexOf(',', cue.start);
  return comma >= 0 && ROLE_CLAUSE.test(s.slice(comma + 1, cue.start));
}
const ROLE_CLAUSE = /^\s*(?:[\p{L}.'’-]+\s+){0,5}(?:spokes(?:man|woman|person)|minister|ambassador|envoy|secretary|president|diplomat|chief|adviser|advisor|representative|negotiator|chancellor|premier)\s+$/iu;

/**
 * A quotation left open whose paragraph ends in its cue after a comma (`"New Zealand's relationship with Tonga has
 * been strengthened …, Peters said.`): the mark that should close it was left out, and the cue is the speaker's.
 */
function cueClosingUnclosed(s: State, q: ScannedQuote): SpeakerAttribution | null {
  const from = Math.max(q.start, q.end - UNCLOSED_CUE_MAX);
  const tail = s.text.slice(from, q.end);
  const comma = tail.lastIndexOf(',');
  if (comma < 0) return null;
  const words = narrowed(tail.slice(comma + 1));
  const cue = findCues(words)[0] ?? invertedCues(words)[0];
  if (cue === undefined || !isBlankBetween(words, 0, cue.start) || !CLOSING_STOP.test(words.slice(cue.end))) return null;
  return attribution(s, cue, from + comma + 1, 'cue-after');
}
/** How far back from the end of an open quotation its cue may start. */
const UNCLOSED_CUE_MAX = 80;
/** What may follow the cue to the paragraph's end: a full stop, perhaps. */
const CLOSING_STOP = /^\s*[.!?]?\s*$/;

/** Where the words of a quotation's sentence before it begin: its sentence's start, its paragraph's, or the quotation before. */
function headStartOf(s: State, q: ScannedQuote, para: Span, openStart: number): number {
  return Math.min(q.open.start, Math.max(openStart, para.start, s.prevTopClose));
}

/** `according to a statement`, `according to the ministry's readout`: a document that reports, not who speaks. */
const DOCUMENT_SOURCE = new RegExp(`^[Aa]ccording\\s+to\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${DOCUMENTS.join('|')}|transcript|post)\\b`, 'u');

/** The person a reporting cue before a quotation names in its sentence (`Mohamad Hasan said … that ASEAN has "…"`). */
function reporterBefore(s: State, q: ScannedQuote, para: Span, clause: RegExp): SpeakerAttribution | null {
  const openStart = s.sentenceStarts.offsets[s.sentenceStarts.lastAtOrBefore(q.open.start)];
  const headStart = headStartOf(s, q, para, openStart);
  const head = s.masked.slice(headStart, q.open.start);
  const cues = findCues(head);
  const cue = cues[cues.length - 1];
  // Its verb introduces a clause that runs on to the quotation (`said … that`).
  if (cue === undefined || cue.subject.kind === 'role' || !clause.test(head.slice(cue.end))) return null;
  return attribution(s, cue, headStart, 'cue-before');
}
const REPORTED_THAT = /^[^.!?;]{0,120}\bthat\s[^.!?;]{0,160}$/;
/** The same, or the verb's object and `to` (`urged Russia to “…”`). */
const REPORTED_THAT_OR_TO = /^[^.!?;]{0,120}\b(?:that|to)\s[^.!?;]{0,160}$/;
/** `according to the ministry`: a body that reports someone's words, not the one who said them. */
const BODY_SOURCE = /^[Aa]ccording\s+to\s+(?:the|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:ministry|embassy|office|government|presidency|agency|department|readout)\b/u;

/** The speaker a reporting cue names right after a top-level quotation, else one around it in its sentence. */
export function cuedSpeaker(s: State, q: ScannedQuote, para: Span): SpeakerAttribution | null {
  const closing = q.unclosed ? cueClosingUnclosed(s, q) : null;
  if (closing) return closing;
  const topLevel = s.topLevel;
  while (s.nextTop < topLevel.length && topLevel[s.nextTop].open.start <= q.open.start) s.nextTop++;
  const end = closeEnd(q);
  const sentenceEnd = s.sentenceEnds[s.sentenceStarts.lastAtOrBefore(Math.max(q.open.start, end - 1))];
  // Not `topLevel[s.nextTop]?.…`: a read past the end of the array makes V8 drop this function's optimised code.
  let nextOpen = s.nextTop < topLevel.length ? topLevel[s.nextTop].open.start : Infinity;
  // `a ‘constructive’ and ‘proactive’ role …, according to …`: the report after both quotations is the first's too.
  if (nextOpen < sentenceEnd && joinsQuotations(s.text.slice(end, nextOpen))) nextOpen = Infinity;
  // The paragraph the quotation closes in: a quotation may run over a line break (`…since last week.⏎Those
  // discussions continued…," White House press secretary Karine Jean-Pierre said.`).
  const closePara = end <= para.end ? para : (s.ctx.paragraphs[s.ctx.paragraphStarts.lastAtOrBefore(end - 1)] ?? para);
  const tailEnd = Math.max(end, Math.min(sentenceEnd, nextOpen, closePara.end));
  const tail = s.masked.slice(end, tailEnd);
  const after = cueAfter(tail);
  // `X said … that ASEAN has "…", according to a statement from the ministry`: the document carries X's words.
  // So does the body that reports it (`He also urged Russia to “act responsibly,” according to the ministry`).
  const source = after === null ? '' : tail.slice(after.start, after.end);
  const reporter = after === null ? null : DOCUMENT_SOURCE.test(source) ? reporterBefore(s, q, para, REPORTED_THAT) : BODY_SOURCE.test(source) ? reporterBefore(s, q, para, REPORTED_THAT_OR_TO) : null;
  if (reporter) return reporter;
  // `the reported remarks, which the Washington Times described as “unusually blunt”, Otaiba was quoted as saying`:
  // a relative clause's own report of the words, right before them, before the report of the sentence around it.
  const relative = after === null ? null : relativeReport(s, q.open.start, para.start);
  if (relative) return relative;
  const speaker = after ? attribution(s, after, end, 'cue-after') : theBodyAfter(s, tail, end);
  if (speaker) return speaker;
  const label = labelAfter(tail) ?? (inHeadline(s, q) && endsInComma(s, q, tail) ? labelAfterComma(tail) : null);
  const labelled = label && namedAttribution(s, label, end, 'cue-after');
  if (labelled) return labelled;
  const passive = tailEnd === sentenceEnd ? passiveNext(s, sentenceEnd, closePara) : null;
  if (passive) return passive;
  // Most quotations end in their cue (`," he said`): the sentence's words before them only when not.
  const openStart = s.sentenceStarts.offsets[s.sentenceStarts.lastAtOrBefore(q.open.start)];
  const headStart = headStartOf(s, q, para, openStart);
  const head = s.masked.slice(headStart, q.open.start);
  const around = cueAround(s, head, headStart, headStart === Math.max(openStart, para.start), tail, end);
  if (around) return around;
  // `… is a "priority" for Kuwait and … a "mainstay" policy …, said Minister …`: a report inverted at the end of
  // the sentence, past a later quotation, holds every quotation of the sentence.
  const inverted = tailEnd < sentenceEnd ? invertedCues(s.masked.slice(end, sentenceEnd)) : [];
  if (inverted.length > 0) return attribution(s, inverted[inverted.length - 1], end, 'same-sentence');
  // `Spotlighting the “well-known” risk that …, she detailed …`: a participle's phrase opens the sentence and
  // holds the quotation, and the subject of the sentence comes after it.
  const opening = headStart === Math.max(openStart, para.start) ? subjectAfterOpeningPhrase(s, head, s.masked.slice(end, sentenceEnd), end) : null;
  if (opening) return opening;
  // A headline that quotes its subject (`Senior envoy says Moscow disappointed that … ‘raised a fuss’`).
  const byHeadline = inHeadline(s, q) ? headlineAttribution(s, q) : null;
  if (byHeadline) return byHeadline;
  // The second quotation of a sentence whose report goes on (`… and warned … «another Ukraine»`).
  const prev = s.prevCued;
  return prev && s.prevSentenceStart === openStart && headStart === s.prevTopClose && (continuesReport(head) || reportsThat(s, prev) || clauseGoesOn(s, prev, head, headStart))
    ? withVia(prev, 'same-sentence')
    : null;
}

/**
 * The quotation before in the sentence took its speaker from a cue before it (`Wong said the "new Australian
 * government" signalled a "new Australia"`, `The government said the statement was “pretentious”, and merely “a
 * smokescreen”`): the words up to this one go on with what the subject reports when they name no one else and
 * hold no break of the clause.
 */
function clauseGoesOn(s: State, prev: SpeakerAttribution, head: string, headStart: number): boolean {
  return (
    prev.via === 'cue-before' &&
    head.length <= CLAUSE_REACH &&
    !CLAUSE_BREAKS.test(head) &&
    !ANOTHER_THING.test(head) &&
    firstEntityIn(s, headStart, headStart + head.length, 'PERSON') === undefined
  );
}
const CLAUSE_REACH = 100;
const CLAUSE_BREAKS = /[;:()—–]|\b(?:while|whereas|who|which)\b/;
/** `… watching «with great concern» and the talk of a new «reset» with scepticism`: `and` opens another thing named. */
const ANOTHER_THING = /^\s*,?\s*(?:and|or)\s+(?:the|a|an)\s/;

/**
 * The quotation before in the sentence took its speaker from a cue before it whose verb opens a that-clause (`He
 * stated that the "distorted step" … is an "injustice" … and a "blow"`): the clause holds the later ones too.
 */
function reportsThat(s: State, prev: SpeakerAttribution): boolean {
  return (prev.via === 'cue-before' || prev.via === 'same-sentence') && THAT_AFTER_CUE.test(s.text.slice(prev.cue.end, prev.cue.end + 6));
}
const THAT_AFTER_CUE = /^\s+that\s/;
