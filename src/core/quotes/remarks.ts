// A paragraph that speaks of someone's remarks by a possessive (`Her statements outside the presidential palace
// came after a meeting with President Nikos Christodoulides …`) before a paragraph of quotation: the quotation is
// those remarks, of whom the possessive stands for, though another person is named after it.

import type { Span } from '../text';
import { charClass, LETTER } from '../text/chars';
import { trimmedEnd } from '../text/lines';
import { fullName } from './context';
import { speakerAttribution } from './types';
import { attribution } from './cue-attribution';
import { colonCue } from './colon';
import type { Cue } from './cues';
import type { State } from './state';
import type { SpeakerAttribution } from './types';

/** `His remarks`, `Her statements`, `In his speech,` opening a sentence: group 1 the possessive. */
const REMARKS_OF =
  /^\s*(?:In\s+)?(His|Her|his|her)\s+(?:(?:brief|latest|opening|closing|later|earlier|first)\s+)?(?:statements?|remarks|comments|words|speech|address|message)\b/;

/** The speaker of the remarks a sentence of paragraph `para` speaks of by a possessive (see REMARKS_OF), else null. */
export function remarksOf(s: State, para: Span): SpeakerAttribution | null {
  const { offsets } = s.sentenceStarts;
  for (let i = Math.max(0, s.sentenceStarts.lastAtOrBefore(para.start)); i < offsets.length && offsets[i] < para.end; i++) {
    const start = Math.max(offsets[i], para.start);
    const m = REMARKS_OF.exec(s.masked.slice(start, Math.min(s.sentenceEnds[i], para.end)));
    if (m === null) continue;
    const at = m[0].indexOf(m[1]);
    const cue: Cue = { start: at, end: m[0].length, subject: { start: at, end: at + m[1].length, text: m[1].toLowerCase() === 'his' ? 'he' : 'she', kind: 'pronoun' } };
    return attribution(s, cue, start, 'previous-paragraph');
  }
  return null;
}

/**
 * A paragraph that ends in a colon after someone's statements in the possessive (`According to Hürriyet daily
 * reporter Vahap Munyar, here are some of important parts from Erdoğan's statements:`): the quotations after it
 * are those statements, whoever reported them. Else the subject of the clause the colon ends (clauseBeforeColon).
 */
export function statementsIntroduced(s: State, para: Span): SpeakerAttribution | null {
  const end = trimmedEnd(s.text, para.start, para.end);
  if (end === para.start) return null;
  const colon = s.text.charCodeAt(end - 1) === COLON;
  // The colon left out, the paragraph ending in the word itself (`Here are a few examples of Mr Zhong’s striking
  // quotes`): a heading for what follows, not a sentence, when its last sentence opens as one (not `World leaders
  // responded to Biden's remarks`).
  if (!colon && ((charClass(s.text.charCodeAt(end - 1)) & LETTER) === 0 || !HEADING_OPENS.test(s.text.slice(para.start, end)))) return null;
  const m = STATEMENTS_OF.exec(s.text.slice(Math.max(para.start, end - 160), end));
  if (m === null) return colon ? clauseBeforeColon(s, para, end) : null;
  // The owner is the entity right before the possessive (entities do not overlap: only the last to start before it
  // can end there).
  const owner = end - m[0].length;
  const e = s.ctx.entities[s.ctx.entityStarts.firstAtOrAfter(owner) - 1];
  // Not the statements others answer (`the full text of the response to Lavrov's comments`).
  if (e !== undefined && ANSWERED.test(s.text.slice(Math.max(para.start, e.start - 24), e.start))) return null;
  return e !== undefined && e.type === 'PERSON' && e.end === owner ? speakerAttribution(fullName(s.ctx, e), { start: e.start, end, text: s.text.slice(e.start, end) }, null, 'previous-paragraph') : null;
}
const COLON = 0x3a;
/** What stands before the statements of one others answer: `response to`, `responded to`, `reaction to`. */
const ANSWERED = /\b(?:response|responses|responded|reply|replies|replied|reaction|reactions|reacted|answer|answered)\s+to\s+(?:the\s+)?$/;
/** A last sentence that opens as a heading for quotations: `Here are`, `Below is`, `Following are`. */
const HEADING_OPENS = /(?:^\s*|[.!?)]\s+)(?:Here|Below|Following)\s+(?:are|is)\s[^.!?]*$/;

/**
 * `During the briefing, he made the following statements:` ending a paragraph before paragraphs of quotations (a
 * list of them, perhaps): the subject of the clause the colon ends speaks them (see colonCue), as a quotation right
 * after such a clause in one paragraph has it.
 */
function clauseBeforeColon(s: State, para: Span, end: number): SpeakerAttribution | null {
  const i = s.sentenceStarts.lastAtOrBefore(end - 1);
  const start = Math.max(para.start, i < 0 ? para.start : s.sentenceStarts.offsets[i]);
  const cue = colonCue(s.masked.slice(start, end));
  // A name that names someone: not a heading's first word (`Below is the full text of the statement:`, `Key
  // quotes from the speech:`).
  if (cue === null || (cue.subject.kind === 'name' && !namesSomeone(s, start + cue.subject.start))) return null;
  return attribution(s, cue, start, 'previous-paragraph');
}

/** A person, a body or a place starts at `at`. */
function namesSomeone(s: State, at: number): boolean {
  const e = s.ctx.entities[s.ctx.entityStarts.firstAtOrAfter(at)];
  return e !== undefined && e.start === at && (e.type === 'PERSON' || e.type === 'ORG' || e.type === 'GPE');
}
/**
 * A possessive `'s` and the statements it owns, perhaps with a word that qualifies them (`latest`, `striking`), up to
 * the colon that ends the paragraph, or its end.
 */
const STATEMENTS_OF = /['’]s\s+(?:[a-z-]+\s+)?(?:statements?|remarks|comments|words|speech|answers|responses|quotes|quotations)\s*:?$/;
