import type { Entity } from '../entities';
import type { ArticleStructure } from '../text';
import { attributeInParagraphs, textParagraphs, type SpeakerCorrection } from './attribute';
import { scanQuotes } from './scanner';
import type { Quote } from './types';

export { scanQuotes } from './scanner';
export type { Quote, QuoteKind, SpeakerAttribution, ScannedQuote } from './types';
export type { SpeakerCorrection } from './attribute';

/** Every quotation of the text with its kind and speaker. */
export function findQuotes(
  text: string,
  structure: ArticleStructure,
  entities: readonly Entity[],
  corrections: readonly SpeakerCorrection[] = [],
): Quote[] {
  const paragraphs = textParagraphs(structure, text);
  const scanned = scanQuotes(text, paragraphs);
  // The writers named in a byline report the quotations; they are never the ones who speak them.
  const speakers = entities.some((e) => e.source === 'byline') ? entities.filter((e) => e.source !== 'byline') : entities;
  return attributeInParagraphs(text, structure, paragraphs, scanned, speakers, corrections);
}
