// Property tests of re-anchoring (issue 5): random texts, annotations and edit sequences, applied as a git pull
// would (the new text and the old sidecar, nothing else). Every annotation must land on the words it annotated
// (or a copy of them), on similar words for a fuzzy match, or be reported unanchored; none lost, none misplaced.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anchorAll, makeTarget, parseSidecar, serializeSidecar, type Annotation, type AnchorResult } from '../../src/core/annotations';
import { SEED_NAMES, seedText } from './helpers';

const VOCABULARY = (
  'the of and to in a that is for on with as by at from it was said he we minister foreign Russia Russian ' +
  'United States US Washington Moscow Lavrov Sergey Clinton NATO treaty START missile defence system talks ' +
  'agreement security cooperation relations dialogue sanctions Iran Syria nuclear programme resolution Council ' +
  'UN Security partners would could not have has been are will this our their its guarantees position support ' +
  'Europe European Union interests issue question process settlement crisis government opposition violence ' +
  '“We believe” “this is” ‘resetting’ — – 2012 14 March said, stressed. added: according'
).split(' ');

/** Ground truth of one annotation: where its passage really is now, and whether it is still as annotated. */
interface Truth {
  start: number;
  end: number;
  alive: boolean;
  intact: boolean;
  /** A paragraph move cut through it: where "it" is has no single answer. */
  split: boolean;
}

interface World {
  text: string;
  truths: Truth[];
}

/** One replacement of text[s, e) by `ins`, with every passage followed the way a careful reader would. */
function replace(w: World, s: number, e: number, ins: string, skip: ReadonlySet<Truth> = new Set()): void {
  w.text = w.text.slice(0, s) + ins + w.text.slice(e);
  const delta = ins.length - (e - s);
  for (const t of w.truths) {
    if (!t.alive || skip.has(t)) continue;
    if (s >= t.end) continue;
    if (e <= t.start) {
      t.start += delta;
      t.end += delta;
    } else if (s <= t.start && e >= t.end) t.alive = false;
    else {
      t.intact = false;
      const ns = s < t.start ? s + ins.length : t.start;
      const ne = e > t.end ? s : t.end + delta;
      if (ne <= ns) t.alive = false;
      else [t.start, t.end] = [ns, ne];
    }
  }
}

function words(pick: number[]): string {
  return pick.map((i) => VOCABULARY[i % VOCABULARY.length]).join(' ');
}

function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\r?\n\r?\n/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: from, end: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out;
}

/** Moves a whole paragraph (with its trailing blank line) before another one. */
function moveParagraph(w: World, a: number, b: number): void {
  const ps = paragraphs(w.text);
  if (ps.length < 3) return;
  const p = ps[Math.floor(a * ps.length)];
  const body = w.text.slice(p.start, p.end);
  if (!/\n$/.test(body)) return;
  const moved = new Map<Truth, number>();
  for (const t of w.truths) {
    if (!t.alive) continue;
    if (t.start >= p.start && t.end <= p.end) moved.set(t, t.start - p.start);
    else if (t.start < p.end && t.end > p.start) t.split = true;
  }
  const skip = new Set(moved.keys());
  replace(w, p.start, p.end, '', skip);
  const rest = paragraphs(w.text);
  const q = rest[Math.floor(b * rest.length)]?.start ?? 0;
  replace(w, q, q, body, skip);
  for (const [t, rel] of moved) [t.start, t.end] = [q + rel, q + rel + (t.end - t.start)];
}

type Edit = { kind: 'insert' | 'delete' | 'replace' | 'move' | 'touch' | 'rewrite' | 'beside'; a: number; b: number; pick: number[] };

function applyEdit(w: World, e: Edit): void {
  const n = w.text.length;
  const at = Math.floor(e.a * n);
  const live = w.truths.filter((t) => t.alive && !t.split);
  const target = live[Math.floor(e.b * live.length)];
  switch (e.kind) {
    case 'insert': return replace(w, at, at, ' ' + words(e.pick) + ' ');
    case 'delete': return replace(w, at, Math.min(n, at + 1 + Math.floor(e.b * 150)), '');
    case 'replace': return replace(w, at, Math.min(n, at + 1 + Math.floor(e.b * 80)), words(e.pick));
    case 'move': return moveParagraph(w, e.a, e.b);
    case 'touch': // the passage itself altered a little: one to three characters
      if (!target) return;
      for (const k of e.pick.slice(0, 3)) {
        const len = target.end - target.start;
        if (!target.alive || len < 2) return;
        const p = target.start + 1 + (k % (len - 1));
        if (k % 3 === 0) replace(w, p, p, 'x');
        else if (k % 3 === 1) replace(w, p, p + 1, '');
        else replace(w, p, p + 1, 'q');
      }
      return;
    case 'rewrite': // the passage altered a lot: most of its middle replaced
      if (!target) return;
      return replace(w, target.start + Math.floor((target.end - target.start) * 0.2), target.end - Math.floor((target.end - target.start) * 0.2), words(e.pick));
    case 'beside': // its context edited, right before or right after it
      if (!target) return;
      return e.a < 0.5 ? replace(w, target.start, target.start, words(e.pick.slice(0, 2)) + ' ') : replace(w, target.end, target.end, ' ' + words(e.pick.slice(0, 2)));
  }
}

