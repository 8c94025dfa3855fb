// The corpus index keeps counts per key only, and finds a key's articles by going through the articles: its
// lists and look-ups against an index that keeps, per key, a map of files and their counts (the plain Tally it
// replaces), after random additions, replacements and removals of articles.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CorpusIndex, type ArticleRecord } from '../../src/core/corpus';
import type { EntityType } from '../../src/core/entities';

/** Counts per key and per file, as the index first kept them. */
class PlainTally {
  readonly byKey = new Map<string, Map<string, number>>();
  add(key: string, file: string, n = 1): void {
    const files = this.byKey.get(key) ?? new Map<string, number>();
    this.byKey.set(key, files);
    files.set(file, (files.get(file) ?? 0) + n);
  }
  remove(key: string, file: string): void {
    const files = this.byKey.get(key);
    files?.delete(file);
    if (files?.size === 0) this.byKey.delete(key);
  }
  files(key: string): Map<string, number> {
    return this.byKey.get(key) ?? new Map<string, number>();
  }
  total(key: string): number {
    return [...this.files(key).values()].reduce((s, n) => s + n, 0);
  }
}

/** The lists and look-ups as the index made them from its plain tallies. */
class PlainIndex {
  readonly records = new Map<string, ArticleRecord>();
  readonly speakers = new PlainTally();
  readonly topics = new PlainTally();
  readonly entities = new PlainTally();
  readonly tags = new PlainTally();

  set(r: ArticleRecord): void {
    this.delete(r.file);
    this.records.set(r.file, r);
    for (const q of r.quotes) if (q.kind === 'direct' && q.speaker) this.speakers.add(q.speaker, r.file);
    for (const t of r.topics) this.topics.add(t.label, r.file, t.passages.length);
    for (const e of r.entities) this.entities.add(`${e.type}\u0000${e.canonical}`, r.file, e.mentions.length);
    for (const a of r.annotations ?? []) for (const t of a.tags) this.tags.add(t, r.file);
  }

  delete(file: string): void {
    const old = this.records.get(file);
    if (!old) return;
    this.records.delete(file);
    for (const q of old.quotes) if (q.speaker) this.speakers.remove(q.speaker, file);
    for (const t of old.topics) this.topics.remove(t.label, file);
    for (const e of old.entities) this.entities.remove(`${e.type}\u0000${e.canonical}`, file);
    for (const a of old.annotations ?? []) for (const t of a.tags) this.tags.remove(t, file);
  }

  /** The records of these files in the index's article order. */
  inOrder(index: CorpusIndex, files: Map<string, number>): readonly ArticleRecord[] {
    return index.articles().filter((r) => files.has(r.file));
  }
}

const pick = <T>(...xs: T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);
const record = (file: string): fc.Arbitrary<ArticleRecord> =>
  fc.record({
    date: pick(null, '2020-01-01', '2021-05-05'),
    headline: pick('H1', 'H2'),
    quotes: fc.array(fc.record({ kind: pick('direct', 'scare'), speaker: pick('X', 'Y', 'Z', null) }), { maxLength: 4 }),
    topics: fc.array(fc.record({ label: pick('Sanctions', 'Trade', 'sanctions'), passages: fc.nat(3) }), { maxLength: 3 }),
    entities: fc.array(fc.record({ type: pick<EntityType>('GPE', 'DATE', 'ORG'), canonical: pick('Russia', 'NATO', 'March'), mentions: fc.nat(3) }), { maxLength: 4 }),
    tags: fc.array(fc.array(pick('p', 'q'), { maxLength: 2 }), { maxLength: 2 }),
  }).map((r) => ({
    file,
    hash: 'h',
    date: r.date,
    headline: r.headline,
    headlineStart: 0,
    topics: r.topics.map((t) => ({ id: t.label, label: t.label, score: 1, source: 'lexicon', passages: Array.from({ length: t.passages }, () => ({ start: 0, end: 1, snippet: '' })) })),
    quotes: r.quotes.map((q) => ({ start: 0, end: 1, snippet: 's', speaker: q.speaker, kind: q.kind })),
    entities: r.entities.map((e) => ({ type: e.type, canonical: e.canonical, mentions: Array.from({ length: e.mentions }, () => ({ start: 0, end: 1, text: e.canonical })) })),
    annotations: r.tags.map((tags, i) => ({ id: `a${i}`, tags, start: 0, end: 1, status: i ? 'anchored' : 'unanchored', snippet: '' }) as const),
  }));
