// What the attribution of the quotations reads and keeps as it goes (see attribute.ts), and the look-ups of the
// entities named in a stretch of it.

import type { Entity } from '../entities';
import { isPossessiveAt } from '../text/chars';
import type { ArticleStructure } from '../text';
import type { Context } from './context';
import type { MaskedText } from './masked';
import type { SortedOffsets } from './offsets';
import type { Quote, ScannedQuote, SpeakerAttribution } from './types';
import type { Cue } from './cues';

export interface SpeakerCorrection {
  /** The exact words of the quotation. */
  exact: string;
  speaker: string | null;
}

/** What the attribution of a quotation reads, and what the quotations before it left. */
export interface State {
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
   * Where the last top-level quotation that a cue gave to someone unnamed (`said one of the organizers`) closed, or
   * -1: a pronoun soon after stands for that one (see unnamedBefore in cue-attribution.ts).
   */
  unnamedAt: number;
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
export function personInCue(s: State, from: number, to: number, ownerSpeaks = true): Entity | undefined {
  let owner: Entity | undefined;
  for (let i = s.ctx.entityStarts.firstAtOrAfter(from); i < s.ctx.entities.length && s.ctx.entities[i].start < to; i++) {
    const e = s.ctx.entities[i];
    if (e.type !== 'PERSON') continue;
    // Not the owner of a role whose holder is named too (`Javier Milei's Foreign Minister, Diana Mondino,
    // called`); an owner alone speaks through what is his (`Rabuka's Twitter account said`), unless
    // `ownerSpeaks` is false (the subject is a role: `Said Sata’s information minister`, who is someone else).
    if (owner === undefined && isPossessiveAt(s.text, e.end)) owner = e;
    else return inObjectsApposition(s, e) ? (subjectInApposition(s, e, to) ?? e) : e;
  }
  return ownerSpeaks ? owner : undefined;
}

/**
 * `At a ceremony to receive a letter from the Niger ambassador to Ghana, Mrs. Lamido Salamatou Bala Goga, Ghana’s
 * foreign affairs minister Shirley Ayokor Botchwey, noted:`, `During a press conference with Prime Minister, Siaosi
 * Sovaleni, the visiting …, Carmel Sepuloni, said`: a name in apposition to a preposition's object, the subject
 * named after it.
 */
function inObjectsApposition(s: State, e: Entity): boolean {
  const head = s.text.slice(Math.max(0, e.start - 80), e.start);
  // The pattern's comma is the last one before the name, only white space and a title after it: a test at that
  // comma alone turns away most names, where the pattern would be tried from every offset of the words.
  const comma = head.lastIndexOf(',');
  if (comma < 0) return false;
  COMMA_THEN_TITLE.lastIndex = comma;
  return COMMA_THEN_TITLE.test(head) && OBJECT_THEN_APPOSITION.test(head);
}
const COMMA_THEN_TITLE = /,\s*(?:(?:Mrs?|Ms|Dr)\.?\s+)?$/y;
const OBJECT_THEN_APPOSITION = /(?<![\p{L}])(?:from|to|with|by|for)\s+(?:(?:the|a|an)\s+[^,.;:!?"“”]{1,60}|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}),\s*(?:(?:Mrs?|Ms|Dr)\.?\s+)?$/u;

/**
 * The person right after `first`'s comma and a role (`, Ghana’s foreign affairs minister Shirley Ayokor Botchwey,`)
 * whose comma ends the words before the verb; not one in a clause (`Sergei Lavrov, who met Antony Blinken, said`).
 */
function subjectInApposition(s: State, first: Entity, to: number): Entity | undefined {
  const next = firstEntityIn(s, first.end, to, 'PERSON');
  const between = next === undefined ? '' : s.text.slice(first.end, next.start);
  if (next === undefined || !(ROLE_BETWEEN.test(between) || POST_BETWEEN.test(between))) return undefined;
  return COMMA_BEFORE_VERB.test(s.text.slice(next.end, to)) ? next : undefined;
}
/** A comma, then a role's words in lower case, perhaps after a country's possessive: no clause, no other comma. */
const ROLE_BETWEEN = /^,\s+(?:\p{Lu}[\p{L}.-]*['’]s\s+)?(?:(?!who\b|which\b|whose\b|and\b|with\b|by\b)\p{Ll}[\p{L}-]*\s+){1,5}$/u;
/**
 * A comma, then a post with its article set off by commas: `, the visiting New Zealand Deputy Prime Minister, ` of
 * `During a joint press conference with Prime Minister, Siaosi Sovaleni, the visiting New Zealand Deputy Prime
 * Minister, Carmel Sepuloni, said`.
 */
const POST_BETWEEN = /^,\s+(?:the|a|an)\s+(?:(?!who\b|which\b|whose\b|and\b|with\b|by\b)[\p{L}'’-]+\s+){0,7}[\p{L}-]+,\s+(?:(?:Mrs?|Ms|Dr)\.?\s+)?$/u;
/** A comma, then the verb's word (the end of the cue). */
const COMMA_BEFORE_VERB = /^,\s*\p{Ll}+[^,]*$/u;


/** The first entity of the type starting between `from` and `to`. */
export function firstEntityIn(s: State, from: number, to: number, type: Entity['type']): Entity | undefined {
  for (let i = s.ctx.entityStarts.firstAtOrAfter(from); i < s.ctx.entities.length && s.ctx.entities[i].start < to; i++) {
    if (s.ctx.entities[i].type === type) return s.ctx.entities[i];
  }
  return undefined;
}

/** The last top-level quotation done that has a speaker, if any. */
export function lastSpokenQuote(s: State): Quote | undefined {
  for (let k = s.doneTop.length - 1; k >= 0; k--) if (s.doneTop[k].speaker !== null) return s.doneTop[k];
  return undefined;
}
