// The corpus index: one record per article, plus tallies by speaker, topic and entity kept up to date
// incrementally, so that a change to one file costs that file only. Serialisable, to survive a reload.

import type { EntityType } from '../entities';
import type { ArticleRecord } from './record';
import { Tally } from './tally';

export { contentHash } from './hash';
export { recordFromAnalysis, snippetOf, type ArticleRecord, type Passage, type RecordAnnotation } from './record';

export const INDEX_FORMAT = 2;

const entityKey = (type: EntityType, canonical: string): string => `${type}\u0000${canonical}`;

export class CorpusIndex {
  private readonly records = new Map<string, ArticleRecord>();
  private readonly speakers = new Tally();
  private readonly topics = new Tally();
  private readonly entities = new Tally();
  private readonly tags = new Tally();
  private sorted: ArticleRecord[] | null = null;
  /** Numbers each addition or removal of an article, for the tallies (see Tally). */
  private turn = 0;
  /** Bumped on every change, so that views can tell whether what they show is current. */
  generation = 0;

  get size(): number {
    return this.records.size;
  }

  get(file: string): ArticleRecord | undefined {
    return this.records.get(file);
  }

  /** True when the file is indexed from exactly this content. */
  isCurrent(file: string, hash: string): boolean {
    return this.records.get(file)?.hash === hash;
  }

  set(record: ArticleRecord): void {
    this.delete(record.file);
    this.records.set(record.file, record);
    const turn = ++this.turn;
    for (const q of record.quotes) if (q.kind === 'direct' && q.speaker) this.speakers.add(q.speaker, turn);
    for (const t of record.topics) this.topics.add(t.label, turn, t.passages.length);
    for (const e of record.entities) this.entities.add(entityKey(e.type, e.canonical), turn, e.mentions.length);
    for (const a of record.annotations ?? []) for (const t of a.tags) this.tags.add(t, turn);
    this.changed();
  }

  delete(file: string): boolean {
    const old = this.records.get(file);
    if (!old) return false;
    this.records.delete(file);
    const turn = ++this.turn;
    for (const q of old.quotes) if (q.kind === 'direct' && q.speaker) this.speakers.remove(q.speaker, turn);
    for (const t of old.topics) this.topics.remove(t.label, turn, t.passages.length);
    for (const e of old.entities) this.entities.remove(entityKey(e.type, e.canonical), turn, e.mentions.length);
    for (const a of old.annotations ?? []) for (const t of a.tags) this.tags.remove(t, turn);
    this.changed();
    return true;
  }

  files(): IterableIterator<string> {
    return this.records.keys();
  }

  /** Every article, by date (undated last), then headline. */
  articles(): readonly ArticleRecord[] {
    // Plain code-unit comparisons: ISO dates sort right that way, and a locale-aware compare costs ten times more.
    const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
    this.sorted ??= [...this.records.values()].sort(
      (a, b) =>
        (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : cmp(a.date, b.date)) ||
        cmp(a.headline, b.headline) ||
        cmp(a.file, b.file),
    );
    return this.sorted;
  }

  /** Speakers of direct quotations with their number of quotations, most quoted first. */
  speakerList(): { name: string; count: number; articles: number }[] {
    return [...this.speakers.keys()]
      .map((name) => ({ name, count: this.speakers.total(name), articles: this.speakers.articles(name) }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  /** The direct quotations of one speaker across the corpus, article by article. */
  quotesOf(speaker: string): { record: ArticleRecord; quote: ArticleRecord['quotes'][number] }[] {
    return this.articles().flatMap((record) =>
      record.quotes.filter((q) => q.kind === 'direct' && q.speaker === speaker).map((quote) => ({ record, quote })),
    );
  }

  /** Topic labels across the corpus with the number of articles and passages. */
  topicList(): { label: string; articles: number; passages: number }[] {
    return [...this.topics.keys()]
      .map((label) => ({ label, articles: this.topics.articles(label), passages: this.topics.total(label) }))
      .sort((a, b) => b.articles - a.articles || b.passages - a.passages || a.label.localeCompare(b.label));
  }

  articlesWithTopic(label: string): ArticleRecord[] {
    return this.articles().filter((r) => r.topics.some((t) => t.label === label));
  }

  /** Entity types with their number of distinct entities and mentions. */
  entityTypes(): { type: EntityType; entities: number; mentions: number }[] {
    const out = new Map<EntityType, { type: EntityType; entities: number; mentions: number }>();
    for (const key of this.entities.keys()) {
      const type = key.slice(0, key.indexOf('\u0000')) as EntityType;
      const t = out.get(type) ?? { type, entities: 0, mentions: 0 };
      t.entities++;
      t.mentions += this.entities.total(key);
      out.set(type, t);
    }
    return [...out.values()].sort((a, b) => b.mentions - a.mentions);
  }

  entitiesOf(type: EntityType): { canonical: string; count: number; articles: number }[] {
    const prefix = `${type}\u0000`;
    const out: { canonical: string; count: number; articles: number }[] = [];
    for (const key of this.entities.keys()) {
      if (key.startsWith(prefix)) out.push({ canonical: key.slice(prefix.length), count: this.entities.total(key), articles: this.entities.articles(key) });
    }
    return out.sort((a, b) => b.count - a.count || a.canonical.localeCompare(b.canonical));
  }

  mentionsOf(type: EntityType, canonical: string): { record: ArticleRecord; mention: ArticleRecord['entities'][number]['mentions'][number] }[] {
    return this.articles().flatMap((record) =>
      (record.entities.find((e) => e.type === type && e.canonical === canonical)?.mentions ?? []).map((mention) => ({ record, mention })),
    );
  }

  /** The user's tags across the corpus, most used first. */
  tagList(): { tag: string; count: number }[] {
    return [...this.tags.keys()].map((tag) => ({ tag, count: this.tags.total(tag) })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /** The annotations carrying a tag, article by article. */
  annotationsWithTag(tag: string): { record: ArticleRecord; annotation: NonNullable<ArticleRecord['annotations']>[number] }[] {
    return this.articles().flatMap((record) =>
      (record.annotations ?? []).filter((a) => a.tags.includes(tag) && a.status !== 'unanchored').map((annotation) => ({ record, annotation })),
    );
  }

  /** Annotations that could not be placed in their text, article by article. */
  unanchored(): { record: ArticleRecord; annotation: NonNullable<ArticleRecord['annotations']>[number] }[] {
    return this.articles().flatMap((record) => (record.annotations ?? []).filter((a) => a.status === 'unanchored').map((annotation) => ({ record, annotation })));
  }

  serialize(): string {
    return JSON.stringify({ format: INDEX_FORMAT, records: [...this.records.values()] });
  }

  /** An index from `serialize()` output; an empty one when the data is of another format or broken. */
  static deserialize(json: string): CorpusIndex {
    const index = new CorpusIndex();
    try {
      const data = JSON.parse(json) as { format?: number; records?: ArticleRecord[] };
      if (data.format !== INDEX_FORMAT || !Array.isArray(data.records)) return index;
      for (const r of data.records) index.set(r);
    } catch {
      // A damaged cache is rebuilt from the files.
    }
    return index;
  }

  private changed(): void {
    this.sorted = null;
    this.generation++;
  }
}
