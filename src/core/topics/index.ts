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
export const MAX_TOPICS = 10;

export function findTopics(text: string, paragraphs: readonly Span[], entities: readonly Entity[], lex: CompiledLexicon): ArticleTopic[] {
  const all = [...lexiconTopics(text, paragraphs, entities, lex), ...keyphraseTopics(text, paragraphs, entities)];
  all.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  const top = all[0]?.score ?? 0;
  const seen = new Set<string>();
  const out: ArticleTopic[] = [];
  for (const t of all) {
    const key = t.label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key) || t.score < top * 0.1) continue;
    seen.add(key);
    t.passages.sort((a, b) => a.start - b.start);
    out.push(t);
    if (out.length === MAX_TOPICS) break;
  }
  return out;
}

/** Parses and compiles the shipped lexicon with an optional workspace lexicon over it. */
export function buildLexicon(shippedYaml: string, workspaceYaml?: string): { lexicon: CompiledLexicon; problems: string[] } {
  const base = parseLexicon(shippedYaml, 'shipped lexicon');
  const over = workspaceYaml === undefined ? null : parseLexicon(workspaceYaml, 'workspace lexicon');
  const merged = over ? mergeLexicons(base.lexicon, over.lexicon) : base.lexicon;
  return { lexicon: compileLexicon(merged), problems: [...base.problems, ...(over?.problems ?? [])].map((p) => p.message) };
}
