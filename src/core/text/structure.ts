// Reads the structure of an article: dateline, headline, paragraphs, sentences, boilerplate, transcript turns.

import { findDateline } from './dateline';
import { splitLines } from './lines';
import { findParagraphs, markDuplicates } from './paragraphs';
import { splitSentences } from './sentences';
import { findTurns } from './turns';
import type { ArticleStructure, Headline, Paragraph } from './types';

const HEADLINE_MAX = 300;

function looksLikeHeadline(line: string): boolean {
  const s = line.trim();
  return s.length > 0 && s.length <= HEADLINE_MAX && !/[.;,]$/.test(s);
}

export function analyzeStructure(text: string): ArticleStructure {
  const lines = splitLines(text);
  const nonBlank = lines.map((l, i) => ({ l, i })).filter(({ l }) => !l.blank);
  const dateline = findDateline(text, nonBlank[0]?.l);
  const skip = new Set<number>();
  if (dateline) skip.add(nonBlank[0].i);

  // The headline is a line of its own: the first after the dateline, or the first line when there is none.
  const headEntry = nonBlank[dateline ? 1 : 0];
  let headline: Headline | null = null;
  if (headEntry && looksLikeHeadline(text.slice(headEntry.l.start, headEntry.l.end))) {
    const raw = text.slice(headEntry.l.start, headEntry.l.end);
    const start = headEntry.l.start + (raw.length - raw.trimStart().length);
    headline = { start, end: start + raw.trim().length, text: raw.trim() };
    skip.add(headEntry.i);
  }

  const paragraphs: Paragraph[] = findParagraphs(text, lines, skip);
  if (headline) {
    // The headline is kept out of the paragraphs' grouping but is a paragraph of the article all the same.
    const headParagraph: Paragraph = { start: headline.start, end: headline.end, index: 0, duplicateOf: null, boilerplate: false };
    paragraphs.unshift(headParagraph);
  }
  markDuplicates(text, paragraphs);
  const sentences = paragraphs.filter((p) => !p.boilerplate).flatMap((p) => splitSentences(text, p));
  const boilerplate = paragraphs.filter((p) => p.boilerplate).map(({ start, end }) => ({ start, end }));
  const turns = findTurns(text, paragraphs, headline?.start ?? null);
  return { dateline, headline, paragraphs, sentences, boilerplate, turns };
}
