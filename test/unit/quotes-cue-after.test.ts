// The cue after a quotation tries the verb-first forms only when the tail opens with their verb: held to all
// three sticky regular expressions tried at the lead, as the code did before the look at the first word.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Cue } from '../../src/core/quotes/cues';
import { cueAfter } from '../../src/core/quotes/cue-after';
import { endsOf } from '../../src/core/quotes/context';
import { plainCueAfter } from './cue-oracle';

/** Every form tried at the lead with a sticky copy of its regular expression (see plainCueAfter). */
const oracle = (tail: string): Cue | null => plainCueAfter(tail, (re) => new RegExp(re.source, 'uy'));

const LEADS = ['', ' ', ', ', ' — ', '\n', ',\u00a0', '-'];
const WORDS = [
  'said', 'says', 'saying', 'sa', 'said,', 'Said', 'pointed', 'pointed out', 'pointedly', 'went on', 'put it', 'told', 'toldx', 'according to',
  'According to', 'accordingly', 'Accordingto', 'ccording to', 'he', 'she', 'the minister', 'the', 'Lavrov', 'Sergei Lavrov', 'China’s envoy',
  'US envoy', 'to the United Nations', 'EU foreign policy chief', 'Richard Mills',
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
