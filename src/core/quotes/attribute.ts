// Decides who speaks each quotation: a reporting cue next to it, else the attribution it continues
// (an interrupted quote, a quote paragraph after its introduction, a quote continued in the next paragraph,
// a transcript turn). Linear in the text: every look-up is a search from the last answer (SortedOffsets), a
// binary search or a forward cursor.

import type { Entity } from '../entities';
import type { ArticleStructure, Span } from '../text';
import { charClass, SPACE } from '../text/chars';
import { continuesReport, cueAfter, cueBefore, DOCUMENTS, findCues, headlineCue, invertedCues, PARTICIPLE, type Cue } from './cues';
import { lastAttribution } from './earlier';
import { classifyQuote } from './kind';
import { colonCue } from './colon';
import { labelAfter, labelBefore, passiveAfter } from './labels';
import { MaskedText } from './masked';
import { narrowed } from './narrow';
import { SortedOffsets } from './offsets';
import { type Context, endsOf, firstMentions, fullName, newMentionFacts, startsOf, surnameIndex } from './context';
import { resolveSubject, speakerGender } from './resolve';
import { echoTitleQuotes } from './echo';
import { isPressRole, resolveBodyRole, resolveRole } from './roles';
import { inTextOrder, turnSpeaker } from './turns';
import { closeEnd, speakerAttribution, withVia, type Quote, type ScannedQuote, type SpeakerAttribution } from './types';

export interface SpeakerCorrection {
  /** The exact words of the quotation. */
  exact: string;
  speaker: string | null;
}

/** Entities that lie outside every top-level quotation (both lists sorted by start). */
function outsideQuotes(entities: readonly Entity[], topLevel: readonly ScannedQuote[]): Entity[] {
  const out: Entity[] = [];
  let q = 0;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    while (q < topLevel.length && closeEnd(topLevel[q]) <= e.start) q++;
    if (q < topLevel.length && topLevel[q].open.start <= e.start) continue;
    out.push(e);
  }
  return out;
}

/** What the attribution of a quotation reads, and what the quotations before it left. */
interface State {
  text: string;
  masked: MaskedText;
  ctx: Context;
  structure: ArticleStructure;
  sentenceStarts: SortedOffsets;
  sentenceEnds: Float64Array;
  topLevel: readonly ScannedQuote[];
  /** True when the structure's turns are in text order (see turnAt). */
  turnsInOrder: boolean;
  correctionOf: ReadonlyMap<string, SpeakerCorrection>;
  /** Index of the first top-level quotation that opens after the one being attributed. */
  nextTop: number;
  /** Where the last top-level quotation closed. */
  prevTopClose: number;
  /** The speaker of the last top-level quotation when a cue named it, and the start of that quotation's sentence. */
  prevCued: SpeakerAttribution | null;
  prevSentenceStart: number;
  /**
   * The last words before a quotation searched for cues (see cueAround), from `headFrom` to `headTo` of the
   * masked text, and the cues found there. A quotation with no cue of its own then looks for the last cue of
   * its paragraph before it (lastBetween), which is the same search whenever its head opens the paragraph.
   */
  headFrom: number;
  headTo: number;
  headCues: Cue[];
  /** The quotations done so far, in order: the result, once the unclosed ones are continued. */
  done: Quote[];
  /** The top-level quotations done so far, and the furthest end among the first i of them (for outerQuote). */
  doneTop: Quote[];
  doneTopMaxEnd: number[];
}

/** The first person named between a cue's start and its verb: `China's deputy ambassador, Geng Shuang, told`. */
function personInCue(s: State, from: number, to: number): Entity | undefined {
  return firstEntityIn(s, from, to, 'PERSON');
}

