// Transcript turns: a paragraph that opens with a speaker label (`Question:`, `MR. SULLIVAN:`, `Sergey Lavrov:`).

import type { Paragraph, Turn } from './types';

const GENERIC = '(?:Question|Answer|Q|A|Moderator|Interviewer|Correspondent|Journalist|Reporter|Audience member|Participant)';
const CAPS = "(?:(?:MR|MS|MRS|DR|GEN|AMB|SEN)\\.?\\s+)?\\p{Lu}[\\p{Lu}'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}'’\\-]+){0,3}";
const NAME = "\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){1,3}";
const LABEL = new RegExp(`^(${GENERIC}(?:\\s*\\(\\p{L}+\\))?|${CAPS}|${NAME})\\s*:\\s+(?=\\S)`, 'u');

/** Finds the turns of a transcript. A text with fewer than two labelled paragraphs is not a transcript. */
export function findTurns(text: string, paragraphs: readonly Paragraph[], headlineStart: number | null): Turn[] {
  const labelled: { paragraph: Paragraph; label: string; contentStart: number }[] = [];
  for (const p of paragraphs) {
    if (p.start === headlineStart || p.boilerplate) continue;
    const m = LABEL.exec(text.slice(p.start, p.end));
    if (m) labelled.push({ paragraph: p, label: m[1], contentStart: p.start + m[0].length });
  }
  if (labelled.length < 2) return [];
  const last = paragraphs[paragraphs.length - 1];
  return labelled.map((l, i) => {
    const next = labelled[i + 1];
    const endParagraph = next ? paragraphs[next.paragraph.index - 1] : last;
    return {
      label: { start: l.paragraph.start, end: l.paragraph.start + l.label.length, text: l.label },
      content: { start: l.contentStart, end: Math.max(l.contentStart, endParagraph.end) },
    };
  });
}
