// The speaker of a quotation from the words around it: a reporting cue after it or before it, a participle, a
// colon, a label, a passive, a headline's role. Each finder gives an attribution or null (see cuedSpeaker).

import type { Entity } from '../entities';
import type { Span } from '../text';
import { charClass, SPACE } from '../text/chars';
import { colonCue } from './colon';
import { coordinatedCue, subjectAndVerb } from './coordinated';
import { continuesReport, cueParts, DOCUMENTS, joinsQuotations, PARTICIPLE, PARTICIPLE_THAT, REPORTING_PARTICIPLE } from './cue-words';
import { cueAfter, cueBefore, findCues, headlineCue, invertedCues, type Cue } from './cues';
import { oneByteForm } from './onebyte';
import { labelAfter, labelBefore, labelOpening, passiveAfter } from './labels';
import { BODIES, fullName } from './context';
import { resolveSubject } from './resolve';
import { resolveBodyRole } from './bodies';
import { isPressRole, resolveRole } from './roles';
import { firstEntityIn, personInCue, type State } from './state';
import { closeEnd, speakerAttribution, withVia, type ScannedQuote, type SpeakerAttribution } from './types';

/**
 * `an unnamed European diplomat said`, `a senior official said`: someone the text does not name, introduced as
 * someone new. The quotation has a cue, so it inherits no one's, and its speaker is unknown (null).
 */
const UNNAMED = /^(?:[Aa]n?|[Aa]nother)\s/;

/** `a ministry statement said`: the words of a body, which the role resolves to as before. */
const UNNAMED_BODY = new RegExp(`(?<![\\p{L}\\p{N}_])(?:ministry|department|government|embassy|office|agency|council|committee|${DOCUMENTS.join('|')}|service)(?![\\p{L}\\p{N}_])`, 'iu');

/** The role of someone who speaks for a body without being its head (`a ministry spokesman`, `a senior official`). */
const MEMBER = /(?<![\p{L}])(?:spokes(?:man|woman|person)|officials?|diplomats?|aides?|advis[eo]rs?|sources?|staffers?|officers?)(?![\p{L}])/iu;

/**
 * The organisation named between `from` and `to` (`a Kremlin spokesman`, `a Downing Street spokesperson`), if
 * any. Not a country: `a senior U.S. official` is someone unnamed, not the United States.
 */
function bodyIn(s: State, from: number, to: number): Entity | undefined {
  return firstEntityIn(s, from, to, 'ORG');
}

/** The attribution of a quotation whose cue names no one (see UNNAMED): it becomes a null speaker in attributeOne. */
export const ANONYMOUS: SpeakerAttribution = Object.freeze({ name: '', cue: { start: 0, end: 0, text: '' }, antecedent: null, via: 'cue-after' });

export function attribution(s: State, cue: Cue, base: number, via: SpeakerAttribution['via']): SpeakerAttribution | null {
  const { kind, text } = cue.subject;
  const subjectStart = base + cue.subject.start;
  const subjectEnd = base + cue.subject.end;
  const start = base + cue.start;
  const end = base + cue.end;
  const named = kind !== 'pronoun' ? personInCue(s, Math.min(subjectStart, start), Math.max(subjectEnd, end)) : undefined;
  if (named) return speakerAttribution(fullName(s.ctx, named), { start, end, text: s.text.slice(start, end) }, null, via);
  if (kind === 'role' && UNNAMED.test(text)) {
    // `a Downing Street spokesperson said`: the body speaks; `an unnamed European diplomat said`: no one named.
    // `a Foreign Office spokeswoman said`, `a ministry official said`: someone of a body, not its minister.
    const member = MEMBER.test(text);
    const bodyWords = UNNAMED_BODY.test(text);
    if (member || !bodyWords) {
      const body = bodyIn(s, subjectStart, subjectEnd)?.canonical ?? (bodyWords ? resolveBodyRole(s.ctx, text, subjectStart)?.name : undefined);
      return body === undefined ? ANONYMOUS : speakerAttribution(body, { start, end, text: s.text.slice(start, end) }, null, via);
    }
  }
  const r = resolveSubject(s.ctx, kind, text, subjectStart, subjectEnd);
  // `the reporter asked`: a cue that names someone unnamed, as above; the quotation inherits no one's speaker.
  if (!r) return kind === 'role' && isPressRole(text) ? ANONYMOUS : null;
  const antecedent = r.antecedent && r.antecedent.start !== subjectStart ? { start: r.antecedent.start, end: r.antecedent.end, text: r.antecedent.text } : null;
  return speakerAttribution(r.name, { start, end, text: s.text.slice(start, end) }, antecedent, via);
}

