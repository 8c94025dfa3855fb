// Quotation forms of wire copy that the seeds lack: two apostrophes, backticks or curly single marks typed for a
// double mark, and a press service as the speaker. The sentences are written for these tests in the manner of
// the genre.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';

const quotes = (text: string): { text: string; speaker: string | null }[] =>
  analyze(text).quotes.map((q) => ({ text: text.slice(q.start, q.end), speaker: q.speaker?.name ?? null }));

describe('two apostrophes for a double quotation mark', () => {
  it('make one quotation whose span leaves both apostrophes out, with its marks spanning both', () => {
    const text = "Talks by phone\n\nThe Kremlin press service reported the call.\n\n''The situation on the peninsula was discussed,'' the press service said.";
    const a = analyze(text);
    assert.equal(a.quotes.length, 1);
    const q = a.quotes[0];
    assert.equal(text.slice(q.start, q.end), 'The situation on the peninsula was discussed,');
    assert.equal(text.slice(q.open.start, q.open.end), "''");
    assert.equal(text.slice(q.close!.start, q.close!.end), "''");
    assert.equal(q.speaker?.name, 'Kremlin');
  });
  it('quote a phrase inside reported speech', () => {
    assert.deepEqual(quotes("Talks\n\nThe two leaders ''expressed willingness to continue'' the contacts."), [
      { text: 'expressed willingness to continue', speaker: null },
    ]);
  });
  it('leave an apostrophe pair between letters alone', () => {
    assert.deepEqual(quotes("Talks\n\nThe word''s spelling is odd."), []);
  });
});

describe('two backticks or two curly single marks for a double quotation mark', () => {
  it('open a quotation that two apostrophes close, as older wire copy types it', () => {
    const text = "Talks in Bhutan\n\nVishnu Prakash, the ministry spokesman, said the two secretaries met Sunday for ``useful and frank discussions.''";
    const q = analyze(text).quotes;
    assert.equal(q.length, 1);
    assert.equal(text.slice(q[0].start, q[0].end), 'useful and frank discussions.');
    assert.equal(text.slice(q[0].open.start, q[0].open.end), '``');
    assert.equal(text.slice(q[0].close!.start, q[0].close!.end), "''");
  });
  it('open a continued paragraph that a curly double mark closes, keeping the two paragraphs two quotations', () => {
    const text =
      'Buhari warns envoys\n\nPresident Muhammadu Buhari asked the new diplomats to keep within their calling.\n\n“I urge you to be guided by diplomatic practice.\n\n‘‘I wish you all success in your respective tours of duty,” the president said.';
    assert.deepEqual(quotes(text), [
      { text: 'I urge you to be guided by diplomatic practice.', speaker: 'Muhammadu Buhari' },
      { text: 'I wish you all success in your respective tours of duty,', speaker: 'Muhammadu Buhari' },
    ]);
  });
  it('close with two closing curly single marks', () => {
    assert.deepEqual(quotes('Talks\n\nShe said: ‘‘We will go.’’ Then she left.'), [{ text: 'We will go.', speaker: null }]);
  });
  it('leave a single curly mark and a plural apostrophe alone', () => {
    assert.deepEqual(quotes('Talks\n\nThe countries’ leaders called it ‘fine’ and left.'), [{ text: 'fine', speaker: null }]);
  });
});

describe('a press service as the speaker', () => {
  it('is the body named with it, else the last body named before', () => {
    assert.deepEqual(quotes('Call\n\n"The sides agreed to stay in touch," the Kremlin press service said.'), [{ text: 'The sides agreed to stay in touch,', speaker: 'Kremlin' }]);
    assert.deepEqual(quotes('Call\n\nThe Kremlin described the call.\n\n"The sides agreed to stay in touch," the press-service informed.'), [
      { text: 'The sides agreed to stay in touch,', speaker: 'Kremlin' },
    ]);
  });
});

describe('a cue that ends the text', () => {
  it('is read up to the last letter (the verb-first test stops at the end of the words after a quotation)', () => {
    assert.deepEqual(quotes('Talks\n\n"We saw progress," said Lavrov'), [{ text: 'We saw progress,', speaker: 'Sergei Lavrov' }]);
    assert.deepEqual(quotes('Talks\n\nLavrov spoke.\n\n"We saw progress," he said'), [{ text: 'We saw progress,', speaker: 'Sergei Lavrov' }]);
  });
});

