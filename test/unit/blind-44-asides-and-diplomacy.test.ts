// Blind batch 44's Argentine and Lebanese reports: a verb-first cue set off by commas right before the quotation
// (`The war, says Cafiero, '…'`), `the head of Argentine diplomacy` as the country's foreign minister, and `the
// Kataeb leader` as the one named with the party in brackets. Sentences after the batch, and variants.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { asideCueAtEnd } from '../../src/core/quotes/cues';

const LEAD = 'Argentina FM recalls talks\n\nOn the anniversary of the war, Argentine Foreign Minister Santiago Cafiero criticised the UK.\n\n';

describe('a cue set off by commas right before a quotation', () => {
  it('gives the quotation to the cue’s subject', () => {
    const q = analyze(`${LEAD}The war, says Cafiero, 'did not alter the nature of the dispute, which is still pending negotiation'.`).quotes;
    assert.deepEqual(
      q.map((x) => [x.kind, x.speaker?.name]),
      [['direct', 'Santiago Cafiero']],
    );
  });

  it('is only a verb first, its subject after it, and the comma that closes it', () => {
    assert.equal(asideCueAtEnd('The war, says Cafiero, ')?.subject.text, 'Cafiero');
    assert.equal(asideCueAtEnd('The war, said Foreign Minister Santiago Cafiero,')?.subject.text, 'Foreign Minister Santiago Cafiero');
    // Whom a verb addresses is no subject; a subject first is findCues's; words that end otherwise have no aside.
    assert.equal(asideCueAtEnd('The war, told AFP, '), null);
    assert.equal(asideCueAtEnd('However, he said, '), null);
    assert.equal(asideCueAtEnd('The war, says Cafiero'), null);
    assert.equal(asideCueAtEnd('says Cafiero, '), null);
    assert.equal(asideCueAtEnd(', '), null);
  });

  it('may end with any white space after its comma, as a quotation on the next line has', () => {
    assert.equal(asideCueAtEnd('The war, says Cafiero,\n')?.subject.text, 'Cafiero');
    assert.equal(asideCueAtEnd('The war,  says Cafiero,  ')?.subject.text, 'Cafiero');
    const q = analyze(`${LEAD}The war, says Cafiero,  'did not alter the nature of the dispute'.`).quotes;
    assert.equal(q[0]?.speaker?.name, 'Santiago Cafiero');
  });
});

describe('the head of a country’s diplomacy', () => {
  it('is its foreign minister', () => {
    const q = analyze(`${LEAD}In The Guardian, the head of Argentine diplomacy says: "we believe that no outcome of any war can resolve a dispute".`).quotes;
    assert.deepEqual(
      q.map((x) => [x.kind, x.speaker?.name]),
      [['direct', 'Santiago Cafiero']],
    );
  });
});

describe('a role qualified by a party’s name', () => {
  const text = (cue: string): string =>
    [
      'Hochstein in Lebanon',
      '',
      'MPs Michel Moawad, Samy Gemayel and Georges Adwan were present, at the end of which MP Samy Gemayel (Kataeb) declared that his concern remains sovereignty.',
      '',
      `"We are working for an initiative that would put an end to the war," ${cue}.`,
    ].join('\n');

  it('is the one named with the party in brackets', () => {
    assert.equal(analyze(text('said the Kataeb leader')).quotes[0].speaker?.name, 'Samy Gemayel');
  });

  it('is not anyone for a party no one is named with', () => {
    assert.notEqual(analyze(text('said the Likud leader')).quotes[0].speaker?.name, 'Samy Gemayel');
  });
});

describe('a role before a participle, after an opening phrase of up to five words', () => {
  it('is the subject whose words the participle reports (`On the political front, the Deputy Special Representative …, recalling that “…”`)', () => {
    const text = [
      'UNOWAS briefing',
      '',
      'The Deputy Special Representative of the Secretary-General for West Africa and the Sahel, Ms. Barrie Freeman, today briefed the Security Council.',
      '',
      'On the political front, the Deputy Special Representative drew the attention of Council members to recent developments, recalling that “experience across the region shows that governance reforms perceived as exclusionary erode legitimacy.”',
    ].join('\n');
    assert.equal(analyze(text).quotes[0].speaker?.name, 'Barrie Freeman');
  });
});

describe('`it` before a quotation, with no one who spoke before', () => {
  it('is the body that reports first in the words before the quotation', () => {
    const text =
      'Saudi Arabia summons ambassador\n\nThe Saudi foreign ministry said the government would deliver a protest note over what it said were “outrageous and unjustified” comments.';
    assert.deepEqual(
      analyze(text).quotes.map((q) => [q.kind, q.speaker?.name]),
      [['direct', 'Saudi Foreign Ministry']],
    );
  });

  it('is not the person who reports first', () => {
    const text = 'Talks\n\nThe Saudi minister Adel al-Jubeir said the government would protest over what it said were “outrageous and unjustified” comments.';
    assert.notEqual(analyze(text).quotes[0].speaker?.name, 'Adel al-Jubeir');
  });
});

describe('a news agency named before its role word', () => {
  it('speaks, and `it` after it is the agency', () => {
    const text =
      'Talks in Tehran\n\nThe two men discussed "bilateral ties and latest developments," the ISNA news agency said.\n\n"It is expected that Iraq will present an invitation," it added.';
    assert.deepEqual(
      analyze(text).quotes.map((q) => q.speaker?.name),
      ['ISNA', 'ISNA'],
    );
  });
});
