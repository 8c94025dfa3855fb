// Blind batch 45's Venezuelan report: a role word at the start of a headline (`Chancellor urged OAS to review …
// Luis Almagro`) is followed by its verb, so it does not introduce the person named at the headline's end.
// Sentences after the batch, and variants.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';

const text = (headline: string): string =>
  [
    headline,
    '',
    'Speaking at the General Assembly of the OAS, held in Santo Domingo, Dominican Republic, the Chancellor Delcy Rodríguez denounced the role that Luis Almagro, secretary general of this organization, has played against Venezuela.',
    '',
    '“I have many evidences on how the Secretary General has offended Venezuela,” said the chancellor.',
  ].join('\n');

describe('a role word a verb follows', () => {
  it('introduces no one named after the verb', () => {
    assert.equal(analyze(text('Chancellor urged OAS to review and prosecute performance of Luis Almagro')).quotes[0].speaker?.name, 'Delcy Rodríguez');
    assert.equal(analyze(text('Chancellor slams OAS chief Luis Almagro')).quotes[0].speaker?.name, 'Delcy Rodríguez');
  });

  it('still introduces the name right after it', () => {
    assert.equal(analyze(text('Chancellor Delcy Rodríguez slams OAS chief Luis Almagro')).quotes[0].speaker?.name, 'Delcy Rodríguez');
  });
});
