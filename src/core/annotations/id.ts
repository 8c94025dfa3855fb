// Short annotation ids (6 hex characters) from an injected random source, unique within a sidecar.

export type RandomSource = () => number;

/** Makes an id not in `taken`. */
export type IdGenerator = (taken: ReadonlySet<string>) => string;

export const ID_PATTERN = /^[0-9a-f]{6}$/;

/** Ids YAML would read as numbers (123456, 12e345) would have to be quoted in the sidecar; they are skipped. */
function readsAsNumber(id: string): boolean {
  return /^[0-9]+$/.test(id) || /^[0-9]+e[0-9]+$/.test(id);
}

function hex(random: RandomSource, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += Math.floor(random() * 16).toString(16).slice(-1);
  return s;
}

export function createIdGenerator(random: RandomSource): IdGenerator {
  return (taken) => {
    // With 16^6 ids a clash is rare; a long run of them means the random source is broken (e.g. a constant),
    // so fall back to longer ids rather than loop for ever.
    for (let length = 6; ; length += 2) {
      for (let attempt = 0; attempt < 64; attempt++) {
        const id = hex(random, length);
        if (!taken.has(id) && !readsAsNumber(id)) return id;
      }
      if (length > 24) {
        let n = taken.size;
        while (taken.has(`id${n}`)) n++;
        return `id${n}`;
      }
    }
  };
}

/** Date as the sidecar writes it: ISO 8601 UTC to the second, e.g. 2026-11-25T18:00:00Z. */
export function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
