export { findEntities, type EntityOptions } from './find';
export { findDates } from './dates';
export { gazetteer, loadTitles } from './load';
export type { EntityCorrections } from './corrections';
export { spacedName } from './corrections';
export type { GazetteerEntry, PersonInfo } from './gazetteer';
export { ENTITY_TYPES, isEntityType, type Entity, type EntityType, type EntitySource } from './types';
