// Picking tokens out of a list of token indices, for the rules that look for a few kinds of token only.

/**
 * The indices among `indices` that `keep` takes, in order. A rule walks these instead of the whole list: its own
 * loop, with all it calls, then runs a few hundred or thousand times on a long text instead of a hundred thousand,
 * and is not compiled on the spot for it (while run in the interpreter till then); this small loop, shared by
 * those rules, is.
 */
export function keepIndices(indices: Int32Array, keep: (i: number) => boolean): Int32Array {
  const out = new Int32Array(indices.length);
  let n = 0;
  for (let k = 0; k < indices.length; k++) if (keep(indices[k])) out[n++] = indices[k];
  return out.subarray(0, n);
}