/**
 * The speaker of a headline's role cue (`Senior envoy says …`): the role as if it stood at the end of the lead,
 * whose subject the headline sums up, so that people named later in the headline itself are not taken for it.
 */
function headlineSpeaker(s: State, headline: Span): SpeakerAttribution | null {
  const cue = headlineCue(s.text.slice(headline.start, headline.end));
  if (cue === null) return null;
  const lead = s.ctx.paragraphs[s.ctx.paragraphStarts.lastAtOrBefore(headline.start) + 1];
  if (lead === undefined) return null;
  const start = headline.start + cue.start;
  const end = headline.start + cue.end;
  const cueSpan = { start, end, text: s.text.slice(start, end) };
  const r = resolveRole(s.ctx, cue.subject.text, lead.end);
  // Someone named in the headline itself reads as introduced with the cue's role word: the lead's first person
  // is the one the headline sums up.
  if (r === null || (r.antecedent !== null && r.antecedent.start < headline.end)) {
    const first = firstEntityIn(s, lead.start, lead.end, 'PERSON');
    return first === undefined ? null : speakerAttribution(fullName(s.ctx, first), cueSpan, { start: first.start, end: first.end, text: first.text }, 'same-sentence');
  }
  const antecedent = r.antecedent ? { start: r.antecedent.start, end: r.antecedent.end, text: r.antecedent.text } : null;
  return speakerAttribution(r.name, cueSpan, antecedent, 'same-sentence');
}

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

/** The person a cue without a reporting verb names (see labels.ts): only one the entity rules found in its subject. */
function namedAttribution(s: State, cue: Cue, base: number, via: SpeakerAttribution['via']): SpeakerAttribution | null {
  const person = personInCue(s, base + cue.subject.start, base + cue.subject.end);
  if (person === undefined) return null;
  const start = base + cue.start;
  const end = base + cue.end;
  return speakerAttribution(fullName(s.ctx, person), { start, end, text: s.text.slice(start, end) }, null, via);
}

/** The speaker a passive report opening the sentence after a quotation names (`This was stated by …`). */
function passiveNext(s: State, from: number, para: Span): SpeakerAttribution | null {
  if (from >= para.end) return null;
  const next = s.masked.slice(from, Math.min(para.end, from + 200));
  const cue = passiveAfter(next);
  return cue && namedAttribution(s, cue, from, 'cue-after');
}

/**
 * Where a participle ends the words before a quotation (`…, saying "…"`): the offset in the text of the space or
 * comma before it, or -1.
 */
function participleAt(head: string, headStart: number): number {
  const m = PARTICIPLE.exec(head) ?? (head.includes('ing ') ? PARTICIPLE_THAT.exec(head) : null);
  return m === null ? -1 : headStart + m.index;
}

/** The cue of a participle at `at` (see participleAt), up to the end of the words before the quotation. */
function participleCue(s: State, at: number, cueEnd: number): SpeakerAttribution['cue'] {
  return { start: at, end: cueEnd, text: s.text.slice(at, cueEnd).trim() };
}

/**
 * `…, saying "…"`: the subject of the participle at `at` is the first person (or body) of the clause before it,
 * else the pronoun or role that opens it (`Nigerian authorities released a statement, saying the report was "…"`).
 */
function participleAttribution(s: State, head: string, headStart: number, at: number): SpeakerAttribution | null {
  if (at < 0) return null;
  return participleNamed(s, head, headStart, at) ?? openingSubject(s, head, headStart, at);
}

