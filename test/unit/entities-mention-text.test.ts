// The text of each entity is taken from its canonical name when that spells the same (see mentionText in
// entities/find.ts): it must still be exactly the text of the mention's span.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findEntities } from '../../src/core/entities';

const SEEDS = join(__dirname, '../../../seeds');

function assertSpansSpelled(text: string): void {
  for (const e of findEntities(text)) assert.equal(e.text, text.slice(e.start, e.end), `${e.canonical} at ${e.start}`);
}

describe('entity mention text', () => {
  it('is the text of the span, on the seed articles', () => {
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) assertSpansSpelled(readFileSync(join(SEEDS, f), 'utf8'));
  });

  it('is the text of the span where the canonical name differs (aliases, acronyms, variant spellings)', () => {
    const pieces = ['Sergey Lavrov', 'Lavrov', 'Sergei Lavrov', 'League of Arab States (LAS)', 'LAS', 'U.S.', 'United States', 'VIENNA', 'said', 'on 12 May 2014', ' ', '. ', ', '];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), (xs) => assertSpansSpelled(xs.join(''))), { numRuns: 200 });
  });
});
