// A very small stemmer, so that `sanction` matches `sanctions` and `relation` matches `relations`.
// It only has to treat text and lexicon alike, not produce linguistic stems.

/** stemCut's answer for `-ies`: three code units dropped and a `y` added. */
export const IES_TO_Y = 3;

const lower = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);
const [C, E, H, I, S, U, X, Z] = [...'cehisuxz'].map((c) => c.charCodeAt(0));

/**
 * How many code units the stem drops from the end of the word s[start, end), read with ASCII letters in lower
 * case: 0, 1 (`-s`), 2 (`-ches`, `-shes`, `-xes`, `-zes`, `-sses`) or IES_TO_Y. The rules read only ASCII
 * letters, so that a token of the text can be stemmed in place, without a string made of it (see keys.ts).
 */
export function stemCut(s: string, start: number, end: number): number {
  const len = end - start;
  if (len <= 3 || lower(s.charCodeAt(end - 1)) !== S) return 0;
  const before = lower(s.charCodeAt(end - 2));
  if (before === E) {
    const third = lower(s.charCodeAt(end - 3));
    if (third === I) return len > 4 ? IES_TO_Y : 1;
    if (third === X || third === Z) return 2;
    const fourth = lower(s.charCodeAt(end - 4));
    if ((third === H && (fourth === C || fourth === S)) || (third === S && fourth === S)) return 2;
    return 1;
  }
  // `-ss`, `-us`, `-is` are not plurals.
  return before === S || before === U || before === I ? 0 : 1;
}

export function stem(word: string): string {
  const w = word.toLowerCase();
  const cut = stemCut(w, 0, w.length);
  if (cut === 0) return w;
  return cut === IES_TO_Y ? w.slice(0, -3) + 'y' : w.slice(0, -cut);
}

/** Words seen before and their stems: a text's vocabulary is small, and every token of it is stemmed. */
const known = new Map<string, string>();
/** Past this many words the memory starts afresh, so that a long session does not keep every word it met. */
const KNOWN_MAX = 50_000;

/** stem(), remembered per word. */
export function stemKnown(word: string): string {
  let s = known.get(word);
  if (s === undefined) {
    if (known.size >= KNOWN_MAX) known.clear();
    s = stem(word);
    known.set(word, s);
  }
  return s;
}
