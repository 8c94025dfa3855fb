// The items of the sidebar trees. Each node has a stable id, so that a tree can reveal and keep its selection.
import type { EntityType } from '../../core/entities';

export type Node =
  | { kind: 'article'; id: string; file: string }
  | { kind: 'topic'; id: string; file: string; label: string }
  | { kind: 'corpusTopic'; id: string; label: string }
  | { kind: 'topicArticle'; id: string; label: string; file: string }
  | { kind: 'passage'; id: string; file: string; start: number; end: number; snippet: string; parent: string }
  | { kind: 'speaker'; id: string; name: string }
  | { kind: 'quote'; id: string; file: string; start: number; end: number; snippet: string; parent: string }
  | { kind: 'entityType'; id: string; type: EntityType }
  | { kind: 'entity'; id: string; type: EntityType; canonical: string }
  | { kind: 'mention'; id: string; file: string; start: number; end: number; snippet: string; parent: string };

/** A node the user can reveal and copy: it points at a passage of an article. */
export type PassageNode = Extract<Node, { kind: 'passage' | 'quote' | 'mention' }>;

export function isPassage(n: Node): n is PassageNode {
  return n.kind === 'passage' || n.kind === 'quote' || n.kind === 'mention';
}
