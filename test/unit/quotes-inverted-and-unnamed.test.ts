// Who speaks where a comma and an inverted verb follow the words said (`…in the South Caucasus, said Cavusoglu`),
// where a role no one named holds is followed by a head of state named later, and where unnamed sources speak as
// `the sources`. Sentences from the Xinhua, Vedomosti and CMC copy of blind batches 31, 35 and 36, and variants.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteKindsAndSpeakers } from './helpers';

const quotes = quoteKindsAndSpeakers;

describe('a comma, then an inverted verb and a name', () => {
  it('makes the name the speaker, not the words before the comma', () => {
    const text =
      'Antalya\n\nTurkish Foreign Minister Mevlut Cavusoglu met his Armenian counterpart Ararat Mirzoyan on Saturday.\n\n' +
      'Turkey strives for stability and peace in the South Caucasus, said Cavusoglu, adding "Azerbaijan also supports this process."';
    assert.deepEqual(quotes(text), ['direct:Mevlüt Çavuşoğlu']);
  });

  it('not where the verb addresses the name after it', () => {
    const text =
      'Oslo\n\n"Norway has a good reputation as a peace mediator," North Korea\'s ambassador to the Nordic region, Kim Sung-il, told Verdens Gang.';
    assert.deepEqual(quotes(text), ['direct:Kim Sung-il']);
  });

  it('leaves a comma alone before the verb and its colon as it was', () => {
    const text = 'Vilnius\n\nThe Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis, said: "We will not give in to pressure from anyone."';
    assert.deepEqual(quotes(text), ['direct:Gabrielius Landsbergis']);
  });
});

describe('a role no one named holds', () => {
  it('is not a head of state the text names later', () => {
    const text =
      'Moscow\n\nThe Ambassador noted that relations were hard. "It is the situation in Ukraine that matters most now," he said.\n\n' +
      'Later Russian President Dmitry Medvedev received the envoys.';
    assert.deepEqual(quotes(text), ['direct:null']);
  });

  it('is still the one named later in the role', () => {
    const text =
      'Kathmandu\n\nThe Chinese ambassador in her statement said, "The two countries are friends and will stay so."\n\n' +
      'Chinese Ambassador to Nepal Hou Yanqi met the minister later.';
    assert.deepEqual(quotes(text), ['direct:Hou Yanqi']);
  });
});

describe('unnamed sources', () => {
  it('speak for no one the text names, as `the sources` too', () => {
    const text =
      'Caricom leaders to meet on Haiti\n\nCaricom leaders will meet in Jamaica next Monday, well placed sources told the Caribbean Media Corporation.\n\n' +
      '"Yes, a meeting is taking place, heads will be there," the sources said.\n\n' +
      'But asked whether Haitian Prime Minister Ariel Henry will attend, the sources replied "we are not aware of that," and stopped.';
    assert.deepEqual(quotes(text), ['direct:null', 'direct:null']);
  });

  it('make even a short quotation someone’s words', () => {
    const text = 'Tokyo\n\nKishida said Tokyo regards its relationship with Seoul as "extremely important," a Japanese official said.';
    assert.deepEqual(quotes(text), ['direct:null']);
  });
});

describe('the person whose name opens the quotation’s sentence', () => {
  it('speaks its quotation though no reporting verb says so, not the one quoted before', () => {
    const text =
      'Berlin\n\nIceland’s Secretary of State in the Foreign Ministry Martin Eyjolfsson said that “Russia has been ramping up its military presence in the Arctic.” ' +
      'Norwegian Foreign Minister Espen Barth Eide defended the accession of Ukraine as it would be a “partner that will help defend us in the future.”';
    assert.deepEqual(quotes(text), ['direct:Martin Eyjolfsson', 'direct:Espen Barth Eide']);
  });

  it('not where an unnamed official is the cue', () => {
    const text =
      'Washington\n\nDefense Secretary Lloyd Austin was reported to be "angry beyond words," one administration official said, because no notice came.';
    assert.deepEqual(quotes(text), ['direct:null']);
  });
});

describe('a person’s office', () => {
  it('speaks for the person', () => {
    const text =
      'Ottawa\n\nForeign Affairs Minister Melanie Joly has summoned Russia’s ambassador to Canada.\n' +
      'Ambassador Oleg V. Stepanov met Joly on Thursday, where she condemned “in the strongest possible terms Russia’s egregious attack on Ukraine,” the minister’s office told The Canadian Press.';
    assert.deepEqual(quotes(text), ['direct:Mélanie Joly']);
  });
});
