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
    // The gazetteer knows him as Majed al-Ansari: the same given name and surname, so the same man.
    assert.deepEqual(people('Majed bin Mohammed al-Ansari said the talks would go on.'), [['Majed bin Mohammed al-Ansari', 'Majed al-Ansari']]);
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

describe('a middle initial in a name the gazetteer knows without it', () => {
  it('links the name to the gazetteer’s person, before a verb and after a title alike', () => {
    assert.deepEqual(people('Sergei V. Lavrov said the talks went well.'), [['Sergei V. Lavrov', 'Sergei Lavrov']]);
    assert.deepEqual(people('Then Sergei V. Lavrov said so.'), [['Sergei V. Lavrov', 'Sergei Lavrov']]);
  });
  it('links no other given name to that surname', () => {
    assert.deepEqual(people('Then Anna K. Lavrov said so.'), [['Anna K. Lavrov', 'Anna K. Lavrov']]);
  });
});

describe('a speaker’s country in parentheses, as UN meetings coverage gives it', () => {
  it('makes the name before it a person', () => {
    assert.deepEqual(people('Amina Yusuf (Nigeria) said the Council must act.'), [['Amina Yusuf', 'Amina Yusuf']]);
    assert.deepEqual(people('Vassily A. Nebenzia (Russian Federation), whose delegation coordinated it, said.'), [['Vassily A. Nebenzia', 'Vassily Nebenzia']]);
  });
  it('leaves names the gazetteer knows as places, and acronyms in parentheses', () => {
    assert.deepEqual(ents('Northern Ireland (UK) voted.'), ['GPE:Northern Ireland', 'GPE:UK']);
    assert.deepEqual(people('The Organisation of Islamic Cooperation (OIC) met.'), []);
  });
  it('leaves names that end as a place’s name does', () => {
    assert.deepEqual(people('The mayor of Belfast City (UK) said the plan was sound.'), []);
    assert.deepEqual(people('Sindh Province (Pakistan) reported floods.'), []);
  });
});

describe('a role with hyphens after a name and a comma', () => {
  it('makes the name a person', () => {
    assert.deepEqual(people('Jeffrey Feltman, Under-Secretary-General for Political Affairs, recalled that.'), [['Jeffrey Feltman', 'Jeffrey Feltman']]);
  });
});

describe('a title with its complement before the name', () => {
  it('finds the name after a portfolio or a body or place the gazetteer knows', () => {
    assert.deepEqual(people('US Secretary of Commerce Penny Pritzker met him.'), [['Penny Pritzker', 'Penny Pritzker']]);
    assert.deepEqual(people('Minister for Foreign Affairs and Trade Nanaia Mahuta met him.'), [['Nanaia Mahuta', 'Nanaia Mahuta']]);
    assert.deepEqual(ents('US Deputy Permanent Representative to the United Nations Richard Mills said.'), ['GPE:US', 'ORG:United Nations', 'PERSON:Richard Mills']);
    assert.deepEqual(people('the Minister for Europe Lena Hart said.'), [['Lena Hart', 'Lena Hart']]);
  });
  it('makes no person of a complement that names an office', () => {
    assert.deepEqual(people('A briefing by the Spokesperson for the Secretary-General.'), []);
    assert.deepEqual(ents('the President of Russia met him.'), ['GPE:Russia']);
  });
});

describe('a body named in a headline in title case', () => {
  it('starts after the headline’s verbs and function words', () => {
    assert.deepEqual(ents('Members Warn That Persistent Deadlock Threatens Security Council’s Credibility'), ['ORG:Security Council']);
    assert.deepEqual(ents('Security Council Adopts Annual Report to General Assembly'), ['ORG:Security Council', 'ORG:General Assembly']);
  });
});

describe('a surname two people of the gazetteer share', () => {
  it('means the one today’s texts mean', () => {
    assert.deepEqual(people('The Assad regime had murdered hundreds of thousands.'), [['Assad', 'Bashar al-Assad']]);
  });
});

describe('a full name a rule found, written again without its title', () => {
  it('is one mention of the whole name, not the surname alone', () => {
    const found = findEntities('Spokesperson Lena Hart held it. Then Lena Hart started. Hart left.').map((e) => [e.text, e.canonical, e.start]);
    assert.deepEqual(found, [['Lena Hart', 'Lena Hart', 13], ['Lena Hart', 'Lena Hart', 37], ['Hart', 'Lena Hart', 56]]);
    assert.deepEqual(people('Spokesperson Hong Lei held a press conference.\n\nHong Lei started it.'), [['Hong Lei', 'Hong Lei'], ['Hong Lei', 'Hong Lei']]);
  });
});
