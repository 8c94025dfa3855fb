// Who issued a document a quotation is given to (`the statement said`): the organisation named with an earlier
// mention of a document of that kind or another (`a UNSC press statement`, `a statement issued by the Council`,
// `press release from AU`), or the body an earlier cue of the same document spoke for (`the statement reads`).
// bodies.ts asks these when a role names a document.

import type { Entity } from '../entities';
import { charClass, LETTER } from '../text/chars';
import { type Context, ORGS, paragraphStartBefore } from './context';
import { DOCUMENTS } from './cue-words';

/** The issuer of the nearest document of another kind than `head` named before (see issuerBefore). */
export function issuerOfAnyDocumentBefore(ctx: Context, pos: number, head: string): Entity | undefined {
  let nearest: Entity | undefined;
  for (const other of DOCUMENTS) {
    if (other === head) continue;
    const issuer = issuerBefore(ctx, pos, other);
    if (issuer !== undefined && (nearest === undefined || issuer.start > nearest.start)) nearest = issuer;
  }
  return nearest;
}

/**
 * The last speaker, within the last eight paragraphs, whose cue ends with the document's head word and a verb
 * (`the statement reads`): a body (gender `n`), as a document speaks for one.
 */
export function lastSpeakerByDocument(ctx: Context, pos: number, head: string): string | null {
  const from = paragraphStartBefore(ctx, pos, 8);
  for (let i = ctx.speakers.length - 1; i >= 0 && ctx.speakers[i].at >= from; i--) {
    const s = ctx.speakers[i];
    const cueTail = ctx.text.slice(Math.max(0, s.cueEnd - head.length - 24), s.cueEnd);
    if (s.gender === 'n' && documentCueEnd(head).test(cueTail)) return s.name;
  }
  return null;
}
/** `statement reads` at the end of a cue, by the document's head word (one of DOCUMENTS): made once each. */
function documentCueEnd(head: string): RegExp {
  let re = DOCUMENT_CUE_ENDS.get(head);
  if (re === undefined) DOCUMENT_CUE_ENDS.set(head, (re = new RegExp(`\\b${head}\\s+\\p{Ll}+$`, 'u')));
  return re;
}
const DOCUMENT_CUE_ENDS = new Map<string, RegExp>();

/**
 * The organisation that issued a document of this kind, as an earlier mention of it says: `a UNSC press
 * statement`, `the Council's statement`, `a statement by the African Union`. Within the last eight paragraphs,
 * the nearest such mention.
 */
export function issuerBefore(ctx: Context, pos: number, head: string): Entity | undefined {
  const from = paragraphStartBefore(ctx, pos, 8);
  const text = ctx.text;
  for (let at = text.lastIndexOf(head, pos - 1); at >= from; at = text.lastIndexOf(head, at - 1)) {
    // The word itself or its plural, not a word it opens (`report` of `Al Jazeera reported`).
    const after = at + head.length + (text.charCodeAt(at + head.length) === 0x73 ? 1 : 0); // `s`
    if (after < text.length && (charClass(text.charCodeAt(after)) & LETTER) !== 0) continue;
    const issuer = orgRightBefore(ctx, at, Math.max(from, at - 40)) ?? orgAfterBy(ctx, at + head.length) ?? subjectAfterOpening(ctx, at, head.length);
    if (issuer) return issuer;
  }
  return undefined;
}

/**
 * The organisation named last before `at` (and from `from` on) whose name, perhaps with a possessive and a word or
 * two (`press`, `joint`), leads to `at`: `a UNSC press statement`, `the Council's statement`.
 */
function orgRightBefore(ctx: Context, at: number, from: number): Entity | undefined {
  for (let i = ctx.mentionStarts.firstAtOrAfter(at) - 1; i >= 0 && ctx.mentions[i].end >= from; i--) {
    const m = ctx.mentions[i];
    if (ORGS.has(m.type) && ISSUER_GAP.test(ctx.text.slice(m.end, at))) return m;
  }
  return undefined;
}
/** `the Council's statement`, `a UNSC press statement`; or the body as the subject of its issuing (`X made an official statement`). */
const ISSUER_GAP = /^(?:(?:['’]s)?(?:\s+\p{Ll}[\p{L}-]*){0,2}|\s+(?:has\s+|have\s+)?(?:made|issued|released|published|circulated|put\s+out)\s+(?:an?|the|its)(?:\s+[\p{Ll}-]+)?)\s+$/u;

/**
 * `In a communique issued in Nigeria, the ECOWAS Commission noted …`: a sentence that opens with the document, and
 * the organisation that is the subject of its main clause, right after the opening phrase's comma.
 */
function subjectAfterOpening(ctx: Context, at: number, length: number): Entity | undefined {
  if (!OPENS_WITH_DOCUMENT.test(ctx.text.slice(Math.max(0, at - 24), at))) return undefined;
  const comma = ctx.text.indexOf(',', at + length);
  if (comma < 0 || comma - at > OPENING_REACH) return undefined;
  const e = ctx.entities[ctx.entityStarts.firstAtOrAfter(comma)];
  return e !== undefined && e.type === 'ORG' && SUBJECT_LEAD.test(ctx.text.slice(comma, e.start)) ? e : undefined;
}
/** `In a`, `In its`, `Through a` (perhaps with a word such as `joint`) opening a sentence, before the document's word. */
const OPENS_WITH_DOCUMENT = /(?:^|[.!?]["”’]?\s+|\n)(?:In|Through)\s+(?:a|an|the|its|their)\s+(?:[\p{Ll}-]+\s+)?$/u;
/** How far the opening phrase may run from the document's word to its comma. */
const OPENING_REACH = 80;
/** The opening phrase's comma, then perhaps `the`, before the subject. */
const SUBJECT_LEAD = /^,\s+(?:the\s+)?$/;

/** `statement issued by the Council`, `statement by the AU`, `press release from AU`: the organisation named right after. */
function orgAfterBy(ctx: Context, end: number): Entity | undefined {
  for (let i = ctx.entityStarts.firstAtOrAfter(end); i < ctx.entities.length && ctx.entities[i].start - end <= 40; i++) {
    const e = ctx.entities[i];
    if (e.type === 'ORG' && ISSUED_BY.test(ctx.text.slice(end, e.start))) return e;
  }
  return undefined;
}
const ISSUED_BY = /^\s+(?:(?:issued|released|published|signed|adopted)\s+)?(?:by|from)\s+(?:the\s+)?$/;
