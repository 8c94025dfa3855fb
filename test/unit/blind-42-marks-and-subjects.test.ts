// Blind batch 42's Pacific, African and Latin American copy: the Cook Islands are a state, not Robin Cook; a
// quotation left open goes on only in the quotation that opens the next paragraph; a stray `‘` before the double
// mark that opens a quotation is no mark; `Ardern keen to emphasize` makes Ardern the subject a pronoun stands for;
// a title's full stop (`Dr.`) ends no clause. Sentences after forms met in the batch, and variants.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';

const speakers = (text: string): (string | null)[] => analyze(text).quotes.map((q) => (q.kind === 'direct' ? (q.speaker?.name ?? null) : `scare`));

describe('the Cook Islands and Niue', () => {
  it('are states, whose name no surname of the gazetteer takes', () => {
    const text = 'Mark Brown: Cook Islands not consulted\nCook Islands Prime Minister Mark Brown has suggested a double standard, saying he was "not privy to or consulted on" agreements. Niue agreed.';
    const a = analyze(text);
    assert.deepEqual(
      a.entities.filter((e) => e.type === 'GPE').map((e) => e.text),
      ['Cook Islands', 'Cook Islands', 'Niue'],
    );
    assert.deepEqual(speakers(text), ['Mark Brown']);
  });
});

describe('a quotation left open at its paragraph’s end', () => {
  const text = [
    'Tonga pulls off Forum',
    '',
    'PIF Secretary General Baron Waqa was happy enough to give the summit a glowing review.',
    '',
    '"It\'s a testament to not just the unity but the solidarity," he said.',
    '',
    '"I\'m very, very pleased with the outcome of this meeting.',
    '',
    '"It came at the highest level, ministerial level. It\'s unprecedented.',
    '',
    'China, the United States and France sent delegations.',
    '',
    'The Pacific Policing Initiative won support, though the communique noted that participation was subject to "national consultation".',
  ].join('\n');

  it('keeps its own speaker when no quotation opens the next paragraph', () => {
    assert.deepEqual(speakers(text).slice(0, 3), ['Baron Waqa', 'Baron Waqa', 'Baron Waqa']);
  });

  it('goes on in the quotation that opens the next paragraph', () => {
    const run = 'Talks\n\n"We will push until the last day.\n\n"We continue to press for dialogue," Holguin said.';
    assert.deepEqual(speakers(run), ['María Ángela Holguín', 'María Ángela Holguín']);
  });
});

describe('a stray single mark before the double mark that opens a quotation', () => {
  it('is no mark: the quotation is a direct one of the speaker the colon names', () => {
    const text = [
      'ECOWAS sets up committee',
      '',
      'Nigeria’s Foreign Minister, Geoffrey Onyeama, told journalists after the session that the meeting went well.',
      '',
      'On border closure, Onyeama said: ‘”The President of Burkina Faso is charged with undertaking a full study of the situation.”',
    ].join('\n');
    const q = analyze(text).quotes;
    assert.equal(q.length, 1);
    assert.equal(q[0].text, 'The President of Burkina Faso is charged with undertaking a full study of the situation.');
    assert.equal(q[0].nested, false);
    assert.equal(q[0].speaker?.name, 'Geoffrey Onyeama');
  });

  it('leaves a single quotation inside a double one', () => {
    const text = 'Talks\n\n“He called it ‘a fuss’ and left,” Onyeama said.';
    assert.deepEqual(
      analyze(text).quotes.map((q) => [q.text, q.nested]),
      [
        ['He called it ‘a fuss’ and left,', false],
        ['a fuss', true],
      ],
    );
  });
});

describe('the subject a pronoun stands for', () => {
  it('is one that `keen to` follows, in a clause without its verb', () => {
    const text = [
      'Samoa PM visits Wellington',
      '',
      'New Zealand Prime Minister Jacinda Ardern welcomed her Samoan counterpart Fiamē Naomi Mata’afa on Tuesday.',
      '',
      '“I am happy to see that we have been able to cover a lot of ground,” Fiamē said.',
      '',
      'On the agenda for the meeting key areas affecting both countries starting with Covid-19, Ardern keen to emphasize New Zealand’s supportive role.',
      '',
      '“We’ve shared our experiences of managing covid-19,” she said.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Fiamē Naomi Mataʻafa', 'Jacinda Ardern']);
  });

  it('is not one after a title with a full stop inside a relative clause (`who met … President Dr. Irfaan Ali`)', () => {
    const text = [
      'UK envoy in Guyana',
      '',
      'Britain’s minister David Rutley visited Guyana on Monday.',
      '',
      'Rutley, who met with Guyana’s President Dr. Irfaan Ali, reaffirmed Britain’s support for Guyana.',
      '',
      'He told reporters that London opposes Venezuela’s “unacceptable” actions.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['David Rutley']);
  });
});
