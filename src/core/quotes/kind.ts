// Direct quotation or scare quote: someone's words, or an expression set off by marks that nobody says.

import type { SpeakerAttribution } from './types';

const SCARE_LEAD = /(?:so-called|so called|the term|the word|the phrase|dubbed|known as|termed|nicknamed)\s*$/i;

/**
 * `cued` says a reporting cue in the quotation's own sentence names its speaker: then even two words are
 * someone's words (`She said the draft was "carefully balanced"`). A quotation that only inherits a speaker
 * from the paragraph must look like speech; one with no speaker at all must be a long sentence.
 */
export function classifyQuote(content: string, nested: boolean, speaker: SpeakerAttribution | null, cued: boolean, before: string): 'direct' | 'scare' {
  if (SCARE_LEAD.test(before)) return 'scare';
  if (speaker?.via === 'user') return 'direct';
  if (nested) return cued && speaker ? 'direct' : 'scare';
  const trimmed = content.trim();
  const words = trimmed.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const sentenceLike = /[.!?,;:…]["'’”»]?$/.test(trimmed) || (/^\p{Lu}/u.test(trimmed) && words >= 4);
  if (speaker && cued) return 'direct';
  if (speaker) return words >= 4 || sentenceLike ? 'direct' : 'scare';
  return words >= 6 && sentenceLike ? 'direct' : 'scare';
}
