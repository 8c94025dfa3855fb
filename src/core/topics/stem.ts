// A very small stemmer, so that `sanction` matches `sanctions` and `relation` matches `relations`.
// It only has to treat text and lexicon alike, not produce linguistic stems.

export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|zes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
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
