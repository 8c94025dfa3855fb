// Three-way merge of sidecars by annotation id: nothing either side wrote is lost.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CONFLICT_TAG, mergeSidecars, type Annotation, type SidecarData } from '../../src/core/annotations';

function ann(id: string, start: number, extra: Partial<Annotation> = {}): Annotation {
  return { id, tags: ['a'], target: { start, end: start + 5, exact: `w${id}`.slice(0, 5), prefix: '', suffix: '' }, created: '2026-11-25T18:00:00Z', ...extra };
}

function sidecar(annotations: Annotation[], more: Partial<SidecarData> = {}): SidecarData {
  return { version: 1, text: 'a.txt', annotations, entities: { add: [], reject: [] }, speakers: [], ...more };
}

let counter = 0;
const newId = (taken: ReadonlySet<string>): string => {
  let id: string;
  do id = `c0ff${(counter++).toString(16).padStart(2, '0')}`; while (taken.has(id));
  return id;
};

describe('mergeSidecars', () => {
  const base = sidecar([ann('aaaaaa', 10), ann('bbbbbb', 20), ann('cccccc', 30)]);

  it('keeps additions from both sides', () => {
    const ours = sidecar([...base.annotations, ann('dddddd', 5)]);
    const theirs = sidecar([...base.annotations, ann('eeeeee', 40)]);
    const { data, conflicts } = mergeSidecars(base, ours, theirs, newId);
    assert.deepEqual(data.annotations.map((a) => a.id), ['dddddd', 'aaaaaa', 'bbbbbb', 'cccccc', 'eeeeee']);
    assert.deepEqual(conflicts, []);
  });

  it('applies a deletion the other side did not touch, keeps one the other side changed', () => {
    const ours = sidecar([base.annotations[1], { ...base.annotations[2], note: 'changed here' }]);
    const theirs = sidecar([base.annotations[0], base.annotations[1]]);
    const { data, conflicts } = mergeSidecars(base, ours, theirs, newId);
    assert.deepEqual(data.annotations.map((a) => [a.id, a.note]), [['bbbbbb', undefined], ['cccccc', 'changed here']]);
    assert.deepEqual(conflicts.map((c) => [c.id, c.kind]), [['cccccc', 'modified-and-deleted']]);
  });

  it('merges changes to different fields of the same annotation', () => {
    const moved = { ...base.annotations[0].target, start: 110, end: 115 };
    const ours = sidecar([{ ...base.annotations[0], target: moved }, ...base.annotations.slice(1)]);
    const theirs = sidecar([{ ...base.annotations[0], tags: ['a', 'b'], note: 'theirs', modified: '2026-12-01T00:00:00Z' }, ...base.annotations.slice(1)]);
    const { data, conflicts } = mergeSidecars(base, ours, theirs, newId);
    const a = data.annotations.find((x) => x.id === 'aaaaaa');
    assert.deepEqual(a, { ...base.annotations[0], target: moved, tags: ['a', 'b'], note: 'theirs', modified: '2026-12-01T00:00:00Z' });
    assert.deepEqual(conflicts, []);
  });

  it('keeps both versions when both sides changed the same field differently', () => {
    const ours = sidecar([{ ...base.annotations[0], note: 'ours' }, ...base.annotations.slice(1)]);
    const theirs = sidecar([{ ...base.annotations[0], note: 'theirs', tags: ['a', 'x'] }, ...base.annotations.slice(1)]);
    const { data, conflicts } = mergeSidecars(base, ours, theirs, newId);
    assert.equal(data.annotations.length, 4);
    assert.equal(data.annotations.find((a) => a.id === 'aaaaaa')?.note, 'ours');
    const copy = data.annotations.find((a) => a.id === conflicts[0].copyId);
    assert.ok(copy);
    assert.deepEqual(copy.tags, ['a', 'x', CONFLICT_TAG]);
    assert.equal(copy.note, '[merge conflict: the other version of aaaaaa] theirs');
    assert.deepEqual(copy.target, base.annotations[0].target);
    assert.equal(conflicts[0].kind, 'both-modified');
  });

  it('without a base, keeps the union and both versions of an id that differs', () => {
    const ours = sidecar([ann('aaaaaa', 10, { note: 'one' }), ann('bbbbbb', 20)]);
    const theirs = sidecar([ann('aaaaaa', 10, { note: 'two' }), ann('bbbbbb', 20), ann('cccccc', 30)]);
    const { data, conflicts } = mergeSidecars(null, ours, theirs, newId);
    assert.equal(data.annotations.length, 4);
    assert.equal(conflicts.length, 1);
    assert.equal(new Set(data.annotations.map((a) => a.id)).size, 4, 'ids stay unique');
  });

  it('merges entity and speaker corrections as sets, reporting a quote given two speakers', () => {
    const b = sidecar([], { entities: { add: [{ text: 'EU', type: 'ORG' }], reject: [{ text: 'Download' }] }, speakers: [] });
    const ours = sidecar([], { entities: { add: [{ text: 'EU', type: 'ORG' }, { text: 'Nord Stream', type: 'ORG' }], reject: [] }, speakers: [{ quote: { exact: 'Alas' }, speaker: 'Lavrov' }] });
    const theirs = sidecar([], { entities: { add: [{ text: 'Nord Stream', type: 'ORG' }], reject: [{ text: 'Download' }, { text: 'Interfax', type: 'PERSON' }] }, speakers: [{ quote: { exact: 'Alas' }, speaker: null }] });
    const { data, conflicts } = mergeSidecars(b, ours, theirs, newId);
    assert.deepEqual(data.entities, { add: [{ text: 'Nord Stream', type: 'ORG' }], reject: [{ text: 'Interfax', type: 'PERSON' }] });
    assert.deepEqual(data.speakers, [{ quote: { exact: 'Alas' }, speaker: 'Lavrov' }, { quote: { exact: 'Alas' }, speaker: null }]);
    assert.deepEqual(conflicts.map((c) => c.kind), ['speaker']);
  });
});
