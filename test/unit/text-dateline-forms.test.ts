import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseDateLine } from '../../src/core/text/dateline';
import { analyzeStructure } from '../../src/core/text';

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

describe('a date with a label or a time after a dash', () => {
  it('reads the date and leaves the label', () => {
    assert.deepEqual(parseDateLine('31.07.2014 - Press release'), { date: '2014-07-31', time: null });
    assert.deepEqual(parseDateLine('Thursday 26 November 2026 – 10:15'), { date: '2026-11-26', time: null });
  });
  it('reads a wire’s date before slashes, and a page’s before a counter set off by spaces', () => {
    assert.deepEqual(parseDateLine('April 18, 2016 / 11:50 AM / a year ago'), { date: '2016-04-18', time: null });
    assert.deepEqual(parseDateLine('16 August 2014    Read: 677'), { date: '2014-08-16', time: null });
  });
  it('takes no slash or spaces before a word alone for a date', () => {
    assert.equal(parseDateLine('March 2014 / a review'), null);
    assert.equal(parseDateLine('Moscow    2014'), null);
  });
  it('takes no dash with a word or a year alone for a date', () => {
    assert.equal(parseDateLine('Moscow - 2014'), null);
    assert.equal(parseDateLine('March 2014 – a review'), null);
  });
});

describe('a date line under the headline', () => {
  const text = 'Foreign Minister on the Contact Group\n\n31.07.2014 - Press release\n\nThe spokesperson issued a statement.\n';
  const s = analyzeStructure(text);
  it('is the dateline, and the line above it the headline', () => {
    assert.equal(s.dateline?.date, '2014-07-31');
    assert.equal(s.dateline?.text, '31.07.2014 - Press release');
    assert.equal(s.headline?.text, 'Foreign Minister on the Contact Group');
  });
  it('is no paragraph: the body starts after it', () => {
    assert.deepEqual(s.paragraphs.map((p) => text.slice(p.start, p.end)), ['Foreign Minister on the Contact Group', 'The spokesperson issued a statement.']);
  });
  it('is looked for only under a headline, and only on the second line', () => {
    const second = analyzeStructure('The minister said on Monday that talks would resume in Geneva next week after a long pause in them.\n\n31.07.2014\n');
    assert.equal(second.dateline, null);
    const third = analyzeStructure('Talks resume\n\nA short lead.\n\n31.07.2014\n');
    assert.equal(third.dateline, null);
  });
});

describe('a wire’s dateline at the start of the lead', () => {
  const dateline = (text: string) => analyzeStructure(text).dateline;
  it('is the place, the day and the agency, with the date only when it gives a year', () => {
    assert.deepEqual(dateline('Talks end\n\nMOSCOW, April 18 (Reuters) - Russia said so.\n'), { start: 11, end: 37, text: 'MOSCOW, April 18 (Reuters)', date: null, time: null });
    assert.equal(dateline('Talks end\n\nUNITED NATIONS, March 14, 2022 (AP) — The council met.\n')?.date, '2022-03-14');
    assert.equal(dateline('Talks end\n\nPSKOV, May 30. /TASS/. Ryabkov said so.\n')?.text, 'PSKOV, May 30. /TASS/.');
    assert.equal(dateline('Talks end\n\nOct 15 (Reuters) - Saudi Arabia said so.\n')?.text, 'Oct 15 (Reuters)');
  });
  it('may follow a byline', () => {
    assert.equal(dateline('Ministers meet\nBy Byun Duk-kun\n\nHONOLULU, Feb. 12 (Yonhap) -- The ministers met.\n')?.text, 'HONOLULU, Feb. 12 (Yonhap)');
  });
  it('is no sentence that opens with a date and brackets', () => {
    assert.equal(dateline('Talks end\n\nMay 5 (Monday) was the day the talks began.\n'), null);
    assert.equal(dateline('Talks end\n\nIn May 2020 (a year ago) the talks began.\n'), null);
  });
  it('gives way to a date line above it', () => {
    assert.equal(dateline('Talks end\n18.04.2016\n\nMOSCOW, April 18 (Reuters) - Russia said so.\n')?.text, '18.04.2016');
  });
});

describe('a line of a page’s metadata under the headline', () => {
  const datelineOf = (second: string): [string | null, string | null] | null => {
    const d = analyzeStructure(`Foreign Minister visits Laos\n\n${second}\n\nThe minister arrived on Monday and met officials.\n`).dateline;
    return d === null ? null : [d.date, d.time];
  };
  it('gives its date, and the time after it, whatever the site puts around them', () => {
    assert.deepEqual(datelineOf('Canberra | July 26, 2024 9:41:28 PM IST'), ['2024-07-26', '21:41']);
    assert.deepEqual(datelineOf('08 September 2006 [14:08] - TODAY.AZ'), ['2006-09-08', '14:08']);
    assert.deepEqual(datelineOf('Wahyu Dwi Anggoro • 29 August 2022 13:00'), ['2022-08-29', '13:00']);
    assert.deepEqual(datelineOf('By The Associated Press February 7, 2017 5:38 am 02/07/2017 05:38am'), ['2017-02-07', '05:38']);
    assert.deepEqual(datelineOf('Published March 02,2024'), ['2024-03-02', null]);
    assert.deepEqual(datelineOf('06.05.2008 17:30 GMT+04:00'), ['2008-05-06', '17:30']);
  });
  it('is no sentence, and is only the line under the headline', () => {
    assert.equal(datelineOf('Talks end on May 14, 2020'), null);
    assert.equal(analyzeStructure('Canberra | July 26, 2024 9:41 PM\n\nThe minister arrived.\n').dateline, null);
  });
});
