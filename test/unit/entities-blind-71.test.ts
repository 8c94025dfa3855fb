// Forms met in blind batch 71 (a New Zealand minister's media statement, a Bernama report): a naval rank before a
// name, a foreign minister's title that joins a second field, and the line that closes a press release. The
// sentences are written for these tests after the texts' own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';

const mentions = (text: string): string[] => findEntities(text).map((e) => `${e.type} ${e.text}`);

describe('titles', () => {
  it('`Commodore` is a rank before a name, not a part of it', () => {
    assert.deepEqual(mentions('Fiji’s military commander, Commodore Voreqe Bainimarama, said so.'), ['GPE Fiji', 'PERSON Voreqe Bainimarama']);
  });
  it('a foreign minister’s title may join a second field before the name', () => {
    const found = mentions('It is vital, according to the country’s Minister of Foreign Affairs and Cooperation Bendito dos Santos Freitas.');
    assert.deepEqual(found, ['PERSON Bendito dos Santos Freitas']);
  });
});

describe('the end of a press release', () => {
  it('`ENDS` on its own line is no organisation', () => {
    assert.deepEqual(mentions('Peters urged a return to democracy.\n\nENDS\n'), ['PERSON Peters']);
  });
});

describe('a name in brackets between a given name and a surname', () => {
  it('is part of one person’s name, which takes the gazetteer’s canonical name', () => {
    const found = findEntities('The head of the government, Commodore Voreqe (Frank) Bainimarama, left.').filter((e) => e.type === 'PERSON');
    assert.deepEqual(found.map((e) => `${e.text} → ${e.canonical}`), ['Voreqe (Frank) Bainimarama → Frank Bainimarama']);
  });
  it('leaves apart a place in brackets between two people (`Mia Mottley (Barbados) Irfaan Ali`)', () => {
    assert.deepEqual(mentions('Leaders: Mia Mottley (Barbados) Irfaan Ali (Guyana).'), ['PERSON Mia Mottley', 'GPE Barbados', 'PERSON Irfaan Ali', 'GPE Guyana']);
  });
});
