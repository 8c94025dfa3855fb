// Exports and imports of annotations: W3C Web Annotation, brat standoff and CSV. Export then import gives the
// same annotations back, on the seeds, on a text with characters outside the BMP, and on a CRLF text with a BOM;
// positions are checked against the code points of the text, as the other tools count them.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { anchorAll, createIdGenerator, makeTarget, sortAnnotations, type Annotation } from '../../src/core/annotations';
import {
  annotationsCsv, fromBrat, fromW3c, parseCsv, quotesCsv, toBrat, toW3cCollection, type W3cTextExport,
} from '../../src/core/formats';
import { ROOT } from './helpers';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'formats');
const cp = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');

function seeded(): () => number {
  let x = 42;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const deps = (): { newId: ReturnType<typeof createIdGenerator>; now: () => Date } => ({ newId: createIdGenerator(seeded()), now: () => new Date('2026-12-01T10:00:00Z') });

function annotation(text: string, exact: string, tags: string[], note?: string, occurrence = 0, id?: string): Annotation {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  assert.ok(start >= 0, `"${exact}" is in the text`);
  const a: Annotation = { id: id ?? `a${(start % 100000).toString(16).padStart(5, '0')}`, tags, target: makeTarget(text, start, start + exact.length), created: '2026-11-25T18:00:00Z' };
  if (note !== undefined) a.note = note;
  return a;
}

interface Case {
  name: string;
  text: string;
  annotations: Annotation[];
}

function seedCase(file: string, passages: [string, string[], string?][]): Case {
  const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
  return { name: file, text, annotations: passages.map(([exact, tags, note]) => annotation(text, exact, tags, note)) };
}

const OUTSIDE_BMP = [
  '😀 Greetings from 𝔄𝔩𝔟𝔦𝔬𝔫 and the 𠀀𠀁 archive.',
  '',
  'The minister 🇺🇳 said: “We want 𝔄 treaty, not 😀 words.”',
  'Second line of the 𠀂 paragraph, then 🙂.',
].join('\n');

const CRLF_BOM = '\uFEFF' + [
  '26 Dec 2011',
  '',
  'Headline with “quotes”',
  '',
  '"We have been developing the interaction," he said.',
  'The next line goes on.',
].join('\r\n');

const CASES: Case[] = [
  seedCase('000_e9822723eeb1ed02.txt', [
    ['Sergei Lavrov', ['speaker', 'missile defence'], 'First mention, in the headline.'],
    ['equal and indivisible security', ['security', 'désarmement', 'a/b: c'], 'Notes may hold "quotes", commas,\nline breaks,\ttabs and back\\slashes.'],
    ['Interfax', []],
    ['he said when summing up results', ['attribution'], ''],
  ]),
  seedCase('004_0b22a2b964df6e34.txt', [
    ['We are aware of potential problems', ['quote', 'Annotation']],
    ['resetting', ['reset', 'PERSON']],
  ]),
  {
    name: 'outside the BMP',
    text: OUTSIDE_BMP,
    annotations: [
      annotation(OUTSIDE_BMP, '😀 Greetings', ['emoji-start']),
      annotation(OUTSIDE_BMP, '𝔄𝔩𝔟𝔦𝔬𝔫', ['fraktur'], 'A name in 𝔉𝔯𝔞𝔨𝔱𝔲𝔯 😀'),
      annotation(OUTSIDE_BMP, 'We want 𝔄 treaty, not 😀 words.', ['quote', '引用']),
      annotation(OUTSIDE_BMP, '𠀂 paragraph, then 🙂', ['cjk-ext-b']),
      annotation(OUTSIDE_BMP, 'words.”\nSecond line', ['across-lines'], 'A passage over a line break'),
      annotation(OUTSIDE_BMP, '🙂', ['last']),
    ],
  },
  {
    name: 'CRLF with a BOM',
    text: CRLF_BOM,
    annotations: [
      annotation(CRLF_BOM, '26 Dec', ['date']),
      annotation(CRLF_BOM, 'interaction," he said.\r\nThe next', ['across-lines', 'crlf']),
      annotation(CRLF_BOM, 'Headline with “quotes”\r\n\r\n"We', ['two-breaks']),
      annotation(CRLF_BOM, 'goes on.', ['end']),
    ],
  },
];

/** The annotations as the sidecar would hold them, ignoring ids and dates (for formats that do not carry them). */
const content = (list: Annotation[]): unknown[] => sortAnnotations(list).map((a) => ({ tags: a.tags, note: a.note, target: a.target }));

function w3cInput(c: Case): W3cTextExport {
  return { text: c.text, placed: anchorAll(c.text, c.annotations), source: 'texts/article%201.txt', sidecar: 'texts/article%201.annotations.yaml' };
}

describe('formats: W3C Web Annotation round trip', () => {
  for (const c of CASES) {
    it(`gives back the same annotations (ids, tags, notes, offsets, dates): ${c.name}`, () => {
      const json: unknown = JSON.parse(JSON.stringify(toW3cCollection([w3cInput(c)], 'export.jsonld', 'test')));
      const back = fromW3c(json, c.text, deps());
      assert.deepEqual(back.problems, []);
      assert.deepEqual(sortAnnotations(back.annotations), sortAnnotations(c.annotations));
    });

    it(`counts TextPositionSelector offsets in code points: ${c.name}`, () => {
      const collection = toW3cCollection([w3cInput(c)], 'export.jsonld', 'test');
      assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(collection.first.items.length, c.annotations.length);
      for (const item of collection.first.items) {
        const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
        const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
        assert.ok(quote && position);
        assert.equal(cp(c.text, position.start, position.end), quote.exact, item.id);
        assert.equal(item.target.source, 'texts/article%201.txt');
        assert.match(item.id, /^texts\/article%201\.annotations\.yaml#/);
      }
    });
  }

  it('writes tags as tagging bodies and the note as a commenting body', () => {
    const c = CASES[0];
    const item = toW3cCollection([w3cInput(c)], 'x', 'x').first.items.find((i) => i.id.endsWith(c.annotations[1].id));
    assert.deepEqual(item?.body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'security' },
      { type: 'TextualBody', purpose: 'tagging', value: 'désarmement' },
      { type: 'TextualBody', purpose: 'tagging', value: 'a/b: c' },
      { type: 'TextualBody', purpose: 'commenting', value: c.annotations[1].note, format: 'text/plain' },
    ]);
    assert.equal(item?.motivation, 'commenting');
  });

  it('exports the analysis with the annotations and leaves it out on import', () => {
    const c = CASES[1];
    const a = analyze(c.text);
    const collection = toW3cCollection([{ ...w3cInput(c), quotes: a.quotes, entities: a.entities }], 'x', 'x');
    assert.equal(collection.total, c.annotations.length + a.quotes.length + a.entities.length);
    for (const item of collection.first.items) {
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
      assert.equal(cp(c.text, position?.start ?? -1, position?.end ?? -1), quote?.exact);
    }
    const speakers = collection.first.items.filter((i) => i.motivation === 'describing' && i.body?.some((b) => b.purpose === 'identifying' && b.value === 'Sergei Lavrov'));
    assert.ok(speakers.length > 0, 'a quotation carries its speaker');
    const back = fromW3c(collection, c.text, deps());
    assert.equal(back.annotations.length, c.annotations.length);
    assert.equal(back.skipped, a.quotes.length + a.entities.length);
  });

  it('imports annotations of other tools: quote only, bodyValue, a single target, no id of ours', () => {
    const text = CASES[0].text;
    const doc = [
      { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:6f1c0d9e-8f1a-4b5e-9f43-3c1e1f0b2a11', type: 'Annotation', bodyValue: 'Check this', target: { source: 'http://example.org/a.txt', selector: { type: 'TextQuoteSelector', exact: 'North Atlantic Alliance' } } },
      { id: 'https://hypothes.is/a/Xy7', type: 'Annotation', motivation: 'tagging', body: { type: 'TextualBody', value: 'nato' }, target: { source: 'x', selector: [{ type: 'TextPositionSelector', start: 0, end: 11 }] } },
      { id: 'x#gone', type: 'Annotation', body: [], target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: 'not in this text at all' } } },
    ];
    const back = fromW3c(doc, text, deps());
    assert.equal(back.annotations.length, 3);
    const [nato, date, gone] = back.annotations;
    assert.equal(nato.note, 'Check this');
    assert.equal(nato.target.exact, 'North Atlantic Alliance');
    assert.equal(text.slice(nato.target.start, nato.target.end), 'North Atlantic Alliance');
    assert.deepEqual(date.tags, ['nato']);
    assert.equal(date.id, 'Xy7');
    assert.equal(date.target.exact, '26 Dec 2011');
    assert.equal(gone.id, 'gone');
    assert.equal(back.problems.length, 1, 'the passage not in the text is reported, and kept');
  });

  it('picks one text out of a collection of several', () => {
    const [one, two] = CASES;
    const collection = toW3cCollection([
      { ...w3cInput(one), source: 'seeds/000_e9822723eeb1ed02.txt' },
      { ...w3cInput(two), source: 'seeds/004_0b22a2b964df6e34.txt' },
    ], 'x', 'x');
    const back = fromW3c(collection, two.text, deps(), { textName: '004_0b22a2b964df6e34.txt' });
    assert.deepEqual(sortAnnotations(back.annotations), sortAnnotations(two.annotations));
  });
});

