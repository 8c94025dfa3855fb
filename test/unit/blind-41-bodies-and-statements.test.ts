// Blind batch 41's Central Asian, Gulf, EU and UN releases: bodies named with `of the` in their name (`Office of
// the Prime Minister`), `the statement said` as the words of the body the text says made the statement, an honorific
// after a title's complement (`Minister of Information Sheikh …`), and `a European Commission spokesman` as the
// spokesperson the text named for the body. Sentences after forms met in blind batches 26–41.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { personNames } from './helpers';

const orgs = (text: string): string[] =>
  analyze(text)
    .entities.filter((e) => e.type === 'ORG')
    .map((e) => e.text);

describe('a body whose name goes on through `of the`', () => {
  it('is one name, an office named after the one it serves included', () => {
    assert.deepEqual(orgs('Kingston\n\nThe Office of the Prime Minister said on Monday that the talks went well.'), ['Office of the Prime Minister']);
    assert.deepEqual(orgs('Bishkek\n\nThe Ministry of Foreign Affairs of the Kyrgyz Republic sent a note.'), ['Ministry of Foreign Affairs of the Kyrgyz Republic']);
    assert.deepEqual(orgs('Asuncion\n\nThe Foreign Relations Committee of the Senate approved it.'), ['Foreign Relations Committee of the Senate']);
    assert.deepEqual(orgs('Astana\n\nThe Press Service of the Head of the Government of the Republic of Kazakhstan made a statement.'), [
      'Press Service of the Head of the Government of the Republic of Kazakhstan',
    ]);
  });

  it('is not a person’s role, a meeting or a place before `of the`', () => {
    assert.deepEqual(orgs('Addis Ababa\n\nThe Chairperson of the African Union Commission arrived.'), ['African Union Commission']);
    assert.deepEqual(orgs('New York\n\nShe spoke at the Session of the United Nations General Assembly.'), ['United Nations General Assembly']);
    assert.deepEqual(orgs('Kathmandu\n\nThe Council of Ministers of the Nepalese government met.'), ['Council of Ministers']);
    // Words after `of the` that modify a noun after them name no part of the body.
    assert.deepEqual(orgs('Buenos Aires\n\nThis was reported by the foreign Ministry of the South American country.'), []);
  });

  it('keeps a title before `of` out of the body, with the body starting at its own head', () => {
    assert.deepEqual(orgs('Delhi\n\nDirector of the Centre for Policy Research Ali Khan said it.'), ['Centre for Policy Research']);
  });
});

describe('`the statement said`', () => {
  it('is the body the text says made the statement, not the body named last', () => {
    const text = [
      'Kazakhstan refutes talks',
      '',
      'The Press Service of the Head of the Government of the Republic of Kazakhstan made an official statement regarding the talks.',
      '',
      '«The talks were not conducted,» the statement said.',
      '',
      'Currently, the Border Service works with the Kazakh Ministry of Internal Affairs along the border.',
      '',
      '«There are no restrictions on crossing the border,» the statement said.',
    ].join('\n');
    const speakers = analyze(text).quotes.map((q) => q.speaker?.name);
    const press = 'Press Service of the Head of the Government of the Republic of Kazakhstan';
    assert.deepEqual(speakers, [press, press]);
  });

  it('reads an issuing verb before the statement (released an official statement), and a body named since that issued nothing does not take it', () => {
    const issued =
      'Manila\n\nThe Department of Foreign Affairs released an official statement on Monday. The Philippine Coast Guard made arrests.\n\n"We are concerned," the statement said.';
    assert.equal(analyze(issued).quotes[0].speaker?.name, 'Department of Foreign Affairs');
  });
});

describe('an honorific after a title’s complement', () => {
  const people = personNames;

  it('is a title, outside the name, after `of …` and after a portfolio written without its `of`', () => {
    assert.deepEqual(people('Kuwait\n\nMinister of Information Sheikh Ali al-Sabah said it was fine.'), ['Ali al-Sabah']);
    assert.deepEqual(people('Kuwait\n\nActing Minister Information Sheikh Ali al-Sabah said it was fine.'), ['Ali al-Sabah']);
    assert.deepEqual(people('Kuwait\n\nThe talks with Minister of Information Sheikh Ali al-Sabah went well.'), ['Ali al-Sabah']);
  });

  it('gives the quotations of the surname after the honorific to the full name', () => {
    const text = [
      'Kuwait Minister: We are not Dissatisfied',
      '',
      "Kuwaits Minister of State for Cabinet Affairs and Acting Minister Information Sheikh Mohammad al-Abdullah al-Sabah said Wednesday that his country is not dissatisfied. Sheikh Mohammad said Kuwait has had the honor of welcoming the representatives, adding: \"we are dealing with each delegate as the representative of his countrys leadership.\"",
    ].join('\n');
    assert.deepEqual(
      analyze(text).quotes.map((q) => q.speaker?.name),
      ['Mohammad al-Abdullah al-Sabah'],
    );
  });
});

describe('a spokesperson of a body, named with the indefinite article', () => {
  it('is the spokesperson the text named for that body', () => {
    const text =
      'EU concerned\n\nEuropean Commission spokesman Peter Stano said today that the EU is concerned.\n\n"It is not just about last week," a European Commission spokesman concluded.';
    assert.equal(analyze(text).quotes[0].speaker?.name, 'Peter Stano');
  });

  it('is the body when the one named spoke for another body, or no one was named', () => {
    const other =
      'EU concerned\n\nEuropean Council spokesman Barend Leyts said today that the EU is concerned.\n\n"It is not just about last week," a European Commission spokesman concluded.';
    assert.equal(analyze(other).quotes[0].speaker?.name, 'European Commission');
    const none = 'EU concerned\n\nThe EU is concerned.\n\n"It is not just about last week," a European Commission spokesman concluded.';
    assert.equal(analyze(none).quotes[0].speaker?.name, 'European Commission');
  });
});
