// The speaker a quotation with no cue of its own takes over (see attribute.ts): a person who is the subject of its
// sentence or of the sentence before, the last attribution earlier in its paragraph, the paragraph before it
// when the quotation opens its paragraph (an introduction, a colon, a report going on), else its transcript turn's.

import type { Entity } from '../entities';
import type { Span } from '../text';
import { charClass, isBlankBetween, LOWER } from '../text/chars';
import { findCues, hasCue, hasReportingVerb, invertedCues, type Cue } from './cues';
import { lastAttribution } from './earlier';
import { coordinatedCue } from './coordinated';
import { firstEntityWithin, fullName, paragraphStartBefore } from './context';
import { isIntroPhrase, isSubject } from './clause-subject';
import { attribution } from './cue-attribution';
import { interviewAnswer } from './interview';
import { participleBefore, speakerGoingOn } from './participles';
import { remarksOf, statementsIntroduced } from './remarks';
import { speakerLine } from './speaker-lines';
import { firstEntityIn, lastSpokenQuote, type State } from './state';
import { turnSpeaker } from './turns';
import { closeEnd, speakerAttribution, withVia, type ScannedQuote, type SpeakerAttribution } from './types';

/**
 * The speaker a top-level quotation with no cue of its own takes over: the last one earlier in its paragraph,
 * else, when it opens its paragraph, the last one of the paragraph before; else its transcript turn's.
 */
export function inheritedSpeaker(s: State, q: ScannedQuote, para: Span): SpeakerAttribution | null {
  const subject = personSubjectBefore(s, q, para);
  if (subject) return subject;
  const earlier = lastBetween(s, para.start, q.open.start, 'previous-quote');
  if (earlier) return earlier;
  const narrated = subjectOfSentenceBefore(s, q, para);
  if (narrated) return narrated;
  if (isBlankBetween(s.text, para.start, q.open.start) || opensWithConnective(s.text, para.start, q.open.start) || LIST_MARK.test(s.text.slice(para.start, q.open.start))) {
    const prev = s.ctx.paragraphs[s.ctx.paragraphStarts.lastAtOrBefore(para.start) - 1];
    if (prev && prev.start < para.start && prev.start !== s.structure.headline?.start) {
      const before =
        statementsIntroduced(s, prev) ??
        speakerLine(s, prev) ??
        lastBetween(s, prev.start, prev.end, 'previous-paragraph') ??
        lastCoordinated(s, prev) ??
        participleBefore(s, prev) ??
        speakerGoingOn(s, prev, para) ??
        remarksOf(s, prev) ??
        interviewAnswer(s, prev, s.ctx.paragraphs[s.ctx.paragraphStarts.lastAtOrBefore(prev.start) - 1]) ??
        speakerInFocus(s, q);
      if (before) return before;
    }
  } else if (afterNarration(s, q, para)) {
    const focus = speakerInFocus(s, q);
    if (focus) return focus;
  }
  return turnSpeaker(s.structure.turns, s.turnsInOrder, q.open.start, s.ctx.entities);
}

/** A list item's mark before a quotation that opens it (`- “The two parties …”`, `• “…”`). */
const LIST_MARK = /^\s*[-–—•*·]\s*$/;

/**
 * The quotation opens a sentence after sentences of the paragraph that name no one (`The country is upgrading its
 * border infrastructure. “We’ve recently agreed with …”`): the text goes on giving the words of the one it quotes
 * (see speakerInFocus), as a quotation opening its paragraph does.
 */
function afterNarration(s: State, q: ScannedQuote, para: Span): boolean {
  return SENTENCE_ENDS_BEFORE.test(s.text.slice(Math.max(para.start, q.open.start - 5), q.open.start)) && firstEntityIn(s, para.start, q.open.start, 'PERSON') === undefined;
}
/** The end of a sentence: not the dot of an abbreviation (`with the U.K. “was a key area”`). */
const SENTENCE_ENDS_BEFORE = /[\p{Ll}\d)"”’][.!?]\s+$/u;

/**
 * Only a connective stands before the quotation in its paragraph (`On another note, "the upcoming session will
 * be…"`, `However, “…”`): the paragraph goes on with the speaker before, as one that opens with the quotation does.
 */
function opensWithConnective(text: string, from: number, to: number): boolean {
  return to - from <= CONNECTIVE_REACH && CONNECTIVE_LEAD.test(text.slice(from, to));
}
const CONNECTIVE_REACH = 40;
const CONNECTIVE_LEAD = /^\s*(?:However|Meanwhile|Moreover|Furthermore|Besides|Additionally|In addition|On another note|On the other hand|At the same time|Still|And|But|Yet)\s*,?\s*$/;

