// From blind batch 60 (wire copy of visits and calls): `he` after a sentence whose subject is a role, when the
// only person named since is the counterpart met.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteKindsAndSpeakers, quoteSpeakers } from './helpers';

const speakers = quoteSpeakers;

describe('`he` after `The Qatari foreign minister met with Tillerson`', () => {
  it('is the minister, not the counterpart met or named after `with his U.S. counterpart`', () => {
    const text =
      'Doha–Qatari Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani said that talks with his U.S. counterpart Rex Tillerson have focused on the Middle East.\n' +
      'The Qatari foreign minister met with Tillerson in Washington on Wednesday.\n' +
      'In remarks to Asharq Al-Awsat newspaper, he said that both officials reviewed latest developments in the region.\n' +
      '“We see that we have a lot of common views,” he stated.\n';
    assert.deepEqual(speakers(text), ['Mohammed bin Abdulrahman Al Thani']);
  });
});

describe('`with` a state or body and a participle that reports', () => {
  it('gives the state the quotation (`with Beijing warning that any bid … would constitute "an act of war"`)', () => {
    const text = 'Drones\n\nTensions rose over the islands, with Beijing warning that any bid to shoot down its drones would constitute "an act of war".\n';
    assert.deepEqual(quoteKindsAndSpeakers(text), ['direct:Beijing']);
  });
  it('but a nickname inside a name after it is nobody’s words (`President Ferdinand “Bongbong” Marcos Jr.`)', () => {
    const text =
      'Duplicity\n\nThe newspaper cited the statements from the Philippines, with the DFA saying it is adhering to the one-China policy, and President Ferdinand “Bongbong” Marcos Jr. congratulating Taiwan’s new president.\n';
    assert.deepEqual(quoteKindsAndSpeakers(text), ['scare:null']);
  });
});
