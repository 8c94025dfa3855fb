import type { Entity } from '../entities';
import type { ArticleStructure } from '../text';
import { attributeQuotes, type SpeakerCorrection } from './attribute';
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
  const scanned = scanQuotes(text, structure.paragraphs.filter((p) => !p.boilerplate));
  return attributeQuotes(text, structure, scanned, entities, corrections);
}
