// How often each key occurs across the indexed articles, kept up to date as articles come and go. Only counts
// are kept, no list of articles per key: the views find a key's articles by going through the articles in
// order, which they do anyway, and an index build then costs one small update per key of an article instead
// of an entry in a per-key map of articles that grows with the corpus.

interface Count {
  /** Articles the key occurs in. */
  articles: number;
  /** Occurrences in all of them. */
  total: number;
  /** The turn that counted it last: an article counts once per key, however often the key occurs in it. */
  turn: number;
}

export class Tally {
  private readonly counts = new Map<string, Count>();

  /** Counts n occurrences of a key in the article of this turn (one turn per article added or removed, from 1). */
  add(key: string, turn: number, n = 1): void {
    let c = this.counts.get(key);
    if (!c) this.counts.set(key, (c = { articles: 0, total: 0, turn: 0 }));
    if (c.turn !== turn) {
      c.turn = turn;
      c.articles++;
    }
    c.total += n;
  }

  /** Takes back what add() counted for an article: the same keys with the same n, in a turn of its own. */
  remove(key: string, turn: number, n = 1): void {
    const c = this.counts.get(key);
    if (!c) return;
    if (c.turn !== turn) {
      c.turn = turn;
      c.articles--;
    }
    c.total -= n;
    if (c.articles === 0) this.counts.delete(key);
  }

  /** The keys counted, in the order they came. */
  keys(): IterableIterator<string> {
    return this.counts.keys();
  }

  articles(key: string): number {
    return this.counts.get(key)?.articles ?? 0;
  }

  total(key: string): number {
    return this.counts.get(key)?.total ?? 0;
  }
}
