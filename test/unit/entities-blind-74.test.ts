// A body's name and a title between a reporting verb and a name (`said Foreign Office Spokesperson Shafqat Ali
// Khan`), met in blind batch 74 (a Pakistani report): the body is no part of a person's name. The sentences are
// written for these tests after the text's own.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';
import { quoteSpeakers } from './helpers';

const mentions = (text: string): string[] => findEntities(text).map((e) => `${e.type} ${e.text}`);

describe('a body and a title after a reporting verb', () => {
  it('leave the name after them the person who speaks', () => {
    const text = '“Our support to Iran is clear,” said Foreign Office Spokesperson Shafqat Ali Khan during a weekly briefing.';
    assert.deepEqual(mentions(text), ['GPE Iran', 'ORG Foreign Office', 'PERSON Shafqat Ali Khan']);
    assert.deepEqual(quoteSpeakers(text), ['Shafqat Ali Khan']);
  });
  it('the body unknown to the gazetteer but ending in an organisation’s head', () => {
    assert.deepEqual(mentions('“We oppose it,” said Foreign Ministry Spokesperson Mao Ning.'), ['ORG Foreign Ministry', 'PERSON Mao Ning']);
  });
  it('make no one of a body and a title with no name after them', () => {
    assert.deepEqual(mentions('“We oppose it,” said Foreign Office Spokesperson.'), ['ORG Foreign Office']);
  });
});
