// The test that passes over starts of dates without running the date pattern (mayStartDateAt in entities/dates.ts)
// must never pass over a start where the pattern matches.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Candidate } from '../../src/core/entities/candidates';
import { dateCandidates, findDates, mayStartDateAt } from '../../src/core/entities/dates';
import { gazetteer } from '../../src/core/entities/load';
import { TokenView } from '../../src/core/entities/view';

const ROOT = join(__dirname, '../../..');

function textsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? textsUnder(join(dir, e.name)) : e.name.endsWith('.txt') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

const SENTENCES = [
  'About two years ago, and about 20 years later, more than a decade, More than three weeks, at least two days.',
  'At the same time, up to three weeks, well over 10 years, just over a year, nearly A few days, some 2-3 years.',
  'almost two–three months, another several years, roughly fifteen-day, less than many decades, fewer than 5 years.',
  'At the end of 2014, the beginning of next year, the first half of March 2012, the latter part of the year.',
  'the third week of May, by the close of this decade, the turn of the century, the middle of the month, end violence.',
  'the first line of the start of the end, about missile defence, around Europe, some countries, up to them, at 5.',
];

/** Asserts that the dates found from the tokens are those of findDates, and that none starts where the test passes over. */
function assertNoDateMissed(text: string): void {
  const v = new TokenView(text);
  const dates = findDates(text);
  const cands: Candidate[] = [];
  dateCandidates(v, cands);
  assert.deepEqual(
    cands.map((c) => [c.start, c.end, c.canonical]),
    dates.map((d) => [d.start, d.end, d.canonical]),
  );
  const dateStarts = new Set(dates.map((d) => d.start));
  for (let i = 0; i < v.count; i++) if (!mayStartDateAt(v, i)) assert.ok(!dateStarts.has(v.start(i)), `${v.str(i)} at ${v.start(i)}`);
}

describe('date start pre-test', () => {
  gazetteer();
  it('passes over no date of the fixtures and seeds', () => {
    const texts = [...textsUnder(join(ROOT, 'test', 'fixtures')), ...textsUnder(join(ROOT, 'seeds'))];
    assert.ok(texts.length > 10);
    for (const text of texts) assertNoDateMissed(text);
  });
  it('passes over no date of the modifiers and parts of periods', () => {
    for (const s of SENTENCES) assertNoDateMissed(s);
    assertNoDateMissed(SENTENCES.join('\n'));
  });
  it('passes over no date of texts made of their words', () => {
    const pieces = [' ', '\n', '-', '–', ',', 'about', 'About', 'at', 'At', 'least', 'up', 'to', 'more', 'than', 'well', 'over', 'end', 'first', 'half', 'of', 'the', 'year', 'two', 'a', 'few', '20', '2014', 'years', 'ago', 'March', 'week'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join('')), (text) => assertNoDateMissed(text)),
      { numRuns: 2000 },
    );
  });
});
