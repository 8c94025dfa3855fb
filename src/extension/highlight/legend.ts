// Semantic token types for entities, one per entity type; package.json maps each to TextMate scopes.
import * as vscode from 'vscode';
import type { EntityType } from '../../core/entities';

export const TOKEN_TYPE: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'organization',
  GPE: 'geopolitical',
  LOC: 'location',
  EVENT: 'event',
  LAW: 'law',
  DATE: 'date',
  NORP: 'nationality',
};

export const LEGEND = new vscode.SemanticTokensLegend(Object.values(TOKEN_TYPE), []);
const INDEX = new Map(Object.values(TOKEN_TYPE).map((t, i) => [t, i]));

export function tokenIndex(type: EntityType): number {
  return INDEX.get(TOKEN_TYPE[type])!;
}