/** The textbook edit-distance table, kept apart from the library's bit-parallel one on purpose. */
function levenshtein(a: string, b: string): number {
  let prev = new Int32Array(b.length + 1).map((_, j) => j);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (c === b.charCodeAt(j - 1) ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
const similarity = (a: string, b: string): number => 1 - levenshtein(a, b) / Math.max(1, a.length, b.length);

/** How much of the stored context agrees with the text around `at` (the same measure a reader would use). */
function contextAgreement(text: string, at: number, a: Annotation): number {
  const { prefix, suffix, exact } = a.target;
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && text[at - n - 1] === prefix[prefix.length - n - 1]) n++;
  let m = 0;
  while (m < suffix.length && text[at + exact.length + m] === suffix[m]) m++;
  return prefix.length + suffix.length === 0 ? 1 : (n + m) / (prefix.length + suffix.length);
}

/** Outcomes by what happened to the passage: still there as it was, there but altered (to 80 % similarity or less), cut in two by a paragraph move, or deleted. */
/** Stored context against the text around [start, end), each side weighed by its stored length. */
function contextSimilarity(text: string, start: number, end: number, a: Annotation): number {
  const { prefix, suffix } = a.target;
  if (prefix.length + suffix.length === 0) return 1;
  const p = similarity(prefix, text.slice(Math.max(0, start - prefix.length), start)) * prefix.length;
  const s = similarity(suffix, text.slice(end, end + suffix.length)) * suffix.length;
  return (p + s) / (prefix.length + suffix.length);
}

const tally = {
  cases: 0,
  annotations: 0,
  byStatus: { anchored: 0, moved: 0, fuzzy: 0, unanchored: 0 },
  intact: { anchored: 0, moved: 0, fuzzy: 0, unanchored: 0 },
  alteredALittle: { anchored: 0, moved: 0, fuzzy: 0, unanchored: 0 },
  alteredALot: { anchored: 0, moved: 0, fuzzy: 0, unanchored: 0 },
  split: { anchored: 0, moved: 0, fuzzy: 0, unanchored: 0 },
  deleted: { anchored: 0, moved: 0, fuzzy: 0, unanchored: 0 },
  onIdenticalCopyElsewhere: 0,
  fuzzyElsewhere: 0,
};

function check(w: World, annotations: Annotation[], results: AnchorResult[]): void {
  assert.equal(results.length, annotations.length, 'an annotation was lost');
  tally.cases++;
  results.forEach((r, i) => {
    const a = annotations[i];
    const t = w.truths[i];
    assert.equal(r.annotation, a, 'results are in input order and carry the annotation unchanged');
    tally.annotations++;
    tally.byStatus[r.status]++;
    const alteredBy = t.alive && !t.intact && !t.split ? (similarity(w.text.slice(t.start, t.end), a.target.exact) >= 0.8 ? 'alteredALittle' : 'alteredALot') : null;
    tally[t.split ? 'split' : !t.alive ? 'deleted' : alteredBy ?? 'intact'][r.status]++;
    if (r.status === 'unanchored') {
      // A passage still there, as it was, and long enough to be unmistakable, must be found.
      assert.ok(!(t.alive && t.intact && !t.split && a.target.exact.length >= 20), `intact passage not found: ${JSON.stringify(a.target.exact)}`);
      return;
    }
    const placed = w.text.slice(r.start, r.end);
    assert.ok(r.start >= 0 && r.end <= w.text.length && r.start < r.end, 'placement inside the text');
    if (r.status === 'anchored') assert.equal(r.start, a.target.start);
    if (r.status !== 'fuzzy') assert.equal(placed, a.target.exact, 'anchored and moved annotations sit on the very words annotated');
    else assert.ok(similarity(placed, a.target.exact) >= 0.8 - 1e-9, `fuzzy match not similar: ${JSON.stringify(placed)} for ${JSON.stringify(a.target.exact)}`);
    if (!t.alive || t.split) return;
    const overlaps = r.start < t.end && t.start < r.end;
    if (overlaps) return;
    if (r.status === 'fuzzy') {
      // Placed away from a passage that still exists: only if that passage no longer resembles the annotation,
      // or if the place chosen resembles it as much, or has context that agrees better.
      const truthText = w.text.slice(t.start, t.end);
      const fair = similarity(truthText, a.target.exact) < 0.8 || similarity(placed, a.target.exact) >= similarity(truthText, a.target.exact) ||
        contextSimilarity(w.text, r.start, r.end, a) >= contextSimilarity(w.text, t.start, t.end, a);
      if (!fair) assert.fail(`fuzzy match ${JSON.stringify(placed)} at ${r.start} away from the surviving passage ${JSON.stringify(truthText)} at ${t.start}`);
      tally.fuzzyElsewhere++;
    } else if (t.intact) {
      // On an identical copy elsewhere: only when its context fits the annotation at least as well.
      tally.onIdenticalCopyElsewhere++;
      assert.ok(contextAgreement(w.text, r.start, a) >= contextAgreement(w.text, t.start, a), `moved to a copy with worse context than the real passage`);
    }
  });
}

const edit = fc.record({
  kind: fc.constantFrom<Edit['kind']>('insert', 'insert', 'delete', 'replace', 'move', 'move', 'touch', 'touch', 'rewrite', 'beside', 'beside'),
  a: fc.double({ min: 0, max: 0.999, noNaN: true }),
  b: fc.double({ min: 0, max: 0.999, noNaN: true }),
  pick: fc.array(fc.nat(1000), { minLength: 1, maxLength: 12 }),
});

const span = fc.record({ at: fc.double({ min: 0, max: 0.999, noNaN: true }), len: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 12, max: 60 }), fc.integer({ min: 60, max: 400 })) });

