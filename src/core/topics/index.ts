// An article's topics: lexicon topics per paragraph plus key phrases, the strongest first.

import type { Entity } from '../entities';
import { tokenize, type Tokens } from '../entities/tokens';
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

/** Labels repeat from article to article (most are the lexicon's own strings): their merge keys are remembered. */
const labelKeys = new Map<string, string>();
/** Past this many labels the memory starts afresh, so that it cannot grow without end. */
const LABEL_KEYS_MAX = 10_000;

/** What makes two labels the same: letters and digits, lower-cased, the rest as single spaces. */
function labelKey(label: string): string {
  let key = labelKeys.get(label);
  if (key === undefined) {
    if (labelKeys.size >= LABEL_KEYS_MAX) labelKeys.clear();
    key = label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    labelKeys.set(label, key);
  }
  return key;
}

/**
 * Topics with the same label (a lexicon topic and a key phrase, `Russia-US relations`) become one: the first,
 * with the others' score and passages of other paragraphs. The topics are this article's own, merged in place.
 */
function mergeSameLabel(topics: ArticleTopic[]): ArticleTopic[] {
  const byKey = new Map<string, ArticleTopic>();
  /** The starts of the passages of a topic merged into: a long text's topic has hundreds of passages. */
  const startsOf = new Map<ArticleTopic, Set<number>>();
  for (const t of topics) {
    const key = labelKey(t.label);
    const have = byKey.get(key);
    if (!have) {
      byKey.set(key, t);
      continue;
    }
    have.score += t.score;
    let starts = startsOf.get(have);
    if (!starts) startsOf.set(have, (starts = new Set(have.passages.map((q) => q.start))));
    for (const p of t.passages) {
      if (starts.has(p.start)) continue;
      have.passages.push(p);
      starts.add(p.start);
    }
  }
  return [...byKey.values()];
}

/**
 * `tokens` may be handed in when the caller has them (analyze() has them from the entity scan). Only the tokens
 * on the paragraphs' lines are read (a term never runs over a line break), so they may come from a text that
 * differs from this one elsewhere: analyze() scans the text with its page furniture, whole lines, blanked out.
 */
export function findTopics(
  text: string,
  paragraphs: readonly Span[],
  entities: readonly Entity[],
  lex: CompiledLexicon,
  tokens: Tokens = tokenize(text),
): ArticleTopic[] {
  const leadEnd = paragraphs[Math.min(LEAD_PARAGRAPHS, paragraphs.length) - 1]?.end ?? 0;
  const all = mergeSameLabel([...lexiconTopics(text, tokens, paragraphs, entities, lex), ...keyphraseTopics(text, tokens, paragraphs, entities)]);
  for (const t of all) {
    let lead = 0;
    for (const p of t.passages) if (p.end <= leadEnd) lead += p.score;
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
