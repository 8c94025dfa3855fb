// Lines written in title case (`Brazilian Foreign Minister Supports Dialogue in Venezuela`), where the capitals
// after a title say nothing of a name: a name found there must be written elsewhere in the text too.

import { isWordCode } from '../text/chars';
import type { KnownSpans } from './knownspans';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';

/** Words of this many letters or more are capitalised in a title-case line (`With`, `From`; not `in`, `of`). */
const LONG_WORD = 4;

/**
 * The offsets of the line of token i (from its first token's start to its last token's end) when it is written
 * in title case and is no sentence: three or more words of LONG_WORD letters or more, at most one of them
 * lower-case, and no full stop at its end. Else null.
 * The walk goes out from i and stops at the second lower-case word, so a line of running text costs a few tokens.
 */
export function titleCaseLine(v: TokenView, i: number): { start: number; end: number } | null {
  let lower = 0;
  let long = 0;
  let first = i;
  for (let k = i; k >= 0; k--) {
    if (v.isWord(k) && v.length(k) >= LONG_WORD) {
      long++;
      if (!v.isCap(k) && ++lower > 1) return null;
    }
    first = k;
    if (v.breakBefore(k)) break;
  }
  let last = i;
  for (let k = i + 1; k < v.count && !v.breakBefore(k); k++) {
    if (v.isWord(k) && v.length(k) >= LONG_WORD) {
      long++;
      if (!v.isCap(k) && ++lower > 1) return null;
    }
    last = k;
  }
  return long >= 3 && v.text.charCodeAt(v.end(last) - 1) !== 0x2e ? { start: v.start(first), end: v.end(last) } : null;
}

/** The word `word` stands in the text outside `line`, as a word of its own (no letter or digit touching it). */
export function writtenOutside(text: string, word: string, line: { start: number; end: number }): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at >= line.start && at < line.end) continue;
    const end = at + word.length;
    if ((at === 0 || !isWordCode(text.charCodeAt(at - 1))) && (end === text.length || !isWordCode(text.charCodeAt(end)))) return true;
  }
  return false;
}

/** Verbs a headline writes in capitals after its subject (a given name never is one of these). */
const HEADLINE_VERBS = new TokenSet(new Set([
  'Explains', 'Urges', 'Says', 'Meets', 'Calls', 'Slams', 'Warns', 'Welcomes', 'Rejects', 'Denies', 'Visits', 'Holds',
  'Discusses', 'Receives', 'Hails', 'Praises', 'Condemns', 'Vows', 'Pledges', 'Seeks', 'Defends', 'Criticises',
  'Criticizes', 'Accuses', 'Backs', 'Lauds', 'Thanks', 'Tells', 'Signs', 'Stresses', 'Reiterates', 'Briefs',
  'Dismisses', 'Insists', 'Confirms', 'Announces', 'Reaffirms', 'Expresses', 'Congratulates', 'Appoints', 'Summons',
  'Expels', 'Hosts', 'Invites', 'Assures', 'Blames', 'Questions', 'Recalls', 'Responds', 'Phones',
]));

/**
 * `Somali Foreign Minister Explains Simon Mulongo expulsion`: in a title-case line, a first word written nowhere
 * else in the text before words that are (`Simon`, `Mulongo`) is the headline's verb, not part of the name.
 */
export function headlineVerbSkipped(v: TokenView, i: number, s: number, e: number): number {
  if (!HEADLINE_VERBS.has(v, s)) return s;
  const line = titleCaseLine(v, i);
  if (line === null || writtenOutside(v.text, v.str(s), line)) return s;
  for (let k = s + 1; k < e; k++) if (v.isCap(k) && v.isWord(k) && writtenOutside(v.text, v.text.slice(v.start(k), v.end(k)), line)) return s + 1;
  return s;
}

/**
 * The words s..e after the title at token i stand in a title-case line that is no sentence (`Brazilian Foreign
 * Minister Supports Dialogue in Venezuela`), the gazetteer does not know them, and none of them is written
 * elsewhere in the text, which has a body: capitals that say nothing of a name.
 */
export function headlineWordsOnly(v: TokenView, i: number, s: number, e: number, known: KnownSpans): boolean {
  const line = titleCaseLine(v, i);
  if (line === null || known.personAt(v.start(s), v.end(e - 1)) !== undefined) return false;
  // A headline alone has nothing to confirm its names (see MIN_BODY).
  if (v.text.length - (line.end - line.start) < MIN_BODY) return false;
  for (let k = s; k < e; k++) if (v.isCap(k) && v.isWord(k) && writtenOutside(v.text, v.text.slice(v.start(k), v.end(k)), line)) return false;
  return true;
}

/** The characters of text besides a headline that make a body, in which a person it names is named again. */
const MIN_BODY = 80;