describe('the Indian press', () => {
  it('reads a cue whose name has an initial without its dot', () => {
    const text = 'Talks\n\nThe meeting between the two leaders was "very helpful" for the dialogue, External Affairs Minister S Jaishankar said Wednesday.';
    const a = analyze(text);
    assert.deepEqual(
      a.quotes.map((q) => [q.kind, q.speaker?.name]),
      [['direct', 'S. Jaishankar']],
    );
  });
  it('knows the Line of Actual Control, the Dalai Lama, and EAM as a title, not a body', () => {
    const ents = analyze('Talks\n\nThe EAM spoke of the LAC in Eastern Ladakh and of the Dalai Lama.').entities.map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(ents, ['LOC:LAC', 'GPE:Ladakh', 'PERSON:Dalai Lama']);
  });
});

describe('a participle cue after a body that qualifies a title', () => {
  it('gives the quotation to the person, not to the body', () => {
    assert.deepEqual(quotes('Talks\n\nEU negotiator Enrique Mora met Iranian officials before telling journalists that "we are almost there" with the talks.'), [
      { text: 'we are almost there', speaker: 'Enrique Mora' },
    ]);
  });
  it('still gives it to a body that is the subject', () => {
    assert.deepEqual(quotes('Talks\n\nThe European Union issued a statement on Friday, saying "the talks must go on".'), [
      { text: 'the talks must go on', speaker: 'European Union' },
    ]);
  });
});

describe('a cue that names no one', () => {
  it('leaves the speaker unknown instead of giving it to the last person named', () => {
    assert.deepEqual(quotes('Talks\n\nLavrov spoke first.\n\n"We will not wait," an unnamed European diplomat said.'), [{ text: 'We will not wait,', speaker: null }]);
    assert.deepEqual(quotes('Talks\n\nLavrov spoke first.\n\nA senior official said: "We will not wait."'), [{ text: 'We will not wait.', speaker: null }]);
  });
  it('names no country for an unnamed official of it', () => {
    assert.deepEqual(quotes('Talks\n\nLavrov spoke first.\n\n"We will not wait," a senior U.S. official said.'), [{ text: 'We will not wait,', speaker: null }]);
  });
  it('carries on to the next quotation of the same speaker', () => {
    assert.deepEqual(quotes('Talks\n\nLavrov spoke first.\n\n"We will not wait," a senior official said. "The talks are over."'), [
      { text: 'We will not wait,', speaker: null },
      { text: 'The talks are over.', speaker: null },
    ]);
  });
  it('is a cue like any other when a person is named in it', () => {
    assert.deepEqual(quotes('Talks\n\n"We will not wait," a senior official, Sergei Lavrov, said.'), [{ text: 'We will not wait,', speaker: 'Sergei Lavrov' }]);
  });
});

describe('an outlet’s label before a quotation', () => {
  it('Quote from X: works as according to X', () => {
    assert.deepEqual(quotes('Talks\n\nUkrainian Foreign Minister Andrii Sybiha met his counterparts.\n\nQuote from Sybiha: "We discussed strong steps."'), [
      { text: 'We discussed strong steps.', speaker: 'Andrii Sybiha' },
    ]);
  });
});

describe('government seats as speakers', () => {
  it('the White House said and a Downing Street spokesperson said speak for those bodies', () => {
    assert.deepEqual(quotes('Call\n\nObama met Cameron.\n\n“The leaders discussed Afghanistan,” the White House said.'), [{ text: 'The leaders discussed Afghanistan,', speaker: 'White House' }]);
    assert.deepEqual(quotes('Call\n\nObama met Cameron.\n\nA Downing Street spokesperson said: "The Prime Minister held a call."'), [
      { text: 'The Prime Minister held a call.', speaker: 'Downing Street' },
    ]);
  });
});

/** The speaker of each quotation of an article with the given body, after a paragraph naming two UN officials. */
const speakersAfterUnIntro = (body: string): (string | null)[] =>
  analyze(`Council meets\n\nSecretary-General António Guterres spoke first. Jeffrey Feltman, Under-Secretary-General for Political Affairs, spoke next.\n\n${body}\n`).quotes.map(
    (q) => q.speaker?.name ?? null,
  );

describe('UN roles written with hyphens and capitals', () => {
  it('are cues, and each goes to the one who holds that very role', () => {
    assert.deepEqual(speakersAfterUnIntro('“We must act,” the Secretary-General said.'), ['António Guterres']);
    assert.deepEqual(speakersAfterUnIntro('“We must act,” the Under-Secretary-General emphasized.'), ['Jeffrey Feltman']);
    assert.deepEqual(speakersAfterUnIntro('“We must act,” the Secretary General said.'), ['António Guterres']);
  });
});

