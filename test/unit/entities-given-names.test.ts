// The given name an Arabic full name is shortened to (see givenNameOf in entities/propagate.ts), as the plain
// definition: the name up to its first space, when a particle (`bin`, `al-`) follows white space in it.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { givenNameOf } from '../../src/core/entities/name-forms';

function plainGivenName(name: string): string | null {
  if (!/\s(?:bin|ibn|bint|Bin|al|Al|el|El)[\s-]/.test(name)) return null;
  const space = name.indexOf(' ');
  return space > 0 ? name.slice(0, space) : null;
}

describe('the given name of an Arabic full name', () => {
  it('is the first word before a particle, as the plain definition', () => {
    const word = fc.constantFrom('Mohammed', 'Faisal', 'bin', 'ibn', 'bint', 'Bin', 'al', 'Al', 'el', 'El', 'Thani', 'Salman', 'al-Assad', 'binary', 'Alan', '');
    const gap = fc.constantFrom(' ', '  ', '\u00a0', '\n', '-', '\t', '');
    const name = fc.array(fc.tuple(word, gap), { maxLength: 6 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), name, fc.string({ maxLength: 3 }), (before, n, after) => {
        const text = before + n + after;
        assert.equal(givenNameOf(text, before.length, before.length + n.length), plainGivenName(n));
      }),
      { numRuns: 5000 },
    );
  });
  it('shortens the names of the gazetteer and of the rules alike', () => {
    assert.equal(givenNameOf('Mohammed bin Abdulrahman Al Thani', 0, 33), 'Mohammed');
    assert.equal(givenNameOf('Sheikh Tamim bin Hamad', 7, 22), 'Tamim');
    assert.equal(givenNameOf('Bashar al-Assad', 0, 15), 'Bashar');
    assert.equal(givenNameOf('Sergey Lavrov', 0, 13), null);
    assert.equal(givenNameOf('Mohammed\u00a0bin Salman', 0, 19), 'Mohammed\u00a0bin');
  });
});
