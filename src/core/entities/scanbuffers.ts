// The typed arrays of an entity scan (see TokenView), reused from one scan to the next, and the copy of the
// text's code units the scan reads.

import { nodeBuffer } from '../text/nodebuffer';

/** The arrays of a scan, kept for the next scan once a view is released (see TokenView.release). */
export interface Buffers {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint16Array;
  ids: Int32Array;
  marked: Int32Array;
  caps: Int32Array;
  capShapes: Uint16Array;
  starterTokens: Int32Array;
}
let spare: Buffers | null = null;

/** Keeps a released view's arrays for the next scan (one set at a time: the last released). */
export function keepForNextScan(b: Buffers): void {
  spare = b;
}

export function buffers(textLength: number, size: number, reuse: boolean): Buffers {
  if (reuse && spare !== null && spare.starts.length >= size && spare.units.length >= textLength) {
    const b = spare;
    spare = null;
    return b;
  }
  const ints = (): Int32Array => new Int32Array(size);
  return {
    units: new Uint16Array(textLength),
    starts: ints(),
    ends: ints(),
    flags: new Uint16Array(size),
    ids: ints(),
    marked: new Int32Array(Math.max(16, size >> 2)),
    caps: new Int32Array(Math.max(16, size >> 3)),
    capShapes: new Uint16Array(Math.max(16, size >> 3)),
    starterTokens: new Int32Array(Math.max(16, size >> 5)),
  };
}

/**
 * Copies the text's UTF-16 code units (lone surrogates too) into `units`: the scan reads every code unit, and an
 * element of a typed array is read about twice as fast as `charCodeAt`. In Node the copy is one native memcpy;
 * elsewhere (a browser worker, or a big-endian machine, where 'utf16le' bytes would be swapped) unit by unit.
 */
export function copyUnits(text: string, units: Uint16Array): void {
  if (nodeBuffer !== undefined) nodeBuffer.from(units.buffer, units.byteOffset, 2 * text.length).write(text, 'utf16le');
  else copyUnitsByCode(text, units);
}

export function copyUnitsByCode(text: string, units: Uint16Array): void {
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
}
