// Named entities: the OntoNotes types the product uses and the shape of a found mention.
import type { Span } from '../text';

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'LAW', 'DATE', 'NORP'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type EntitySource = 'gazetteer' | 'rule' | 'byline' | 'alias' | 'acronym' | 'date' | 'user';

export interface Entity extends Span {
  text: string;
  type: EntityType;
  /** One name for every mention of the same thing: `Sergei Lavrov` for `Sergey Lavrov` and `Lavrov`. */
  canonical: string;
  source: EntitySource;
}

export function isEntityType(s: string): s is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(s);
}
