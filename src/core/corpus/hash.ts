// contentHash: a fast 53-bit hash of a text and its length, to tell whether a file changed since it was indexed.
//
// A loop over the text's code units is bound by `charCodeAt` (a loop that only adds them up costs as much as
// the hash), so the text is read natively instead: TextEncoder (in Node and in a browser worker alike) writes
// its UTF-8 bytes into a reused buffer, and the hash reads them four at a time, about twice as fast. UTF-8 has no
// lone surrogates: one hashes as the U+FFFD it is written as. No text decoded strictly from a file holds one.

const encoder = new TextEncoder();
/** Code units encoded at a time: 3 bytes each at most, so any chunk fits the buffer, with a word of padding. */
const CHUNK = 16_384;
const bytes = new Uint8Array(3 * CHUNK + 4);
/** Read as little-endian words whatever the machine, so that a hash is the same everywhere. */
const words = new DataView(bytes.buffer);

const M1 = 2654435761;
const M2 = 1597334677;

export function contentHash(text: string): string {
  const n = text.length;
  let h1 = 0xdeadbeef ^ n;
  let h2 = 0x41c6ce57 ^ n;
  for (let from = 0; from < n; ) {
    let to = Math.min(n, from + CHUNK);
    // A surrogate pair cut in two would be written as two U+FFFD: the chunk ends before it instead.
    const last = text.charCodeAt(to - 1);
    if (to < n && last >= 0xd800 && last <= 0xdbff) to--;
    const { written } = encoder.encodeInto(from === 0 && to === n ? text : text.substring(from, to), bytes);
    bytes[written] = bytes[written + 1] = bytes[written + 2] = 0;
    // Each step mixes a word into both halves; the shift carries its high bits down, which a product alone
    // never does. The chunk's byte count tells a chunk that ends in NUL bytes from the padding.
    for (let k = 0; k < written; k += 4) {
      const w = words.getInt32(k, true);
      h1 = Math.imul(h1 ^ w, M1);
      h1 ^= h1 >>> 15;
      h2 = Math.imul(h2 ^ w, M2);
      h2 ^= h2 >>> 15;
    }
    h1 = Math.imul(h1 ^ written, M1);
    h2 = Math.imul(h2 ^ written, M2);
    from = to;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36) + `:${n}`;
}
