// From blind batches 63 and 64 (diplomatic rows, multilateral meetings): a document's issuer that an earlier
// sentence introduces, a Wade-Giles given name of five letters, a name of four words before its role, a participle's
// phrase before the subject, and a title with its complement right before the subject's name.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { personNames, quoteKindsAndSpeakers } from './helpers';

const quotes = quoteKindsAndSpeakers;
const people = personNames;

describe('a document’s issuer', () => {
  it('is the body an earlier sentence says spoke in it, not the organisation named last', () => {
    const text =
      'Iraq summons envoy\n\nThe Iraqi Foreign Ministry summoned the Turkish ambassador on Tuesday.\n\n' +
      'In a press release, the foreign ministry said it summoned the ambassador following violations by the Turkish Army.\n\n' +
      '"The Iraqi government renews its demand for the withdrawal of all Turkish forces," read the press release.';
    assert.deepEqual(quotes(text), ['direct:Iraqi Foreign Ministry']);
  });
  it('also when the earlier sentence names the body', () => {
    const text =
      'Protest\n\nLavrov met Blinken. In a statement, Russia said it summoned the envoy over violations by the Turkish Army.\n\n' +
      '"We demand the withdrawal of all forces," the statement read.';
    assert.deepEqual(quotes(text), ['direct:Russia']);
  });
});

describe('names', () => {
  it('a Wade-Giles given name of five letters after the hyphen', () => {
    assert.deepEqual(people('Deputy Foreign Minister Tien Chung-kwang said so. The Gaza-based group did not.'), ['Tien Chung-kwang']);
  });
  it('a name of four words before its role in apposition, but no title or body taken for one', () => {
    assert.deepEqual(people('Rimtalba Jean Emmanuel Ouedraogo, Prime Minister of Burkina Faso, spoke.'), ['Rimtalba Jean Emmanuel Ouedraogo']);
    assert.deepEqual(people('Assembly President Miroslav Lajčák, the former foreign minister, spoke.'), ['Miroslav Lajčák']);
  });
});

describe('the subject of the quotation’s sentence', () => {
  it('after a participle’s phrase (`Driving this point home, …`)', () => {
    assert.deepEqual(
      quotes('Debate\n\nDriving this point home, Rimtalba Jean Emmanuel Ouedraogo, Prime Minister of Burkina Faso, compared the anniversary to "an embarrassing fiasco, a collective disappointment and a stinging failure".'),
      ['direct:Rimtalba Jean Emmanuel Ouedraogo'],
    );
  });
  it('not after `According to X,` or `During …,`: those words are X’s, or someone else’s', () => {
    const text =
      'Talks\n\n"We want to be a reliable partner to NATO allies," Prime Minister Milojko Spajic said in a joint press conference with US Special Representative for the Western Balkans Gabriel Escobar in the capital Podgorica.\n\nAccording to Spajic, Escobar expressed US support for Montenegro on its European path.\n\n' +
      '“America’s support for the economy is crucial. I expect more investment,” he said.';
    assert.deepEqual(quotes(text), ['direct:Milojko Spajic', 'direct:Milojko Spajic']);
  });
  it('after a title with its complement and no comma (`Minister of Foreign Affairs Ahmed Attaf`)', () => {
    const text =
      'Talks\n\n“We support the measures,” said Mevlut Cavusoglu, Turkish Foreign Minister.\n\n' +
      'Minister of Foreign Affairs Ahmed Attaf also expressed support for the measures. He noted the wisdom of the people.\n\n“I’ve known your country for a long time.”';
    assert.deepEqual(quotes(text), ['direct:Mevlüt Çavuşoğlu', 'direct:Ahmed Attaf']);
  });
  it('not after such words opened by a preposition (`With Secretary of State Rex Tillerson`)', () => {
    const text = 'Talks\n\nMalcorra said the agenda was “reconfirmed”.\n\nWith Secretary of State Rex Tillerson ”our impression was very positive, we went through the issues.”';
    assert.notDeepEqual(quotes(text).at(-1), 'direct:Rex Tillerson');
  });
});

describe('the words after a reporting verb', () => {
  it('are no person when a nationality opens them or they hold an organisation’s abbreviation', () => {
    assert.deepEqual(
      analyze('Hacizada later told Turkish TRT Haber TV station that the embassy staff “are being evacuated from Iran.”').entities.map((e) => `${e.type} ${e.text}`),
      ['NORP Turkish', 'ORG TRT', 'GPE Iran'],
    );
    const text =
      'OSCE ministers meet\n\nSlovak Foreign Minister Miroslav Lajčák closed the OSCE Ministerial Council today. “There is a case for co-operative security,” he said.\n\n' +
      'The future of Ukraine also “looks brighter now than it did last year”, said the OSCE Chairperson-in-Office.';
    assert.deepEqual(quotes(text), ['direct:Miroslav Lajčák', 'direct:Miroslav Lajčák']);
  });
});