const generatedText = fc.array(fc.array(fc.array(fc.nat(1000), { minLength: 3, maxLength: 18 }), { minLength: 1, maxLength: 5 }), { minLength: 2, maxLength: 12 })
  .map((ps) => ps.map((sentences) => sentences.map((s) => words(s) + '.').join(' ')).join('\n\n'));

const seedBased = fc.constantFrom(...SEED_NAMES.map((n) => seedText(n)));

/** Annotations made on the text, saved to a sidecar and read back, as the extension would store them. */
function annotate(text: string, spans: { at: number; len: number }[]): Annotation[] {
  const list = spans.map((s, i) => {
    const start = Math.floor(s.at * Math.max(1, text.length - 1));
    const end = Math.min(text.length, start + s.len);
    return { id: (0xa00000 + i).toString(16), tags: ['t'], target: makeTarget(text, start, end), created: '2026-01-01T00:00:00Z' };
  }).filter((a) => a.target.exact.trim() !== '');
  const yaml = serializeSidecar({ version: 1, text: 'a.txt', annotations: list, entities: { add: [], reject: [] }, speakers: [] });
  const parsed = parseSidecar(yaml, 'a.txt');
  assert.ok(parsed.ok, 'the sidecar written reads back');
  return parsed.data.annotations;
}

function property(base: fc.Arbitrary<string>) {
  return fc.property(base, fc.boolean(), fc.array(span, { minLength: 1, maxLength: 6 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (text0, crlf, spans, edits) => {
    const text = crlf ? text0.replace(/\r?\n/g, '\r\n') : text0;
    const annotations = annotate(text, spans);
    const sorted = [...annotations];
    const w: World = { text, truths: sorted.map((a) => ({ start: a.target.start, end: a.target.end, alive: true, intact: true, split: false })) };
    for (const e of edits) applyEdit(w, e);
    check(w, sorted, anchorAll(w.text, sorted));
  });
}

/** Shrinking a failure over kilobyte texts can take minutes: stop it and report what it has by then. */
const BOUNDED = { interruptAfterTimeLimit: 120_000, markInterruptAsFailure: true };

describe('re-anchoring after random edit sequences (property)', () => {
  it('on generated texts: every annotation on its words, on similar words, or unanchored', () => {
    fc.assert(property(generatedText), { numRuns: 1300, ...BOUNDED });
  });
  it('on the seed texts (curly quotes, duplicated paragraphs), in LF and CRLF', () => {
    fc.assert(property(seedBased), { numRuns: 700, ...BOUNDED });
  });
  it('reports its figures', (t) => {
    t.diagnostic(`re-anchoring figures: ${JSON.stringify(tally)}`);
    assert.ok(tally.cases >= 2000);
    const s = tally.byStatus;
    assert.equal(tally.annotations, s.anchored + s.moved + s.fuzzy + s.unanchored);
  });
});
