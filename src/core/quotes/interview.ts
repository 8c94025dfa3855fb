// An interview set out as questions and answers: a paragraph that asks (`Does the Tsar truly want peace, Minister
// Antonio Tajani?`), then the answer as a quotation paragraph with no cue. The answer is the one asked's: the
// person the question addresses by name, else whoever gave the answer before the question.

import type { Span } from '../text';
import { isBlankBetween } from '../text/chars';
import { fullName } from './context';
import type { State } from './state';
import { speakerAttribution, withVia, type SpeakerAttribution } from './types';

/**
 * The speaker of a quotation that opens the paragraph after `question`, when that paragraph asks a question and
 * holds no quotation of its own; `before` is the paragraph before the question, if any.
 */
export function interviewAnswer(s: State, question: Span, before: Span | undefined): SpeakerAttribution | null {
  if (!ASKS.test(s.text.slice(Math.max(question.start, question.end - 3), question.end))) return null;
  // A quotation of someone's words in it makes it a report of their question, not the interviewer's.
  if (directQuoteIn(s, question)) return null;
  const addressed = addressedPerson(s, question);
  if (addressed !== null) return addressed;
  if (before === undefined) return null;
  // The answer before the question: a paragraph that a quotation opens, whose last quotation has a speaker.
  let first = -1;
  let last = -1;
  for (let k = s.doneTop.length - 1; k >= 0 && s.doneTop[k].open.start >= before.start; k--) {
    if (s.doneTop[k].open.start >= before.end) continue;
    if (last < 0) last = k;
    first = k;
  }
  if (first < 0 || !isBlankBetween(s.text, before.start, s.doneTop[first].open.start)) return null;
  const speaker = s.doneTop[last].speaker;
  return speaker === null ? null : withVia(speaker, 'previous-paragraph');
}

/** A paragraph's end that asks: a question mark, perhaps with spaces after it. */
const ASKS = /\?\s*$/;

/** Some direct top-level quotation done opens inside the span (a scare quote may: `accuses you of ‘damaging Italy’?`). */
function directQuoteIn(s: State, span: Span): boolean {
  for (let k = s.doneTop.length - 1; k >= 0 && s.doneTop[k].open.start >= span.start; k--) {
    if (s.doneTop[k].open.start < span.end && s.doneTop[k].kind === 'direct') return true;
  }
  return false;
}

/**
 * The person a question addresses by name at its end, after a comma and perhaps a title (`…, Minister Antonio
 * Tajani?`, `…, Mr. Ambassador Smith?`).
 */
function addressedPerson(s: State, question: Span): SpeakerAttribution | null {
  const { entities, entityStarts } = s.ctx;
  for (let i = entityStarts.firstAtOrAfter(question.end) - 1; i >= 0 && entities[i].start >= question.start; i--) {
    const e = entities[i];
    if (e.type !== 'PERSON') continue;
    if (!ONLY_ASKS.test(s.text.slice(e.end, question.end))) return null;
    const comma = s.text.lastIndexOf(',', e.start);
    if (comma < question.start || !VOCATIVE_LEAD.test(s.text.slice(comma, e.start))) return null;
    return speakerAttribution(fullName(s.ctx, e), { start: e.start, end: e.end, text: e.text }, null, 'previous-paragraph');
  }
  return null;
}
/** Nothing but the question mark and spaces. */
const ONLY_ASKS = /^\s*\?\s*$/;
/** A comma and up to three capitalised words (a title) before the name addressed. */
const VOCATIVE_LEAD = /^,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
