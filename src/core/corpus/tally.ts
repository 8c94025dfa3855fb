// Counts per key and per file, kept up to date as articles come and go.

export class Tally {
  private readonly byKey = new Map<string, Map<string, number>>();

  add(key: string, file: string, n = 1): void {
    let files = this.byKey.get(key);
    if (!files) this.byKey.set(key, (files = new Map<string, number>()));
    files.set(file, (files.get(file) ?? 0) + n);
  }

  remove(key: string, file: string): void {
    const files = this.byKey.get(key);
    if (!files) return;
    files.delete(file);
    if (files.size === 0) this.byKey.delete(key);
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  files(key: string): ReadonlyMap<string, number> {
    return this.byKey.get(key) ?? new Map<string, number>();
  }

  total(key: string): number {
    let n = 0;
    for (const c of this.files(key).values()) n += c;
    return n;
  }
}
