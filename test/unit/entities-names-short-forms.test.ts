// Short forms of names that British, Gulf and Levantine copy uses after the full name (`Sir Kim`, `Mr Al Otaiba`,
// `Deputy Prime Minister Moualem`), names with a capitalised particle or an apostrophe, the article the
// gazetteer's institutions go without (`The Kremlin`), the abbreviated Koreas of wire headlines, and the names
// of photo credits. The sentences are written for these tests, after forms met in fresh texts of the genre.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';

const ents = (text: string): string[] => findEntities(text).map((e) => `${e.type}:${e.text}${e.canonical !== e.text ? `→${e.canonical}` : ''}`);
const people = (text: string): [string, string][] => findEntities(text).filter((e) => e.type === 'PERSON').map((e) => [e.text, e.canonical]);

describe('a capitalised particle inside a name before a reporting verb', () => {
  it('keeps the given name at a sentence start', () => {
    assert.deepEqual(people('Yousef Al Otaiba said the talks went well.'), [['Yousef Al Otaiba', 'Yousef Al Otaiba']]);
    assert.deepEqual(people('Walid Al-Moualem said the talks went well.'), [['Walid Al-Moualem', 'Walid Al-Moualem']]);
  });
  it('still drops a word before a two-word name at a sentence start', () => {
    assert.deepEqual(people('Moldovan President Maia Sandu said so.'), [['Maia Sandu', 'Maia Sandu']]);
  });
});

describe('the surname of a name with a particle, alone later', () => {
  it('takes the full name with the particle written apart or hyphened', () => {
    assert.deepEqual(people('Yousef Al Otaiba said it. Later Mr Al Otaiba said no.'), [
      ['Yousef Al Otaiba', 'Yousef Al Otaiba'],
      ['Al Otaiba', 'Yousef Al Otaiba'],
    ]);
    assert.deepEqual(people('Walid Al-Moualem said it. Later Deputy Prime Minister Moualem said no.'), [
      ['Walid Al-Moualem', 'Walid Al-Moualem'],
      ['Moualem', 'Walid Al-Moualem'],
    ]);
  });
});

describe('a knight or dame called by the given name', () => {
  it('takes the full name, without the title in either span', () => {
    assert.deepEqual(people('Sir Kim Darroch spoke. Later Sir Kim said no.'), [
      ['Kim Darroch', 'Kim Darroch'],
      ['Kim', 'Kim Darroch'],
    ]);
    assert.deepEqual(people('Prime Minister Sir Keir Starmer spoke. Sir Keir said no.'), [
      ['Keir Starmer', 'Keir Starmer'],
      ['Keir', 'Keir Starmer'],
    ]);
  });
  it('takes the full name after a head of government’s abbreviated title too (`PM Imran`)', () => {
    assert.deepEqual(people('Prime Minister Imran Khan said it. Later PM Imran said no.'), [
      ['Imran Khan', 'Imran Khan'],
      ['Imran', 'Imran Khan'],
    ]);
  });
  it('links no given name without the title', () => {
    assert.deepEqual(people('Kim Darroch said it. Then Kim said no.'), [['Kim Darroch', 'Kim Darroch']]);
  });
});

describe('institutions after a sentence-initial The', () => {
  it('leave the article out of the span', () => {
    assert.deepEqual(ents('The Kremlin press service said so.'), ['ORG:Kremlin']);
    assert.deepEqual(ents('The White House said so.'), ['ORG:White House']);
    assert.deepEqual(ents('The Pentagon said so.'), ['ORG:Pentagon']);
  });
});

describe('the Koreas as a wire headline abbreviates them', () => {
  it('tells North from South', () => {
    assert.deepEqual(ents('Foreign ministers of S. Korea, Japan meet over N. Korea, bilateral issues'), [
      'GPE:S. Korea→South Korea',
      'GPE:Japan',
      'GPE:N. Korea→North Korea',
    ]);
  });
});