/** The first entity of the type starting between `from` and `to`. */
function firstEntityIn(s: State, from: number, to: number, type: Entity['type']): Entity | undefined {
  for (let i = s.ctx.entityStarts.firstAtOrAfter(from); i < s.ctx.entities.length && s.ctx.entities[i].start < to; i++) {
    if (s.ctx.entities[i].type === type) return s.ctx.entities[i];
  }
  return undefined;
}

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
const ANONYMOUS: SpeakerAttribution = Object.freeze({ name: '', cue: { start: 0, end: 0, text: '' }, antecedent: null, via: 'cue-after' });

function attribution(s: State, cue: Cue, base: number, via: SpeakerAttribution['via']): SpeakerAttribution | null {
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

/** `…, saying "…"`: the subject of the participle is the first person (or body) of the clause before it. */
function participleAttribution(s: State, head: string, headStart: number): SpeakerAttribution | null {
  const m = PARTICIPLE.exec(head);
  if (!m) return null;
  const at = headStart + m.index;
  const from = Math.max(headStart, at - 300);
  for (let i = s.ctx.mentionStarts.firstAtOrAfter(from); i < s.ctx.mentions.length && s.ctx.mentions[i].start < at; i++) {
    let e = s.ctx.mentions[i];
    if (e.type === 'PERSON' || e.type === 'ORG') {
      // `EU negotiator Enrique Mora met …, telling journalists "…"`: a body that only qualifies the person's title.
      const next = s.ctx.mentions[i + 1];
      if (e.type === 'ORG' && next !== undefined && next.type === 'PERSON' && next.start < at && TITLE_BETWEEN.test(s.text.slice(e.end, next.start))) e = next;
      const cueEnd = headStart + head.length;
      return speakerAttribution(e.canonical, { start: at, end: cueEnd, text: s.text.slice(at, cueEnd).trim() }, { start: e.start, end: e.end, text: e.text }, 'same-sentence');
    }
  }
  return null;
}

/** `…, he made his position clear: "…"`: the subject of the clause the colon ends (see colonCue). */
function colonAttribution(s: State, head: string, headStart: number): SpeakerAttribution | null {
  const cue = colonCue(head);
  // A name only when a person is named there (`On the subject: "…"` is a page's label).
  if (cue === null || (cue.subject.kind === 'name' && !personInCue(s, headStart + cue.subject.start, headStart + cue.subject.end))) return null;
  return attribution(s, cue, headStart, 'cue-before');
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
 * The start and end of every paragraph that is not boilerplate, as new small objects. The structure's own
 * paragraph objects are slow to reach on a big text (each read costs far more than on a fresh compact copy),
 * and the attribution looks paragraphs up many times per quotation.
 */
export function textParagraphs(structure: ArticleStructure): Span[] {
  const out: Span[] = [];
  const paragraphs = structure.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!p.boilerplate) out.push({ start: p.start, end: p.end });
  }
  return out;
}

/**
 * The speaker a cue around a quotation names, when no cue follows it right away: a cue closing the words before
 * it, a participle (`…, saying`), a cue further on in the sentence, any cue before it in the sentence.
 */
function cueAround(s: State, head: string, headStart: number, tail: string, tailStart: number): SpeakerAttribution | null {
  const label = labelBefore(head);
  const labelled = label && namedAttribution(s, label, headStart, 'cue-before');
  if (labelled) return labelled;
  const headCues = findCues(head);
  s.headFrom = headStart;
  s.headTo = headStart + head.length;
  s.headCues = headCues;
  const beforeCue = outerReporter(s, head, headStart, headCues, cueBefore(head, headCues));
  const anyHead = headCues[headCues.length - 1];
  return (
    (beforeCue && attribution(s, beforeCue, headStart, 'cue-before')) ||
    participleAttribution(s, head, headStart) ||
    colonAttribution(s, head, headStart) ||
    farCueAfter(s, tail, tailStart) ||
    (anyHead ? attribution(s, anyHead, headStart, 'same-sentence') : null)
  );
}

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
  const c = findCues(tail).find((x) => opensClause(tail, x.start));
  return c ? attribution(s, c, tailStart, 'same-sentence') : null;
}