/** The first person (or body) named in the clause before the participle at `at` (see participleAttribution). */
function participleNamed(s: State, head: string, headStart: number, at: number): SpeakerAttribution | null {
  // Not the source of an opening `According to the ministry,`: the clause after it tells what its subject said.
  const source = SOURCE_OPENING.exec(head);
  const from = Math.max(source === null ? headStart : headStart + source[0].length, at - 300);
  for (let i = s.ctx.mentionStarts.firstAtOrAfter(from); i < s.ctx.mentions.length && s.ctx.mentions[i].start < at; i++) {
    let e = s.ctx.mentions[i];
    if (e.type === 'PERSON' || e.type === 'ORG') {
      // `EU negotiator Enrique Mora met …, telling journalists "…"`: a body that only qualifies the person's title.
      const next = s.ctx.mentions[i + 1];
      if (e.type === 'ORG' && next !== undefined && next.type === 'PERSON' && next.start < at && TITLE_BETWEEN.test(s.text.slice(e.end, next.start))) e = next;
      return speakerAttribution(e.canonical, participleCue(s, at, headStart + head.length), { start: e.start, end: e.end, text: e.text }, 'same-sentence');
    }
  }
  return null;
}

/**
 * `Minister Ziyambi addressed the media stating that Douhan will meet …` before a paragraph of quotation only:
 * the subject of a participle that reports, in the last sentence of the paragraph `para`.
 */
export function participleBefore(s: State, para: Span): SpeakerAttribution | null {
  const i = s.sentenceStarts.lastAtOrBefore(para.end - 1);
  const start = s.sentenceStarts.offsets[i];
  if (i < 0 || start < para.start) return null;
  const sentence = s.masked.slice(start, Math.min(s.sentenceEnds[i], para.end));
  const m = REPORTING_PARTICIPLE.exec(sentence);
  const named = m === null ? null : participleNamed(s, sentence, start, start + m.index);
  return named && withVia(named, 'previous-paragraph');
}

/**
 * `Waqa also touched on the legacy of nuclear tests.` before a paragraph of quotation with no reporting verb of
 * its own (`…,” they told her` has one): the subject of the paragraph's last sentence, when that person has been
 * quoted before in the article and goes on speaking.
 */
export function speakerGoingOn(s: State, para: Span, next: Span): SpeakerAttribution | null {
  const i = s.sentenceStarts.lastAtOrBefore(para.end - 1);
  const start = s.sentenceStarts.offsets[i];
  if (i < 0 || start < para.start || s.ctx.speakers.length === 0) return null;
  if (findCues(s.masked.slice(next.start, next.end)).length > 0) return null;
  const cue = subjectAndVerb(s.masked.slice(start, Math.min(s.sentenceEnds[i], para.end)));
  const found = cue && attribution(s, cue, start, 'previous-paragraph');
  return found && s.ctx.speakers.some((x) => x.name === found.name) ? found : null;
}

/** A pronoun or role that opens the words before a participle, before a space (group 1 or 2 of the subject), perhaps after an opening adverb. */
let opening: RegExp | null = null;

/** The subject that opens the words before the participle at `at`, when it is a pronoun or a role. */
function openingSubject(s: State, head: string, headStart: number, at: number): SpeakerAttribution | null {
  // Perhaps after an opening adverb or phrase and its comma (`Furthermore, he touched on …, stressing that …`).
  opening ??= new RegExp(`^\\s*(?:\\p{Lu}\\p{Ll}+(?:\\s+\\p{L}+){0,2},\\s*)?(?:${cueParts().subject})\\s`, 'u');
  const m = opening.exec(oneByteForm(head.slice(0, at - headStart)));
  const subject = m === null ? undefined : (m[1] ?? m[2]);
  if (m === null || subject === undefined) return null;
  const start = m[0].length - 1 - subject.length;
  const cue: Cue = { start, end: head.length, subject: { start, end: start + subject.length, text: head.slice(start, start + subject.length), kind: m[1] !== undefined ? 'pronoun' : 'role' } };
  return attribution(s, cue, headStart, 'same-sentence');
}

/**
 * `denied allegations of Ahmet Davutoglu saying, "…"`: a person right before the participle at `at`, no comma
 * between, is its own subject, whoever the sentence's subject is.
 */
