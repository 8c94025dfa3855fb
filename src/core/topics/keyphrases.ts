// Key phrases for what the lexicon does not know: `Russia-NATO relations` written in the text, treaties and laws
// the article keeps coming back to, and phrases it repeats across paragraphs.

import type { Entity } from '../entities';
import { countryOfDemonym } from '../entities/load';
import type { Span } from '../text';
import { charClass, codePointAt, LETTER, NUMBER, UPPER } from '../text/chars';
import { firstOffsetAtOrAfter, lastStartingAtOrBefore } from '../text/search';
import type { ArticleTopic, TopicPassage } from './types';

const RELATIONS = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}.]*)[-–](\p{Lu}[\p{L}.]*)\s+(relations|ties|dialogue|partnership|talks|summit|cooperation)\b/gu;

/** Where a `-` or `–` stands before an upper-case letter, in text order: the engine's indexOf finds the dashes. */
function dashesBeforeCapitals(text: string): number[] {
  const out: number[] = [];
  for (const dash of ['-', '\u2013']) {
    for (let i = text.indexOf(dash); i >= 0 && i < text.length - 1; i = text.indexOf(dash, i + 1)) {
      if ((charClass(codePointAt(text, i + 1)) & UPPER) !== 0) out.push(i);
    }
  }
  return out.sort((x, y) => x - y);
}

/**
 * The matches of RELATIONS in a paragraph, as matchAll on the paragraph would give them. Every match has a dash
 * followed by a capital, so the regular expression only runs from the word before the first such dash, and not
 * at all in the many paragraphs without one. `dashes` are those of dashesBeforeCapitals.
 */
function relationsIn(text: string, p: Span, dashes: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = p.start;
  let body: string | null = null;
  let d = firstOffsetAtOrAfter(dashes, p.start);
  for (;;) {
    while (d < dashes.length && dashes[d] < from) d++;
    // The dash must leave room for its capital inside the paragraph.
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

export function keyphraseTopics(text: string, paragraphs: readonly Span[], entities: readonly Entity[]): ArticleTopic[] {
  const found = new Map<string, Phrase>();
  const dashes = dashesBeforeCapitals(text);
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
