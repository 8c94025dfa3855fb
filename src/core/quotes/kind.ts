// Direct quotation or scare quote: someone's words, or an expression set off by marks that nobody says.

import type { SpeakerAttribution } from './types';

const SCARE_LEAD = /(?:so-called|so called|the term|the word|the phrase|dubbed|known as|termed|labelled|labeled|nicknamed)\s*$/i;

export function classifyQuote(
  content: string,
  nested: boolean,
  speaker: SpeakerAttribution | null,
  before: string,
): 'direct' | 'scare' {
  if (nested) return 'scare';
  if (SCARE_LEAD.test(before)) return 'scare';
  const words = content.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const sentenceLike = /[.!?,;:…]["'’”»]?$/.test(content.trim()) || /^\p{Lu}/u.test(content.trim()) && words >= 4;
  if (speaker && (speaker.via === 'cue-after' || speaker.via === 'cue-before' || speaker.via === 'user')) {
    return words <= 2 && !sentenceLike && speaker.via !== 'user' ? 'scare' : 'direct';
  }
  if (speaker) return words >= 4 || sentenceLike ? 'direct' : 'scare';
  return words >= 6 && sentenceLike ? 'direct' : 'scare';
}
