// Transcript turns: a paragraph that opens with a speaker label (`Question:`, `MR. SULLIVAN:`, `Sergey Lavrov:`).

import { charClass, codePointAt, LETTER, SPACE, UPPER } from './chars';
import type { Paragraph, Turn } from './types';

const GENERIC = '(?:Question|Answer|Q|A|Moderator|Interviewer|Correspondent|Journalist|Reporter|Audience member|Participant)';
const CAPS = "(?:(?:MR|MS|MRS|DR|GEN|AMB|SEN)\\.?\\s+)?\\p{Lu}[\\p{Lu}'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}'’\\-]+){0,3}";
const NAME = "\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){1,3}";
const LABEL = new RegExp(`^(${GENERIC}(?:\\s*\\(\\p{L}+\\))?|${CAPS}|${NAME})\\s*:\\s+(?=\\S)`, 'u');

/**
 * A page's labels, which no one speaks after (`READ: …`, `Source: …`, `Tags: …`, `Publish Date: …`), and the fields
 * of a video shot list (`STORY: UN / MALI`, `TRT: 2:20`, `DATELINE: 12 JUNE 2019, NEW YORK CITY`).
 */
const PAGE_LABEL = /^(?:(?:also\s+)?read(?:\s+more)?|see also|watch|listen|photos?|videos?|update|source|sources|tags|related|more|subjects?|topics|keywords|note|editor['’]s note|disclaimer|credit|(?:publish(?:ed)?|post(?:ed)?|release|updated?|last updated)(?:\s+(?:date|on|at|time))?|date|time taken to read|reading time|story|storyline|shotlist|trt|restrictions|language|dateline|category|personalities|duration|location|format|aspect ratio)$/i;

/** Runs of white space a label and the space before its colon can hold (one to spare). */
const MAX_LABEL_SPACES = 6;

/** The one label with a word that does not begin with a capital. */
const AUDIENCE_MEMBER = 'Audience member';

/**
 * A fast, exact pre-check for LABEL: what comes before a label's colon is only letters, white space, dots,
 * apostrophes, hyphens and parentheses, so a paragraph that meets any other character before a colon has none.
 * Every word of a label begins with a capital (`Question`, `MR. SULLIVAN`, `Sergey Lavrov`) but `member` in
 * `Audience member`, so an ordinary sentence (`Russia is …`) is ruled out at its first lower-case word.
 */
function mayOpenWithLabel(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const first = codePointAt(text, start);
  if ((charClass(first) & UPPER) === 0) return false;
  let spaceRuns = 0;
  let inSpace = false;
  for (let i = start + (first > 0xffff ? 2 : 1); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return true; // ':'
    if (c === 46 || c === 39 || c === 0x2019 || c === 45 || c === 40 || c === 41) {
      inSpace = false;
      continue; // . ' ’ - ( )
    }
    // A letter outside the Basic Multilingual Plane (`𝐀`) is a surrogate pair, read as one.
    const cp = c >= 0xd800 && c <= 0xdbff ? codePointAt(text, i) : c;
    if (cp > 0xffff) i++;
    const k = charClass(cp);
    if ((k & SPACE) !== 0) {
      // A label is at most five words (`MR. JOHN PAUL JONES SMITH`) and the white space before its colon.
      if (!inSpace && ++spaceRuns > MAX_LABEL_SPACES) return false;
      inSpace = true;
      continue;
    }
    if ((k & LETTER) === 0) return false;
    if (inSpace && (k & UPPER) === 0 && !text.startsWith(AUDIENCE_MEMBER, start)) return false;
    inSpace = false;
  }
  return false;
}

/** The text and where its headline starts (null without one): what the paragraphs are tested against. */
interface TurnsOf {
  text: string;
  headlineStart: number | null;
}

/** True when a paragraph of the body may open with a label (see findParagraphs for why a function of the module). */
function mayOpenTurn(this: TurnsOf, p: Paragraph): boolean {
  return p.start !== this.headlineStart && !p.boilerplate && mayOpenWithLabel(this.text, p.start, p.end);
}

/** Finds the turns of a transcript. A text with fewer than two labelled paragraphs is not a transcript. */
export function findTurns(text: string, paragraphs: readonly Paragraph[], headlineStart: number | null): Turn[] {
  // The pass over the whole text only rules paragraphs out (the builtin filter keeps the few left over): the
  // work on a label is in a loop of its own, so that a text whose labels are the first the engine sees leaves
  // that short loop, not the pass over every paragraph, to be compiled again.
  const candidates = paragraphs.filter(mayOpenTurn, { text, headlineStart });
  const labelled: { paragraph: Paragraph; label: string; contentStart: number }[] = [];
  for (const p of candidates) {
    const m = LABEL.exec(text.slice(p.start, p.end));
    if (m && !PAGE_LABEL.test(m[1])) labelled.push({ paragraph: p, label: m[1], contentStart: p.start + m[0].length });
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
