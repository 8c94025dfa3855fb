// Property tests of the annotation core's building blocks: the bit-parallel edit distance against the
// textbook table, live edits against a replay of the text, and sidecar write/read of random annotations.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { makeTarget, parseSidecar, serializeSidecar, shiftSpan, type Annotation, type SidecarData } from '../../src/core/annotations';
import { editScores } from '../../src/core/annotations/edit-distance';

function tableScores(p: string, t: string, anchored: boolean): number[] {
  let prev = Array.from({ length: p.length + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 1; j <= t.length; j++) {
    const cur = [anchored ? j : 0];
    for (let i = 1; i <= p.length; i++) cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (p[i - 1] === t[j - 1] ? 0 : 1));
    out.push(cur[p.length]);
    prev = cur;
  }
  return out;
}

const small = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), maxLength: max });

describe('edit distance (property)', () => {
  it('Myers bit-parallel scores equal the dynamic-programming table, across 32-character blocks', () => {
    fc.assert(
      fc.property(small(100).filter((s) => s.length > 0), small(160), fc.boolean(), (p, t, anchored) => {
        assert.deepEqual(Array.from(editScores(p, t, 0, t.length, anchored)), tableScores(p, t, anchored));
      }),
      { numRuns: 400 },
    );
  });
});

describe('live edits (property)', () => {
  it('a span keeps its words through edits outside it, and is marked changed or deleted otherwise', () => {
    const edit = fc.record({ s: fc.nat(300), len: fc.nat(40), ins: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(fc.string({ minLength: 20, maxLength: 300 }), fc.nat(299), fc.integer({ min: 1, max: 50 }), fc.array(edit, { maxLength: 6 }), (text0, at, len, edits) => {
        let text = text0;
        const start = at % text.length;
        let span = { start, end: Math.min(text.length, start + len) };
        const exact = text.slice(span.start, span.end);
        let touched = false;
        for (const e of edits) {
          const s = Math.min(e.s, text.length);
          const end = Math.min(text.length, s + e.len);
          const r = shiftSpan(span, { start: s, end, newLength: e.ins.length });
          text = text.slice(0, s) + e.ins + text.slice(end);
          if (r.status === 'deleted') return assert.equal(r.start, r.end);
          if (r.status === 'changed') touched = true;
          span = { start: r.start, end: r.end };
          assert.ok(span.start >= 0 && span.end <= text.length && span.start < span.end);
        }
        if (!touched) assert.equal(text.slice(span.start, span.end), exact);
      }),
      { numRuns: 600 },
    );
  });
});

const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('\n', '\r\n', '\t', '"', "'", '#', ':', ' ', '- ', '\u2028', '“', '😀', '\\', '&a', '*a', '{', '['), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })), maxLength: 120 });

describe('sidecar write and read (property)', () => {
  it('any annotations, tags and notes survive a write and a read, and a second write is byte-identical', () => {
    const annotation = fc.record({
      tags: fc.array(anyText.filter((s) => s.trim() !== ''), { maxLength: 4 }),
      note: fc.option(anyText, { nil: undefined }),
      start: fc.nat(500),
      len: fc.integer({ min: 1, max: 80 }),
    });
    fc.assert(
      fc.property(anyText.filter((s) => s.length > 0), fc.array(annotation, { maxLength: 5 }), fc.boolean(), (body, specs, crlf) => {
        const text = body.repeat(8);
        const annotations: Annotation[] = specs.map((s, i) => {
          const start = s.start % text.length;
          const a: Annotation = { id: `b${i}c0d0`, tags: s.tags, target: makeTarget(text, start, Math.min(text.length, start + s.len)), created: '2026-11-25T18:00:00Z' };
          if (s.note !== undefined) a.note = s.note;
          return a;
        });
        const data: SidecarData = { version: 1, text: 'article.txt', annotations, entities: { add: [{ text: body, type: 'ORG' }], reject: [] }, speakers: [{ quote: { exact: body }, speaker: null }] };
        const yaml = serializeSidecar(data, undefined, { eol: crlf ? '\r\n' : '\n' });
        const back = parseSidecar(yaml, 'article.txt');
        assert.ok(back.ok, yaml);
        const byId = new Map(annotations.map((a) => [a.id, a]));
        assert.equal(back.data.annotations.length, annotations.length);
        for (const a of back.data.annotations) assert.deepEqual(a, byId.get(a.id));
        assert.deepEqual(back.data.entities, data.entities);
        assert.deepEqual(back.data.speakers, data.speakers);
        assert.equal(serializeSidecar(back.data, back.doc), yaml);
        assert.equal(serializeSidecar(back.data, undefined, { eol: crlf ? '\r\n' : '\n' }), yaml);
      }),
      { numRuns: 400 },
    );
  });
});
