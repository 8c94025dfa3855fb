import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { scanQuotes } from '../../src/core/quotes';
import { analyzeStructure } from '../../src/core/text';
import { SEED_NAMES, seedGold, seedText } from './helpers';

/** The quotations of a text as [content, depth, unclosed]. */
function scan(text: string): [string, number, boolean][] {
  const s = analyzeStructure(text);
  return scanQuotes(text, s.paragraphs.filter((p) => !p.boilerplate)).map((q) => [text.slice(q.start, q.end), q.depth, q.unclosed]);
}

describe('quote scanner on the seeds', () => {
  for (const name of SEED_NAMES) {
    it(`finds exactly the gold quotation spans of ${name}`, () => {
      const text = seedText(name);
      const s = analyzeStructure(text);
      const found = scanQuotes(text, s.paragraphs.filter((p) => !p.boilerplate)).map((q) => `${q.start}-${q.end}`).sort();
      const gold = seedGold(name).quotes.map((q) => `${q.start}-${q.end}`).sort();
      assert.deepEqual(found, gold);
    });
    it(`marks the gold's nested quotations of ${name} as nested`, () => {
      const text = seedText(name);
      const s = analyzeStructure(text);
      const depth = new Map(scanQuotes(text, s.paragraphs).map((q) => [`${q.start}-${q.end}`, q.depth]));
      for (const g of seedGold(name).quotes) assert.equal((depth.get(`${g.start}-${g.end}`) ?? -1) > 0, g.nested === true, g.text);
    });
  }
});

describe('quotation marks', () => {
  it('straight double quotes, with punctuation inside', () => {
    assert.deepEqual(scan('Intro\n\n"We have been developing the interaction," he said.'), [['We have been developing the interaction,', 0, false]]);
  });
  it('curly double quotes', () => {
    assert.deepEqual(scan('Intro\n\n“We are aware of potential problems.” He said so.'), [['We are aware of potential problems.', 0, false]]);
  });
  it('guillemets', () => {
    assert.deepEqual(scan('Intro\n\nHe called it «a historic step» on Monday.'), [['a historic step', 0, false]]);
  });
  it('curly single quotes, also closed by an opening mark as in the seeds', () => {
    assert.deepEqual(scan('Intro\n\nengagement of all ‘soft force‘ elements and mature ‘resetting’ too'), [
      ['soft force', 0, false],
      ['resetting', 0, false],
    ]);
  });
  it('straight single quotes around words, not apostrophes', () => {
    assert.deepEqual(scan("Intro\n\nMissile defence as indicator of 'resetting' and the countries' plans, don't you see"), [['resetting', 0, false]]);
  });
  it('a backtick typed for an opening single mark, closed by ’ or \'', () => {
    assert.deepEqual(scan('Intro\n\nHe said: `It is the first meeting, so it is too early.’ Then he left.'), [['It is the first meeting, so it is too early.', 0, false]]);
    assert.deepEqual(scan("Intro\n\nHe called it `a step forward' in the talks."), [['a step forward', 0, false]]);
  });
  it('a backtick between letters or after a word is no mark', () => {
    assert.deepEqual(scan('Intro\n\nThe capital Sana`a was calm, and a lone ` stood there.'), []);
  });
  it('apostrophes of every kind are not quotes', () => {
    assert.deepEqual(scan('Intro\n\nHe doesn‘t agree. Russia’s entry. The UN Security Council ‘s mandate. Rock ’n’ roll in the ’90s.'), []);
  });
});

