// From blind batch 55 (African papers and wires): a portfolio in lower case before a name after a quotation, and a
// title's complement before a name that is no object of a preposition.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { cueAfter } from '../../src/core/quotes/cue-after';
import { quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;

describe('a role in lower case of several words before a name after a quotation', () => {
  it('is skipped to the name (`," foreign affairs minister Mundia Sikatana told …`)', () => {
    assert.equal(cueAfter(', foreign affairs minister Mundia Sikatana told SADC executive secretary Thomaz Salomao in Lusaka.')?.subject.text, 'Mundia Sikatana');
    const text =
      'Zambia\n\n“We should not pretend that all is well in Zimbabwe. There is a serious problem,” foreign affairs minister Mundia Sikatana told SADC executive secretary Thomaz Salomao in Lusaka.\n';
    assert.deepEqual(speakers(text), ['Mundia Sikatana']);
  });
});

describe('a title’s complement before a name', () => {
  it('is no preposition whose object the name is: the name is who `he` is', () => {
    const text =
      'IGAD envoy\n\nIGAD’s special Envoy to South Sudan Ismail Wais admits that some member states have taken sides.\n\n' +
      'The Ethiopian diplomat distanced the bloc from the actions of some member states.\n\n' +
      '“Nothing has changed on the position of IGAD,” he told Voice of America.\n';
    assert.deepEqual(speakers(text), ['Ismail Wais']);
  });
  it('while a name after `by` and a title is still the object (`delivered by China Ambassador to Kenya H.E Zhou Pingjian`)', () => {
    const text =
      'Buses\n\nThe buses were delivered by China Ambassador to Kenya H.E Zhou Pingjian and were handed over to Principal Secretary Macharia Kamau.\n\n' +
      'The Principal Secretary expressed gratitude for the donation.\n\n“One of the biggest challenges we faced is how to move our special guests.” He said.\n';
    assert.notEqual(speakers(text)[0], 'Zhou Pingjian');
  });
});

describe('a name before a bare role `of` a body that is the cue’s subject', () => {
  it('is the speaker, not the body (`Meles Alem (PhD), spokesperson of the Ethiopian Ministry of Foreign Affairs told`)', () => {
    const text =
      'Talks\n\nFurthermore, Ambassador Meles Alem (PhD), spokesperson of the Ethiopian Ministry of Foreign Affairs told Addis Standard that the statement is “unacceptable” and that Ethiopia “categorically rejects” it.\n';
    assert.deepEqual(speakers(text), ['Meles Alem', 'Meles Alem']);
  });
  it('not a name in a list before the role of someone else', () => {
    const text = 'Talks\n\nBlinken will meet Lavrov in Geneva, the spokesperson of the State Department said, calling it “a frank exchange”.\n';
    assert.notEqual(speakers(text)[0], 'Sergei Lavrov');
  });
});
