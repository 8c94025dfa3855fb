// The cue after a quotation tries the verb-first forms only when the tail opens with their verb: held to all
// three sticky regular expressions tried at the lead, as the code did before the look at the first word.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cueAfter, cueRegexes, type Cue } from '../../src/core/quotes/cues';
import { endsOf } from '../../src/core/quotes/resolve';
import { cueOfMatch } from './cue-oracle';

/** Every form tried at the lead with a sticky copy of its regular expression, the longest kept (first wins a tie). */
function oracle(tail: string): Cue | null {
  const r = cueRegexes();
  const lead = /^[\s,—–-]*/.exec(tail)?.[0].length ?? 0;
  let first: Cue | null = null;
  for (const [source, subjectFirst] of [[r.subjectFirst.source, true], [r.verbFirst.source, false], [r.accordingTo.source, false]] as const) {
    const re = new RegExp(source, 'uy');
    re.lastIndex = lead;
    const m = re.exec(tail);
    if (!m) continue;
    const c = cueOfMatch(m, subjectFirst);
    if (!first || c.end > first.end) first = c;
  }
  return first;
}

const LEADS = ['', ' ', ', ', ' — ', '\n', ',\u00a0', '-'];
const WORDS = [
  'said', 'says', 'saying', 'sa', 'said,', 'Said', 'pointed', 'pointed out', 'pointedly', 'went on', 'put it', 'told', 'toldx', 'according to',
  'According to', 'accordingly', 'Accordingto', 'ccording to', 'he', 'she', 'the minister', 'the', 'Lavrov', 'Sergei Lavrov', 'China’s envoy',
  'US envoy', 'to the United Nations',
  'é', 'x', '3', ' ', '  ', '\n', ',', '.', 'and', 'has', 'also',
];
const tails = fc
  .tuple(fc.constantFrom(...LEADS), fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }))
  .map(([lead, words]) => lead + words.join(' '));

describe('the cue after a quotation', () => {
  const cases = [', said Lavrov.', ' — said the Foreign Ministry, according to', ', according to the ministry', ', pointed out Lavrov', ', he said', ', says', 'said'];
  for (const tail of cases) it(`is found in ${JSON.stringify(tail)} as every form tried at the lead finds it`, () => assert.deepEqual(cueAfter(tail), oracle(tail)));
  it('is found in any tail as every form tried at the lead finds it', () => {
    fc.assert(fc.property(tails, (tail) => assert.deepEqual(cueAfter(tail), oracle(tail))), { numRuns: 4000 });
  });
});

describe('span ends', () => {
  it('are copied in order', () => {
    fc.assert(fc.property(fc.array(fc.record({ start: fc.nat(), end: fc.nat() })), (spans) => assert.deepEqual([...endsOf(spans)], spans.map((s) => s.end))));
  });
});