export function attributeQuotes(
  text: string,
  structure: ArticleStructure,
  scanned: readonly ScannedQuote[],
  entities: readonly Entity[],
  corrections: readonly SpeakerCorrection[] = [],
): Quote[] {
  return attributeInParagraphs(text, structure, textParagraphs(structure), scanned, entities, corrections);
}

/** attributeQuotes, given the text's paragraphs (textParagraphs) already. */
export function attributeInParagraphs(
  text: string,
  structure: ArticleStructure,
  paragraphs: readonly Span[],
  scanned: readonly ScannedQuote[],
  entities: readonly Entity[],
  corrections: readonly SpeakerCorrection[],
): Quote[] {
  const topLevel = scanned.filter((q) => q.depth === 0);
  const sentences = structure.sentences.length > 0 ? structure.sentences : paragraphs;
  const sorted = byStart(entities);
  const paragraphStarts = new SortedOffsets(startsOf(paragraphs));
  const mentions = outsideQuotes(sorted, topLevel);
  // The first correction of each exact text wins, as a search of the list from its start would find it.
  const correctionOf = new Map<string, SpeakerCorrection>();
  for (const c of corrections) if (!correctionOf.has(c.exact)) correctionOf.set(c.exact, c);
  const turnsInOrder = inTextOrder(structure.turns);
  const s: State = {
    text,
    masked: new MaskedText(text, topLevel),
    ctx: {
      text,
      mentions,
      firstMention: firstMentions(mentions),
      entities: sorted,
      mentionStarts: new SortedOffsets(startsOf(mentions)),
      entityStarts: new SortedOffsets(startsOf(sorted)),
      fullBySurname: surnameIndex(sorted),
      speakers: [],
      people: new Map(),
      facts: newMentionFacts(),
      year: structure.dateline?.date ? Number(structure.dateline.date.slice(0, 4)) : null,
      // Asked only for a title no one named holds (holderForSpeaker): rare enough for a closure per text.
      turnSpeakerAt: (pos) => (structure.turns.length === 0 ? null : (turnSpeaker(structure.turns, turnsInOrder, pos, sorted)?.name ?? null)),
      paragraphs,
      paragraphStarts,
    },
    structure,
    // The sentences' bounds copied out: the structure's own objects are slow to reach on a big text (see textParagraphs).
    sentenceStarts: new SortedOffsets(startsOf(sentences)),
    sentenceEnds: endsOf(sentences),
    topLevel,
    turnsInOrder,
    correctionOf,
    nextTop: 0,
    prevTopClose: 0,
    prevCued: null,
    prevSentenceStart: -1,
    headFrom: -1,
    headTo: -1,
    headCues: [],
    done: [],
    doneTop: [],
    doneTopMaxEnd: [],
  };
  attributeEach(s, scanned);
  continueUnclosed(s.done);
  echoTitleQuotes(text, s.done, paragraphs, paragraphStarts);
  return s.done;
}

/**
 * The loop over the quotations, a function of its own that only calls one per quotation. On a big text the loop
 * is what gets hot: the engine then compiles this small function (on the stack in the first run, whole in the
 * second) rather than attributeInParagraphs with all the setting up of the state, and no optimised code holds the
 * attribution inlined (large, and dropped on the first big text's new paths).
 */
function attributeEach(s: State, scanned: readonly ScannedQuote[]): void {
  for (let qi = 0; qi < scanned.length; qi++) attributeOne(s, scanned[qi]);
}

