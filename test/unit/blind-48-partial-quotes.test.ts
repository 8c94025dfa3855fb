// Partial quotations from blind batch 48 (African and Latin American papers): what `calling` and `describing`
// name before the words, `quoted … as describing`, `cited`, and parliamentary titles before a name.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { PARTICIPLE } from '../../src/core/quotes/cue-words';
import { personNames } from './helpers';

const quotes = (text: string): [string, string | null][] => analyze(text).quotes.map((q) => [q.kind, q.speaker?.name ?? null]);

describe('a participle that names what it describes first', () => {
  it('`calling it a “…”` reports the words of the clause’s subject', () => {
    const text =
      'Embassy closure\n\nAt a press briefing on Tuesday, 27 May, Ranking Member Samuel A. Jinapor expressed disappointment over the lack of prior engagement with the committee, calling it a “sharp departure” from Ghana’s tradition.\n';
    assert.deepEqual(quotes(text), [['direct', 'Samuel A. Jinapor']]);
  });

  it('the participle pattern reads them', () => {
    assert.equal(PARTICIPLE.test('He criticised the sanctions, describing the move as '), true);
    assert.equal(PARTICIPLE.test('He criticised the plan, calling it a '), true);
    assert.equal(PARTICIPLE.test('He criticised the plan, calling for '), false);
  });

  it('`describing the move as “…”` does too', () => {
    const text = 'Sanctions\n\nThe Ghanaian minister Samuel Ablakwa criticised the sanctions, describing the move as “absolutely illegal”.\n';
    assert.deepEqual(quotes(text), [['direct', 'Samuel Ablakwa']]);
  });
});

describe('`quoted … as describing`', () => {
  it('is a cue as `quoted … as saying` is', () => {
    const text =
      'Visa row\n\nThe Foreign Affairs Minister, Olugbenga Ashiru, summoned the envoy.\n\nThe statement quoted the minister as describing the policy as “not only discriminatory but also capable of undermining the commonwealth family’’.\n';
    assert.deepEqual(quotes(text), [['direct', 'Olugbenga Ashiru']]);
  });
});

describe('`cited`', () => {
  it('reports the words its subject cites', () => {
    const text =
      'Haiti\n\nMaria Isabel Salvador briefed the Security Council.\n\nSalvador cited that "horrific and brutal" event, and mentioned sexual violence of "unheard-of brutality" against women.\n';
    assert.deepEqual(quotes(text), [['direct', 'Maria Isabel Salvador'], ['direct', 'Maria Isabel Salvador']]);
  });
});

describe('parliamentary titles', () => {
  it('stand before a name as other titles do', () => {
    const people = personNames;
    assert.deepEqual(people('Ranking Member Samuel A. Jinapor spoke first.'), ['Samuel A. Jinapor']);
    assert.deepEqual(people('Minority Leader Cassiel Ato Forson spoke first.'), ['Cassiel Ato Forson']);
  });
});

describe('a nationality word and a title as a subject', () => {
  it('is a role, and a Latin American `chancellor` is the foreign minister', () => {
    const text =
      'Argentine Chancellor calls Milei’s diplomatic crisis with Spain an “anecdote”\n\nAfter Spain withdrew its ambassador, Javier Milei’s Foreign Minister, Diana Mondino, called the crisis an “anecdote”.\n';
    assert.deepEqual(quotes(text), [['direct', 'Diana Mondino'], ['direct', 'Diana Mondino']]);
  });

  it('is the chancellor where a chancellor heads the government', () => {
    const text = 'German Chancellor calls talks a “real success for Europe”\n\nBerlin — Chancellor Olaf Scholz met Foreign Minister Annalena Baerbock on Monday.\n';
    assert.deepEqual(quotes(text), [['direct', 'Olaf Scholz']]);
  });
});