/**
 * A paragraph of quotation after paragraphs that report no one's words (`To shed light…, she suggests… ⏎ However,
 * … ⏎ “I want to collaborate…”`): the speaker of the last quotation with one, within the three paragraphs before,
 * when no one else is named since.
 */
function speakerInFocus(s: State, q: ScannedQuote): SpeakerAttribution | null {
  const last = lastSpokenQuote(s);
  if (last?.speaker == null || last.end < paragraphStartBefore(s.ctx, q.open.start, 3)) return null;
  return otherPersonWithin(s, last.end, q.open.start, last.speaker.name) ? null : withVia(last.speaker, 'previous-paragraph');
}

/** A person other than the one with the full name `name` is named between `start` and `end`. */
function otherPersonWithin(s: State, start: number, end: number, name: string): boolean {
  return firstEntityWithin(s.ctx, start, end, (e) => e.type === 'PERSON' && fullName(s.ctx, e) !== name) !== undefined;
}

/** The last attribution between `from` and `to`: a cue outside quotations, or an earlier quotation's speaker. */
function lastBetween(s: State, from: number, to: number, via: SpeakerAttribution['via']): SpeakerAttribution | null {
  // The masked text is the same all along, so the same stretch has the same cues. (lastAttribution reorders
  // them by their ends, which cueAround, done with them, does not mind, and a second reordering keeps.)
  const words = s.masked.slice(from, to);
  const found = from === s.headFrom && to === s.headTo ? s.headCues : findCues(words);
  // A relative clause's verb (`Price, who welcomed the expulsion.`, `a threat, which Tonga strongly rejected.`)
  // reports what it says there, not the words of the next paragraph.
  const cues = via === 'previous-paragraph' ? found.filter((c) => isNotRelative(c, words)) : found;
  // `…, said Xi.` before it as well (see invertedCues).
  const inverted = invertedCues(words);
  return lastAttribution(inverted.length === 0 ? cues : [...cues, ...inverted], from, to, s.done, via, attribution, s);
}

/**
 * A cue of `words` whose subject is not the `who` of a relative clause, nor that of a clause whose verb has the
 * `which` before it for its object and ends the sentence (`a threat, which Tonga strongly rejected.`; but `which
 * Brown told parliament this week represents …` reports what Brown said).
 */
function isNotRelative(c: Cue, words: string): boolean {
  return c.subject.text !== 'who' && !(WHICH_BEFORE.test(words.slice(Math.max(0, c.start - 7), c.start)) && SENTENCE_END_NEXT.test(words.slice(c.end, c.end + 2)));
}
const WHICH_BEFORE = /\b(?:which|whom)\s+$/;
const SENTENCE_END_NEXT = /^[.!?;]/;

/**
 * The person whose name opens the quotation's sentence as its subject, with no quotation before in the sentence:
 * the words are theirs though no reporting verb says so (`Norwegian Foreign Minister Espen Barth Eide defended the
 * accession … as it would be a “partner that will help defend us”`), not those of the quotation before.
 */
function personSubjectBefore(s: State, q: ScannedQuote, para: Span): SpeakerAttribution | null {
  let sentence = Math.max(para.start, s.sentenceStarts.offsets[s.sentenceStarts.lastAtOrBefore(q.open.start)]);
  const last = s.doneTop[s.doneTop.length - 1];
  if (last !== undefined && closeEnd(last) > sentence) {
    // The sentences are read with the quotations blanked: one that ends inside the quotation before ends there.
    if (!ENDS_SENTENCE.test(last.text)) return null;
    sentence = closeEnd(last);
  }
  const e = firstEntityIn(s, sentence, Math.min(q.open.start, sentence + SUBJECT_REACH), 'PERSON');
  if (e === undefined) return pronounSubjectBefore(s, q, sentence);
  if (!speaksAsSubject(s, e)) return null;
  return speakerAttribution(fullName(s.ctx, e), { start: e.start, end: e.end, text: e.text }, null, 'same-sentence');
}

/**
 * The same with `he` or `she` as the subject, perhaps after an opening phrase (`In this context, he reviewed the
 * “latest deplorable developments” in Syria`): the pronoun's person.
 */
