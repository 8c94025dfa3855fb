// analyze(text) -> { structure, quotes, entities, topics }: the whole analysis of one article.

import { findEntities, type Entity, type EntityCorrections } from '../entities';
import { blankSpans, unionOfSpans } from './blank';
import type { Tokens } from '../entities/tokens';
import { findQuotes, type Quote, type SpeakerCorrection } from '../quotes';
import { analyzeStructure, type ArticleStructure, type Paragraph } from '../text';
import { softBreaks } from '../text/softbreaks';
import { findTopics, type ArticleTopic, type CompiledLexicon } from '../topics';
import { withTextsAsWritten } from './wrapped';

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
  // The entity scan reads the text without its page furniture, and it and the quotations read the line breaks that
  // only wrap a paragraph as spaces, so that a name or a speaker's cue runs on over them.
  const soft = softBreaks(text, structure.paragraphs);
  const blanks = soft.length === 0 ? structure.boilerplate : unionOfSpans(structure.boilerplate, soft);
  const body = blanks.length === 0 ? text : blankSpans(text, blanks);
  // Topics read the tokens of the entity scan instead of tokenizing the text again (see findTopics).
  let tokens: Tokens | undefined;
  const onTokens = options.lexicon
    ? (t: Tokens): void => {
        tokens = t;
      }
    : undefined;
  const entities = findEntities(body, { corrections: options.entities, onTokens });
  const quotes = findQuotes(soft.length === 0 ? text : blankSpans(text, soft), structure, entities, options.speakers);
  if (soft.length > 0) withTextsAsWritten(text, soft, entities, quotes);
  const paragraphs = structure.paragraphs.filter(isFirstProse);
  const topics = options.lexicon ? findTopics(text, paragraphs, entities, options.lexicon, tokens) : [];
  return { structure, quotes, entities, topics };
}

/**
 * A paragraph the topics read: neither furniture nor a repeat. A function of the module rather than a closure,
 * whose optimised code the engine would drop with the closure after each text.
 */
function isFirstProse(p: Paragraph): boolean {
  return !p.boilerplate && p.duplicateOf === null;
}
