// Speakers found on texts the project had never seen (blind batch 11): someone of a body who is not named, the
// issuer of a statement, a pronoun after the last speaker, a title word before a pronoun, and the quoted words of
// a headline that the article gives someone. The sentences follow those texts, shortened.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';

const speakers = (text: string): { text: string; kind: string; speaker: string | null }[] =>
  analyze(text).quotes.map((q) => ({ text: text.slice(q.start, q.end), kind: q.kind, speaker: q.speaker?.name ?? null }));

describe('someone of a body who is not named', () => {
  it('speaks for the body named in the role, not for its minister named before', () => {
    const text =
      'Talks cancelled\n\nBritish Foreign Secretary William Hague had planned to meet Timerman.\n\n"We are disappointed that the meeting has been cancelled," a Foreign Office spokeswoman said.';
    assert.deepEqual(speakers(text), [{ text: 'We are disappointed that the meeting has been cancelled,', kind: 'direct', speaker: 'Foreign, Commonwealth and Development Office' }]);
    const moscow = 'Talks\n\nSergei Lavrov spoke on Monday.\n\n"We are disappointed," a Russian Foreign Ministry spokesman said.';
    assert.equal(speakers(moscow)[0].speaker, 'Russian Foreign Ministry');
  });
  it('speaks for the body the role names in a word, as named before', () => {
    const text = 'Talks\n\nThe Russian Foreign Ministry issued a note. Sergei Lavrov spoke on Monday.\n\n"We are disappointed," a ministry spokesman said.';
    assert.equal(speakers(text)[0].speaker, 'Russian Foreign Ministry');
  });
  it('is no one known when the role names no body', () => {
    const text = 'Talks\n\nSergei Lavrov spoke on Monday.\n\n"We will respond in due course, as we always do," a senior official said.';
    assert.equal(speakers(text)[0].speaker, null);
  });
});

describe('a statement as the speaker', () => {
  it('is the organisation that issued it, as an earlier mention says, not the one named last', () => {
    const text =
      'Council condemns bombings\n\nThe members of the Security Council condemned the bombings in Damascus, said a UNSC press statement.\n\n' +
      'The attack, for which ISIS claimed responsibility, left 60 people dead.\n\n' +
      'The Council members expressed "their deep sympathy and condolences to the families of the victims," according to the statement.\n\n' +
      '"They stressed that all Member States shall fully comply with their obligations," the statement said.';
    const got = speakers(text);
    assert.equal(got.length, 2);
    for (const q of got) assert.equal(q.speaker, 'United Nations Security Council');
  });
  it('is the organisation named after `issued by`', () => {
    const text =
      'Summit ends\n\nA statement issued by the African Union welcomed the talks. The European Union sent observers.\n\n"The parties must keep to the ceasefire," the statement said.';
    assert.equal(speakers(text)[0].speaker, 'African Union');
  });
});

describe('a pronoun after a quotation with a cue', () => {
  it('is the speaker just named, not the person the lead named first', () => {
    const text =
      'Envoy says ministers may meet\n\nRussian Foreign Minister Sergey Lavrov and US Secretary of State Rex Tillerson may meet in New York, US Ambassador to Russia John Tefft said on Wednesday.\n\n' +
      '"Of course there is a possibility," Tefft said. He noted that there is "plenty of time to set that."';
    assert.deepEqual(
      speakers(text).map((q) => q.speaker),
      ['John Tefft', 'John Tefft'],
    );
  });
  it('is still a person named after that speaker when there is one', () => {
    const text =
      'Talks\n\n"We are ready," Lavrov said. Wang Yi then spoke to reporters in Beijing. He said that China "will not take sides."';
    assert.deepEqual(
      speakers(text).map((q) => q.speaker),
      ['Sergei Lavrov', 'Wang Yi'],
    );
  });
});

describe('a title word that ends a sentence before a pronoun', () => {
  it('leaves the pronoun as the subject, never a name `He`', () => {
    const text =
      'Minister protests\n\nAt a press conference, Foreign Minister José Manuel Albares referred to the snub of the King. He confirmed that a note of protest was delivered.\n\n' +
      '"Spain undoubtedly wishes to maintain the best possible relations with Mexico."';
    assert.equal(speakers(text)[0].speaker, 'José Manuel Albares');
  });
  it('reads `asserted` as a reporting verb', () => {
    const text = 'Minister speaks\n\nForeign Minister José Manuel Albares spoke in New York.\n\n"We will not accept representation of any other level," Albares asserted.';
    assert.equal(speakers(text)[0].speaker, 'José Manuel Albares');
  });
});

describe("a headline's quoted words that the article gives someone", () => {
  it('are that speaker’s words', () => {
    const text =
      "Britain 'disappointed' after Argentina snubs Falklands talks\n\n" +
      '"We are disappointed that the meeting has been cancelled," a Foreign Office spokeswoman said.';
    assert.deepEqual(speakers(text)[0], { text: 'disappointed', kind: 'direct', speaker: 'Foreign, Commonwealth and Development Office' });
    assert.equal(analyze(text).quotes[0].speaker?.via, 'same-words');
  });
  it('also in a crosshead after the words', () => {
    const text =
      'Minister visits Athens\n\nForeign Minister Annalena Baerbock said Turkey remains a “necessary” partner, and that “talks must go on.”\n\nTurkey is a “necessary” partner';
    const got = speakers(text);
    assert.deepEqual(got.at(-1), { text: 'necessary', kind: 'direct', speaker: 'Annalena Baerbock' });
  });
  it('stay a scare quote when the speaker too sets them off as a term', () => {
    const text =
      "Beijing tests Washington's 'red lines'\n\n" +
      '"Washington keeps talking about \'red lines\' and \'maximum pressure\', but nobody wants to live on a red line forever," said Karim Haddad, a senior fellow.';
    assert.deepEqual(speakers(text)[0], { text: 'red lines', kind: 'scare', speaker: null });
  });
  it('stay a scare quote in capitals, and in a sentence of the body', () => {
    const shouted = 'Consulates closed amid "PSYCHOLOGICAL WAR"\n\n"A psychological war is being waged against Turkey," Interior Minister Süleyman Soylu said.';
    assert.equal(speakers(shouted)[0].kind, 'scare');
    const body = 'Talks\n\nThe talks were called "disappointing" by observers.\n\n"The result is disappointing," Lavrov said.';
    assert.deepEqual(speakers(body)[0], { text: 'disappointing', kind: 'scare', speaker: null });
  });
});

describe('a few words quoted before the whole quotation they come from', () => {
  it('are the words of that quotation’s speaker', () => {
    const text =
      'Visit\n\nThe visit brought "constructive discussions" with the country\'s leaders.\n\n' +
      '"Thank you for hospitality and constructive discussions!" the Indian High Commission in Colombo tweeted.';
    assert.deepEqual(speakers(text)[0], { text: 'constructive discussions', kind: 'direct', speaker: 'Indian High Commission' });
  });
  it('stay a scare quote when one word only, or when the speaker sets them off too', () => {
    const one = 'Talks\n\nThe talks were a "success", officials said.\n\n"It was a success for everyone," the minister Karim Haddad said.';
    assert.equal(speakers(one)[0].kind, 'scare');
    const setOff = 'Talks\n\nBoth sides drew "red lines" on Monday.\n\n"Everyone is talking about \'red lines\' now," said Karim Haddad.';
    assert.equal(speakers(setOff)[0].kind, 'scare');
  });
});
