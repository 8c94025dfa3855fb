// The Annotations view: tag → annotated passages across the corpus, and an "Unanchored" group of annotations
// whose words are gone from their text, each ready to re-attach.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/service';
import { articleName } from '../views/items';

export type AnnotationNode =
  | { kind: 'tag'; tag: string }
  | { kind: 'unanchoredGroup' }
  | { kind: 'annotation'; file: string; id: string; start: number; end: number; snippet: string; tags: string[]; note?: string; unanchored: boolean; parent: string };

export class AnnotationsTreeProvider implements vscode.TreeDataProvider<AnnotationNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AnnotationNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: CorpusService) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: AnnotationNode): AnnotationNode[] {
    const index = this.corpus.index;
    if (!node) {
      const tags: AnnotationNode[] = index.tagList().map((t) => ({ kind: 'tag', tag: t.tag }));
      return index.unanchored().length > 0 ? [...tags, { kind: 'unanchoredGroup' }] : tags;
    }
    if (node.kind === 'tag') {
      return index.annotationsWithTag(node.tag).map(({ record, annotation: a }) => ({ kind: 'annotation', file: record.file, id: a.id, start: a.start, end: a.end, snippet: a.snippet, tags: a.tags, note: a.note, unanchored: false, parent: `tag:${node.tag}` }));
    }
    if (node.kind === 'unanchoredGroup') {
      return index.unanchored().map(({ record, annotation: a }) => ({ kind: 'annotation', file: record.file, id: a.id, start: a.start, end: a.end, snippet: a.snippet, tags: a.tags, note: a.note, unanchored: true, parent: 'unanchored' }));
    }
    return [];
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    if (node.kind === 'tag') {
      const n = this.corpus.index.annotationsWithTag(node.tag).length;
      const item = new vscode.TreeItem(`#${node.tag}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `tag:${node.tag}`;
      item.description = `${n}`;
      item.iconPath = new vscode.ThemeIcon('tag');
      item.contextValue = 'tag';
      return item;
    }
    if (node.kind === 'unanchoredGroup') {
      const n = this.corpus.index.unanchored().length;
      const item = new vscode.TreeItem('Unanchored', vscode.TreeItemCollapsibleState.Expanded);
      item.id = 'unanchored';
      item.description = `${n} — their words are gone from the text`;
      item.tooltip = 'These annotations could not be placed in their text after it changed. They are kept in the sidecar unchanged. Select the words they belong to and use "Re-attach" on one.';
      item.iconPath = new vscode.ThemeIcon('warning');
      item.contextValue = 'unanchoredGroup';
      return item;
    }
    const item = new vscode.TreeItem(`“${node.snippet}”`, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.parent}\u0000${node.file}\u0000${node.id}`;
    item.description = `${node.unanchored ? node.tags.map((t) => `#${t}`).join(' ') + ' · ' : ''}${articleName(node.file)}`;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${node.tags.map((t) => `#${t}`).join(' ')}**\n\n`);
    md.appendText(node.snippet);
    if (node.note) md.appendMarkdown(`\n\n_${node.note.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&')}_`);
    if (node.unanchored) md.appendMarkdown('\n\n_Not found in the text any more. Select the words it belongs to, then Re-attach._');
    item.tooltip = md;
    item.iconPath = new vscode.ThemeIcon(node.unanchored ? 'debug-disconnect' : 'note');
    item.contextValue = node.unanchored ? 'unanchoredAnnotation' : 'annotation';
    item.command = node.unanchored
      ? { command: 'vscode.open', title: 'Open Article', arguments: [vscode.Uri.parse(node.file)] }
      : { command: '_diplomaticAnnotator.revealRange', title: 'Reveal', arguments: [vscode.Uri.parse(node.file), node.start, node.end] };
    return item;
  }

  getParent(node: AnnotationNode): AnnotationNode | undefined {
    if (node.kind !== 'annotation') return undefined;
    return node.unanchored ? { kind: 'unanchoredGroup' } : { kind: 'tag', tag: node.parent.slice(4) };
  }

  dispose(): void {
    this.changed.dispose();
  }
}
