// Hard-wrapped texts: a line break that only wraps a paragraph is read as a space, so that names, terms and the
// cues of speakers run on over it, and the mentions and quotations over one keep their text as written.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../src/core/analyze';
import { unionOfSpans } from '../../src/core/analyze/blank';
import { sliceBounds } from '../../src/core/analyze/slices';
import { applyCorrections } from '../../src/core/entities/corrections';
import { analyzeStructure, type Span } from '../../src/core/text';
import { softBreaks } from '../../src/core/text/softbreaks';
import { ROOT, SEED_NAMES, seedText } from './helpers';

const HELD_OUT = path.join(ROOT, 'test', 'fixtures', 'heldout');

/** The real texts: the seeds and the held-out articles, one paragraph per line, set apart by blank lines. */
function realTexts(): { name: string; text: string }[] {
  const held = fs
    .readdirSync(HELD_OUT)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(HELD_OUT, f), 'utf8') }));
  return [...SEED_NAMES.map((n) => ({ name: n, text: seedText(n) })), ...held].map((t) => ({ name: t.name, text: t.text.replace(/\r/g, '').replace(/\n+/g, '\n\n') }));
}

/**
 * The text wrapped at `width` columns from `from` on, as a mail or a terminal would: a space becomes a line break
 * wherever the line would run past the width, so every offset stays the same.
 */
function wrap(text: string, width: number, from: number): string {
  const units = text.split('');
  let column = 0;
  let lastSpace = -1;
  for (let i = from; i < units.length; i++) {
    if (units[i] === '\n') {
      column = 0;
      lastSpace = -1;
      continue;
    }
    if (units[i] === ' ') lastSpace = i;
    column++;
    if (column > width && lastSpace >= 0) {
      units[lastSpace] = '\n';
      column = i - lastSpace;
      lastSpace = -1;
    }
  }
  return units.join('');
}

const entityKeys = (a: Analysis): string[] => a.entities.map((e) => `${e.start}-${e.end} ${e.type} ${e.canonical}`);
const speakerKeys = (a: Analysis): string[] => a.quotes.map((q) => `${q.start}-${q.end} ${q.kind} ${q.speaker?.name ?? '-'}`);

describe('hard-wrapped texts', () => {
  for (const width of [60, 72]) {
    it(`finds the same entities, quotations and speakers in the real texts wrapped at ${width} columns`, () => {
      let wrappedNames = 0;
      for (const { name, text } of realTexts()) {
        const plain = analyze(text);
        // The headline stays one line: a headline wrapped over two is read as a headline and a paragraph.
        const wrapped = wrap(text, width, plain.structure.headline?.end ?? 0);
        const a = analyze(wrapped);
        assert.deepEqual(entityKeys(a), entityKeys(plain), name);
        assert.deepEqual(speakerKeys(a), speakerKeys(plain), name);
        for (const e of a.entities) assert.equal(e.text, wrapped.slice(e.start, e.end), `${name}: ${e.text}`);
        for (const q of a.quotes) {
          assert.equal(q.text, wrapped.slice(q.start, q.end), name);
          if (q.speaker) assert.equal(q.speaker.cue.text, wrapped.slice(q.speaker.cue.start, q.speaker.cue.end), name);
        }
        wrappedNames += a.entities.filter((e) => e.text.includes('\n')).length;
      }
      // The test means something only when names do run over a break.
      assert.ok(wrappedNames >= 10, `only ${wrappedNames} names ran over a line break`);
    });
  }

  it('reads a name and a speaker over a CRLF break, and gives them their text as written', () => {
    const text =
      'VIENNA, 7 April 2021\r\n\r\nIran talks wrap up\r\n\r\n' +
      "Russia's ambassador to international organisations in Vienna, Mikhail\r\n" +
      'Ulyanov, wrote on Twitter that the meeting had been "successful" and that\r\n' +
      'restoring the deal "will not happen immediately," adding that the U.S.\r\n' +
      'Ambassador to the United Nations, Linda Thomas-Greenfield, had been briefed.\r\n';
    const a = analyze(text);
    const ulyanov = a.entities.find((e) => e.canonical === 'Mikhail Ulyanov');
    assert.ok(ulyanov, 'Mikhail Ulyanov is found over the break');
    assert.equal(ulyanov.text, 'Mikhail\r\nUlyanov');
    assert.equal(ulyanov.text, text.slice(ulyanov.start, ulyanov.end));
    assert.deepEqual(
      a.quotes.map((q) => [q.text, q.speaker?.name]),
      [
        ['successful', 'Mikhail Ulyanov'],
        ['will not happen immediately,', 'Mikhail Ulyanov'],
      ],
    );
  });
});

