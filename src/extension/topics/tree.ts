// The Topics view: one item per article, `date · headline`; a click opens the article at its headline.
import * as vscode from 'vscode';
import { type ArticleSummary, findArticles } from './articles';

export class TopicsTreeProvider implements vscode.TreeDataProvider<ArticleSummary>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ArticleSummary | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(element?: ArticleSummary): Promise<ArticleSummary[]> | ArticleSummary[] {
    return element ? [] : findArticles();
  }

  getTreeItem(a: ArticleSummary): vscode.TreeItem {
    const label = a.date ? `${a.date} · ${a.headline}` : a.headline;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = a.uri.toString();
    item.resourceUri = a.uri;
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.description = vscode.workspace.asRelativePath(a.uri);
    item.tooltip = new vscode.MarkdownString(`**${escape(a.headline)}**\n\n${a.date ?? 'undated'} · ${escape(vscode.workspace.asRelativePath(a.uri))}`);
    item.contextValue = 'article';
    item.command = {
      command: '_diplomaticAnnotator.revealRange',
      title: 'Open Article',
      arguments: [a.uri, a.headlineStart, a.headlineStart],
    };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