describe('a qualified role before the name in a cue', () => {
  it('makes the name the speaker, after a quotation or before one', () => {
    const speakers = (body: string): (string | null)[] => analyze(`Talks\n\nThe Council met on Friday.\n\n${body}\n`).quotes.map((q) => q.speaker?.name ?? null);
    assert.deepEqual(speakers('"We act," US envoy Richard Mills said.'), ['Richard Mills']);
    assert.deepEqual(speakers('"We act," the EU foreign policy chief Josep Borrell said.'), ['Josep Borrell']);
    assert.deepEqual(speakers('US envoy Richard Mills said: "We act."'), ['Richard Mills']);
    assert.deepEqual(speakers('"We act," US Deputy Permanent Representative to the United Nations Richard Mills, who presides over the Council this month, said.'), ['Richard Mills']);
  });
  it('keeps the whole cue as the evidence', () => {
    const text = 'Talks\n\nThe Council met.\n\n"We act," US envoy Richard Mills said.\n';
    assert.equal(analyze(text).quotes[0].speaker?.cue?.text, 'US envoy Richard Mills said');
  });
});

describe('a plural of people as a cue’s subject', () => {
  it('names no speaker', () => {
    const text = 'Council meets\n\nMembers voiced frustration, with some delegates warning that the organ could lose its “remaining credibility”.\n';
    assert.deepEqual(analyze(text).quotes.map((q) => q.speaker?.name ?? null), [null]);
  });
});

describe('a role with a nationality in a text about two holders of it', () => {
  const intro = 'Talks resume\n\nRussian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Hossein Amir-Abdollahian in Moscow on Monday.\n\n';
  const speaker = (body: string): string | null => analyze(`${intro}${body}\n`).quotes[0]?.speaker?.name ?? null;
  it('goes to the one who serves that country', () => {
    assert.equal(speaker('"We act," the Iranian minister added.'), 'Hossein Amir-Abdollahian');
    assert.equal(speaker('The Iranian minister added that Tehran would "act".'), 'Hossein Amir-Abdollahian');
    assert.equal(speaker('"We act," the Russian minister added.'), 'Sergei Lavrov');
  });
  it('reads the country from the gazetteer when the text gives no nationality', () => {
    const a = analyze('Talks\n\nLavrov met Amir-Abdollahian in Moscow.\n\n"We act," the Iranian minister said.\n');
    assert.equal(a.quotes[0].speaker?.name, 'Hossein Amir-Abdollahian');
  });
});

describe('a statement as the speaker', () => {
  const speakers = (body: string): string[] => analyze(`Talks\n\n${body}\n`).quotes.map((q) => `${q.kind}:${q.speaker?.name ?? null}`);
  it('is the body named after it', () => {
    assert.deepEqual(speakers('Talks resumed.\n\n"We act," said a statement from the Russian Foreign Ministry.'), ['direct:Russian Foreign Ministry']);
    assert.deepEqual(speakers('Talks resumed.\n\n"We act," said a statement by Iran.'), ['direct:Iran']);
  });
  it('is the body named just before, else no one', () => {
    assert.deepEqual(speakers('The Russian Foreign Ministry issued a statement on Monday.\n\n"We act," the statement said.'), ['direct:Russian Foreign Ministry']);
    assert.deepEqual(speakers('Talks resumed.\n\n"We act," the statement said.'), ['scare:null']);
  });
});

describe('quoted as saying', () => {
  it('is a reporting verb, with the subject before it', () => {
    const speaker = (body: string): string | null => analyze(`Talks\n\nRussian Foreign Minister Sergei Lavrov spoke.\n\n${body}\n`).quotes[0]?.speaker?.name ?? null;
    assert.equal(speaker('"We act," he was quoted as saying by TASS.'), 'Sergei Lavrov');
    assert.equal(speaker('He was quoted as saying: "We act."'), 'Sergei Lavrov');
  });
});

describe('a closing curly mark glued to the next word', () => {
  it('closes the open quotation (`, ”he said.`) instead of opening another', () => {
    const text = 'Talks\n\nPrime Minister Imran Khan spoke. “Dialogue is necessary, ”he said. “We have a number of outstanding issues.”';
    assert.deepEqual(quotes(text), [
      { text: 'Dialogue is necessary,', speaker: 'Imran Khan' },
      { text: 'We have a number of outstanding issues.', speaker: 'Imran Khan' },
    ]);
  });
  it('still opens a quotation when none is open, as some sites type it', () => {
    const text = 'Talks\n\n”Our impression was very positive, we went ahead,” Foreign Minister Susana Malcorra said.';
    assert.deepEqual(quotes(text), [{ text: 'Our impression was very positive, we went ahead,', speaker: 'Susana Malcorra' }]);
  });
});
