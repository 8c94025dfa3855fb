// The Topics view: articles (`date · headline`) → topics → passages, for the current article or all of them,
// or grouped by topic across the corpus (topic → articles → passages).
import * as vscode from 'vscode';
import type { ArticleRecord } from '../../core/corpus';
import type { CorpusService } from '../corpus/service';
import type { ViewFilter } from '../views/filter';
import { articleName, passageItem, passageTooltip } from '../views/items';
import { isPassage, type Node } from '../views/nodes';

export type TopicsMode = 'current' | 'all';

export class TopicsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly parents = new Map<string, Node>();
  mode: TopicsMode = 'all';
  grouped = false;

  constructor(
    private readonly corpus: CorpusService,
    private readonly filter: ViewFilter,
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** The article the view follows in "current article" mode. */
  currentFile(): string | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    return doc && this.corpus.index.get(doc.uri.toString()) ? doc.uri.toString() : undefined;
  }

  getChildren(node?: Node): Node[] {
    const index = this.corpus.index;
    if (!node) {
      if (this.mode === 'current') {
        const file = this.currentFile();
        return file ? this.topicsOf(index.get(file)) : [];
      }
      if (this.grouped) {
        return index
          .topicList()
          .filter((t) => this.filter.matches(t.label) || index.articlesWithTopic(t.label).some((r) => this.filter.matches(r.headline)))
          .map((t) => this.track({ kind: 'corpusTopic', id: `t:${t.label}`, label: t.label }, undefined));
      }
      return index
        .articles()
        .filter((r) => this.filter.matches(r.headline, r.date ?? '', ...r.topics.map((t) => t.label)))
        .map((r) => this.track({ kind: 'article', id: `a:${r.file}`, file: r.file }, undefined));
    }
    switch (node.kind) {
      case 'article':
        return this.topicsOf(index.get(node.file), node);
      case 'corpusTopic':
        return index.articlesWithTopic(node.label).map((r) => this.track({ kind: 'topicArticle', id: `${node.id}\u0000${r.file}`, label: node.label, file: r.file }, node));
      case 'topic':
      case 'topicArticle': {
        const topic = index.get(node.file)?.topics.find((t) => t.label === node.label);
        return (topic?.passages ?? []).map((p) =>
          this.track({ kind: 'passage', id: `${node.id}\u0000${p.start}`, file: node.file, start: p.start, end: p.end, snippet: p.snippet, parent: node.id }, node),
        );
      }
      default:
        return [];
    }
  }

  private topicsOf(record: ArticleRecord | undefined, parent?: Node): Node[] {
    if (!record) return [];
    const prefix = parent ? parent.id : `c:${record.file}`;
    return record.topics.map((t) => this.track({ kind: 'topic', id: `${prefix}\u0000${t.label}`, file: record.file, label: t.label }, parent));
  }

  private track<T extends Node>(node: T, parent: Node | undefined): T {
    if (parent) this.parents.set(node.id, parent);
    else this.parents.delete(node.id);
    return node;
  }

  getParent(node: Node): Node | undefined {
    return this.parents.get(node.id);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const index = this.corpus.index;
    switch (node.kind) {
      case 'article': {
        const r = index.get(node.file);
        const item = new vscode.TreeItem(r ? `${r.date ?? 'undated'} · ${r.headline}` : articleName(node.file), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = `${r?.topics.length ?? 0} topics`;
        item.tooltip = `${r?.headline ?? ''}\n${articleName(node.file)}`;
        item.iconPath = new vscode.ThemeIcon('file-text');
        item.contextValue = 'article';
        item.resourceUri = vscode.Uri.parse(node.file);
        item.command = { command: '_diplomaticAnnotator.revealRange', title: 'Open Article', arguments: [vscode.Uri.parse(node.file), r?.headlineStart ?? 0, r?.headlineStart ?? 0] };
        return item;
      }
      case 'topic':
      case 'topicArticle': {
        const r = index.get(node.file);
        const t = r?.topics.find((x) => x.label === node.label);
        const label = node.kind === 'topic' ? node.label : `${r?.date ?? 'undated'} · ${r?.headline ?? articleName(node.file)}`;
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = `${t?.passages.length ?? 0}`;
        item.tooltip = `${node.label}: ${t?.passages.length ?? 0} passage(s), score ${t?.score ?? 0}${t?.source === 'keyphrase' ? ' (a key phrase of the text)' : t?.source === 'tag' ? ' (your tag)' : ''}`;
        item.iconPath = new vscode.ThemeIcon(node.kind === 'topicArticle' ? 'file-text' : t?.source === 'keyphrase' ? 'key' : t?.source === 'tag' ? 'tag' : 'symbol-keyword');
        item.contextValue = node.kind;
        return item;
      }
      case 'corpusTopic': {
        const n = index.articlesWithTopic(node.label).length;
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = `${n} article${n === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon('symbol-keyword');
        item.contextValue = 'corpusTopic';
        return item;
      }
      case 'passage':
        return passageItem(node, node.snippet, undefined, 'list-selection');
      default:
        return new vscode.TreeItem('');
    }
  }

  async resolveTreeItem(item: vscode.TreeItem, node: Node): Promise<vscode.TreeItem> {
    if (isPassage(node)) item.tooltip = await passageTooltip(node, (this.parents.get(node.id) as { label?: string } | undefined)?.label ?? 'Passage');
    return item;
  }

  /** The passage node under an offset of the current article, for keeping the view in step with the cursor. */
  passageAt(file: string, offset: number): Node | undefined {
    const r = this.corpus.index.get(file);
    if (!r) return undefined;
    for (const t of r.topics) {
      const p = t.passages.find((x) => x.start <= offset && offset <= x.end);
      if (!p) continue;
      const topic: Node =
        this.mode === 'current'
          ? { kind: 'topic', id: `c:${file}\u0000${t.label}`, file, label: t.label }
          : { kind: 'topic', id: `a:${file}\u0000${t.label}`, file, label: t.label };
      const article: Node = { kind: 'article', id: `a:${file}`, file };
      if (this.mode === 'all') this.track(topic, article);
      else this.track(topic, undefined);
      return this.track({ kind: 'passage', id: `${topic.id}\u0000${p.start}`, file, start: p.start, end: p.end, snippet: p.snippet, parent: topic.id }, topic);
    }
    return undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