/** Decides the kind and speaker of a quotation, given the quotations before it, and adds it to those done. */
function attributeOne(s: State, q: ScannedQuote): void {
  const content = s.text.slice(q.start, q.end);
  const nested = q.depth > 0;
  const para = s.ctx.paragraphs[s.ctx.paragraphStarts.lastAtOrBefore(q.open.start)];
  let speaker = nested ? nestedSpeaker(s, q) : cuedSpeaker(s, q, para);
  const cued = speaker !== null;
  if (!nested) {
    speaker ??= inheritedSpeaker(s, q, para);
    s.prevTopClose = closeEnd(q);
  }
  if (speaker === ANONYMOUS) speaker = null;
  // Only top-level quotations take corrections; looking up hashes the whole quotation, so only when there are any.
  const user = nested || s.correctionOf.size === 0 ? undefined : s.correctionOf.get(content);
  if (user) {
    speaker = user.speaker === null ? null : speakerAttribution(user.speaker, { start: q.start, end: q.end, text: content }, null, 'user');
  }
  const kind = classifyQuote(content, nested, speaker, cued, s.text, Math.max(para?.start ?? 0, q.open.start - 40), q.open.start);
  if (kind === 'scare' && speaker?.via !== 'user') speaker = null;
  const quote: Quote = { start: q.start, end: q.end, text: content, open: q.open, close: q.close, nested, unclosed: q.unclosed, kind, speaker };
  if (speaker && !nested) s.ctx.speakers.push({ name: speaker.name, at: speaker.cue.start, gender: speakerGender(s.ctx, speaker.name, speaker.cue.text) });
  s.done.push(quote);
  if (!nested) {
    s.prevCued = cued && kind === 'direct' ? speaker : null;
    s.prevSentenceStart = s.sentenceStarts.offsets[s.sentenceStarts.lastAtOrBefore(q.open.start)];
    s.doneTop.push(quote);
    s.doneTopMaxEnd.push(Math.max(quote.end, s.doneTopMaxEnd[s.doneTopMaxEnd.length - 1] ?? -Infinity));
  }
}

/** The speaker a reporting cue names right after a top-level quotation, else one around it in its sentence. */
function cuedSpeaker(s: State, q: ScannedQuote, para: Span): SpeakerAttribution | null {
  const topLevel = s.topLevel;
  while (s.nextTop < topLevel.length && topLevel[s.nextTop].open.start <= q.open.start) s.nextTop++;
  const end = closeEnd(q);
  const sentenceEnd = s.sentenceEnds[s.sentenceStarts.lastAtOrBefore(Math.max(q.open.start, end - 1))];
  // Not `topLevel[s.nextTop]?.…`: a read past the end of the array makes V8 drop this function's optimised code.
  const nextOpen = s.nextTop < topLevel.length ? topLevel[s.nextTop].open.start : Infinity;
  const tailEnd = Math.max(end, Math.min(sentenceEnd, nextOpen, para.end));
  const tail = s.masked.slice(end, tailEnd);
  const after = cueAfter(tail);
  const speaker = after && attribution(s, after, end, 'cue-after');
  if (speaker) return speaker;
  const label = labelAfter(tail);
  const labelled = label && namedAttribution(s, label, end, 'cue-after');
  if (labelled) return labelled;
  const passive = tailEnd === sentenceEnd ? passiveNext(s, sentenceEnd, para) : null;
  if (passive) return passive;
  // Most quotations end in their cue (`," he said`): the sentence's words before them only when not.
  const openStart = s.sentenceStarts.offsets[s.sentenceStarts.lastAtOrBefore(q.open.start)];
  const headStart = Math.min(q.open.start, Math.max(openStart, para.start, s.prevTopClose));
  const head = s.masked.slice(headStart, q.open.start);
  const around = cueAround(s, head, headStart, tail, end);
  if (around) return around;
  // A headline that quotes its subject (`Senior envoy says Moscow disappointed that … ‘raised a fuss’`).
  const headline = s.structure.headline;
  if (headline !== null && q.open.start >= headline.start && q.open.start < headline.end) {
    const byHeadline = headlineSpeaker(s, headline);
    if (byHeadline) return byHeadline;
  }
  // The second quotation of a sentence whose report goes on (`… and warned … «another Ukraine»`).
  const prev = s.prevCued;
  return prev && s.prevSentenceStart === openStart && headStart === s.prevTopClose && continuesReport(head) ? withVia(prev, 'same-sentence') : null;
}

/**
 * The speaker a top-level quotation with no cue of its own takes over: the last one earlier in its paragraph,
 * else, when it opens its paragraph, the last one of the paragraph before; else its transcript turn's.
 */