describe('title-case headline verbs', () => {
  it('end a name rather than join it', () => {
    assert.deepEqual(ents('Secretary-General Tells Security Council in Open Debate'), ['ORG:Security Council→United Nations Security Council']);
  });
});

describe('an apostrophe inside a name', () => {
  it('joins its capitalised parts, and a possessive stays out', () => {
    assert.deepEqual(people('Conor O’Brien said it.'), [['Conor O’Brien', 'Conor O’Brien']]);
    assert.deepEqual(people("Massimo D'Alema said it."), [["Massimo D'Alema", "Massimo D'Alema"]]);
    assert.deepEqual(ents('Ireland’s Foreign Minister Simon Coveney said so.'), ['GPE:Ireland', 'PERSON:Simon Coveney']);
  });
});

describe('the photographer of a credit line', () => {
  it('is a person before `via` in brackets, before a slash and an outlet, after an agency and a slash', () => {
    assert.deepEqual(people('A missile is seen over Tel Aviv (Tomer Neuberg via AP)'), [['Tomer Neuberg', 'Tomer Neuberg']]);
    assert.deepEqual(people('The ambassador spoke.\nAntonie Robertson / The National'), [['Antonie Robertson', 'Antonie Robertson']]);
    assert.deepEqual(people('The two ministers met. ©REUTERS/Jason Reed'), [['Jason Reed', 'Jason Reed']]);
    // Not the official named before with the same family name (`Wang` would be Wang Yi).
    assert.deepEqual(people('Xi Jinping meets Wang Yi in Beijing. (Xinhua/Wang Ye)'), [['Xi Jinping', 'Xi Jinping'], ['Wang Yi', 'Wang Yi'], ['Wang Ye', 'Wang Ye']]);
  });
  it('takes no places joined by a slash, nor a name before via in running text', () => {
    assert.deepEqual(ents('Flights via Dubai to Moscow/St Petersburg resumed.'), ['GPE:Dubai', 'GPE:Moscow', 'GPE:St Petersburg→St. Petersburg']);
    assert.deepEqual(people('Talks with Lena Hart via video link went on.'), []);
    assert.deepEqual(ents('The figures (Xinhua/Reuters) and the talks (Moscow/Washington) were cited.'), ['ORG:Xinhua', 'ORG:Reuters', 'GPE:Moscow', 'GPE:Washington']);
  });
});

describe('groups of people the gazetteer lists beyond the demonyms of states', () => {
  it('takes plurals, regions and parties, the longest form first', () => {
    assert.deepEqual(ents('The Rohingyas fled as Central Asian states and Tory MPs met.'), ['NORP:Rohingyas', 'NORP:Central Asian', 'NORP:Tory']);
  });
});

describe('names next to titles and bodies', () => {
  it('start after a title’s complement with an article (`Ambassador to the US`)', () => {
    assert.deepEqual(ents('Ambassador to the US Anatoly Antonov said it.'), ['GPE:US→United States', 'PERSON:Anatoly Antonov']);
  });
  it('end a body’s `of` tail, as a title does', () => {
    assert.deepEqual(ents('Spokesperson of the Ministry of External Affairs Randhir Jaiswal said it.'), [
      'ORG:Ministry of External Affairs→Indian Ministry of External Affairs',
      'PERSON:Randhir Jaiswal',
    ]);
    assert.deepEqual(ents('The Ministry of External Affairs Spokesperson Ram Kumar said it.'), [
      'ORG:Ministry of External Affairs→Indian Ministry of External Affairs',
      'PERSON:Ram Kumar',
    ]);
  });
  it('keep a given name that is a title elsewhere when the gazetteer says so', () => {
    assert.deepEqual(ents('Sheikh Hasina said it. Later Hasina said no.'), ['PERSON:Sheikh Hasina', 'PERSON:Hasina→Sheikh Hasina']);
    assert.deepEqual(ents('Sheikh Tamim bin Hamad said it.'), ['PERSON:Tamim bin Hamad→Tamim bin Hamad Al Thani']);
  });
});

