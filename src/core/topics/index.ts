// An article's topics: lexicon topics per paragraph plus key phrases, the strongest first.

import type { Entity } from '../entities';
import type { Span } from '../text';
import { keyphraseTopics } from './keyphrases';
import { type CompiledLexicon, compileLexicon, mergeLexicons, parseLexicon } from './lexicon';
import { lexiconTopics } from './score';
import type { ArticleTopic } from './types';

export { compileLexicon, mergeLexicons, parseLexicon, type CompiledLexicon } from './lexicon';
export { scoreParagraph } from './score';
export type { ArticleTopic, Lexicon, TopicDef, TopicPassage } from './types';

/** At most this many topics per article. */
export const MAX_TOPICS = 12;

/** Passages in the headline and the first paragraphs weigh more: a news lead states what the article is about. */
const LEAD_PARAGRAPHS = 3;
const LEAD_BOOST = 1.5;

/** Topics with the same label (a lexicon topic and a key phrase, `Russia-US relations`) become one. */
function mergeSameLabel(topics: ArticleTopic[]): ArticleTopic[] {
  const byKey = new Map<string, { topic: ArticleTopic; starts: Set<number> }>();
  for (const t of topics) {
    const key = t.label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const have = byKey.get(key);
    if (!have) {
      byKey.set(key, { topic: { ...t, passages: [...t.passages] }, starts: new Set(t.passages.map((p) => p.start)) });
      continue;
    }
    have.topic.score += t.score;
    for (const p of t.passages) {
      if (have.starts.has(p.start)) continue;
      have.starts.add(p.start);
      have.topic.passages.push(p);
    }
  }
  return [...byKey.values()].map((v) => v.topic);
}

export function findTopics(text: string, paragraphs: readonly Span[], entities: readonly Entity[], lex: CompiledLexicon): ArticleTopic[] {
  const leadEnd = paragraphs[Math.min(LEAD_PARAGRAPHS, paragraphs.length) - 1]?.end ?? 0;
  const all = mergeSameLabel([...lexiconTopics(text, paragraphs, entities, lex), ...keyphraseTopics(text, paragraphs, entities)]);
  for (const t of all) {
    const lead = t.passages.filter((p) => p.end <= leadEnd).reduce((s, p) => s + p.score, 0);
    t.score = Math.round((t.score + lead * (LEAD_BOOST - 1)) * 10) / 10;
  }
  all.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  const top = all[0]?.score ?? 0;
  const out = all.filter((t) => t.score >= top * 0.1).slice(0, MAX_TOPICS);
  for (const t of out) t.passages.sort((a, b) => a.start - b.start);
  return out;
}

/** Parses and compiles the shipped lexicon with an optional workspace lexicon over it. */
export function buildLexicon(shippedYaml: string, workspaceYaml?: string): { lexicon: CompiledLexicon; problems: string[] } {
  const base = parseLexicon(shippedYaml, 'shipped lexicon');
  const over = workspaceYaml === undefined ? null : parseLexicon(workspaceYaml, 'workspace lexicon');
  const merged = over ? mergeLexicons(base.lexicon, over.lexicon) : base.lexicon;
  return { lexicon: compileLexicon(merged), problems: [...base.problems, ...(over?.problems ?? [])].map((p) => p.message) };
}
