// UTF-16 offsets (JavaScript string indices, what the sidecar stores) <-> Unicode code-point offsets (what W3C
// Web Annotation, brat and Python count). Many offsets are converted in one pass over the text: they are
// visited in sorted order, so a whole article's annotations cost one walk, not one walk each.

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when every code point of the text is one UTF-16 unit, so both offsets are the same. */
function allInBmp(text: string): boolean {
  return !/[\uD800-\uDFFF]/.test(text);
}

/** Indices of the offsets that pass `keep`, in ascending order of their values. */
function sortedOrder(offsets: readonly number[], keep: (o: number) => boolean = () => true): number[] {
  return offsets.map((_, i) => i).filter((i) => keep(offsets[i])).sort((a, b) => offsets[a] - offsets[b]);
}

/** Length of the code point starting at UTF-16 index `unit`: 2 for a surrogate pair, else 1. */
function unitsAt(text: string, unit: number): number {
  return isHighSurrogate(text.charCodeAt(unit)) && unit + 1 < text.length && isLowSurrogate(text.charCodeAt(unit + 1)) ? 2 : 1;
}

/**
 * The code-point offset of each UTF-16 offset. An offset between the two halves of a surrogate pair (which
 * no annotation should have) counts as the start of that pair. Throws a RangeError for an offset that is not
 * an integer in [0, text.length].
 */
export function utf16ToCodePoints(text: string, offsets: readonly number[]): number[] {
  for (const o of offsets) {
    if (!Number.isInteger(o) || o < 0 || o > text.length) throw new RangeError(`Offset ${o} is outside the text (0..${text.length}).`);
  }
  if (allInBmp(text)) return [...offsets];
  const out = new Array<number>(offsets.length);
  let unit = 0;
  let cp = 0;
  for (const i of sortedOrder(offsets)) {
    const target = offsets[i];
    while (unit < target) {
      const width = unitsAt(text, unit);
      if (unit + width > target) break;
      unit += width;
      cp++;
    }
    out[i] = cp;
  }
  return out;
}

/**
 * The UTF-16 offset of each code-point offset, or -1 for one beyond the text's last code point (or not a
 * non-negative integer), so that callers can report a file that does not belong to this text.
 */
export function codePointsToUtf16(text: string, offsets: readonly number[]): number[] {
  const valid = (o: number): boolean => Number.isInteger(o) && o >= 0;
  if (allInBmp(text)) return offsets.map((o) => (valid(o) && o <= text.length ? o : -1));
  const out = new Array<number>(offsets.length);
  let unit = 0;
  let cp = 0;
  out.fill(-1);
  for (const i of sortedOrder(offsets, valid)) {
    const target = offsets[i];
    while (cp < target && unit < text.length) {
      unit += unitsAt(text, unit);
      cp++;
    }
    out[i] = cp === target ? unit : -1;
  }
  return out;
}

/** The number of code points in the text. */
export function codePointLength(text: string): number {
  return utf16ToCodePoints(text, [text.length])[0];
}
