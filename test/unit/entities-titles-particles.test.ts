// Forms met in fresh wire copy and ministry releases: a title whose lower-case words stop the walk back from a
// reporting verb, a headline in title case, names joined by Arabic particles before a verb, a titled alias of the
// gazetteer shorter than the name written, and numeric dates. The sentences are written for these tests.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';

const ents = (text: string): string[] => findEntities(text).map((e) => `${e.type}:${e.text}`);
const people = (text: string): [string, string][] => findEntities(text).filter((e) => e.type === 'PERSON').map((e) => [e.text, e.canonical]);

describe('a title with lower-case words before a name and a reporting verb', () => {
  it('stays outside the person', () => {
    assert.deepEqual(ents('Secretary of State John Kerry said the talks went well.'), ['PERSON:John Kerry']);
    assert.deepEqual(ents('the US Secretary of State John Kerry said Saturday.'), ['GPE:US', 'PERSON:John Kerry', 'DATE:Saturday']);
    assert.deepEqual(people('Deputy Secretary of State Lena Hart said.'), [['Lena Hart', 'Lena Hart']]);
    assert.deepEqual(people('Minister of State Lena Hart said.'), [['Lena Hart', 'Lena Hart']]);
  });
  it('leaves names with no title before them as they were', () => {
    assert.deepEqual(people('Lena Hart said the talks went well.'), [['Lena Hart', 'Lena Hart']]);
    assert.deepEqual(people('He and Russian Foreign Minister Sergei Lavrov said so.'), [['Sergei Lavrov', 'Sergei Lavrov']]);
  });
});

describe('a headline in title case', () => {
  it('ends a name after a title at the headline’s verb', () => {
    assert.deepEqual(ents('Foreign Minister Welcomes Potential Ukraine Ceasefire'), ['GPE:Ukraine']);
    assert.deepEqual(ents('Lavrov Meets Blinken in Geneva'), ['PERSON:Lavrov', 'PERSON:Blinken', 'GPE:Geneva']);
    assert.deepEqual(ents('Foreign Minister Lena Hart Urges Restraint'), ['PERSON:Lena Hart']);
  });
});

describe('particles between the words of a name before a reporting verb', () => {
  it('keep the whole name', () => {
    assert.deepEqual(people('Majed bin Mohammed al-Ansari said the talks would go on.'), [['Majed bin Mohammed al-Ansari', 'Majed bin Mohammed al-Ansari']]);
    assert.deepEqual(people('Spokesman Khalid bin Rashid al-Mansour said so.'), [['Khalid bin Rashid al-Mansour', 'Khalid bin Rashid al-Mansour']]);
  });
});

describe('a person after a title, whom the gazetteer knows by that very name', () => {
  it('takes the gazetteer’s canonical name', () => {
    assert.deepEqual(people("Qatar's Foreign Minister Sheikh Mohammed bin Abdulrahman al-Thani met him."), [['Mohammed bin Abdulrahman al-Thani', 'Mohammed bin Abdulrahman Al Thani']]);
  });
  it('is the longer name after a title that also opens a shorter alias', () => {
    // `Sheikh Mohammed bin Abdulrahman` is an alias; the name written runs on to `al-Thani`.
    assert.deepEqual(people('Sheikh Mohammed bin Abdulrahman al-Thani met him.'), [['Mohammed bin Abdulrahman al-Thani', 'Mohammed bin Abdulrahman Al Thani']]);
    assert.deepEqual(people('Sheikh Mohammed bin Abdulrahman met him.'), [['Mohammed bin Abdulrahman', 'Mohammed bin Abdulrahman Al Thani']]);
  });
});

describe('numeric dates', () => {
  it('are dates in the ISO, dotted and slashed forms', () => {
    assert.deepEqual(ents('On 2014-07-31 he left.'), ['DATE:2014-07-31']);
    assert.deepEqual(ents('On 31.07.2014 he left.'), ['DATE:31.07.2014']);
    assert.deepEqual(ents('On 31/07/2014 he left.'), ['DATE:31/07/2014']);
  });
  it('leave year ranges and impossible months as they were', () => {
    assert.deepEqual(ents('In 2011-12 he served.'), ['DATE:2011-12']);
    assert.deepEqual(ents('In 2014-2015 he served.'), ['DATE:2014-2015']);
    assert.deepEqual(ents('Code 2014-13-01 failed.'), ['DATE:2014-13']);
  });
});