describe('a Korean given name joined by a hyphen', () => {
  it('keeps its second syllable, before a verb and after a title alike', () => {
    assert.deepEqual(people('Yun Byung-se said it.'), [['Yun Byung-se', 'Yun Byung-se']]);
    assert.deepEqual(people('South Korean Foreign Minister Chung Eui-yong said it.'), [['Chung Eui-yong', 'Chung Eui-yong']]);
    assert.deepEqual(people('The talks went on.\nBy Byun Duk-kun'), [['Byun Duk-kun', 'Byun Duk-kun']]);
  });
  it('leaves compounds with a name alone', () => {
    assert.deepEqual(ents('The Trump-era policy was dead, Obama said.'), ['PERSON:Obama→Barack Obama']);
    assert.deepEqual(ents('US-led forces struck, Lavrov said.'), ['GPE:US→United States', 'PERSON:Lavrov→Sergei Lavrov']);
  });
});

describe('a name before `of` and a country and a reporting verb', () => {
  it('is a person; a body or a plural before `of` is not', () => {
    assert.deepEqual(ents('Valentine Rugwabiza of Rwanda said the Council must act.'), ['PERSON:Valentine Rugwabiza', 'GPE:Rwanda']);
    assert.deepEqual(ents('The Representative of Rwanda said so.'), ['GPE:Rwanda']);
    assert.deepEqual(ents('Talks of Rwanda said so.'), ['GPE:Rwanda']);
  });
});

describe('a hyphened given name at a sentence start', () => {
  it('stays whole before a reporting verb', () => {
    assert.deepEqual(people('Eugene-Richard Gasana said the vote was close.'), [['Eugene-Richard Gasana', 'Eugene-Richard Gasana']]);
  });
});

describe('a surname two people of the gazetteer share', () => {
  it('goes to the one named in full, and alone to neither', () => {
    assert.deepEqual(people('Penny Wong will travel to Laos. Wong said the talks would help.'), [
      ['Penny Wong', 'Penny Wong'],
      ['Wong', 'Penny Wong'],
    ]);
    assert.deepEqual(people('Wong said the talks would help.'), []);
  });
});

describe('the family name of a name written family name first', () => {
  it('stands for the person the text named in full, and alone for no one', () => {
    assert.deepEqual(people('Chinese Foreign Minister Li Zhaoxing met the envoys. Li said the talks went well.'), [
      ['Li Zhaoxing', 'Li Zhaoxing'],
      ['Li', 'Li Zhaoxing'],
    ]);
    assert.deepEqual(people('Wang Yi met the envoys. Wang said so, and Wang Wenbin agreed.'), [
      ['Wang Yi', 'Wang Yi'],
      ['Wang', 'Wang Yi'],
      ['Wang Wenbin', 'Wang Wenbin'],
    ]);
    assert.deepEqual(people('Li said the talks went well.'), []);
  });
});

describe('a family name or a first surname alone, after the full name', () => {
  it('is the Korean name it opens, not a namesake the gazetteer knows', () => {
    assert.deepEqual(people('Foreign Minister Park Jin said Saturday the issues were not discussed. Park responded later.'), [
      ['Park Jin', 'Park Jin'],
      ['Park', 'Park Jin'],
    ]);
  });
  it('is the Spanish name whose first surname it is, not a later namesake', () => {
    const text = 'He will meet his Peruvian counterpart José Antonio García Belaunde this week. García told the press so, and Morales called President Alan García names.';
    assert.deepEqual(people(text), [
      ['José Antonio García Belaunde', 'José Antonio García Belaunde'],
      ['García', 'José Antonio García Belaunde'],
      ['Morales', 'Evo Morales'],
      ['Alan García', 'Alan García'],
    ]);
  });
});