function inheritedSpeaker(s: State, q: ScannedQuote, para: Span): SpeakerAttribution | null {
  const earlier = lastBetween(s, para.start, q.open.start, 'previous-quote');
  if (earlier) return earlier;
  if (/^\s*$/.test(s.text.slice(para.start, q.open.start))) {
    const prev = s.ctx.paragraphs[s.ctx.paragraphStarts.lastAtOrBefore(para.start) - 1];
    if (prev && prev.start < para.start && prev.start !== s.structure.headline?.start) {
      const before = lastBetween(s, prev.start, prev.end, 'previous-paragraph');
      if (before) return before;
    }
  }
  return turnSpeaker(s.structure.turns, s.turnsInOrder, q.open.start, s.ctx.entities);
}

/** The last attribution between `from` and `to`: a cue outside quotations, or an earlier quotation's speaker. */
function lastBetween(s: State, from: number, to: number, via: SpeakerAttribution['via']): SpeakerAttribution | null {
  // The masked text is the same all along, so the same stretch has the same cues. (lastAttribution reorders
  // them by their ends, which cueAround, done with them, does not mind, and a second reordering keeps.)
  const words = s.masked.slice(from, to);
  const cues = from === s.headFrom && to === s.headTo ? s.headCues : findCues(words);
  // `…, said Xi.` before it as well (see invertedCues).
  const inverted = invertedCues(words);
  return lastAttribution(inverted.length === 0 ? cues : [...cues, ...inverted], from, to, s.done, via, attribution, s);
}

/** A quotation inside a quotation is someone's words when the outer quotation says whose. */
function nestedSpeaker(s: State, q: ScannedQuote): SpeakerAttribution | null {
  const outer = outerQuote(s.doneTop, s.doneTopMaxEnd, q.open.start, q.end);
  if (!outer) return null;
  const base = Math.max(outer.start, q.open.start - 120);
  const inner = narrowed(s.text.slice(base, q.open.start));
  const cue = cueBefore(inner);
  // Only a cue that introduces the words (`told the region that 'we will…'`), not any verb before them.
  return cue && /(?:\bthat|[,:])\s*$/.test(inner.slice(cue.end)) ? attribution(s, cue, base, 'cue-before') : null;
}

/** The entities sorted by start (stably): the list itself when they come in that order, as they usually do. */
function byStart(entities: readonly Entity[]): readonly Entity[] {
  for (let i = 1; i < entities.length; i++) {
    if (entities[i].start < entities[i - 1].start) return [...entities].sort((a, b) => a.start - b.start);
  }
  return entities;
}

/** A quotation left open at a paragraph's end goes on in the next paragraph's opening quotation: same speaker. */
function continueUnclosed(quotes: Quote[]): void {
  // The first top-level quotation after quotes[i], kept up to date while walking backwards.
  let next: Quote | undefined;
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i];
    if (i < quotes.length - 1) continueFrom(q, next);
    if (!q.nested) next = q;
  }
}

function continueFrom(q: Quote, next: Quote | undefined): void {
  if (!q.unclosed || q.nested || q.speaker?.via === 'user' || (q.speaker && q.speaker.via !== 'previous-quote' && q.speaker.via !== 'previous-paragraph')) return;
  if (next?.speaker && next.kind === 'direct') {
    q.speaker = withVia(next.speaker, 'continuation');
    q.kind = 'direct';
  }
}

/**
 * The last of the top-level quotations done so far that holds `start`…`end`. `maxEnd[i]` is the furthest end
 * among the first i + 1 of them: once it falls short of `end`, no earlier quotation can hold the span.
 */
function outerQuote(top: readonly Quote[], maxEnd: readonly number[], start: number, end: number): Quote | undefined {
  for (let i = top.length - 1; i >= 0 && maxEnd[i] >= end; i--) {
    if (top[i].start <= start && end <= top[i].end) return top[i];
  }
  return undefined;
}