describe('nesting, interruptions, paragraphs', () => {
  it('a nested quote with the same mark', () => {
    assert.deepEqual(scan('Intro\n\n"We will react irrespectively of who is going to "at the helm" in the White House," he said.'), [
      ['We will react irrespectively of who is going to "at the helm" in the White House,', 0, false],
      ['at the helm', 1, false],
    ]);
  });
  it('a single-quoted scare quote inside a double-quoted quotation', () => {
    assert.deepEqual(scan('Intro\n\n“Washington would become an indicator of mature ‘resetting’ and a base.”'), [
      ['Washington would become an indicator of mature ‘resetting’ and a base.', 0, false],
      ['resetting', 1, false],
    ]);
  });
  it('an interrupted quotation is two quotations', () => {
    assert.deepEqual(scan('Intro\n\n"The latest summit confirmed it," he said. "The joint work intensified."').map((q) => q[0]), [
      'The latest summit confirmed it,',
      'The joint work intensified.',
    ]);
  });
  it('a quotation across a paragraph break with one opening and one closing mark is one span', () => {
    const text = 'Intro\n\n"We will not accept this.\n\nNor will our partners," he said.';
    assert.deepEqual(scan(text), [['We will not accept this.\n\nNor will our partners,', 0, false]]);
  });
  it('an unclosed quotation ends at the end of its paragraph, flagged', () => {
    const text = 'Intro\n\n"We will not accept this.\n\n"Nor will our partners," he said.';
    assert.deepEqual(scan(text), [
      ['We will not accept this.', 0, true],
      ['Nor will our partners,', 0, false],
    ]);
  });
  it('a paragraph whose copy lost the opening mark is a quotation from its start', () => {
    const text = 'UN chief\n\nGuterres spoke.\n\nRegrettably, instead of the pause, I was surprised,” he said.\n\nThe talks failed.';
    assert.deepEqual(scan(text), [['Regrettably, instead of the pause, I was surprised,', 0, false]]);
    const s = analyzeStructure(text);
    const q = scanQuotes(text, s.paragraphs)[0];
    assert.deepEqual(q.open, { start: q.start, end: q.start });
    assert.equal(text.slice(q.close!.start, q.close!.end), '”');
  });
  it('not when the closing mark follows a word, or a quotation is open, or the mark is straight', () => {
    assert.deepEqual(scan('Title\n\nThe theme of the year is Global Uncertainty”. The minister will preside.'), []);
    assert.deepEqual(scan('Title\n\nHe said: "We will go on,\n\nand we will win,” he said.').map((q) => q[0]), ['We will go on,\n\nand we will win,']);
    assert.deepEqual(scan('Title\n\nWe will go on," he said.'), []);
  });
  it('a partial quotation inside reported speech', () => {
    assert.deepEqual(scan('Intro\n\nRussia "will continue to improve the atmosphere," he said.'), [['will continue to improve the atmosphere,', 0, false]]);
  });
  it('keeps offsets right in CRLF text with a BOM', () => {
    const lf = seedText('004_0b22a2b964df6e34');
    const crlf = '\ufeff' + lf.replace(/\n/g, '\r\n');
    const a = scan(lf).map((q) => q[0]);
    const b = scan(crlf).map((q) => q[0].replace(/\r\n/g, '\n'));
    assert.deepEqual(b, a);
  });
});

describe('marks set as some copy sets them (blind batches 55 and 58)', () => {
  it('guillemets with spaces inside, French style, make a quotation without the spaces', () => {
    const text = 'Goma\n\nUhuru Kenyatta appealed to the DRC’s partners to « help this country avoid a greater humanitarian catastrophe », before leaving.\n\n« Rwanda must negotiate with the FDLR », they said.\n';
    assert.deepEqual(scan(text), [
      ['help this country avoid a greater humanitarian catastrophe', 0, false],
      ['Rwanda must negotiate with the FDLR', 0, false],
    ]);
  });
  it('a guillemet with a space on both sides does not close or open the other way', () => {
    assert.deepEqual(scan('Talks\n\nThe score was 3 » 2 and « 4.\n'), []);
  });
  it('a double mark right after a full stop, before a capital, opens (a space left out)', () => {
    const text = 'Egypt\n\nThe clashes killed more than 100 supporters of President Mohamed Morsi."We strongly condemn this serious and unacceptable incident," the ministry said.\n';
    assert.deepEqual(scan(text), [['We strongly condemn this serious and unacceptable incident,', 0, false]]);
  });
});

describe('guillemets the other way round (blind batch 60)', () => {
  it('`»…»` in Nordic style and `»…«` in German style are quotations', () => {
    const text = 'Chile’s Foreign Minister denies »diplomatic tension» with Peru\n\n»As Foreign Ministry, we have held conversations,» he said, adding that there was no »Krise« at all.\n';
    assert.deepEqual(scan(text), [
      ['diplomatic tension', 0, false],
      ['As Foreign Ministry, we have held conversations,', 0, false],
      ['Krise', 0, false],
    ]);
  });
  it('while `«…»` still pairs as before', () => {
    assert.deepEqual(scan('Talks\n\nHe called it «another Ukraine» and left.\n'), [['another Ukraine', 0, false]]);
  });
});

describe('a quotation that lost its opening mark', () => {
  it('runs from its paragraph’s start when its closing mark follows a word and a comma and a reporting verb come after', () => {
    const text = 'Tbilisi\n\nThe two ministers met.\n\nThe new stage was a turning point in our cooperation with Abkhazia and Tskhinvali”, he said.\n';
    assert.deepEqual(scan(text), [['The new stage was a turning point in our cooperation with Abkhazia and Tskhinvali', 0, false]]);
  });
  it('but a stray closing mark after a word with no cue after it makes none', () => {
    assert.deepEqual(scan('Papua\n\nThe communique reaffirmed sovereignty over West Papua”, but acknowledged the violence.\n'), []);
  });
});

describe('a closing mark that opens the text', () => {
  it('is no quotation and no error', () => {
    assert.deepEqual(scan('”'), []);
    assert.doesNotThrow(() => scan('”, he said.'));
  });
});
