// Decides who speaks each quotation: a reporting cue next to it (speaker-cues.ts), else the attribution it
// continues (inherited.ts: an interrupted quote, a quote paragraph after its introduction, a quote continued in
// the next paragraph, a transcript turn). Linear in the text: every look-up is a search from the last answer
// (SortedOffsets), a binary search or a forward cursor.

import type { Entity } from '../entities';
import type { ArticleStructure, Span } from '../text';
import { isBlankBetween, isPossessiveAt } from '../text/chars';
import { cueBefore, hasCue } from './cues';
import { classifyQuote } from './kind';
import { MaskedText } from './masked';
import { narrowed } from './narrow';
import { SortedOffsets } from './offsets';
import { bodyNames, endsOf, firstMentions, newMentionFacts, startsOf, surnameIndex } from './context';
import { speakerGender } from './resolve';
import { echoPhrases, echoPullQuotes, echoTitleQuotes } from './echo';
import { ANONYMOUS, attribution } from './cue-attribution';
import { cuedSpeaker } from './speaker-cues';
import { type SpeakerCorrection, type State } from './state';
import { inTextOrder, turnSpeaker } from './turns';
import { closeEnd, speakerAttribution, withVia, type Quote, type ScannedQuote, type SpeakerAttribution } from './types';
import { inheritedSpeaker } from './inherited';

export type { SpeakerCorrection } from './state';

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

/**
 * The start and end of every paragraph that is not boilerplate nor a page's time stamp, as new small objects. The
 * structure's own paragraph objects are slow to reach on a big text (each read costs far more than on a fresh
 * compact copy), and the attribution looks paragraphs up many times per quotation.
 */
export function textParagraphs(structure: ArticleStructure, text: string): Span[] {
  const out: Span[] = [];
  const paragraphs = structure.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!p.boilerplate && !isTimeStamp(text, p)) out.push({ start: p.start, end: p.end });
  }
  return out;
}

/**
 * A paragraph that is only a page's time stamp (`Published 9 July 2019`, `Updated at 1:53 pm ET on 2021-11-18`):
 * the paragraphs around it follow on from each other (a quotation paragraph after it goes on from the one before).
 * Its date stays an entity, as the text has it.
 */
function isTimeStamp(text: string, p: Span): boolean {
  return p.end - p.start <= TIME_STAMP_MAX && TIME_STAMP.test(text.slice(p.start, p.end));
}
const TIME_STAMP_MAX = 70;
/** `Published`, `Updated` and the like, then a date or time: a digit among the words (not `Posted by Staff Writer`). */
const TIME_STAMP = /^\s*(?:Published|Updated|Posted|Last updated)(?: on| at)?:? (?=[^\d]*\d)[\w ,:.\-/]{4,60}\s*$/;

export function attributeQuotes(
  text: string,
  structure: ArticleStructure,
  scanned: readonly ScannedQuote[],
  entities: readonly Entity[],
  corrections: readonly SpeakerCorrection[] = [],
): Quote[] {
  return attributeInParagraphs(text, structure, textParagraphs(structure, text), scanned, entities, corrections);
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
      roleHolders: new Map(),
      bodies: bodyNames(sorted),
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
    unnamedAt: -1,
    prevSentenceStart: -1,
    headFrom: -1,
    headTo: -1,
    headCues: [],
    done: [],
    doneTop: [],
    doneTopMaxEnd: [],
  };
  attributeEach(s, scanned);
  continueUnclosed(text, s.done);
  echoTitleQuotes(text, s.done, paragraphs, paragraphStarts);
  echoPullQuotes(text, s.done, paragraphs, paragraphStarts);
  echoPhrases(s.done, paragraphs, paragraphStarts);
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
  if (speaker === ANONYMOUS) {
    speaker = null;
    if (!nested) s.unnamedAt = closeEnd(q);
  }
  // Only top-level quotations take corrections; looking up hashes the whole quotation, so only when there are any.
  const user = nested || s.correctionOf.size === 0 ? undefined : s.correctionOf.get(content);
  if (user) {
    speaker = user.speaker === null ? null : speakerAttribution(user.speaker, { start: q.start, end: q.end, text: content }, null, 'user');
  }
  // A person named as the subject of the quotation's sentence (`Israel Katz on Wednesday ordered the "immediate
  // return"`) says the words are theirs as a cue would: inheritedSpeaker gives only that speaker `same-sentence`.
  const bySubject = !cued && speaker !== null && speaker.via === 'same-sentence' && subjectSpeaks(s, speaker, q, content);
  const kind = isNickname(s.text, q, content) ? 'scare' : classifyQuote(content, nested, speaker, cued || bySubject, s.text, Math.max(para?.start ?? 0, q.open.start - 40), q.open.start);
  if (kind === 'scare' && speaker?.via !== 'user') speaker = null;
  const quote: Quote = { start: q.start, end: q.end, text: content, open: q.open, close: q.close, nested, unclosed: q.unclosed, kind, speaker };
  if (speaker && !nested) s.ctx.speakers.push({ name: speaker.name, at: speaker.cue.start, cueEnd: speaker.cue.end, gender: speakerGender(s.ctx, speaker.name, speaker.cue.text) });
  s.done.push(quote);
  if (!nested) {
    s.prevCued = cued && kind === 'direct' ? speaker : null;
    s.prevSentenceStart = s.sentenceStarts.offsets[s.sentenceStarts.lastAtOrBefore(q.open.start)];
    s.doneTop.push(quote);
    s.doneTopMaxEnd.push(Math.max(quote.end, s.doneTopMaxEnd[s.doneTopMaxEnd.length - 1] ?? -Infinity));
  }
}

