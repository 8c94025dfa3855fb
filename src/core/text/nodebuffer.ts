// Node's Buffer, where there is one, for copying between strings and typed arrays natively. src/core also runs
// in a browser worker, where there is none: callers fall back to charCodeAt / String.fromCharCode there.

/** What src/core uses of Node's Buffer (typed here so that src/core needs no Node types). */
export interface NodeBufferClass {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): NodeBufferView;
}
export interface NodeBufferView {
  write(text: string, encoding: 'utf16le'): number;
  toString(encoding: 'latin1' | 'utf16le', start: number, end: number): string;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Node's Buffer on a little-endian machine, else undefined. The code units of a Uint16Array are read and written
 * as 'utf16le' bytes, which a big-endian machine would swap.
 */
export const nodeBuffer: NodeBufferClass | undefined = littleEndian ? (globalThis as { Buffer?: NodeBufferClass }).Buffer : undefined;