function participleSubject(s: State, head: string, headStart: number, at: number): SpeakerAttribution | null {
  if (at < 0) return null;
  const right = s.ctx.mentions[s.ctx.mentionStarts.firstAtOrAfter(at) - 1];
  if (right === undefined || right.type !== 'PERSON' || right.start < headStart || right.end > at || !/^\s*$/.test(s.text.slice(right.end, at + 1))) return null;
  return speakerAttribution(fullName(s.ctx, right), participleCue(s, at, headStart + head.length), { start: right.start, end: right.end, text: right.text }, 'same-sentence');
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
  return cue && attribution(s, cue, headStart, 'same-sentence');
}

/** Between a body and a person: the person's title only (`EU negotiator Enrique Mora`, `UN Special Envoy …`). */
const TITLE_BETWEEN = /^\s+(?:[\p{L}-]+\s+){1,3}$/u;

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
  const own = participleSubject(s, head, headStart, participle);
  if (own !== null && own.antecedent !== null && (beforeCue === null || own.antecedent.start >= headStart + beforeCue.end)) return own;
  return (
    (beforeCue && (sourcesPerson(s, head, headStart, beforeCue) ?? attribution(s, beforeCue, headStart, 'cue-before'))) ||
    // `Britain's foreign office said it was seeking …, saying that … "…"`: the reporting verb's subject is the participle's.
    (anyHead && participle >= headStart + anyHead.end ? attribution(s, anyHead, headStart, 'same-sentence') : null) ||
    participleAttribution(s, head, headStart, participle) ||
    possessiveReport(s, head, headStart) ||
    colonAttribution(s, head, headStart) ||
    (opensSentence ? coordinatedAttribution(s, head, headStart) : null) ||
    farCueAfter(s, tail, tailStart) ||
    (anyHead ? (sourcesPerson(s, head, headStart, anyHead) ?? attribution(s, anyHead, headStart, 'same-sentence')) : null)
  );
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
/** `According to the Chinese Foreign Ministry, ` opening the words before a quotation. */
const SOURCE_OPENING = /^\s*[Aa]ccording\s+to\s[^,.;:!?"“”]{1,80},\s*/;
const SOURCE_COMMA = /^\s*,\s*/;

/**
 * `following Takaichi’s warning that any Chinese military action could constitute a "…"`, `Lavrov's description of
 * the talks as "…"`: the words of the person (or body) whose statement the quotation is part of.
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
  /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s\s+(?:\p{Ll}+\s+)?(?:warnings?|remarks?|comments?|statements?|claims?|assertions?|pledges?|calls?|promises?|insistence|arguments?|words|descriptions?|accusations?|characteri[sz]ations?)\s+(?:that\s+[^.!?;"“”]*|of\s+[^.!?;"“”]*\s+as\s+(?:an?\s+|the\s+)?)$/u;

/**
 * `State Department spokesman Ned Price said Washington welcomed "…"`: a body named as the subject of a clause
 * that a person reports right before it speaks through that person, who is the speaker.
 */
function outerReporter(s: State, head: string, headStart: number, cues: readonly Cue[], cue: Cue | null): Cue | null {
  const i = cue ? cues.indexOf(cue) : -1;
  if (!cue || i <= 0 || cue.subject.kind !== 'name') return cue;
  const outer = cues[i - 1];
  if (!/^\s*(?:that\s+)?$/.test(head.slice(outer.end, cue.start))) return cue;
  if (personInCue(s, headStart + cue.subject.start, headStart + cue.subject.end)) return cue;
  return personInCue(s, headStart + outer.start, headStart + outer.end) ? outer : cue;
}

/** A cue anywhere later in the sentence that opens a clause (searched only when the nearer ones said nothing). */
function farCueAfter(s: State, tail: string, tailStart: number): SpeakerAttribution | null {
  // Or an inverted report closing the sentence (`… pointing to "…" of the African nation, added Jaeger.`).
  const c = findCues(tail).find((x) => opensClause(tail, x.start)) ?? invertedCues(tail)[0];
  return c ? attribution(s, c, tailStart, 'same-sentence') : null;
}

/** Where the words of a quotation's sentence before it begin: its sentence's start, its paragraph's, or the quotation before. */
function headStartOf(s: State, q: ScannedQuote, para: Span, openStart: number): number {
  return Math.min(q.open.start, Math.max(openStart, para.start, s.prevTopClose));
}

/** `according to a statement`, `according to the ministry's readout`: a document that reports, not who speaks. */
const DOCUMENT_SOURCE = new RegExp(`^[Aa]ccording\\s+to\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${DOCUMENTS.join('|')}|transcript|post)\\b`, 'u');

/** The person a reporting cue before a quotation names in its sentence (`Mohamad Hasan said … that ASEAN has "…"`). */
function reporterBefore(s: State, q: ScannedQuote, para: Span): SpeakerAttribution | null {
  const openStart = s.sentenceStarts.offsets[s.sentenceStarts.lastAtOrBefore(q.open.start)];
  const headStart = headStartOf(s, q, para, openStart);
  const head = s.masked.slice(headStart, q.open.start);
  const cues = findCues(head);
  const cue = cues[cues.length - 1];
  // Its verb introduces a clause that runs on to the quotation (`said … that`).
  if (cue === undefined || cue.subject.kind === 'role' || !REPORTED_THAT.test(head.slice(cue.end))) return null;
  return attribution(s, cue, headStart, 'cue-before');
}
const REPORTED_THAT = /^[^.!?;]{0,120}\bthat\s[^.!?;]{0,160}$/;

/** The speaker a reporting cue names right after a top-level quotation, else one around it in its sentence. */
export function cuedSpeaker(s: State, q: ScannedQuote, para: Span): SpeakerAttribution | null {
  const topLevel = s.topLevel;
  while (s.nextTop < topLevel.length && topLevel[s.nextTop].open.start <= q.open.start) s.nextTop++;
  const end = closeEnd(q);
  const sentenceEnd = s.sentenceEnds[s.sentenceStarts.lastAtOrBefore(Math.max(q.open.start, end - 1))];
  // Not `topLevel[s.nextTop]?.…`: a read past the end of the array makes V8 drop this function's optimised code.
  let nextOpen = s.nextTop < topLevel.length ? topLevel[s.nextTop].open.start : Infinity;
  // `a ‘constructive’ and ‘proactive’ role …, according to …`: the report after both quotations is the first's too.
  if (nextOpen < sentenceEnd && joinsQuotations(s.text.slice(end, nextOpen))) nextOpen = Infinity;
  const tailEnd = Math.max(end, Math.min(sentenceEnd, nextOpen, para.end));
  const tail = s.masked.slice(end, tailEnd);
  const after = cueAfter(tail);
  // `X said … that ASEAN has "…", according to a statement from the ministry`: the document carries X's words.
  const reporter = after !== null && DOCUMENT_SOURCE.test(tail.slice(after.start, after.end)) ? reporterBefore(s, q, para) : null;
  if (reporter) return reporter;
  const speaker = after ? attribution(s, after, end, 'cue-after') : theBodyAfter(s, tail, end);
  if (speaker) return speaker;
  const label = labelAfter(tail);
  const labelled = label && namedAttribution(s, label, end, 'cue-after');
  if (labelled) return labelled;
  const passive = tailEnd === sentenceEnd ? passiveNext(s, sentenceEnd, para) : null;
  if (passive) return passive;
  // Most quotations end in their cue (`," he said`): the sentence's words before them only when not.
  const openStart = s.sentenceStarts.offsets[s.sentenceStarts.lastAtOrBefore(q.open.start)];
  const headStart = headStartOf(s, q, para, openStart);
  const head = s.masked.slice(headStart, q.open.start);
  const around = cueAround(s, head, headStart, headStart === Math.max(openStart, para.start), tail, end);
  if (around) return around;
  // A headline that quotes its subject (`Senior envoy says Moscow disappointed that … ‘raised a fuss’`).
  const headline = s.structure.headline;
  if (headline !== null && q.open.start >= headline.start && q.open.start < headline.end) {
    const byHeadline = headlineSpeaker(s, headline);
    if (byHeadline) return byHeadline;
    const label = labelOpening(s.text.slice(headline.start, q.open.start));
    const labelled = label && namedAttribution(s, label, headline.start, 'cue-before');
    if (labelled) return labelled;
  }
  // The second quotation of a sentence whose report goes on (`… and warned … «another Ukraine»`).
  const prev = s.prevCued;
  return prev && s.prevSentenceStart === openStart && headStart === s.prevTopClose && continuesReport(head) ? withVia(prev, 'same-sentence') : null;
}
