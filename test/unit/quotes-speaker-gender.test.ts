// The gender of speakers, worked out by the same steps for every speaker (known to the gazetteer or not),
// against the plain definition that stops at the gazetteer's answer.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SortedOffsets } from '../../src/core/quotes/offsets';
import { newMentionFacts, type Context } from '../../src/core/quotes/context';
import { speakerGender } from '../../src/core/quotes/resolve';

type Gender = 'm' | 'f' | null;

/** A context whose gazetteer knows, of `names`, exactly those in `known` (name → gender). */
function contextKnowing(names: readonly string[], known: ReadonlyMap<string, Gender>): Context {
  const people: Context['people'] = new Map();
  for (const name of names) {
    const gender = known.get(name);
    people.set(name, gender === undefined ? null : { gender, roles: [] });
  }
  return {
    text: '', mentions: [], firstMention: new Map(), entities: [], mentionStarts: new SortedOffsets(new Float64Array(0)), entityStarts: new SortedOffsets(new Float64Array(0)),
    fullBySurname: new Map(), speakers: [], roleHolders: new Map(), bodies: new Set(), people, facts: newMentionFacts(),
    paragraphs: [], paragraphStarts: new SortedOffsets(new Float64Array(0)), year: null, turnSpeakerAt: () => null,
  };
}

/** The plain definition: the gazetteer's gender, else the cue's pronoun's (remembered), else what was remembered. */
function plainSpeakerGenders(known: ReadonlyMap<string, Gender>, speakers: readonly { name: string; cue: string }[]): { genders: Gender[]; learnt: Map<string, 'm' | 'f'> } {
  const learnt = new Map<string, 'm' | 'f'>();
  const genders = speakers.map(({ name, cue }) => {
    const g = known.get(name);
    if (g) return g;
    const pronoun = /^(he|she)\b|\b(he|she)$/i.exec(cue);
    if (pronoun) {
      const gender = (pronoun[1] ?? pronoun[2]).toLowerCase() === 'he' ? 'm' : 'f';
      learnt.set(name, gender);
      return gender;
    }
    return learnt.get(name) ?? null;
  });
  return { genders, learnt };
}

describe('the gender of speakers', () => {
  it('is the gazetteer’s, else the one a pronoun cue showed, as the plain definition says', () => {
    const names = ['Lavrov', 'Nyok', 'Mora', 'Price'];
    const gender = fc.constantFrom<Gender>('m', 'f', null);
    const cue = fc.constantFrom('he said', 'She told', 'said he', 'said SHE', 'Lavrov said', 'the minister said', 'he', 'shed', 'ushe');
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...names), gender),
        fc.array(fc.record({ name: fc.constantFrom(...names), cue }), { maxLength: 12 }),
        (knownRecord, speakers) => {
          const known = new Map(Object.entries(knownRecord));
          const ctx = contextKnowing(names, known);
          const plain = plainSpeakerGenders(known, speakers);
          assert.deepEqual(
            speakers.map(({ name, cue }) => speakerGender(ctx, name, cue)),
            plain.genders,
          );
          // What later mentions read (genderOf): a remembered gender, or none (null stands for none).
          for (const name of names) assert.equal(ctx.facts.pronounGender.get(name) ?? undefined, plain.learnt.get(name));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
