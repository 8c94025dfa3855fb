// Placing annotations in the current text, in the order Hypothesis uses: the stored offsets if the passage is
// still there; else the same passage elsewhere, chosen by its context and nearness; else a close fuzzy match;
// else unanchored (kept as it is, never dropped and never put on other words).
import { fuzzyMatch } from './fuzzy';
import { CONTEXT_LENGTH, type AnchorResult, type AnchorStatus, type Annotation, type TextTarget } from './types';

/** Passages at least this long are distinctive enough to move to another exact occurrence without context. */
const DISTINCTIVE_LENGTH = 20;
/** Share of the stored prefix and suffix characters that must agree to move a short passage. */
const MIN_CONTEXT_AGREEMENT = 0.25;
/** Beyond this many exact occurrences the passage says nothing about where it is. */
const MAX_OCCURRENCES = 10000;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The target of the passage text[start, end): the passage and up to 32 characters of context each side. */
export function makeTarget(text: string, start: number, end: number): TextTarget {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return { start, end, exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

function commonSuffixLength(a: string, aEnd: number, b: string): number {
  let n = 0;
  while (n < b.length && aEnd - n - 1 >= 0 && a[aEnd - n - 1] === b[b.length - n - 1]) n++;
  return n;
}

function commonPrefixLength(a: string, aStart: number, b: string): number {
  let n = 0;
  while (n < b.length && aStart + n < a.length && a[aStart + n] === b[n]) n++;
  return n;
}

/** Share of the stored context that agrees with the text around an occurrence at `at`. */
function contextAgreement(text: string, at: number, t: TextTarget): number {
  const total = t.prefix.length + t.suffix.length;
  if (total === 0) return 1;
  return (commonSuffixLength(text, at, t.prefix) + commonPrefixLength(text, at + t.exact.length, t.suffix)) / total;
}

/** The exact occurrence of the passage whose context agrees best with the stored one, nearest the old place on ties. */
function bestOccurrence(text: string, t: TextTarget): { at: number; context: number; count: number } | null {
  let best: { at: number; context: number } | null = null;
  let count = 0;
  for (let at = text.indexOf(t.exact); at >= 0 && count < MAX_OCCURRENCES; at = text.indexOf(t.exact, at + 1)) {
    count++;
    const context = contextAgreement(text, at, t);
    if (!best || context > best.context || (context === best.context && Math.abs(at - t.start) < Math.abs(best.at - t.start))) best = { at, context };
  }
  return best && { ...best, count };
}

const isDistinctive = (t: TextTarget): boolean => t.exact.length >= DISTINCTIVE_LENGTH;

export function anchorTarget(text: string, t: TextTarget): { status: AnchorStatus; start: number; end: number } {
  if (t.exact.length === 0) return { status: 'unanchored', start: t.start, end: t.end };
  const atStored = t.start >= 0 && t.end <= text.length && text.slice(t.start, t.end) === t.exact;
  // A short passage can meet an equal one at its old offsets by chance after edits: a copy whose context
  // agrees better is where it went.
  const here = atStored ? contextAgreement(text, t.start, t) : -1;
  if (atStored && (here === 1 || isDistinctive(t))) return { status: 'anchored', start: t.start, end: t.end };
  const best = bestOccurrence(text, t);
  if (atStored && (!best || best.context <= here)) return { status: 'anchored', start: t.start, end: t.end };
  if (best) {
    const trusted = isDistinctive(t) || (best.count === 1 && t.exact.length >= 8) || best.context >= MIN_CONTEXT_AGREEMENT;
    if (trusted) return { status: 'moved', start: best.at, end: best.at + t.exact.length };
  }
  const fuzzy = fuzzyMatch(text, t);
  if (fuzzy) return { status: 'fuzzy', start: fuzzy.start, end: fuzzy.end };
  return { status: 'unanchored', start: t.start, end: t.end };
}

export function anchorAll(text: string, annotations: readonly Annotation[]): AnchorResult[] {
  return annotations.map((annotation) => ({ annotation, ...anchorTarget(text, annotation.target) }));
}
