// Cues that blind batches 23, 53 and 58 showed missed or misread: `who` right after a name with no comma, a
// sentence that ends in an abbreviation (`the U.S.`, the platform `X`) before a pronoun's report, and a report
// after `and` whose first verb has an auxiliary or an abbreviation after it.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteKindsAndSpeakers } from './helpers';

const quotes = quoteKindsAndSpeakers;

describe('`who` right after a name, with no comma', () => {
  it('stands for the person named before it', () => {
    assert.deepEqual(
      quotes('Zarif replies\n\nZarif reacted to the latest remarks by US Secretary of State John Kerry who said on Thursday that Iran has to take some "tough decisions" in order to reach a deal.'),
      ['direct:John Kerry'],
    );
    assert.deepEqual(
      quotes('Briefing\n\nWe join UN High Commissioner for Human Rights Michelle Bachelet who said on Wednesday, quote, “I urge the authorities to release all persons who are being detained,” close quote.'),
      ['direct:Michelle Bachelet'],
    );
  });
  it('not for a body or a people', () => {
    assert.deepEqual(quotes('Talks\n\nIt was the Iranians who said that the deal was "dead".'), ['scare:null']);
  });
});

describe('a sentence that ends in an abbreviation, then a report', () => {
  it('gives the report to the pronoun, not to a name made of the abbreviation and the pronoun', () => {
    assert.deepEqual(quotes('Talks\n\nLavrov met officials from the U.S. He said the talks were "very productive".'), ['direct:Sergei Lavrov']);
    assert.deepEqual(
      quotes('Visit\n\nForeign Ministry spokesman Esmaeil Baghaei confirmed the visit in a post on the social media platform X. He said the trip was based on "good-neighbourliness" and shared interests.'),
      ['direct:Esmaeil Baghaei'],
    );
  });
});

describe('a report after `and` that shares its subject', () => {
  it('reads an abbreviation in capitals between the verbs, and holds the later quotations of its sentence', () => {
    assert.deepEqual(
      quotes('Briefing\n\nSpokesman Esmaeil Baghaei spoke on Monday. Baghaei also criticized U.S. efforts to block South Africa’s participation in the G20 summit, and said Washington’s “unconditional support” for Israel made it “complicit” in the regime’s actions.'),
      ['direct:Esmaeil Baghaei', 'direct:Esmaeil Baghaei'],
    );
  });
});

describe('`who` with no comma after a preposition’s object', () => {
  it('may belong to the noun before the preposition: no speaker from the name', () => {
    assert.deepEqual(quotes('Talks\n\nThe aides to Antony Blinken who said the talks were "a waste of time" left.'), ['scare:null']);
    assert.deepEqual(quotes('Talks\n\nThe aides of Blinken who said the talks were "a waste of time" left.'), ['scare:null']);
  });
});
