// Forms met in blind batch 88: a UN video shot list, whose fields (`STORY:`, `TRT:`, `DATELINE:`) are no transcript
// speakers and whose soundbite lines (`4. SOUNDBITE (French) Name, Role:`) say whose words the next paragraph
// quotes; a ministry's release (`an official release from Itamaraty Palace`); a title that goes on in lower case;
// a body's representative or official, a person (from batch 89 too); a journalist `from` an outlet in a briefing.
// The texts are written for these tests after the batch's own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { findEntities } from '../../src/core/entities';
import { quoteSpeakers } from './helpers';

const SHOT_LIST =
  'UN / MALI\n\nSTORY: UN / MALI\n\nTRT: 2:20\n\nSOURCE: UNIFEED\n\nLANGUAGE: FRENCH / NATS\n\nDATELINE: 12 JUNE 2019, NEW YORK CITY / FILE\n\n' +
  '1. Wide shot, exterior United Nations headquarters\n\n' +
  '4. SOUNDBITE (French) Mahamat Saleh Annadif, Special Representative of the Secretary-General for Mali:\n\n' +
  '“This hellish vicious cycle of violence must be stopped.”\n\n5. Med shot, Council President\n\n' +
  'SOUNDBITE (French) Mahamat Saleh Annadif, Special Representative of the Secretary-General for Mali:\n\n“The glimmer of hope cannot be lost.”\n';

describe('a video shot list', () => {
  it('has no transcript turns for its fields', () => {
    assert.deepEqual(analyze(SHOT_LIST).structure.turns, []);
  });
  it('gives each soundbite to the person its line names', () => {
    assert.deepEqual(quoteSpeakers(SHOT_LIST), ['Mahamat Saleh Annadif', 'Mahamat Saleh Annadif']);
  });
  it('a line with a verb before its colon is a cue as before', () => {
    assert.deepEqual(quoteSpeakers('Mali\n\nThe minister Sergey Lavrov said this:\n\n“This cycle must be stopped.”\n'), ['Sergei Lavrov']);
  });
});

describe('a release from a ministry', () => {
  it('`an official release from Itamaraty Palace` is the ministry’s, not an official’s', () => {
    const text = 'Brazil\n\n“The Brazilian government regrets such a situation”, said an official release from Itamaraty Palace.\n';
    assert.deepEqual(quoteSpeakers(text), ['Brazilian Foreign Ministry']);
  });
  it('`an official in the delegation` is still an official', () => {
    assert.deepEqual(quoteSpeakers('Brazil\n\nLavrov met Wang Yi.\n\n“We regret it,” said an official in the delegation.\n'), [null]);
  });
});

describe('a title that goes on in lower case', () => {
  it('leaves no portfolio word as a name (`Deputy Foreign minister Antonio Patriota`)', () => {
    const people = findEntities('Brazilian Deputy Foreign minister Antonio Patriota held contacts with his counterpart.').filter((e) => e.type === 'PERSON');
    assert.deepEqual(people.map((e) => e.text), ['Antonio Patriota']);
  });
});

describe("a clause about someone's words before a colon", () => {
  it('`His message … was unequivocal:` gives the quotation to whom the possessive stands for', () => {
    const text = 'Lula\n\nLula advocated for a diplomatic path. His message to Trump was unequivocal: “Latin America is a region of peace.”\n';
    assert.deepEqual(quoteSpeakers(text), ['Luiz Inácio Lula da Silva']);
  });
  it('`Her answer was short:` too', () => {
    assert.deepEqual(quoteSpeakers('Briefing\n\nMaria Zakharova spoke. Her answer was short: “No.”\n'), ['Maria Zakharova']);
  });
});

describe("a body's representative", () => {
  it('is a person who holds that post, not the body', () => {
    const text =
      'Briefing\n\n"We comment on facts and answer questions," Maria Zakharova said at the briefing.\n\n' +
      '"I am doing what is prescribed to me," the official representative of the Russian Foreign Ministry told the reporter.\n';
    assert.deepEqual(quoteSpeakers(text), ['Maria Zakharova', 'Maria Zakharova']);
  });
});

describe("a ministry's official", () => {
  it('is the spokesman of that ministry named just before', () => {
    const text =
      'Drills\n\nOn Wednesday, Chinese Foreign Ministry spokesman Wang Bin welcomed the decision.\n\n' +
      '“This reflects the independent foreign policy of the Philippines,” the Chinese foreign ministry official said.\n';
    assert.deepEqual(quoteSpeakers(text), ['Wang Bin']);
  });
  it('is the ministry when no one of it is named', () => {
    assert.deepEqual(quoteSpeakers('Drills\n\n“This reflects an independent policy,” the Chinese foreign ministry official said.\n'), ['Chinese Foreign Ministry']);
  });
});

describe('a long clause between the cue and its quotations', () => {
  it('up to a hundred characters, reports both quotations of the sentence', () => {
    const text =
      "Talks\n\nLi Zhaoxing met Condoleezza Rice.\n\nRice said the nuclear test announcement of the Democratic People's Republic of Korea (DPRK) was \"a serious provocation\" and it \"poses threat\" to international peace and security.\n";
    assert.deepEqual(quoteSpeakers(text), ['Condoleezza Rice', 'Condoleezza Rice']);
  });
});

describe('a journalist from an outlet, as a briefing reads out the questions', () => {
  it('is the one who asks, not the outlet', () => {
    const text =
      'Briefing\n\nShri Yatin Patel, OSD (PR): Sir, Dhairya from Sputnik has asked, "Could you please share some details about the stopover?" ' +
      'Meghna from Doordarshan is asking, "Is there any discussion on Afghanistan?"\n';
    assert.deepEqual(quoteSpeakers(text), ['Dhairya', 'Meghna']);
  });
  it('people or a place before `from` are no journalist', () => {
    assert.deepEqual(quoteSpeakers('Talks\n\nOfficials from Reuters have asked, "Is it true?"\n'), ['Reuters']);
    assert.deepEqual(quoteSpeakers('Talks\n\nMoscow from Interfax said: "No."\n'), ['Interfax']);
  });
});

describe('dates', () => {
  const dates = (text: string): string[] => findEntities(text).filter((e) => e.type === 'DATE').map((e) => e.text);
  it('a range of days joined by `and` is one date; one across two months is two', () => {
    assert.deepEqual(dates('They meet on November 9 and 10 in Santa Marta.'), ['November 9 and 10']);
    assert.deepEqual(dates('The mission ran from 11 June to 11 September.'), ['11 June', '11 September']);
  });
  it('`next August 6` takes its day, and a weekday its date with an ordinal', () => {
    assert.deepEqual(dates('He visits Caracas next August 6.'), ['next August 6']);
    assert.deepEqual(dates('Friday, July 23rd 2010 - 22:19 UTC'), ['Friday, July 23rd 2010']);
  });
});
