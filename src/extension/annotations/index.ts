// Tagging passages, kept in YAML sidecars: the store, the decorations, the commands and the Annotations view.
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis/service';
import type { CorpusService } from '../corpus/service';
import { AnnotationCommands, type AnnotationNodeArg, type TagArgs } from './commands';
import { correctEntity, setSpeaker } from './corrections';
import { AnnotationDecorator } from './decorations';
import { correctionsOf, linkFor } from './link';
import { SidecarStore } from './store';
import { AnnotationsTreeProvider } from './tree';

/** Arguments from a keybinding or a script, when they have the right shape; tree items have none of these. */
function tagArgs(a: unknown): TagArgs | undefined {
  const o = a as { tags?: unknown; note?: unknown } | undefined;
  if (!o || !Array.isArray(o.tags) || !o.tags.every((t) => typeof t === 'string')) return undefined;
  return { tags: o.tags, note: typeof o.note === 'string' ? o.note : undefined };
}

export interface Annotations {
  store: SidecarStore;
  tree: AnnotationsTreeProvider;
}

export function register(context: vscode.ExtensionContext, deps: { analysis: AnalysisService; corpus: CorpusService; log: vscode.LogOutputChannel }): Annotations {
  const store = new SidecarStore(deps.log);
  const decorator = new AnnotationDecorator(store);
  const tree = new AnnotationsTreeProvider(deps.corpus);
  const view = vscode.window.createTreeView('diplomaticAnnotator.annotations', { treeDataProvider: tree, showCollapseAll: true });
  deps.analysis.setCorrectionsProvider((uri) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const entry = doc && store.get(doc);
    return correctionsOf(entry?.state === 'ok' ? entry.data : undefined);
  });
  deps.corpus.linkFor = (uri, text) => linkFor(store, uri, text);
  const knownTags = (): Promise<string[]> => {
    const tags = new Set(deps.corpus.index.tagList().map((t) => t.tag));
    for (const e of store.all()) for (const p of e.placed) for (const t of p.annotation.tags) tags.add(t);
    return Promise.resolve([...tags]);
  };
  const commands = new AnnotationCommands(store, deps.analysis, knownTags);
  const fromNode = (node?: { file?: string; id?: string }): AnnotationNodeArg | undefined => (node?.file && node.id ? { file: node.file, id: node.id } : undefined);

  context.subscriptions.push(
    store,
    decorator,
    tree,
    view,
    store.onDidChange((entry) => {
      deps.analysis.invalidate(entry.textUri);
      deps.corpus.invalidate(entry.textUri);
    }),
    deps.corpus.onDidChange(() => tree.refresh()),
    vscode.commands.registerCommand('diplomaticAnnotator.tagSelection', (args?: TagArgs) => commands.tagSelection(tagArgs(args))),
    vscode.commands.registerCommand('diplomaticAnnotator.tagQuoteAtCursor', (args?: TagArgs) => commands.tagQuoteAtCursor(tagArgs(args))),
    vscode.commands.registerCommand('diplomaticAnnotator.tagSentenceAtCursor', (args?: TagArgs) => commands.tagSentenceAtCursor(tagArgs(args))),
    vscode.commands.registerCommand('diplomaticAnnotator.editAnnotation', (node?: { file?: string; id?: string; tags?: string[]; note?: string }) =>
      commands.editAnnotation(fromNode(node), tagArgs(node)),
    ),
    vscode.commands.registerCommand('diplomaticAnnotator.removeAnnotation', (node?: { file?: string; id?: string }) => commands.removeAnnotation(fromNode(node))),
    vscode.commands.registerCommand('diplomaticAnnotator.nextAnnotation', () => commands.step(1)),
    vscode.commands.registerCommand('diplomaticAnnotator.previousAnnotation', () => commands.step(-1)),
    vscode.commands.registerCommand('diplomaticAnnotator.reattachAnnotation', (node?: { file?: string; id?: string }) => commands.reattach(fromNode(node))),
    vscode.commands.registerCommand('diplomaticAnnotator.correctEntity', () => correctEntity(store, deps.analysis)),
    vscode.commands.registerCommand('diplomaticAnnotator.setSpeaker', () => setSpeaker(store, deps.analysis)),
    vscode.commands.registerCommand('diplomaticAnnotator.tagPassage', async (node?: { file?: string; start?: number; end?: number }) => {
      if (node?.file !== undefined && node.start !== undefined && node.end !== undefined) {
        await vscode.commands.executeCommand('_diplomaticAnnotator.revealRange', vscode.Uri.parse(node.file), node.start, node.end);
      }
      await commands.tagSelection();
    }),
  );
  return { store, tree };
}
