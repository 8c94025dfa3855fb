import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeStructure, isBoilerplateLine, parseDateLine, splitSentences } from '../../src/core/text';
import { seedText } from './helpers';

describe('dateline', () => {
  it('reads the seeds\' datelines', () => {
    assert.deepEqual(parseDateLine('26 Dec 2011'), { date: '2011-12-26', time: null });
    assert.deepEqual(parseDateLine('14 March 2012, 16:29'), { date: '2012-03-14', time: '16:29' });
  });
  it('reads other common forms', () => {
    assert.equal(parseDateLine('March 14, 2012')?.date, '2012-03-14');
    assert.equal(parseDateLine('Wednesday, March 14, 2012')?.date, '2012-03-14');
    assert.equal(parseDateLine('2012-03-14')?.date, '2012-03-14');
    assert.equal(parseDateLine('14.03.2012')?.date, '2012-03-14');
    assert.equal(parseDateLine('1 Sept. 2013')?.date, '2013-09-01');
    assert.deepEqual(parseDateLine('14 March 2012 at 9.05 GMT'), { date: '2012-03-14', time: '09:05' });
  });
  it('rejects lines that are not dates, and impossible dates', () => {
    assert.equal(parseDateLine('Missile defence as indicator of resetting'), null);
    assert.equal(parseDateLine('In 2012 the issue will remain'), null);
    assert.equal(parseDateLine('31 February 2012')?.date, null);
  });
});

describe('structure of seed 000', () => {
  const text = seedText('000_e9822723eeb1ed02');
  const s = analyzeStructure(text);
  it('has dateline and headline', () => {
    assert.equal(s.dateline?.text, '26 Dec 2011');
    assert.equal(s.dateline?.date, '2011-12-26');
    assert.ok(s.headline?.text.startsWith('Russian Foreign Minister Sergei Lavrov: Russia, NATO must agree'));
    assert.equal(text.slice(s.headline!.start, s.headline!.end), s.headline!.text);
  });
  it('reads one paragraph per line', () => {
    const lines = text.split('\n').filter((l) => l.trim() !== '').length;
    assert.equal(s.paragraphs.length, lines - 1); // all lines but the dateline
    assert.ok(s.paragraphs.every((p) => p.duplicateOf === null && !p.boilerplate));
  });
  it('is not a transcript, though the headline has a colon', () => {
    assert.deepEqual(s.turns, []);
  });
  it('does not split sentences after U.S.', () => {
    const sentence = s.sentences.find((x) => text.slice(x.start, x.end).includes('the U.S. Congress repeals'));
    assert.ok(sentence);
    assert.ok(text.slice(sentence.start, sentence.end).startsWith('"Russia‘s entry into the WTO'));
  });
});

describe('structure of seed 004', () => {
  const text = seedText('004_0b22a2b964df6e34');
  const s = analyzeStructure(text);
  it('reads dateline with time and the headline', () => {
    assert.equal(s.dateline?.date, '2012-03-14');
    assert.equal(s.dateline?.time, '16:29');
    assert.equal(s.headline?.text, "Missile defence as indicator of 'resetting'");
  });
  it('flags the repeated headline and the duplicated lead paragraph', () => {
    const dups = s.paragraphs.filter((p) => p.duplicateOf !== null);
    assert.equal(dups.length, 2);
    assert.equal(dups[0].duplicateOf, 0);
    const lead = s.paragraphs[dups[1].duplicateOf!];
    assert.ok(text.slice(lead.start, lead.end).startsWith('Russia is interested in constructive'));
  });
  it('finds the boilerplate lines', () => {
    const lines = s.boilerplate.map((b) => text.slice(b.start, b.end));
    assert.deepEqual(lines, ['Download audio file', '•', 'and share via']);
  });
});

describe('boilerplate', () => {
  for (const line of ['Download audio file', 'and share via', '•', 'Share this article', 'Print version', 'Read more: Lavrov in Geneva'])
    {it(`recognises "${line}"`, () => assert.ok(isBoilerplateLine(line)));}
  for (const line of ['Russia is interested in constructive equal relations with the US.', 'Share prices fell in Moscow on Monday.'])
    {it(`leaves "${line.slice(0, 30)}…" alone`, () => assert.equal(isBoilerplateLine(line), false));}
});

describe('sentences', () => {
  const split = (t: string): string[] => splitSentences(t, { start: 0, end: t.length }).map((x) => t.slice(x.start, x.end));
  it('splits at sentence ends and keeps closing quotes with their sentence', () => {
    assert.deepEqual(split('"Alas, no quick solution is anticipated." He said so. Then left.'), [
      '"Alas, no quick solution is anticipated."', 'He said so.', 'Then left.',
    ]);
  });
  it('keeps abbreviations and initials inside a sentence', () => {
    assert.deepEqual(split('Mr. Lavrov met Barack H. Obama in Washington D.C. on Monday. It went well.'), [
      'Mr. Lavrov met Barack H. Obama in Washington D.C. on Monday.', 'It went well.',
    ]);
  });
});

describe('transcripts, line endings and BOM', () => {
  it('finds turns after speaker labels', () => {
    const t = '12 May 2014\n\nPress conference\n\nQuestion: Will you meet Mr. Kerry?\n\nSergey Lavrov: We will meet in Geneva.\n\nMR. SULLIVAN: Thank you.\n';
    const s = analyzeStructure(t);
    assert.deepEqual(s.turns.map((x) => x.label.text), ['Question', 'Sergey Lavrov', 'MR. SULLIVAN']);
    assert.equal(t.slice(s.turns[1].content.start, s.turns[1].content.end), 'We will meet in Geneva.');
  });
  it('gives the same structure, shifted, for CRLF and BOM', () => {
    const lf = seedText('004_0b22a2b964df6e34');
    const crlf = '\ufeff' + lf.replace(/\n/g, '\r\n');
    const a = analyzeStructure(lf);
    const b = analyzeStructure(crlf);
    assert.equal(b.paragraphs.length, a.paragraphs.length);
    assert.equal(b.headline?.text, a.headline?.text);
    b.paragraphs.forEach((p, i) =>
      assert.equal(crlf.slice(p.start, p.end).replace(/\r\n/g, '\n'), lf.slice(a.paragraphs[i].start, a.paragraphs[i].end)),
    );
  });
  it('copes with an empty text and a text of blank lines', () => {
    assert.deepEqual(analyzeStructure('').paragraphs, []);
    assert.equal(analyzeStructure('\n\n  \n').headline, null);
  });
  it('joins hard-wrapped lines into one paragraph', () => {
    const t = 'Headline here\n\nThe minister said that the talks\nwould continue next week in\nGeneva with all parties.\n\nSecond paragraph.';
    const s = analyzeStructure(t);
    assert.equal(s.paragraphs.length, 3);
    assert.ok(t.slice(s.paragraphs[1].start, s.paragraphs[1].end).endsWith('all parties.'));
  });
});