describe('formats: brat standoff round trip', () => {
  for (const c of CASES) {
    it(`gives back the same tags, notes and passages: ${c.name}`, () => {
      const exported = toBrat({ text: c.text, placed: anchorAll(c.text, c.annotations) });
      assert.deepEqual(exported.warnings, []);
      const back = fromBrat(exported.ann, c.text, deps());
      assert.deepEqual(back.problems, []);
      assert.deepEqual(content(back.annotations), content(c.annotations));
      assert.ok(back.annotations.every((a) => /^[0-9a-f]{6}$/.test(a.id) && a.created === '2026-12-01T10:00:00Z'), 'new ids and the import time');
    });

    it(`writes code-point offsets and one-line fragments: ${c.name}`, () => {
      const { ann } = toBrat({ text: c.text, placed: anchorAll(c.text, c.annotations) });
      const tLines = ann.split('\n').filter((l) => l.startsWith('T'));
      assert.equal(tLines.length, c.annotations.length);
      for (const line of tLines) {
        const [, typeAndSpans, words] = line.split('\t');
        const spans = typeAndSpans.slice(typeAndSpans.indexOf(' ') + 1).split(';').map((s) => s.split(' ').map(Number));
        const fragments = spans.map(([s, e]) => cp(c.text, s, e));
        assert.equal(fragments.join(' '), words, line);
        for (const f of fragments) assert.doesNotMatch(f, /[\r\n]/);
        assert.match(typeAndSpans.split(' ')[0], /^[\p{L}\p{N}_-]+$/u);
      }
    });
  }

  it('labels with the first tag, adds the others as Tag attributes, the note as AnnotatorNotes', () => {
    const c = CASES[0];
    const { ann, labels, tagValues } = toBrat({ text: c.text, placed: anchorAll(c.text, [c.annotations[1]]) });
    const lines = ann.trimEnd().split('\n');
    assert.match(lines[0], /^T1\tsecurity \d+ \d+\tequal and indivisible security$/);
    assert.deepEqual(lines.slice(1), [
      'A1\tTag T1 désarmement',
      'A2\tTag T1 a_b__c',
      '#1\tAnnotatorNotes T1\tNotes may hold "quotes", commas,\\nline breaks,\\ttabs and back\\\\slashes.',
      '#2\tTags T1\t["security","désarmement","a/b: c"]',
    ]);
    assert.deepEqual([...labels], ['security']);
    assert.deepEqual([...tagValues], ['désarmement', 'a_b__c']);
  });

  it('uses a discontinuous span for a passage across line breaks', () => {
    const c = CASES[3];
    const { ann } = toBrat({ text: c.text, placed: anchorAll(c.text, [c.annotations[2]]) });
    const [, spans, words] = ann.split('\n')[0].split('\t');
    assert.equal(spans.split(';').length, 2);
    assert.equal(words, 'Headline with “quotes” "We');
  });

  it('exports the analysis entities with their type and skips them on import', () => {
    const c = CASES[1];
    const entities = analyze(c.text).entities;
    const { ann } = toBrat({ text: c.text, placed: anchorAll(c.text, c.annotations), entities });
    assert.ok(ann.includes('\tPERSON '));
    const back = fromBrat(ann, c.text, deps());
    assert.deepEqual(content(back.annotations), content(c.annotations));
    assert.equal(back.skipped, entities.length);
  });

  it('labels brat changed win over the stored Tags comment; other tools\' files import too', () => {
    const text = CASES[0].text;
    const ann = [
      'T1\tsecurity 0 11\t26 Dec 2011',
      'T2\tthreat 15 28\tRussian Forei',
      'A1\tNegation T2',
      'A2\tTag T2 urgent',
      '#1\tTags T1\t["old tag"]',
      'R1\tRelated Arg1:T1 Arg2:T2',
      'T3\tORG 9999 10010\tnowhere',
      'T4\tperson 15 40\tnot these words',
    ].join('\n');
    const back = fromBrat(ann, text, deps());
    assert.deepEqual(back.annotations.map((a) => a.tags), [['security'], ['threat', 'Negation', 'urgent']]);
    assert.equal(back.skipped, 2, 'the relation and the ORG entity');
    assert.equal(back.problems.length, 2);
    assert.match(back.problems[0], /T2 \(threat\) was found -2 characters from its offsets/, 'offsets a little off: the words are found nearby');
    assert.match(back.problems[1], /T4 \(person\) does not mark "not these words"/);
    assert.equal(back.annotations[1].target.start, 13);
  });
});

