// Classifies quotation marks: which family each belongs to, and whether it may open or close a quotation here.

export type MarkFamily = 'double' | 'single' | 'guillemet';

export interface Mark {
  offset: number;
  char: string;
  family: MarkFamily;
  canOpen: boolean;
  canClose: boolean;
}

export const MARK_CHARS = /["“”„‟'‘’‚‛«»‹›]/g;

const FAMILY: Record<string, MarkFamily> = {
  '"': 'double', '“': 'double', '”': 'double', '„': 'double', '‟': 'double',
  "'": 'single', '‘': 'single', '’': 'single', '‚': 'single', '‛': 'single',
  '«': 'guillemet', '»': 'guillemet', '‹': 'guillemet', '›': 'guillemet',
};
const ONLY_OPEN = new Set(['«', '‹', '„', '‚']);
const ONLY_CLOSE = new Set(['»', '›']);

const isSpace = (c: string): boolean => c === '' || /[\s\u00a0]/.test(c);
const isLetter = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
const isMark = (c: string): boolean => c !== '' && FAMILY[c] !== undefined;
const OPEN_PUNCT = /[([{\u2014\u2013\-/:]/;
const CLOSE_PUNCT = /[.,;:!?)\]}\u2014\u2013\-…/]/;

/**
 * An apostrophe, not a quotation mark: `doesn‘t`, `Russia’s`, `Security Council ‘s`, `'90s`, `rock 'n' roll`.
 * A closing apostrophe after a plural (`countries’ cooperation`) is told apart later, by the scanner,
 * because only an open single quotation can tell it is a closing mark.
 */
function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if (isLetter(prev) && isLetter(next)) return true;
  const after = text.slice(i + 1, i + 4);
  if (isSpace(prev) && /^s(?![\p{L}\p{N}])/u.test(after)) return true;
  if (/^\d\ds/.test(after) || /^\d\d(?!\d)/.test(after)) return isSpace(prev);
  if (/^n['’‘]/.test(after)) return true; // rock ’n’ roll
  if (prev === 'n' && /['’‘]/.test(text[i - 2] ?? '')) return true;
  return false;
}

export function classifyMark(text: string, i: number): Mark | null {
  const char = text[i];
  const family = FAMILY[char];
  if (!family) return null;
  if (family === 'single' && isApostrophe(text, i)) return null;
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  let canOpen = !isSpace(next) && (isSpace(prev) || OPEN_PUNCT.test(prev) || isMark(prev));
  let canClose = !isSpace(prev) && (isSpace(next) || CLOSE_PUNCT.test(next) || isMark(next));
  if (ONLY_OPEN.has(char)) canClose = false;
  if (ONLY_CLOSE.has(char)) canOpen = false;
  // Curly marks keep their direction when the spacing is ambiguous (`word“word`).
  if (canOpen === canClose) {
    if (char === '“') [canOpen, canClose] = [true, false];
    else if (char === '”') [canOpen, canClose] = [false, true];
  }
  if (!canOpen && !canClose) return null;
  return { offset: i, char, family, canOpen, canClose };
}
