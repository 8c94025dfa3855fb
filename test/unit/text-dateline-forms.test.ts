import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseDateLine } from '../../src/core/text/dateline';

describe('datelines of the genre', () => {
  it('reads a date after a place', () => {
    assert.deepEqual(parseDateLine('Washington, March 29, 2022'), { date: '2022-03-29', time: null });
    assert.deepEqual(parseDateLine('Vienna, 7 April 2021'), { date: '2021-04-07', time: null });
    assert.deepEqual(parseDateLine('Moscow, 14 March 2012, 16:29 MSK'), { date: '2012-03-14', time: '16:29' });
  });
  it('reads a date before a section’s name', () => {
    assert.deepEqual(parseDateLine('12 June 2024 Humanitarian Aid'), { date: '2024-06-12', time: null });
  });
  it('reads a time on the 12-hour clock with a zone', () => {
    assert.deepEqual(parseDateLine('March 14, 2024 6:42 PM GMT'), { date: '2024-03-14', time: '18:42' });
    assert.deepEqual(parseDateLine('12 March 2012 12:05 am'), { date: '2012-03-12', time: '00:05' });
  });
  it('takes no line with words in lower case around the date for a dateline', () => {
    assert.equal(parseDateLine('Russia warns NATO, March 3, 2012 talks'), null);
    assert.equal(parseDateLine('Lavrov said on 3 March 2012 that'), null);
  });
});
