// Participles that report (`…, saying "…"`, `…, stressing that …`) and the paragraph before a quotation that has
// no cue of its own: whose words they give, from the clause or sentence they stand in.

import type { Entity } from '../entities';
import type { Span } from '../text';
import { isBlankBetween } from '../text/chars';
import { attribution } from './cue-attribution';
import { subjectAndVerb } from './coordinated';
import { cueParts, PARTICIPLE, PARTICIPLE_THAT, REPORTING_PARTICIPLE, THAT_PARTICIPLES } from './cue-words';
import { asideCueAtEnd, hasCue, type Cue } from './cues';
import { BODIES, fullName } from './context';
import { lastMatchEnd } from './clause-subject';
import { oneByteForm } from './onebyte';
import type { State } from './state';
import { speakerAttribution, withVia, type SpeakerAttribution } from './types';

/** `on`, `via`, `through` (and a possessive) right before a name: the medium of a statement (`on Twitter`). */
const MEDIUM_BEFORE = /(?:^|\s)(?:on|via|through)\s+(?:(?:its|his|her|their|the)\s+)?$/;
/** Between a body and a person: the person's title only (`EU negotiator Enrique Mora`, `UN Special Envoy …`). */
const TITLE_BETWEEN = /^\s+(?:[\p{L}-]+\s+){1,3}$/u;
/** `According to the Chinese Foreign Ministry, ` opening the words before a quotation. */
// Nor the one an opening phrase names as met or spoken to (`In an exclusive interview with VOA Cambodia, Sokhon
// softened his tone, saying …`).
const SOURCE_OPENING = /^\s*(?:[Aa]ccording\s+to|(?:In|During)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:\w+\s+){0,2}?(?:interview|meeting|conversation|talks|call)\s+with|(?:Speaking|Talking)\s+(?:to|with))\s[^,.;:!?"“”]{1,80},\s*/;

/**
 * Where a participle ends the words before a quotation (`…, saying "…"`): the offset in the text of the space or
 * comma before it, or -1.
 */
export function participleAt(head: string, headStart: number): number {
  // Every participle of both patterns ends in `ing`: words with none are not searched.
  if (!head.includes('ing')) return -1;
  const m = PARTICIPLE.exec(head) ?? (head.includes('ing ') ? PARTICIPLE_THAT.exec(head) : null);
  return m === null ? -1 : headStart + m.index;
}

/** The cue of a participle at `at` (see participleAt), up to the end of the words before the quotation. */
function participleCue(s: State, at: number, cueEnd: number): SpeakerAttribution['cue'] {
  return { start: at, end: cueEnd, text: s.text.slice(at, cueEnd).trim() };
}

/**
 * `…, saying "…"`: the subject of the participle at `at` is the pronoun or role that opens the clause before it
 * (`Nigerian authorities released a statement, saying the report was "…"`), else its first person (or body).
 */
export function participleAttribution(s: State, head: string, headStart: number, at: number): SpeakerAttribution | null {
  if (at < 0) return null;
  // A pronoun or role that opens the clause is its subject, before any name in it (`The Iranian diplomat touched
  // upon the remarks made by President Macron …, saying “…”`).
  return openingSubject(s, head, headStart, at) ?? asideBefore(s, head, headStart, at) ?? participleNamed(s, head, headStart, at);
}

/**
 * `China is the second-largest economic power in the world, said the minister, adding: “…”`: an inverted cue set
 * off by commas right before the participle is its subject's.
 */
function asideBefore(s: State, head: string, headStart: number, at: number): SpeakerAttribution | null {
  const cue = asideCueAtEnd(head.slice(0, at - headStart));
  return cue && attribution(s, cue, headStart, 'same-sentence');
}

/** The first person (or body) named in the clause before the participle at `at` (see participleAttribution). */
function participleNamed(s: State, head: string, headStart: number, at: number): SpeakerAttribution | null {
  // Not the source of an opening `According to the ministry,`: the clause after it tells what its subject said.
  const source = SOURCE_OPENING.exec(head);
  const from = Math.max(source === null ? headStart : headStart + source[0].length, at - 300);
  let named: Entity | undefined;
  for (let i = s.ctx.mentionStarts.firstAtOrAfter(from); i < s.ctx.mentions.length && s.ctx.mentions[i].start < at && named === undefined; i++) {
    const e = s.ctx.mentions[i];
    // Not a medium the words went out on (`issued statements on Twitter, saying …`).
    if (e.type === 'PERSON' || (e.type === 'ORG' && !MEDIUM_BEFORE.test(s.text.slice(Math.max(0, e.start - 12), e.start)))) {
      // `EU negotiator Enrique Mora met …, telling journalists "…"`: a body that only qualifies the person's title.
      const next = s.ctx.mentions[i + 1];
      named = e.type === 'ORG' && next !== undefined && next.type === 'PERSON' && next.start < at && TITLE_BETWEEN.test(s.text.slice(e.end, next.start)) ? next : e;
    }
  }
  // The words before the quotation may start after another quotation of the same sentence (`Hossain noted that …
  // the so-called “golden chapter” of … relations under the previous Awami League government, adding that “…”`):
  // a person who opens the sentence is its subject, before a body named after the other quotation.
  if (source === null && named?.type !== 'PERSON') named = personOpeningSentence(s, at, headStart) ?? named;
  // `The agreement between Mercosur and the EU … is on the verge of being finalized, but Macron stopped the signing
  // by describing the text as “…”`: the person who opens the last clause before the participle is its subject.
  if (source === null) named = personOpeningLastClause(s, from, at) ?? named;
  return named === undefined ? null : speakerAttribution(named.canonical, participleCue(s, at, headStart + head.length), { start: named.start, end: named.end, text: named.text }, 'same-sentence');
}

/**
 * The person named right after the last `, but`, `, while`, `, whereas` or `;` between `from` and `at`, if one. Not
 * `, and`, which also ends a list of names (`talks with Emmanuel Macron, Olaf Scholz, and Giorgia Meloni`).
 */
function personOpeningLastClause(s: State, from: number, at: number): Entity | undefined {
  const start = lastMatchEnd(CLAUSE_OPENING, s.text.slice(from, at));
  if (start < 0) return undefined;
  const first = s.ctx.mentions[s.ctx.mentionStarts.firstAtOrAfter(from + start)];
  return first !== undefined && first.start === from + start && first.type === 'PERSON' ? first : undefined;
}
/** A comma and `but`, `while` or `whereas`, or a semicolon, before a capital: where a clause opens. Global. */
const CLAUSE_OPENING = /(?:,\s+(?:but|while|whereas)|;)\s+(?=\p{Lu})/gu;

/** The person who opens the sentence holding `at`, when that sentence starts before `headStart`. */
function personOpeningSentence(s: State, at: number, headStart: number): Entity | undefined {
  const start = s.sentenceStarts.offsets[s.sentenceStarts.lastAtOrBefore(at)];
  if (start === undefined || start >= headStart) return undefined;
  const first = s.ctx.mentions[s.ctx.mentionStarts.firstAtOrAfter(start)];
  return first !== undefined && first.start === start && first.type === 'PERSON' ? first : undefined;
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
  // The subject first: few sentences open with one, and the next paragraph's cues are a longer search.
  const cue = subjectAndVerb(s.masked.slice(start, Math.min(s.sentenceEnds[i], para.end)));
  if (cue === null || hasCue(s.masked.slice(next.start, next.end))) return null;
  const found = attribution(s, cue, start, 'previous-paragraph');
  return found && s.ctx.speakers.some((x) => x.name === found.name) ? found : null;
}

/** A pronoun or role that opens the words before a participle, before a space (group 1 or 2 of the subject), perhaps after an opening adverb. */
let opening: RegExp | null = null;

/** The subject that opens the words before the participle at `at`, when it is a pronoun or a role. */
function openingSubject(s: State, head: string, headStart: number, at: number): SpeakerAttribution | null {
  // Perhaps after an opening adverb or phrase and its comma (`Furthermore, he touched on …, stressing that …`).
  // Or after a conjunction that opens the sentence (`But he defended …, adding that …`).
  opening ??= new RegExp(`^\\s*(?:\\p{Lu}\\p{Ll}+(?:\\s+\\p{L}+){0,4},\\s*|(?:But|And|Yet|So|Still)\\s+)?(?:${cueParts().subject})\\s`, 'u');
  const m = opening.exec(oneByteForm(head.slice(0, at - headStart)));
  const subject = m === null ? undefined : (m[1] ?? m[2]);
  if (m === null || subject === undefined) return null;
  const start = m[0].length - 1 - subject.length;
  // The cue is the subject alone, so that no one named later in the clause is taken for it (`… the remarks made
  // by President Macron`); the evidence shown runs on to the participle's words.
  const cue: Cue = { start, end: start + subject.length, subject: { start, end: start + subject.length, text: head.slice(start, start + subject.length), kind: m[1] !== undefined ? 'pronoun' : 'role' } };
  const found = attribution(s, cue, headStart, 'same-sentence');
  return found === null || found.name === '' ? found : { ...found, cue: participleCue(s, headStart + start, headStart + head.length) };
}

/**
 * `denied allegations of Ahmet Davutoglu saying, "…"`: a person right before the participle at `at`, no comma
 * between, is its own subject, whoever the sentence's subject is.
 */
export function participleSubject(s: State, head: string, headStart: number, at: number): SpeakerAttribution | null {
  if (at < 0) return null;
  const right = s.ctx.mentions[s.ctx.mentionStarts.firstAtOrAfter(at) - 1];
  if (right === undefined || right.type !== 'PERSON' || right.start < headStart || right.end > at || !isBlankBetween(s.text, right.end, Math.min(at + 1, s.text.length))) return null;
  return speakerAttribution(fullName(s.ctx, right), participleCue(s, at, headStart + head.length), { start: right.start, end: right.end, text: right.text }, 'same-sentence');
}

/**
 * `… with Human Rights Minister Shireen Mazari saying Trump "suffers …"`: the person named right before a
 * participle that runs on to the quotation, after `with`, is its subject (an absolute clause of its own).
 */
export function withParticiple(s: State, head: string, headStart: number): SpeakerAttribution | null {
  if (!head.includes('with ')) return null;
  const m = WITH_PARTICIPLE.exec(head);
  if (m === null) return null;
  const at = headStart + m.index;
  const i = s.ctx.mentionStarts.firstAtOrAfter(at) - 1;
  const who = i >= 0 ? s.ctx.mentions[i] : undefined;
  // A body or a state speaks so too (`with Beijing warning that any bid … would constitute "an act of war"`).
  if (who === undefined || (who.type !== 'PERSON' && !BODIES.has(who.type)) || !/^\s+$/.test(s.text.slice(who.end, at + 1)) || !WITH_BEFORE.test(s.text.slice(Math.max(0, who.start - 60), who.start))) return null;
  const name = who.type === 'PERSON' ? fullName(s.ctx, who) : who.canonical;
  return speakerAttribution(name, participleCue(s, who.start, headStart + head.length), { start: who.start, end: who.end, text: who.text }, 'same-sentence');
}
/** A participle that reports, and the rest of its clause up to the quotation. */
const WITH_PARTICIPLE = new RegExp(`\\s(?:${THAT_PARTICIPLES}|replying|responding|answering)\\s[^.!?;:"“”]*$`);
/** `with` before the name, perhaps with a title between (`with Human Rights Minister`). */
const WITH_BEFORE = /\bwith\s+(?:[\p{L}.'’-]+\s+){0,5}$/u;

