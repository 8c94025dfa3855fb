// analyze(text) -> { structure, quotes, entities, topics }: the whole analysis of one article.

import { findEntities, type Entity, type EntityCorrections } from '../entities';
import type { Tokens } from '../entities/tokens';
import { findQuotes, type Quote, type SpeakerCorrection } from '../quotes';
import { analyzeStructure, type ArticleStructure } from '../text';
import { findTopics, type ArticleTopic, type CompiledLexicon } from '../topics';

export interface AnalyzeOptions {
  /** The user's corrections of entities (from the sidecar). */
  entities?: EntityCorrections;
  /** The user's corrections of speakers (from the sidecar). */
  speakers?: SpeakerCorrection[];
  /** The topic lexicon; without one, no topics are found. */
  lexicon?: CompiledLexicon;
}

export interface Analysis {
  structure: ArticleStructure;
  quotes: Quote[];
  entities: Entity[];
  topics: ArticleTopic[];
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const structure = analyzeStructure(text);
  const body = structure.boilerplate.length === 0 ? text : blank(text, structure.boilerplate);
  // Topics read the tokens of the entity scan instead of tokenizing the text again (see findTopics).
  let tokens: Tokens | undefined;
  const onTokens = options.lexicon
    ? (t: Tokens): void => {
        tokens = t;
      }
    : undefined;
  const entities = findEntities(body, { corrections: options.entities, onTokens });
  const quotes = findQuotes(text, structure, entities, options.speakers);
  const paragraphs = structure.paragraphs.filter((p) => !p.boilerplate && p.duplicateOf === null);
  const topics = options.lexicon ? findTopics(text, paragraphs, entities, options.lexicon, tokens) : [];
  return { structure, quotes, entities, topics };
}

/**
 * The text with the page furniture blanked out (offsets kept), so that nothing is found in it. The spans are
 * walked by the builtin forEach rather than a loop here: a loop of a function called once per text, with the
 * thousand spans of a big text, had the function compiled twice more (on the stack and whole) in its third run.
 */
function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  spans.forEach((s) => {
    out += text.slice(at, s.start) + ' '.repeat(s.end - s.start);
    at = s.end;
  });
  return out + text.slice(at);
}
