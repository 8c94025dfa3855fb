// Analysis of a large text in slices: paragraph-aligned pieces, each analysed on its own, with a pause between
// them so that the caller's thread stays responsive. Offsets are shifted back into the whole text.

import { analyze, type Analysis, type AnalyzeOptions } from './index';

export const SLICE_CHARS = 256 * 1024;

/** How far past a slice's size its cut may look for a blank line, before it takes the first line break. */
const BLANK_LINE_REACH = 16 * 1024;
/** A blank line: a line break, perhaps some spaces, and another. */
const BLANK_LINE = /\n[ \t]*\r?\n/g;

/**
 * Paragraph-aligned cut points: each slice ends at a blank line soon after `size` characters, so that a hard-wrapped
 * paragraph stays whole, else at the first line break at or after them (a text of one paragraph per line).
 */
export function sliceBounds(text: string, size = SLICE_CHARS): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      BLANK_LINE.lastIndex = end;
      const blank = BLANK_LINE.exec(text.slice(0, end + BLANK_LINE_REACH));
      const nl = blank !== null ? blank.index : text.indexOf('\n', end);
      end = nl < 0 ? text.length : nl + 1;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

function shift<T extends { start: number; end: number }>(x: T, by: number): T {
  return { ...x, start: x.start + by, end: x.end + by };
}

function shiftAnalysis(a: Analysis, by: number): Analysis {
  const s = a.structure;
  return {
    structure: {
      dateline: s.dateline && shift(s.dateline, by),
      headline: s.headline && shift(s.headline, by),
      paragraphs: s.paragraphs.map((p) => shift(p, by)),
      sentences: s.sentences.map((p) => shift(p, by)),
      boilerplate: s.boilerplate.map((p) => shift(p, by)),
      turns: s.turns.map((t) => ({ label: shift(t.label, by), content: shift(t.content, by) })),
    },
    quotes: a.quotes.map((q) => ({
      ...shift(q, by),
      open: shift(q.open, by),
      close: q.close && shift(q.close, by),
      speaker: q.speaker && { ...q.speaker, cue: shift(q.speaker.cue, by), antecedent: q.speaker.antecedent && shift(q.speaker.antecedent, by) },
    })),
    entities: a.entities.map((e) => shift(e, by)),
    topics: a.topics.map((t) => ({ ...t, passages: t.passages.map((p) => shift(p, by)) })),
  };
}

/** Analyses the text between two offsets, widened to whole lines; offsets in the result are into the whole text. */
export function analyzeWindow(text: string, from: number, to: number, options: AnalyzeOptions = {}): Analysis {
  const start = from <= 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
  const nl = text.indexOf('\n', Math.max(start, to));
  const end = nl < 0 ? text.length : nl + 1;
  return shiftAnalysis(analyze(text.slice(start, end), options), start);
}

/** Joins the analyses of consecutive slices into one. The first slice's dateline and headline are the text's. */
export function mergeAnalyses(parts: Analysis[]): Analysis {
  const first = parts[0];
  return {
    structure: {
      dateline: first?.structure.dateline ?? null,
      headline: first?.structure.headline ?? null,
      paragraphs: parts.flatMap((p) => p.structure.paragraphs).map((p, index) => ({ ...p, index, duplicateOf: null })),
      sentences: parts.flatMap((p) => p.structure.sentences),
      boilerplate: parts.flatMap((p) => p.structure.boilerplate),
      turns: parts.flatMap((p) => p.structure.turns),
    },
    quotes: parts.flatMap((p) => p.quotes),
    entities: parts.flatMap((p) => p.entities),
    topics: [],
  };
}

/** Analyses a large text slice by slice, yielding between slices; stops early when `cancelled()` says so. */
export async function analyzeInSlices(
  text: string,
  options: AnalyzeOptions = {},
  cancelled: () => boolean = () => false,
  pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
): Promise<Analysis | null> {
  const parts: Analysis[] = [];
  for (const b of sliceBounds(text)) {
    if (cancelled()) return null;
    parts.push(shiftAnalysis(analyze(text.slice(b.start, b.end), options), b.start));
    await pause();
  }
  return mergeAnalyses(parts);
}
