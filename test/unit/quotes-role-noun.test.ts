// The noun of a role cue (`minister` of `the foreign minister's`) found by a scan from the end, against the
// split into every word it replaces.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ABBREVIATED_ROLES } from '../../src/core/quotes/cue-words';
import { roleNoun } from '../../src/core/quotes/roles';

const lastWord = (role: string): string => role.trim().split(/\s+/).pop()!;
const plain = (role: string): string => ABBREVIATED_ROLES.get(lastWord(role))?.noun ?? lastWord(role).toLowerCase().replace(/['’]s$/, '');

const PIECES = ['the', 'The', 'PM', 'FM', 'constructor', 'foreign', 'Minister', "minister's", 'envoy’s', 'ÉTAT', 'İ', 'ß', "'s", '’S', 's', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '-', 'x'];

describe('the noun of a role', () => {
  it('is the last word, lowered, possessive dropped, as splitting the role into words gave it', () => {
    for (const role of ['the minister', 'the foreign minister’s', "China's envoy ", '  spokesperson', '', ' ', 'a\u00a0minister']) assert.equal(roleNoun(role), plain(role), JSON.stringify(role));
    // An abbreviated title stands for its noun.
    assert.equal(roleNoun('The PM'), 'minister');
    assert.equal(roleNoun('the constructor'), 'constructor');
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((xs) => xs.join('')), (role) => assert.equal(roleNoun(role), plain(role), JSON.stringify(role))), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (role) => assert.equal(roleNoun(role), plain(role), JSON.stringify(role))), { numRuns: 3000 });
  });
});