describe('a name of four words with a capitalised particle', () => {
  it('is found before a reporting verb and before a role in apposition', () => {
    assert.deepEqual(people('Mohamed El Hacen Lebatt said so. Lebatt spoke later.'), [
      ['Mohamed El Hacen Lebatt', 'Mohamed El Hacen Lebatt'],
      ['Lebatt', 'Mohamed El Hacen Lebatt'],
    ]);
    assert.deepEqual(people('“We will go on,” Mohamed El Hacen Lebatt, chief of staff to the AU Commission president, told AFP.'), [
      ['Mohamed El Hacen Lebatt', 'Mohamed El Hacen Lebatt'],
    ]);
  });
  it('is not made of a nationality and a title before a name with a particle in lower case', () => {
    assert.deepEqual(ents('Saudi President Mohammed bin Salman said so.'), ['NORP:Saudi', 'PERSON:Mohammed bin Salman']);
  });
});

describe('names from blind batch 24', () => {
  it('finds a Korean name by its shape alone, and its family name alone after it', () => {
    assert.deepEqual(people('In a meeting with reporters, Kwon Young-se also urged the North. Later Kwon left. Hong Kong-based firms stayed.'), [
      ['Kwon Young-se', 'Kwon Young-se'],
      ['Kwon', 'Kwon Young-se'],
    ]);
  });
  it('finds a name after a role and the body it serves, between commas, and its surname alone after it', () => {
    assert.deepEqual(people('The spokesperson, Ministry of Foreign Affairs, Ferdinand Nwonye, in a statement said so. Later Nwonye left.'), [
      ['Ferdinand Nwonye', 'Ferdinand Nwonye'],
      ['Nwonye', 'Ferdinand Nwonye'],
    ]);
  });
  it('reads a portfolio joined by `and the` as part of the title', () => {
    assert.deepEqual(people('Minister for International Development and the Pacific Zed Seselja landed in Honiara. Seselja met officials.'), [
      ['Zed Seselja', 'Zed Seselja'],
      ['Seselja', 'Zed Seselja'],
    ]);
  });
  it('takes an ambassador called by the given name for the person named in full (`Amb. Dina`)', () => {
    assert.deepEqual(people('Ambassador Dina Mufti briefed reporters. Amb. Dina discussed the matter.'), [
      ['Dina Mufti', 'Dina Mufti'],
      ['Dina', 'Dina Mufti'],
    ]);
  });
  it('keeps a title out of a name of four words with a particle (`Prince Faisal Bin Farhan`)', () => {
    assert.deepEqual(people('Foreign Minister Prince Faisal Bin Farhan said so.'), [['Faisal Bin Farhan', 'Faisal bin Farhan']]);
  });
});

describe('Arabic names with a particle, from blind batch 25', () => {
  it('keeps the particle of a surname alone (`al-Ansari`) and the hyphened surname after a particle at the word limit', () => {
    assert.deepEqual(people('Dr. Majed al-Ansari, the spokesperson, said so. Later al-Ansari added more.'), [
      ['Majed al-Ansari', 'Majed al-Ansari'],
      ['al-Ansari', 'Majed al-Ansari'],
    ]);
    assert.deepEqual(people('Sheikh Jabor Bin Ali Al-Dosari met Madam Zainab Bangura.'), [
      ['Jabor Bin Ali Al-Dosari', 'Jabor Bin Ali Al-Dosari'],
      ['Zainab Bangura', 'Zainab Bangura'],
    ]);
  });
});

describe('an Arabic name with a patronymic particle', () => {
  it('is a person by its shape alone, with an elided vowel inside a word', () => {
    assert.deepEqual(people("Abdullah bin Yahiya Al-Mua'lemi delivered a scathing attack on the council."), [
      ["Abdullah bin Yahiya Al-Mua'lemi", "Abdullah bin Yahiya Al-Mua'lemi"],
    ]);
  });
  it('still ends a name before a possessive', () => {
    // A person by the given name before it (see givenNamePeople), without the possessive.
    assert.deepEqual(people("Yousef Al Otaiba's aide said so."), [['Yousef Al Otaiba', 'Yousef Al Otaiba']]);
  });
});
