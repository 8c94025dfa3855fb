// One byte per character where the characters allow it, for the regular expressions' sake.

/** A character beyond Latin-1 (U+0100 and up). */
const WIDE = /[\u0100-\uffff]/;
/** Longer strings are left as they are: a copy through an argument list this long could exhaust the stack. */
const MAX_COPY = 8192;

/**
 * The same string, stored one byte per character when all its characters are Latin-1. A slice of a text that
 * holds any wider character (`’`, `—`) is stored two bytes per character even when the slice itself has none,
 * and the cue regular expressions, with their Unicode letter classes, run about three times slower on such
 * strings. The copy costs far less than that. The value is the same string: only its storage differs.
 */
export function narrowed(s: string): string {
  if (s.length > MAX_COPY || WIDE.test(s)) return s;
  const codes = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return String.fromCharCode.apply(null, codes);
}
