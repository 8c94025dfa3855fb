// From blind batch 49 (Europe and the Middle East): a title whose complement holds commas before the name of the
// subject, the portfolio of an abbreviated title (`the FM`), and an absolute clause with `with` after a cue.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;

describe('a title that opens the sentence, its complement with commas', () => {
  it('makes the name after it the subject a pronoun stands for', () => {
    const text =
      "Spain rejects concessions\n\nSpain's Minister of Foreign Affairs, EU and Cooperation, José Manuel Albares, firmly ruled out any concessions to Mexico following the absence of King Felipe VI from the list of guests. " +
      'He vowed that the Spanish government would "always" defend its institutions, "starting with the head of state."\n';
    assert.deepEqual(speakers(text), ['José Manuel Albares', 'José Manuel Albares']);
  });
});

describe('an abbreviated title', () => {
  it('is the holder of its portfolio, not another minister named since (`the FM`)', () => {
    const text =
      'Foreign Minister Adnan Mansour defended the government on Monday.\n\n' +
      'Mansour said that Interior Minister Marwan Charbel did not contradict Defense Minister Fayez Ghosn, who had claimed that fighters were active in Arsal.\n\n' +
      '“The defense minister didn’t say that al-Qaida has a presence in Lebanon,” Mansour said, stressing that Ghosn had only claimed that fighters were crossing into Syria.\n\n' +
      '“Our army is ready,” Ghosn said in a statement on Sunday.\n\n' +
      '“This has been confirmed by the Syrian authorities as well and not just Lebanon,” the FM told the newspaper.\n';
    assert.deepEqual(speakers(text), ['Adnan Mansour', 'Fayez Ghosn', 'Adnan Mansour']);
  });

  it('`the PM` is the prime minister', () => {
    const text =
      'Prime Minister Imran Khan met Interior Minister Rana Sanaullah on Monday.\n\nSanaullah said the talks went well.\n\n"We will not bow to any pressure from anyone," the PM told reporters.\n';
    assert.deepEqual(speakers(text), ['Imran Khan']);
  });
});

describe('`with` and a person and a participle after a cue', () => {
  it('gives the quotation to that person', () => {
    const text =
      'Talks in Geneva\n\n“The issue we discussed, guarantees and security, we prepared together,” Kotzias said, with Anastasiades replying that this proposal was completed as “a combination of your idea for a friendship pact plus my own concerning the rest.”\n';
    assert.deepEqual(speakers(text), ['Nikos Kotzias', 'Nicos Anastasiades']);
  });

  it('leaves the cue its quotation when the person comes before the cue', () => {
    const text = 'Talks in Geneva\n\nWith Anastasiades listening, Kotzias said that the plan was “a combination of ideas from both sides of the table.”\n';
    assert.deepEqual(speakers(text), ['Nikos Kotzias']);
  });
});