describe('soft line breaks', () => {
  const para = (text: string): Span[] => softBreaks(text, analyzeStructure(text).paragraphs);

  it('are the breaks inside a wrapped paragraph, each with its one or two code units', () => {
    const line1 = 'The Security Council on Thursday extended the mandate of the';
    const line2 = 'United Nations Mission in South Sudan for another year, with';
    const text = `Headline\n\n${line1}\r\n${line2}\r\nthirteen votes in favour.`;
    const at = text.indexOf('\r\n', text.indexOf(line1));
    assert.deepEqual(para(text), [
      { start: at, end: at + 2 },
      { start: at + 2 + line2.length, end: at + 4 + line2.length },
    ]);
  });

  it('are none in a text of one paragraph per line', () => {
    assert.deepEqual(para(seedText(SEED_NAMES[0])), []);
  });

  it('are read at the width most lines fill, also when one line was left unwrapped', () => {
    // A Tehran agency's briefing as it was published: a lead of 150 characters, then lines wrapped near 80.
    const lead = 'Tehran, YJC. The Foreign Ministry Spokesman’s weekly news conference has addressed regional issues from Turkey to Qatar.';
    const text = `${lead}\nProviding comments on the resignation of the Qatari Emir, spokesman Abbas\nAraqchi said "There are rumors about developments in Qatar which have grown\nofficial since last night, when changes in the Qatari ruling power were\nannounced," and added that Iran follows them closely.`;
    const a = analyze(text);
    assert.deepEqual(
      a.entities.filter((e) => e.type === 'PERSON').map((e) => [e.text, e.canonical]),
      [['Abbas\nAraqchi', 'Abbas Araghchi']],
    );
    assert.equal(a.quotes[0].speaker?.name, 'Abbas Araghchi');
  });

  it('are none in a list of short lines, nor after a line its writer ended short', () => {
    assert.deepEqual(para('Headline\n\nTags\nOffice of the Spokesperson\nPress Briefings\nRussia\nUkraine\nIran\n'), []);
    // Two full lines and two short ones: a block of lines broken by hand, not wrapped.
    const text = 'Headline\n\nThe ministers of the five states met in the capital to agree on\nthe text\nof the declaration and the\nannex that the summit is to adopt next month in Vienna\n';
    assert.deepEqual(para(text), []);
  });
});

describe('spans joined for blanking', () => {
  it('are in order and apart, and cover every code unit either list covers', () => {
    const spans = fc.array(fc.tuple(fc.nat(60), fc.nat(8)), { maxLength: 8 }).map((xs) => {
      const sorted = xs.map(([s, n]) => ({ start: s, end: s + n })).sort((a, b) => a.start - b.start);
      // In order and apart, as the structure gives them.
      const out: Span[] = [];
      for (const s of sorted) if (out.length === 0 || s.start > out[out.length - 1].end) out.push(s);
      return out;
    });
    fc.assert(
      fc.property(spans, spans, (a, b) => {
        const u = unionOfSpans(a, b);
        for (let k = 1; k < u.length; k++) assert.ok(u[k].start > u[k - 1].end);
        const covered = (list: Span[], i: number): boolean => list.some((s) => s.start <= i && i < s.end);
        for (let i = 0; i < 80; i++) assert.equal(covered(u, i), covered(a, i) || covered(b, i));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('corrections over a line break', () => {
  const text = 'Talks were held with Ambassador Elitsa\nDragomirova and the Vienna\nGroup.';
  const base = [{ start: 53, end: 58, text: 'Vienna', type: 'GPE' as const, canonical: 'Vienna', source: 'gazetteer' as const }];

  it('adds a name wherever its words stand, over a line break too', () => {
    const out = applyCorrections(text, [], { add: [{ text: 'Elitsa Dragomirova', type: 'PERSON' }, { text: 'Vienna\nGroup', type: 'ORG' }] });
    assert.deepEqual(
      out.map((e) => [e.text, e.type, e.canonical]),
      [
        ['Elitsa\nDragomirova', 'PERSON', 'Elitsa Dragomirova'],
        ['Vienna\nGroup', 'ORG', 'Vienna Group'],
      ],
    );
  });

  it('rejects a mention whose words match, whatever white space stands between them', () => {
    const wrapped = [{ ...base[0], start: 32, end: 50, text: 'Elitsa\nDragomirova', type: 'PERSON' as const, canonical: 'Elitsa Dragomirova' }];
    assert.deepEqual(applyCorrections(text, wrapped, { reject: [{ text: 'Elitsa  Dragomirova' }] }), []);
    assert.equal(applyCorrections(text, wrapped, { reject: [{ text: 'Elitsa Dragomirov' }] }).length, 1);
  });
});

describe('slices of a long hard-wrapped text', () => {
  it('end at blank lines, so that no paragraph is cut in two', () => {
    const article = realTexts()[2].text;
    const text = Array.from({ length: 40 }, () => wrap(article, 64, 0)).join('\n\n');
    const bounds = sliceBounds(text, 20_000);
    assert.ok(bounds.length > 5);
    for (const b of bounds.slice(0, -1)) assert.match(text.slice(b.end - 1, b.end + 1), /^\n\n$/, `cut at ${b.end}`);
    assert.equal(bounds.at(-1)?.end, text.length);
  });

  it('end at the first line break after the size when no blank line comes soon', () => {
    const text = 'x'.repeat(30_000).replace(/x{99}/g, (m) => `${m}\n`);
    const [first] = sliceBounds(text, 10_000);
    assert.equal(first.end, text.indexOf('\n', 10_000) + 1);
  });
});
