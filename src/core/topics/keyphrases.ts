// Key phrases for what the lexicon does not know: `Russia-NATO relations` written in the text, treaties and laws
// the article keeps coming back to, and phrases it repeats across paragraphs.

import type { Entity } from '../entities';
import { countryOfDemonym } from '../entities/load';
import type { Tokens } from '../entities/tokens';
import type { Span } from '../text';
import { charClass, codePointAt, isSpaceCode, LETTER, NUMBER, UPPER } from '../text/chars';
import { firstOffsetAtOrAfter, lastStartingAtOrBefore } from '../text/search';
import type { ArticleTopic, TopicPassage } from './types';

const RELATION_WORDS = ['relations', 'ties', 'dialogue', 'partnership', 'talks', 'summit', 'cooperation'];
const RELATIONS = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}.]*)[-–](\\p{Lu}[\\p{L}.]*)\\s+(${RELATION_WORDS.join('|')})\\b`, 'gu');

const HYPHEN = 0x2d;
const EN_DASH = 0x2013;

/**
 * Where a `-` or `–` stands before an upper-case letter, in text order. A dash is a token of its own, so the
 * article's tokens (of the whole text) hold every one.
 */
export function dashesBeforeCapitals(text: string, tokens: Tokens): number[] {
  const out: number[] = [];
  for (let t = 0; t < tokens.count; t++) {
    const i = tokens.starts[t];
    const c = text.charCodeAt(i);
    if ((c === HYPHEN || c === EN_DASH) && i < text.length - 1 && (charClass(codePointAt(text, i + 1)) & UPPER) !== 0) out.push(i);
  }
  return out;
}

const isAsciiWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * False when RELATIONS cannot match with the dash at `dash` in a text that ends at `end`: after the dash's word
 * (letters and dots, greedy, and white space cannot give any back) must come white space and a relation word.
 * Most dashes before a capital (`U.S.-Russian`, `Franco-German`) fail this, and the regular expression then
 * need not run from them.
 */
function mayRelate(text: string, dash: number, end: number): boolean {
  let i = dash + 1;
  while (i < end) {
    const cp = codePointAt(text, i);
    if (cp !== 0x2e /* . */ && (charClass(cp) & LETTER) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  const word = i;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  if (i === word) return false;
  // `\b` after the word: ASCII word characters only, even with the `u` flag.
  return RELATION_WORDS.some((w) => i + w.length <= end && text.startsWith(w, i) && !(i + w.length < end && isAsciiWordChar(text.charCodeAt(i + w.length))));
}

/**
 * The matches of RELATIONS in a paragraph, as matchAll on the paragraph would give them. Every match has a dash
 * followed by a capital, so the regular expression only runs from the word before the first such dash, and not
 * at all in the many paragraphs without one. `dashes` are those of dashesBeforeCapitals.
 */
export function relationsIn(text: string, p: Span, dashes: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = p.start;
  let body: string | null = null;
  let d = firstOffsetAtOrAfter(dashes, p.start);
  for (;;) {
    // The next dash a match may have: past `from`, with room for its capital inside the paragraph, and a relation
    // word after it.
    while (d < dashes.length && dashes[d] < p.end - 1 && (dashes[d] < from || !mayRelate(text, dashes[d], p.end))) d++;
    if (d >= dashes.length || dashes[d] >= p.end - 1) return out;
    const dash = dashes[d];
    // No match can start before the letters, digits and dots that lead up to the dash.
    let runStart = dash;
    while (runStart > from && isRunChar(text.charCodeAt(runStart - 1))) runStart--;
    body ??= text.slice(p.start, p.end);
    RELATIONS.lastIndex = runStart - p.start;
    const m = RELATIONS.exec(body);
    if (!m) return out;
    out.push(m);
    from = p.start + m.index + Math.max(1, m[0].length);
  }
}

/** Letters, digits, dots and surrogate halves: what may stand between a match's start and its dash. */
function isRunChar(c: number): boolean {
  return c === 46 || (c >= 0xd800 && c <= 0xdfff) || (charClass(c) & (LETTER | NUMBER)) !== 0;
}

/** `U.S.` → `US`, `Russian` → `Russia`. */
function sideName(s: string): string {
  const bare = s.replace(/\./g, '');
  return countryOfDemonym(s) ?? countryOfDemonym(bare) ?? bare;
}

/** The paragraph holding `pos` (paragraphs sorted by start, not overlapping). */
function paragraphOf(paragraphs: readonly Span[], pos: number): Span | undefined {
  const p = paragraphs[lastStartingAtOrBefore(paragraphs, pos)];
  return p && pos < p.end ? p : undefined;
}

interface Phrase {
  label: string;
  passages: TopicPassage[];
  score: number;
  /** The passage of each paragraph start, for adding to it. */
  byStart: Map<number, TopicPassage>;
}

/** Adds a mention to a key phrase; a mention outside the scored paragraphs (a repeated one) counts, without a passage. */
function add(map: Map<string, Phrase>, label: string, p: Span | undefined, weight: number): void {
  const key = label.toLowerCase();
  const t: Phrase = map.get(key) ?? { label, passages: [], score: 0, byStart: new Map() };
  t.score += weight;
  map.set(key, t);
  if (!p) return;
  const passage = t.byStart.get(p.start);
  if (passage) {
    passage.score += weight;
  } else {
    const fresh = { start: p.start, end: p.end, score: weight };
    t.passages.push(fresh);
    t.byStart.set(p.start, fresh);
  }
}

/** `tokens` are those of the whole text. */
export function keyphraseTopics(text: string, tokens: Tokens, paragraphs: readonly Span[], entities: readonly Entity[]): ArticleTopic[] {
  const found = new Map<string, Phrase>();
  const dashes = dashesBeforeCapitals(text, tokens);
  for (const p of paragraphs) {
    for (const m of relationsIn(text, p, dashes)) {
      const kind = m[3].toLowerCase() === 'ties' ? 'relations' : m[3].toLowerCase();
      add(found, `${sideName(m[1])}-${sideName(m[2])} ${kind}`, p, 3);
    }
  }
  // Treaties and laws named at least twice (by any of their names) are topics of their own.
  const laws = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type !== 'LAW') continue;
    const list = laws.get(e.canonical);
    if (list) list.push(e);
    else laws.set(e.canonical, [e]);
  }
  for (const mentions of laws.values()) {
    if (mentions.length < 2) continue;
    const forms = new Map<string, number>();
    for (const e of mentions) {
      const form = e.text.replace(/^new\s+/, '');
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
    const label = [...forms].sort((a, b) => b[1] - a[1])[0][0];
    for (const e of mentions) add(found, label, paragraphOf(paragraphs, e.start), 2);
  }
  return [...found.values()]
    .filter((t) => t.score >= 3 && t.passages.length > 0)
    .map((t) => ({ id: `keyphrase:${t.label.toLowerCase()}`, label: t.label, score: t.score, source: 'keyphrase' as const, passages: t.passages }));
}
