// Reads the structure of an article: dateline, headline, paragraphs, sentences, boilerplate, transcript turns.

import { findDateline, findWireDateline } from './dateline';
import { isBlank, LineCursor } from './lines';
import { markDuplicates } from './duplicates';
import { findParagraphs } from './paragraphs';
import { ParagraphRecord } from './records';
import { addSentences, type SentencesSoFar } from './sentences';
import { findTurns } from './turns';
import type { ArticleStructure, Dateline, Headline, Paragraph } from './types';

const HEADLINE_MAX = 300;

function looksLikeHeadline(line: string): boolean {
  const s = line.trim();
  return s.length > 0 && s.length <= HEADLINE_MAX && !/[.;,]$/.test(s);
}

/** The first `n` lines that are not blank, with where the line after each begins. */
function firstNonBlank(text: string, n: number): { start: number; end: number; next: number }[] {
  const out: { start: number; end: number; next: number }[] = [];
  const line = new LineCursor(text);
  while (out.length < n && line.advance()) {
    if (!isBlank(text, line.start, line.end)) out.push({ start: line.start, end: line.end, next: line.next });
  }
  return out;
}

export function analyzeStructure(text: string): ArticleStructure {
  const nonBlank = firstNonBlank(text, 2);
  const datelineFirst = findDateline(text, nonBlank[0]);
  // The paragraphs begin after the lines of the dateline and the headline (the first lines that are not blank).
  let bodyStart = datelineFirst ? nonBlank[0].next : 0;

  // The headline is a line of its own: the first after the dateline, or the first line when there is none.
  const headEntry = nonBlank[datelineFirst ? 1 : 0];
  let headline: Headline | null = null;
  if (headEntry && looksLikeHeadline(text.slice(headEntry.start, headEntry.end))) {
    const raw = text.slice(headEntry.start, headEntry.end);
    const start = headEntry.start + (raw.length - raw.trimStart().length);
    headline = { start, end: start + raw.trim().length, text: raw.trim() };
    bodyStart = headEntry.next;
  }
  // Web pages often set the date on the line under the headline (`Headline`, then `31.07.2014 - Press release`).
  const datelineSecond = datelineFirst === null && headline !== null && nonBlank.length > 1 ? findDateline(text, nonBlank[1], true) : null;
  if (datelineSecond) bodyStart = nonBlank[1].next;
  const dateline = datelineFirst ?? datelineSecond;

  const paragraphs: Paragraph[] = findParagraphs(text, bodyStart);
  if (headline) {
    // The headline is kept out of the paragraphs' grouping but is a paragraph of the article all the same.
    paragraphs.unshift(new ParagraphRecord(headline.start, headline.end, false));
  }
  markDuplicates(text, paragraphs);
  const split: SentencesSoFar = { text, sentences: [], boilerplate: [] };
  paragraphs.forEach(addSentences, split);
  const turns = findTurns(text, paragraphs, headline?.start ?? null);
  // A wire story gives its dateline at the start of the lead (`MOSCOW, April 18 (Reuters) -`), perhaps after a byline.
  return { dateline: dateline ?? leadDateline(text, paragraphs, headline === null ? 0 : 1), headline, paragraphs, sentences: split.sentences, boilerplate: split.boilerplate, turns };
}

/** The wire dateline opening one of the first three paragraphs from `first` on (a byline may come before the lead). */
function leadDateline(text: string, paragraphs: readonly Paragraph[], first: number): Dateline | null {
  for (let k = first; k < paragraphs.length && k < first + 3; k++) {
    const found = findWireDateline(text, paragraphs[k].start, paragraphs[k].end);
    if (found) return found;
  }
  return null;
}