function pronounSubjectBefore(s: State, q: ScannedQuote, sentence: number): SpeakerAttribution | null {
  // Words, not a name or a title quoted (`He faces charges under the “Official Secrets Act”`).
  if ((charClass(s.text.charCodeAt(q.start)) & LOWER) === 0) return null;
  const m = PRONOUN_SUBJECT.exec(s.masked.slice(sentence, Math.min(q.open.start, sentence + SUBJECT_REACH)));
  // An opening phrase that may stand before a subject (`In this context,`), as for a name (not `In Greece,`).
  if (m === null || (m[1] !== undefined && !isIntroPhrase(`${m[1]}, `))) return null;
  // Not the subject of a passive (`She has long been described as “…”`), nor of a clause another reports or names
  // the speaker of (`she faces protesters who call her “…”`).
  const between = s.masked.slice(sentence + m[0].length, q.open.start);
  if (PASSIVE_NEXT.test(between) || BEEN_OR_RELATIVE.test(between) || hasCue(between)) return null;
  const at = m[0].length - m[2].length;
  const cue: Cue = { start: at, end: m[0].length, subject: { start: at, end: m[0].length, text: m[2].toLowerCase(), kind: 'pronoun' } };
  return attribution(s, cue, sentence, 'same-sentence');
}
/** `he` or `she` opening a sentence, perhaps after a phrase and its comma (group 1), before a verb (group 2 the pronoun). */
const PRONOUN_SUBJECT = /^\s*(?:([^,.;:!?]{1,40}),\s*)?(He|She|he|she)(?=\s+\p{Ll})/u;
/** A passive's `been` after an adverb (`has long been described`), or a relative pronoun that opens a clause of its own. */
const BEEN_OR_RELATIVE = /\bbeen\b|\b(?:who|whom|which)\b/;
/**
 * The quotation opens a sentence after one of its paragraph whose subject is a person, with no one else named there
 * (`Grandi commended local communities … . “Refugees can grow their crops …”`): the words are that person's, as a
 * reader takes them, though no verb of that sentence reports them.
 */
function subjectOfSentenceBefore(s: State, q: ScannedQuote, para: Span): SpeakerAttribution | null {
  if (!SENTENCE_ENDS_BEFORE.test(s.text.slice(Math.max(para.start, q.open.start - 5), q.open.start))) return null;
  // Not when a reporting verb follows in its sentence, whoever it names (`“…,” one villager told AFP`, `“…,” local
  // media reported`).
  const after = closeEnd(q);
  const sentenceEnd = s.sentenceEnds[s.sentenceStarts.lastAtOrBefore(Math.max(q.open.start, after - 1))];
  const tail = sentenceEnd > after ? s.masked.slice(after, Math.min(sentenceEnd, para.end)) : '';
  if (tail !== '' && (hasReportingVerb(tail) || REPORTED_AFTER.test(tail))) return null;
  const start = Math.max(para.start, s.sentenceStarts.offsets[s.sentenceStarts.lastAtOrBefore(q.open.start - 2)]);
  const e = firstEntityIn(s, start, Math.min(q.open.start, start + SUBJECT_REACH), 'PERSON');
  if (e === undefined || !speaksAsSubject(s, e)) return null;
  const name = fullName(s.ctx, e);
  if (otherPersonWithin(s, e.end, q.open.start, name)) return null;
  return speakerAttribution(name, { start: e.start, end: e.end, text: e.text }, null, 'previous-quote');
}

/** The words of a report that the reporting verbs leave out (`local media reported`, `according to AFP`). */
const REPORTED_AFTER = /\b(?:reported|reports|according\s+to|quoted|cited)\b/;
/** The person is the subject of its clause and not of a passive, to whom words were said (`Senator Wong was asked about “…”`). */
function speaksAsSubject(s: State, e: Entity): boolean {
  return !PASSIVE_NEXT.test(s.text.slice(e.end, e.end + 16)) && isSubject(s.ctx, e);
}
/** A passive's verb after its subject. */
const PASSIVE_NEXT = /^\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s/;
/** A quotation's words that end a sentence. */
const ENDS_SENTENCE = /[.!?]\s*$/;
/** How far into its sentence a subject's name may start (`Norwegian Foreign Minister …` before the name). */
const SUBJECT_REACH = 60;

/**
 * The speaker of the last sentence of a paragraph whose reporting verb shares the sentence's subject (`He
 * congratulated the envoys … and urged them to …`, see coordinatedCue), for a quotation paragraph after it.
 */
function lastCoordinated(s: State, para: Span): SpeakerAttribution | null {
  const { offsets } = s.sentenceStarts;
  for (let i = s.sentenceStarts.lastAtOrBefore(para.end - 1); i >= 0 && offsets[i] >= para.start; i--) {
    const start = offsets[i];
    const cue = coordinatedCue(s.masked.slice(start, Math.min(s.sentenceEnds[i], para.end)));
    if (cue) return attribution(s, cue, start, 'previous-paragraph');
  }
  return null;
}
