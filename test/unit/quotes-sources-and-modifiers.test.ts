// Who speaks where a body reports someone's words (`He also urged Russia to “act responsibly,” according to the
// ministry`), and where a name only modifies a word (`the PM Imran Khan-led administration`). From the Reuters and
// Pakistani copy of blind batch 35, and variants.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteKindsAndSpeakers } from './helpers';

const quotes = quoteKindsAndSpeakers;

describe('a body that reports the words', () => {
  it('is not their speaker when the sentence names who said them', () => {
    const text =
      'Seoul\n\nFirst vice foreign minister Kim Hong-kyun met the Russian envoy, Seoul’s foreign ministry said.\n\n' +
      'He also urged Russia to “act responsibly,” according to the ministry.';
    assert.deepEqual(quotes(text), ['direct:Kim Hong-kyun']);
  });

  it('is their speaker when no one in the sentence said them', () => {
    const text = 'Seoul\n\nThe talks will “open a new chapter in relations,” according to the ministry.';
    assert.deepEqual(quotes(text), ['direct:null']);
  });
});

describe('a name hyphened to the word it modifies', () => {
  it('is no one a pronoun stands for', () => {
    const text =
      'Washington\n\nTalking to Pakistani journalists, Qureshi said Pakistan desires close relations with the United States and China.\n\n' +
      'He said the PM Imran Khan-led administration is committed to the national interest.\n\n' +
      '“China is important for Pakistan. And the United States is also important,” he said.';
    assert.deepEqual(quotes(text), ['direct:Shah Mehmood Qureshi']);
  });
});

describe('a possessive before a verb-like word', () => {
  it('owns a noun, so makes no cue (`Venezuela’s claims`, `the Central Asian states’ commitment`)', () => {
    const text =
      'Astana\n\nKazakh President Qasym-Zhomart Toqaev greeted his counterparts and stressed that the meetings indicate the Central Asian states\' commitment to strengthen "centuries-long ties of friendship between the neighboring nations."';
    assert.deepEqual(quotes(text), ['direct:Qasym-Zhomart Toqaev']);
    const claims =
      'Port of Spain\n\nTheir statements concerned Venezuela’s claims of a T&T national being among mercenaries and Prime Minister Kamla Persad-Bissessar’s subsequent warning to Venezuela that T&T is “off-limits” to them.';
    assert.ok(!quotes(claims).includes('direct:Venezuela'));
  });
});

describe('the subject of a passive', () => {
  it('is not who said the words put to them', () => {
    const text =
      'Canberra\n\nForeign Minister Penny Wong spoke on Monday.\n\n' +
      'Senator Wong was asked about “where are we at with the ship blockade” with the Solomon Islands but took issue with the question.';
    assert.ok(!quotes(text).some((q) => q.endsWith('Penny Wong')));
  });
});

describe('a name at the end of a sentence, or inside a hyphened word', () => {
  it('leaves the full stop out of the name (`said Yi.`)', () => {
    const text =
      'Beijing\n\nChinese Foreign Minister Wang Yi met his Japanese counterpart on Saturday.\n\n' +
      '"We hope that the Japanese side takes this seriously and honours its commitment to a meeting," said Yi.';
    assert.deepEqual(quotes(text), ['direct:Wang Yi']);
  });

  it('makes no subject of the end of a hyphened word, nor of a thing agreed upon', () => {
    const text =
      'ASEAN\n\nHe said ASEAN adhered to the Five-Point Consensus agreed upon by all leaders in 2021.\n\n' +
      '“This is simple – cease all violence.\n\n“However, it has faced difficulties,” he said.';
    assert.ok(!quotes(text).some((q) => q.includes('Point Consensus')));
  });
});

describe('a dash and a name after a quotation', () => {
  it('label it as a colon and a name do', () => {
    const text =
      '"Rwanda has done all it could do on Burundian situation" – Minister Mushikiwabo\n\n' +
      'The Minister of Foreign Affairs and Cooperation, Louise Mushikiwabo, has said that Rwanda has done all it could.';
    assert.deepEqual(quotes(text), ['direct:Louise Mushikiwabo']);
  });

  it('not when no person stands in the label', () => {
    const text = 'Talks\n\nThe talks were "a step forward for all sides in the region" – Russia and China agreed.';
    assert.ok(!quotes(text).some((q) => q.endsWith('Russia')));
  });
});

describe('a headline that is only a quotation', () => {
  it('is the words of the one the lead’s first cue names', () => {
    const text =
      '"Kurti knows that, as well as Vucic"\n' +
      'EU Special Envoy for Belgrade-Pristina dialogue, Miroslav Lajčák, says a date is set for the meeting.\n' +
      'Thursday, June 3, 2021\n\nHe explained that the meeting will take place in Brussels.';
    assert.deepEqual(quotes(text), ['direct:Miroslav Lajčák']);
  });

  it('is no one’s when the lead reports no one', () => {
    const text = '"A new chapter"\nThe two countries opened their borders on Monday after a decade.';
    assert.ok(quotes(text).every((q) => q.endsWith(':null')));
  });
});