const op = fc.oneof(
  pick('a', 'b', 'c', 'd').chain((f) => record(f)),
  pick('a', 'b', 'c', 'd'),
);

describe('corpus index tallies', () => {
  it('list and look up as with a map of files per key', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const index = new CorpusIndex();
        const plain = new PlainIndex();
        for (const o of ops) {
          if (typeof o === 'string') {
            index.delete(o);
            plain.delete(o);
          } else {
            index.set(o);
            plain.set(o);
          }
        }
        const p = plain;
        assert.deepEqual(
          index.speakerList(),
          [...p.speakers.byKey.keys()]
            .map((name) => ({ name, count: p.speakers.total(name), articles: p.speakers.files(name).size }))
            .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
        );
        assert.deepEqual(
          index.topicList(),
          [...p.topics.byKey.keys()]
            .map((label) => ({ label, articles: p.topics.files(label).size, passages: p.topics.total(label) }))
            .sort((a, b) => b.articles - a.articles || b.passages - a.passages || a.label.localeCompare(b.label)),
        );
        assert.deepEqual(
          index.tagList(),
          [...p.tags.byKey.keys()].map((tag) => ({ tag, count: p.tags.total(tag) })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
        );
        const types = new Map<string, { type: string; entities: number; mentions: number }>();
        for (const key of p.entities.byKey.keys()) {
          const type = key.slice(0, key.indexOf('\u0000'));
          const t = types.get(type) ?? { type, entities: 0, mentions: 0 };
          t.entities++;
          t.mentions += p.entities.total(key);
          types.set(type, t);
        }
        assert.deepEqual(index.entityTypes(), [...types.values()].sort((a, b) => b.mentions - a.mentions));
        for (const speaker of ['X', 'Y', 'Z']) {
          const want = p.inOrder(index, p.speakers.files(speaker)).flatMap((record) =>
            record.quotes.filter((q) => q.kind === 'direct' && q.speaker === speaker).map((quote) => ({ record, quote })),
          );
          assert.deepEqual(index.quotesOf(speaker), want);
        }
        for (const label of ['Sanctions', 'Trade', 'sanctions']) assert.deepEqual(index.articlesWithTopic(label), p.inOrder(index, p.topics.files(label)));
        for (const type of ['GPE', 'DATE', 'ORG'] as const) {
          const prefix = `${type}\u0000`;
          const want = [...p.entities.byKey.keys()]
            .filter((k) => k.startsWith(prefix))
            .map((k) => ({ canonical: k.slice(prefix.length), count: p.entities.total(k), articles: p.entities.files(k).size }))
            .sort((a, b) => b.count - a.count || a.canonical.localeCompare(b.canonical));
          assert.deepEqual(index.entitiesOf(type), want);
          for (const canonical of ['Russia', 'NATO', 'March']) {
            const mentions = p.inOrder(index, p.entities.files(`${type}\u0000${canonical}`)).flatMap((record) =>
              (record.entities.find((e) => e.type === type && e.canonical === canonical)?.mentions ?? []).map((mention) => ({ record, mention })),
            );
            assert.deepEqual(index.mentionsOf(type, canonical), mentions);
          }
        }
        for (const tag of ['p', 'q']) {
          const want = p.inOrder(index, p.tags.files(tag)).flatMap((record) =>
            (record.annotations ?? []).filter((a) => a.tags.includes(tag) && a.status !== 'unanchored').map((annotation) => ({ record, annotation })),
          );
          assert.deepEqual(index.annotationsWithTag(tag), want);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
