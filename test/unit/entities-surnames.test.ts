// The gazetteer tells a surname token by one array read before its map lookup (see Gazetteer.peopleBySurname): it
// must give the people of `bySurname.get(str)` for every token.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { gazetteer } from '../../src/core/entities/load';
import { TokenView } from '../../src/core/entities/view';

describe('people by surname', () => {
  const g = gazetteer();
  const surnames = [...g.bySurname.keys()].slice(0, 40);
  const pieces = [...surnames, 'Minister', 'said', 'the', 'May', 'Putin', 'Lavrov', 'Zzyzx', '-', ',', '\n'];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((xs) => xs.join(' '));

  it('are those of the surname map, token by token', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const v = new TokenView(text);
        for (let i = 0; i < v.count; i++) assert.equal(g.peopleBySurname(v, i), g.bySurname.get(v.str(i)));
      }),
      { numRuns: 200 },
    );
  });

  it('knows Lavrov and no made-up name', () => {
    const v = new TokenView('Lavrov met Zzyzx');
    assert.equal(g.peopleBySurname(v, 0)?.[0].canonical, 'Sergei Lavrov');
    assert.equal(g.peopleBySurname(v, 2), undefined);
  });
});
