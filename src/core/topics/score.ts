// Scores each paragraph against the topic lexicon; an article's topics are the strongest, with their passages.

import type { Entity } from '../entities';
import { tokenize, type Tokens } from '../entities/tokens';
import type { Span } from '../text';
import { firstOffsetAtOrAfter, lastStartingAtOrBefore } from '../text/search';
import type { CompiledLexicon } from './lexicon';
import { hashAt, keyHashes, unhashedKeys } from './keys';
import type { ArticleTopic, TopicPassage } from './types';

/** A paragraph carries a topic from this score on; an article lists a topic from ARTICLE_MIN on. */
export const PASSAGE_MIN = 2;
export const ARTICLE_MIN = 4;

/** Topic scores of one paragraph. */
export function scoreParagraph(text: string, p: Span, lex: CompiledLexicon): Map<number, number> {
  const tokens = tokenize(text, p.start, p.end);
  return scoreTokens(text, tokens, keyHashes(text, tokens), 0, tokens.count, lex);
}

/**
 * Topic scores of tokens[from, to). A term may run on past `to` only where no line break stops it, and the
 * paragraphs of an article are separated by line breaks: an article's tokens can be made once for all of them.
 * `keys` are the tokens' keyHashes(), for the lexicon's filters of term starts, or unhashedKeys() to be filled as read.
 */
function scoreTokens(text: string, tokens: Tokens, keys: Int32Array, from: number, to: number, lex: CompiledLexicon): Map<number, number> {
  const scores = new Map<number, number>();
  const foldedKey = (j: number): string | null => lex.foldedKeys.trieKey(text, tokens, keys, j);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(tokens.starts[i]);
    const upper = c >= 65 && c <= 90;
    const key = hashAt(text, tokens, keys, i);
    const next = hashAt(text, tokens, keys, i + 1);
    const hit =
      (upper && lex.exactStarts.mayStart(key, next) ? lex.exact.longestAt(text, tokens, i) : null) ??
      (lex.foldedStarts.mayStart(key, next) ? lex.folded.longestAtKeyed(text, tokens, i, foldedKey) : null);
    if (!hit) continue;
    for (const h of hit.values) scores.set(h.topic, (scores.get(h.topic) ?? 0) + h.weight);
    i = hit.end - 1;
  }
  return scores;
}

/** True when the span lies inside one of the passages (sorted by start, not overlapping). */
function within(passages: readonly Span[], span: Span): boolean {
  const p = passages[lastStartingAtOrBefore(passages, span.start)];
  return p !== undefined && span.end <= p.end;
}

/** An article's entities of one type, in text order, by the names a specific label gives them. */
interface Named {
  spans: Entity[];
  /** The spans' starts, for binary searches. */
  starts: number[];
  /** True when the spans are in order of start and none ends before it starts (as findEntities gives them). */
  inOrder: boolean;
  names: string[];
  /** How often each name occurs in the whole article. */
  overall: Map<string, number>;
}

function namedOfType(entities: readonly Entity[], type: string): Named {
  const named: Named = { spans: [], starts: [], inOrder: true, names: [], overall: new Map() };
  for (const e of entities) {
    if (e.type !== type) continue;
    const name = type === 'LAW' ? e.text.replace(/^new /, '') : e.canonical;
    if (e.end < e.start || (named.starts.length > 0 && e.start < named.starts[named.starts.length - 1])) named.inOrder = false;
    named.spans.push(e);
    named.starts.push(e.start);
    named.names.push(name);
    named.overall.set(name, (named.overall.get(name) ?? 0) + 1);
  }
  return named;
}

function inOrderOfStart(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].start) return false;
  return true;
}

/**
 * How often each name occurs among the spans that lie within one of the passages, counted in the spans' order.
 * A span lies within the last passage starting at or before it, or in none: the spans of a passage are those from
 * its start to the next passage's, and of them only those starting by its end can end by it. They are found from
 * the passages, instead of a binary search among the passages for each span of the article.
 */
function namesWithin(named: Named, passages: readonly Span[]): Map<string, number> {
  const { spans, starts, names } = named;
  const inside = new Map<string, number>();
  if (!named.inOrder || !inOrderOfStart(passages)) {
    for (let k = 0; k < spans.length; k++) if (within(passages, spans[k])) inside.set(names[k], (inside.get(names[k]) ?? 0) + 1);
    return inside;
  }
  for (let q = 0; q < passages.length; q++) {
    const { start, end } = passages[q];
    const nextStart = q + 1 < passages.length ? passages[q + 1].start : Infinity;
    for (let k = firstOffsetAtOrAfter(starts, start); k < spans.length && starts[k] < nextStart && starts[k] <= end; k++) {
      if (spans[k].end <= end) inside.set(names[k], (inside.get(names[k]) ?? 0) + 1);
    }
  }
  return inside;
}

/** `ofType` gives the article's named entities of a type, made once per article for all its topics. */
function fillSpecific(template: string, passages: Span[], ofType: (type: string) => Named): string | null {
  let missing = false;
  const label = template.replace(/\{(GPE|LAW|ORG|LOC)\}/g, (_, type: string) => {
    const named = ofType(type);
    const inside = namesWithin(named, passages);
    // The name most particular to these passages, not the one the whole article is about.
    let best: string | null = null;
    let bestScore = 0;
    for (const [name, n] of inside) {
      const focus = n / (named.overall.get(name) ?? n);
      const score = n * focus;
      if ((n >= 2 || passages.length === 1) && focus >= 0.5 && score > bestScore) [best, bestScore] = [name, score];
    }
    if (best === null) missing = true;
    return best ?? '';
  });
  return missing ? null : label;
}

/** `tokens` are those of the whole text. */
export function lexiconTopics(text: string, tokens: Tokens, paragraphs: readonly Span[], entities: readonly Entity[], lex: CompiledLexicon): ArticleTopic[] {
  const passages = new Map<number, TopicPassage[]>();
  const keys = unhashedKeys(tokens);
  for (const p of paragraphs) {
    const from = firstOffsetAtOrAfter(tokens.starts, p.start, tokens.count);
    const to = firstOffsetAtOrAfter(tokens.starts, p.end, tokens.count);
    for (const [topic, score] of scoreTokens(text, tokens, keys, from, to, lex)) {
      if (score < PASSAGE_MIN) continue;
      const list = passages.get(topic) ?? [];
      list.push({ start: p.start, end: p.end, score });
      passages.set(topic, list);
    }
  }
  const named = new Map<string, Named>();
  const ofType = (type: string): Named => {
    let n = named.get(type);
    if (!n) named.set(type, (n = namedOfType(entities, type)));
    return n;
  };
  const out: ArticleTopic[] = [];
  for (const [topic, list] of passages) {
    const score = list.reduce((s, p) => s + p.score, 0);
    if (score < ARTICLE_MIN) continue;
    const def = lex.topics[topic];
    const label = (def.specific && fillSpecific(def.specific, list, ofType)) || def.label;
    out.push({ id: def.id, label, score, source: 'lexicon', passages: list });
  }
  return out;
}
