// One byte per character where the characters allow it, for the regular expressions' sake.

import { nodeBuffer } from '../text/nodebuffer';

/** A character beyond Latin-1 (U+0100 and up). */
const WIDE = /[\u0100-\uffff]/;
/**
 * The most code units copied at a time (longer strings are left as they are, or made in pieces): the scratch
 * space below holds this many, and String.fromCharCode, where there is no Buffer, takes them as arguments.
 */
export const MAX_COPY = 8192;

/**
 * The same string, stored one byte per character when all its characters are Latin-1. A slice of a text that
 * holds any wider character (`’`, `—`) is stored two bytes per character even when the slice itself has none,
 * and the cue regular expressions, with their Unicode letter classes, run about three times slower on such
 * strings. The copy costs far less than that. The value is the same string: only its storage differs.
 */
export function narrowed(s: string): string {
  if (s.length > MAX_COPY || WIDE.test(s)) return s;
  const units = scratchUnits(s.length);
  const bytes = scratchBytes();
  for (let i = 0; i < s.length; i++) bytes[i] = units[i] = s.charCodeAt(i);
  return stringOfUnits(s.length, 0);
}

/**
 * Scratch space for the code units of one string at a time, and the same units as bytes, made once at their
 * full size (24 KB): growing them on demand was a branch that only a big text takes, and its first use dropped
 * the optimised code of the caller. Callers write each unit to both: the bytes make the string when all are
 * Latin-1 (the usual case), with no second pass to copy them over.
 */
const units = new Uint16Array(MAX_COPY);
const bytes = new Uint8Array(MAX_COPY);
/** Buffers over `units` and `bytes`. */
const unitsReader = nodeBuffer?.from(units.buffer, 0, units.byteLength);
const bytesReader = nodeBuffer?.from(bytes.buffer, 0, bytes.length);

/** Room for `length` (at most MAX_COPY) code units, to be filled, with scratchBytes, and handed to stringOfUnits before the next call. */
export function scratchUnits(length: number): Uint16Array {
  if (length > MAX_COPY) throw new RangeError(`scratchUnits: ${length} code units, at most ${MAX_COPY}`);
  return units;
}

/** The bytes of the scratch space: unit `i` goes to `scratchBytes()[i]` as well (its low byte). */
export const scratchBytes = (): Uint8Array => bytes;

/**
 * The string of the first `length` code units of the scratch space (at most MAX_COPY), one byte per character
 * when `wide` (every unit or-ed together) is below 0x100, as String.fromCharCode stores it. In Node the units
 * (or their Latin-1 bytes) become a string without the argument list String.fromCharCode.apply would be given:
 * an array of eight bytes per character, once the largest temporary object of quotation finding.
 */
export function stringOfUnits(length: number, wide: number): string {
  if (unitsReader === undefined || bytesReader === undefined) return stringOfUnitsByCode(length);
  return wide >= 0x100 ? unitsReader.toString('utf16le', 0, 2 * length) : bytesReader.toString('latin1', 0, length);
}

/** stringOfUnits without a Buffer, as in a browser worker (String.fromCharCode stores Latin-1 alone one byte each). */
export function stringOfUnitsByCode(length: number): string {
  return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
}
