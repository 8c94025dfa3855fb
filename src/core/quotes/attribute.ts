// Decides who speaks each quotation: a reporting cue next to it, else the attribution it continues
// (an interrupted quote, a quote paragraph after its introduction, a transcript turn).

import type { Entity } from '../entities';
import { personInfo } from '../entities/load';
import type { ArticleStructure, Span } from '../text';
import { cueAfter, cueBefore, findCues, type Cue } from './cues';
import { classifyQuote } from './kind';
import { resolveSubject, type Context } from './resolve';
import type { Quote, ScannedQuote, SpeakerAttribution } from './types';

export interface SpeakerCorrection {
  /** The exact words of the quotation. */
  exact: string;
  speaker: string | null;
}

function indexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text with every top-level quotation blanked out, so that cues are only found outside quotations. */
function maskQuotes(text: string, quotes: readonly ScannedQuote[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    if (q.depth > 0) continue;
    const end = q.close ? q.close.end : q.end;
    if (q.open.start < at) continue;
    parts.push(text.slice(at, q.open.start), text.slice(q.open.start, end).replace(/[^\n\r]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export function attributeQuotes(
  text: string,
  structure: ArticleStructure,
  scanned: readonly ScannedQuote[],
  entities: readonly Entity[],
  corrections: readonly SpeakerCorrection[] = [],
): Quote[] {
  const masked = maskQuotes(text, scanned);
  const topLevel = scanned.filter((q) => q.depth === 0);
  const insideQuote = (pos: number): boolean => topLevel.some((q) => q.open.start <= pos && pos < (q.close?.end ?? q.end));
  const paragraphs = structure.paragraphs.filter((p) => !p.boilerplate);
  const sentences = structure.sentences.length > 0 ? structure.sentences : paragraphs;
  const ctx: Context = {
    text,
    mentions: entities.filter((e) => !insideQuote(e.start)),
    speakers: [],
    paragraphStartBefore: (pos, k) => paragraphs[Math.max(0, indexAt(paragraphs, pos) - k)]?.start ?? 0,
  };
  const allEntities = [...entities];

  const attribution = (cue: Cue, base: number, via: SpeakerAttribution['via']): SpeakerAttribution | null => {
    const subject = { ...cue.subject, start: base + cue.subject.start, end: base + cue.subject.end };
    const r = resolveSubject(ctx, allEntities, subject);
    if (!r) return null;
    const start = base + cue.start;
    const end = base + cue.end;
    const antecedent = r.antecedent && r.antecedent.start !== subject.start ? { start: r.antecedent.start, end: r.antecedent.end, text: r.antecedent.text } : null;
    return { name: r.name, cue: { start, end, text: text.slice(start, end) }, antecedent, via };
  };

  /** The last attribution between `from` and `to`: a cue outside quotations, or an earlier quotation's speaker. */
  const lastAttribution = (from: number, to: number, done: Quote[], via: SpeakerAttribution['via']): SpeakerAttribution | null => {
    const items: { at: number; get: () => SpeakerAttribution | null }[] = findCues(masked.slice(from, to)).map((c) => ({
      at: from + c.end,
      get: () => attribution(c, from, via),
    }));
    for (const d of done) {
      const speaker = d.speaker;
      if (!d.nested && speaker && d.start >= from && d.end <= to) items.push({ at: d.close?.end ?? d.end, get: () => ({ ...speaker, via }) });
    }
    items.sort((a, b) => b.at - a.at);
    for (const item of items) {
      const a = item.get();
      if (a) return a;
    }
    return null;
  };

  const out: Quote[] = [];
  const done: Quote[] = [];
  for (const q of scanned) {
    const content = text.slice(q.start, q.end);
    const nested = q.depth > 0;
    let speaker: SpeakerAttribution | null = null;
    const para = paragraphs[indexAt(paragraphs, q.open.start)];
    if (!nested) {
      const closeEnd = q.close?.end ?? q.end;
      const sOpen = sentences[indexAt(sentences, q.open.start)];
      const sClose = sentences[indexAt(sentences, Math.max(q.open.start, closeEnd - 1))];
      const nextOpen = topLevel.find((o) => o.open.start >= closeEnd)?.open.start ?? Infinity;
      const tailEnd = Math.max(closeEnd, Math.min(sClose.end, nextOpen, para.end));
      const prevClose = [...done].reverse().find((d) => !d.nested && (d.close?.end ?? d.end) <= q.open.start);
      const headStart = Math.max(sOpen.start, para.start, prevClose ? (prevClose.close?.end ?? prevClose.end) : 0);
      const tail = masked.slice(closeEnd, tailEnd);
      const head = masked.slice(Math.min(headStart, q.open.start), q.open.start);
      const after = cueAfter(tail);
      const beforeCue = cueBefore(head);
      const anyTail = findCues(tail).find((c) => /(^|,\s*)$/.test(tail.slice(0, c.start)));
      const anyHead = findCues(head).pop();
      speaker =
        (after && attribution(after, closeEnd, 'cue-after')) ||
        (beforeCue && attribution(beforeCue, headStart, 'cue-before')) ||
        (anyTail && attribution(anyTail, closeEnd, 'same-sentence')) ||
        (anyHead && attribution(anyHead, headStart, 'same-sentence')) ||
        lastAttribution(para.start, q.open.start, done, 'previous-quote');
      if (!speaker && /^\s*$/.test(text.slice(para.start, q.open.start))) {
        const pi = indexAt(paragraphs, para.start);
        const prev = paragraphs[pi - 1];
        if (prev && prev.start !== structure.headline?.start) speaker = lastAttribution(prev.start, prev.end, done, 'previous-paragraph');
      }
      if (!speaker) speaker = turnSpeaker(structure, q.open.start, allEntities);
    }
    const user = corrections.find((c) => c.exact === content);
    if (user && !nested) {
      speaker = user.speaker === null ? null : { name: user.speaker, cue: { start: q.start, end: q.end, text: content }, antecedent: null, via: 'user' };
    }
    const before = text.slice(Math.max(para?.start ?? 0, q.open.start - 40), q.open.start);
    const kind = classifyQuote(content, nested, speaker, before);
    if (kind === 'scare' && speaker?.via !== 'user') speaker = null;
    const quote: Quote = { start: q.start, end: q.end, text: content, open: q.open, close: q.close, nested, unclosed: q.unclosed, kind, speaker };
    if (speaker) ctx.speakers.push({ name: speaker.name, at: speaker.cue.start, gender: personInfo(speaker.name)?.gender ?? null });
    out.push(quote);
    done.push(quote);
  }
  return out;
}

function turnSpeaker(structure: ArticleStructure, pos: number, entities: readonly Entity[]): SpeakerAttribution | null {
  const turn = structure.turns.find((t) => t.content.start <= pos && pos < t.content.end);
  if (!turn) return null;
  const person = entities.find((e) => e.type === 'PERSON' && e.start >= turn.label.start && e.end <= turn.label.end);
  const name = person?.canonical ?? (/^(question|answer|q|a|moderator)$/i.test(turn.label.text) ? null : turn.label.text);
  return name ? { name, cue: turn.label, antecedent: null, via: 'turn' } : null;
}