describe('formats: CSV', () => {
  it('writes the annotations with RFC 4180 quoting and code-point offsets', () => {
    const texts = CASES.map((c) => ({ file: c.name, text: c.text, placed: anchorAll(c.text, c.annotations) }));
    const csv = annotationsCsv(texts);
    assert.ok(csv.endsWith('\r\n'));
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], ['file', 'start', 'end', 'passage', 'tags', 'note', 'id', 'status']);
    assert.equal(rows.length, 1 + CASES.reduce((n, c) => n + c.annotations.length, 0));
    for (const [file, start, end, passage, tags, note, id] of rows.slice(1)) {
      const c = CASES.find((x) => x.name === file);
      const a = c?.annotations.find((x) => x.id === id);
      assert.ok(c && a);
      assert.equal(cp(c.text, Number(start), Number(end)), passage);
      assert.equal(passage, a.target.exact);
      assert.equal(tags, a.tags.join(';'));
      assert.equal(note, a.note ?? '');
    }
    assert.ok(csv.includes('"Notes may hold ""quotes"", commas,\nline breaks'), 'quotes doubled, line breaks inside quotes');
  });

  it('writes the quotations with their speakers', () => {
    const c = CASES[1];
    const quotes = analyze(c.text).quotes;
    const rows = parseCsv(quotesCsv([{ file: 'a.txt', text: c.text, placed: [], quotes }]));
    assert.deepEqual(rows[0], ['file', 'speaker', 'quote', 'start', 'end', 'kind']);
    assert.equal(rows.length, quotes.length + 1);
    for (const [, , quote, start, end] of rows.slice(1)) assert.equal(cp(c.text, Number(start), Number(end)), quote);
    assert.ok(rows.some((r) => r[1] === 'Sergei Lavrov'));
  });

  it('leaves offsets empty for an unanchored annotation', () => {
    const c = CASES[2];
    const lost: Annotation = { ...c.annotations[0], id: 'gone01', target: { start: 0, end: 5, exact: 'absent words', prefix: '', suffix: '' } };
    const rows = parseCsv(annotationsCsv([{ file: 'x', text: c.text, placed: anchorAll(c.text, [lost]) }]));
    assert.deepEqual(rows[1].slice(1, 4), ['', '', 'absent words']);
    assert.equal(rows[1][7], 'unanchored');
  });
});
