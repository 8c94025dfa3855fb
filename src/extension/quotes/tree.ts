// The Quotes view: speaker (canonical name, number of quotations) → quotations with their article.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/service';
import type { ViewFilter } from '../views/filter';
import { articleName, passageItem, passageTooltip } from '../views/items';
import { isPassage, type Node } from '../views/nodes';

export class QuotesTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
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
        .speakerList()
        .filter((s) => this.filter.matches(s.name) || index.quotesOf(s.name).some(({ quote }) => this.filter.matches(quote.snippet)))
        .map((s) => ({ kind: 'speaker', id: `s:${s.name}`, name: s.name }));
    }
    if (node.kind !== 'speaker') return [];
    const nameMatches = this.filter.matches(node.name);
    return index
      .quotesOf(node.name)
      .filter(({ quote }) => nameMatches || this.filter.matches(quote.snippet))
      .map(({ record, quote }) => ({ kind: 'quote', id: `${node.id}\u0000${record.file}\u0000${quote.start}`, file: record.file, start: quote.start, end: quote.end, snippet: quote.snippet, parent: node.id }));
  }

  getParent(node: Node): Node | undefined {
    if (node.kind !== 'quote') return undefined;
    const name = node.parent.slice(2);
    return { kind: 'speaker', id: node.parent, name };
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const s = this.corpus.index.speakerList().find((x) => x.name === node.name);
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = `${s?.count ?? 0} quotation${s?.count === 1 ? '' : 's'} · ${s?.articles ?? 0} article${s?.articles === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon('person');
      item.contextValue = 'speaker';
      return item;
    }
    if (node.kind === 'quote') {
      const r = this.corpus.index.get(node.file);
      return passageItem(node, `“${node.snippet}”`, r?.date ? `${r.date} · ${articleName(node.file)}` : articleName(node.file), 'quote');
    }
    return new vscode.TreeItem('');
  }

  async resolveTreeItem(item: vscode.TreeItem, node: Node): Promise<vscode.TreeItem> {
    if (isPassage(node)) item.tooltip = await passageTooltip(node, this.getParent(node)?.id.slice(2) ?? 'Quotation');
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
