// The last resort of re-anchoring: an approximate match of the passage, scored on the quote, its context
// and its distance from the old place, and accepted only when the text found is close to what was annotated.
import { bestStart, editScores, similarity } from './edit-distance';
import { CONTEXT_LENGTH, type TextTarget } from './types';

/** A fuzzy match may differ from the stored passage in at most this share of its characters. */
export const MAX_ERROR_RATE = 0.2;
/** Quotes shorter than this are too ambiguous to look for approximately without context that agrees. */
const SHORT_QUOTE = 16;
/** Patterns up to this length are searched for whole across the text; longer ones by pieces (seeds). */
const WHOLE_SEARCH_MAX = 64;
const SEED_LENGTH = 32;
const SEED_ERRORS = 6;
const MAX_CANDIDATES = 24;

export interface FuzzyMatch {
  start: number;
  end: number;
  /** 1 - edit distance / passage length: at least 1 - MAX_ERROR_RATE. */
  quoteSimilarity: number;
}

interface Window {
  from: number;
  to: number;
}

/** End offsets where `pattern` matches within `maxErrors`, the best few and not two in the same place. */
function matchEnds(pattern: string, text: string, win: Window, maxErrors: number, spacing: number): { end: number; errors: number }[] {
  const scores = editScores(pattern, text, win.from, win.to, false);
  const hits: { end: number; errors: number }[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] <= maxErrors) hits.push({ end: win.from + i + 1, errors: scores[i] });
  hits.sort((a, b) => a.errors - b.errors || a.end - b.end);
  const kept: { end: number; errors: number }[] = [];
  for (const h of hits) {
    if (kept.some((k) => Math.abs(k.end - h.end) < spacing)) continue;
    kept.push(h);
    if (kept.length >= MAX_CANDIDATES) break;
  }
  return kept;
}

function mergeWindows(windows: Window[]): Window[] {
  windows.sort((a, b) => a.from - b.from);
  const out: Window[] = [];
  for (const w of windows) {
    const last = out[out.length - 1];
    if (last && w.from <= last.to) last.to = Math.max(last.to, w.to);
    else out.push({ ...w });
  }
  return out;
}

/** Windows of the text where a long passage may now be: around its old place, and wherever a piece of it is found. */
function searchWindows(text: string, target: TextTarget, maxErrors: number): Window[] {
  const m = target.exact.length;
  const slack = maxErrors + 8;
  const around = (start: number): Window => ({ from: Math.max(0, start - slack), to: Math.min(text.length, start + m + slack) });
  const windows = [around(Math.min(target.start, text.length))];
  const whole = { from: 0, to: text.length };
  for (const offset of [0, (m - SEED_LENGTH) >> 1, m - SEED_LENGTH]) {
    const seed = target.exact.slice(offset, offset + SEED_LENGTH);
    for (const hit of matchEnds(seed, text, whole, SEED_ERRORS, SEED_LENGTH)) windows.push(around(hit.end - SEED_LENGTH - offset));
  }
  return mergeWindows(windows);
}

/**
 * How well the stored context agrees with the text around a candidate, each side weighed by how much of it
 * was stored: a prefix cut short by the text's start (or empty) is little evidence either way.
 */
function contextAgreement(text: string, start: number, end: number, t: TextTarget): { prefix: number; suffix: number; overall: number } {
  const p = t.prefix.length;
  const s = t.suffix.length;
  const prefix = p ? similarity(t.prefix, text.slice(Math.max(0, start - p), start)) : 0;
  const suffix = s ? similarity(t.suffix, text.slice(end, end + s)) : 0;
  return { prefix: (prefix * p) / CONTEXT_LENGTH, suffix: (suffix * s) / CONTEXT_LENGTH, overall: p + s ? (prefix * p + suffix * s) / (p + s) : 1 };
}

export function fuzzyMatch(text: string, target: TextTarget): FuzzyMatch | null {
  const exact = target.exact;
  const m = exact.length;
  const maxErrors = Math.floor(m * MAX_ERROR_RATE);
  if (maxErrors === 0 || text.length === 0) return null;
  const windows = m <= WHOLE_SEARCH_MAX ? [{ from: 0, to: text.length }] : searchWindows(text, target, maxErrors);
  let best: (FuzzyMatch & { score: number }) | null = null;
  for (const win of windows) {
    for (const hit of matchEnds(exact, text, win, maxErrors, Math.max(1, m >> 1))) {
      const { start, errors } = bestStart(exact, text, hit.end, Math.min(m + maxErrors, hit.end - win.from));
      if (errors > maxErrors || start === hit.end) continue;
      const quote = 1 - errors / m;
      const context = contextAgreement(text, start, hit.end, target);
      if (m < SHORT_QUOTE && context.overall < 0.5) continue;
      const distance = Math.min(1, Math.abs(start - target.start) / Math.max(1, text.length));
      const score = 0.5 * quote + 0.2 * context.prefix + 0.2 * context.suffix + 0.1 * (1 - distance);
      if (!best || score > best.score) best = { start, end: hit.end, quoteSimilarity: quote, score };
    }
  }
  return best && { start: best.start, end: best.end, quoteSimilarity: best.quoteSimilarity };
}