/**
 * A nickname inside a name (`President Ferdinand “Bongbong” Marcos Jr.`): one or two capitalised words quoted
 * between two capitalised words of the name, with a space on each side. Nobody says it.
 */
function isNickname(text: string, q: ScannedQuote, content: string): boolean {
  // A nickname has one space at most: most quotations have two, found far sooner than the pattern fails on them.
  const space = content.indexOf(' ');
  if (space >= 0 && content.indexOf(' ', space + 1) >= 0) return false;
  if (!NICKNAME.test(content)) return false;
  return CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, q.open.start - 20), q.open.start)) && CAPITAL_WORD_AFTER.test(text.slice(closeEnd(q), closeEnd(q) + 20));
}
const NICKNAME = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u;
const CAPITAL_WORD_BEFORE = /\p{Lu}[\p{L}.'’-]*\s$/u;
const CAPITAL_WORD_AFTER = /^\s\p{Lu}/u;

/**
 * The person named as the subject of the quotation's sentence (the cue of `speaker`) says its words: not one in the
 * possessive (`Lavrov’s ‘reset’ remark`), nor when another report stands between (`al-Jubeir said the government
 * would protest over what it said were “…”`), nor for a word named as a thing (`warned against a “decoupling” that
 * would hurt exporters`).
 */
function subjectSpeaks(s: State, speaker: SpeakerAttribution, q: ScannedQuote, content: string): boolean {
  const { end } = speaker.cue;
  if (isPossessiveAt(s.text, end) || hasCue(s.masked.slice(end, q.open.start))) return false;
  return !(WORD_ALONE.test(content) && ARTICLE_BEFORE.test(s.text.slice(Math.max(0, q.open.start - 4), q.open.start)) && THING_AFTER.test(s.text.slice(closeEnd(q), closeEnd(q) + 6)));
}
const WORD_ALONE = /^[\p{L}-]+$/u;
const ARTICLE_BEFORE = /\ban?\s*$/;
const THING_AFTER = /^(?:\s+(?:that|which)\b|\s*[,.;]|\s*$)/;

/** A quotation inside a quotation is someone's words when the outer quotation says whose. */
function nestedSpeaker(s: State, q: ScannedQuote): SpeakerAttribution | null {
  const outer = outerQuote(s.doneTop, s.doneTopMaxEnd, q.open.start, q.end);
  if (!outer) return null;
  const base = Math.max(outer.start, q.open.start - 120);
  const inner = narrowed(s.text.slice(base, q.open.start));
  // `"… I told them, 'God willing, I will visit …'," Erdogan said`: the speaker reports their own words.
  const own = outer.speaker === null ? null : OWN_WORDS_REPORTED.exec(inner);
  if (own !== null && outer.speaker !== null) {
    const start = base + own.index + own[0].length - own[0].trimStart().length;
    const text = s.text.slice(start, base + own.index + own[0].trimEnd().replace(/[,:]$/, '').length);
    return speakerAttribution(outer.speaker.name, { start, end: start + text.length, text }, outer.speaker.antecedent, 'cue-before');
  }
  const cue = cueBefore(inner);
  // Only a cue that introduces the words (`told the region that 'we will…'`), not any verb before them.
  return cue && /(?:\bthat|[,:])\s*$/.test(inner.slice(cue.end)) ? attribution(s, cue, base, 'cue-before') : null;
}

/**
 * `I told them,`, `I said:`, `we said to him,` right before a quotation inside a quotation: the one who speaks
 * reports their own words, so the inner quotation is theirs as well.
 */
const OWN_WORDS_REPORTED = /(?:^|[\s,.;:—–-])(?:I|[Ww]e)\s+(?:told|tell|said|say|asked|ask|wrote|write|replied|reply)(?:\s+(?:to\s+)?(?:them|him|her|you|us|everyone|the\s+\p{L}+))?\s*[,:]\s*$/u;

/** The entities sorted by start (stably): the list itself when they come in that order, as they usually do. */
function byStart(entities: readonly Entity[]): readonly Entity[] {
  for (let i = 1; i < entities.length; i++) {
    if (entities[i].start < entities[i - 1].start) return [...entities].sort((a, b) => a.start - b.start);
  }
  return entities;
}

/** A quotation left open at a paragraph's end goes on in the next paragraph's opening quotation: same speaker. */
function continueUnclosed(text: string, quotes: Quote[]): void {
  // The first top-level quotation after quotes[i], kept up to date while walking backwards.
  let next: Quote | undefined;
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i];
    if (i < quotes.length - 1) continueFrom(text, q, next);
    if (!q.nested) next = q;
  }
}

function continueFrom(text: string, q: Quote, next: Quote | undefined): void {
  if (!q.unclosed || q.nested || q.speaker?.via === 'user' || (q.speaker && q.speaker.via !== 'previous-quote' && q.speaker.via !== 'previous-paragraph')) return;
  // Only a quotation that opens the paragraph right after (not one further on, after a paragraph of report).
  if (next?.speaker && next.kind === 'direct' && isBlankBetween(text, q.end, next.open.start)) {
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
