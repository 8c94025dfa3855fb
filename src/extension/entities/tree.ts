// The Entities view: type → entity (canonical name, number of mentions) → mentions across the corpus.
import * as vscode from 'vscode';
import type { EntityType } from '../../core/entities';
import type { CorpusService } from '../corpus/service';
import type { ViewFilter } from '../views/filter';
import { ENTITY_ICON, articleName, entityTypeLabel, passageItem, passageTooltip } from '../views/items';
import { isPassage, type Node } from '../views/nodes';

export class EntitiesTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly corpus: CorpusService,
    private readonly filter: ViewFilter,
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const index = this.corpus.index;
    if (!node) {
      return index
        .entityTypes()
        .filter((t) => !this.filter.active || index.entitiesOf(t.type).some((e) => this.filter.matches(e.canonical)))
        .map((t) => ({ kind: 'entityType', id: `e:${t.type}`, type: t.type }));
    }
    if (node.kind === 'entityType') {
      return index
        .entitiesOf(node.type)
        .filter((e) => this.filter.matches(e.canonical))
        .map((e) => ({ kind: 'entity', id: `${node.id}\u0000${e.canonical}`, type: node.type, canonical: e.canonical }));
    }
    if (node.kind === 'entity') {
      return index.mentionsOf(node.type, node.canonical).map(({ record, mention }) => ({
        kind: 'mention',
        id: `${node.id}\u0000${record.file}\u0000${mention.start}`,
        file: record.file,
        start: mention.start,
        end: mention.end,
        snippet: mention.text,
        parent: node.id,
      }));
    }
    return [];
  }

  getParent(node: Node): Node | undefined {
    if (node.kind === 'entity') return { kind: 'entityType', id: `e:${node.type}`, type: node.type };
    if (node.kind === 'mention') {
      const [typeId, canonical] = node.parent.split('\u0000');
      return { kind: 'entity', id: node.parent, type: typeId.slice(2) as EntityType, canonical };
    }
    return undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const index = this.corpus.index;
    if (node.kind === 'entityType') {
      const t = index.entityTypes().find((x) => x.type === node.type);
      const item = new vscode.TreeItem(entityTypeLabel(node.type), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = `${t?.entities ?? 0} · ${t?.mentions ?? 0} mentions`;
      item.iconPath = new vscode.ThemeIcon(ENTITY_ICON[node.type]);
      item.contextValue = 'entityType';
      return item;
    }
    if (node.kind === 'entity') {
      const e = index.entitiesOf(node.type).find((x) => x.canonical === node.canonical);
      const item = new vscode.TreeItem(node.canonical, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = `${e?.count ?? 0}`;
      item.tooltip = `${node.canonical}: ${e?.count ?? 0} mention(s) in ${e?.articles ?? 0} article(s)`;
      item.iconPath = new vscode.ThemeIcon(ENTITY_ICON[node.type]);
      item.contextValue = 'entity';
      return item;
    }
    if (node.kind === 'mention') {
      // The article names the mention; its context is read when the tooltip opens.
      const r = index.get(node.file);
      return passageItem(node, r ? `${r.date ?? 'undated'} · ${r.headline}` : articleName(node.file), `“${node.snippet}”`, 'symbol-text');
    }
    return new vscode.TreeItem('');
  }

  async resolveTreeItem(item: vscode.TreeItem, node: Node): Promise<vscode.TreeItem> {
    if (isPassage(node)) item.tooltip = await passageTooltip(node, this.getParent(node)?.kind === 'entity' ? (this.getParent(node) as { canonical: string }).canonical : 'Mention');
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
