// The sidebar: Topics, Quotes and Entities views over the corpus index, with their toolbar commands.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/service';
import { EntitiesTreeProvider } from '../entities/tree';
import { QuotesTreeProvider } from '../quotes/tree';
import { TopicsTreeProvider, type TopicsMode } from '../topics/tree';
import { LANGUAGE_ID, VIEW_ENTITIES, VIEW_QUOTES, VIEW_TOPICS } from '../constants';
import { registerPassageCommands } from './commands';
import { ViewFilter } from './filter';
import type { Node } from './nodes';

export interface Views {
  topics: TopicsTreeProvider;
  topicsView: vscode.TreeView<Node>;
  quotes: QuotesTreeProvider;
  entities: EntitiesTreeProvider;
}

export function register(context: vscode.ExtensionContext, deps: { corpus: CorpusService }): Views {
  const filters = {
    topics: new ViewFilter('Topics', 'diplomaticAnnotator.topicsFiltered'),
    quotes: new ViewFilter('Quotes', 'diplomaticAnnotator.quotesFiltered'),
    entities: new ViewFilter('Entities', 'diplomaticAnnotator.entitiesFiltered'),
  };
  const topics = new TopicsTreeProvider(deps.corpus, filters.topics);
  const quotes = new QuotesTreeProvider(deps.corpus, filters.quotes);
  const entities = new EntitiesTreeProvider(deps.corpus, filters.entities);
  const topicsView = vscode.window.createTreeView(VIEW_TOPICS, { treeDataProvider: topics, showCollapseAll: true });
  const quotesView = vscode.window.createTreeView(VIEW_QUOTES, { treeDataProvider: quotes, showCollapseAll: true });
  const entitiesView = vscode.window.createTreeView(VIEW_ENTITIES, { treeDataProvider: entities, showCollapseAll: true });

  const setMode = async (mode: TopicsMode, grouped = topics.grouped): Promise<void> => {
    topics.mode = mode;
    topics.grouped = grouped;
    await vscode.commands.executeCommand('setContext', 'diplomaticAnnotator.topicsMode', mode);
    await vscode.commands.executeCommand('setContext', 'diplomaticAnnotator.topicsGrouped', grouped);
    describeTopics();
    topics.refresh();
  };
  const describeTopics = (): void => {
    const file = topics.currentFile();
    const r = file ? deps.corpus.index.get(file) : undefined;
    topicsView.description = topics.mode === 'current' ? (r ? `${r.date ?? 'undated'} · ${r.headline}` : 'no diplomatic text active') : filters.topics.active ? `filtered: ${filters.topics.value}` : undefined;
  };
  const refreshAll = (): void => {
    topics.refresh();
    quotes.refresh();
    entities.refresh();
    describeTopics();
  };

  // Keep the Topics view on the passage under the cursor.
  let syncTimer: ReturnType<typeof setTimeout> | undefined;
  const syncSelection = (e: vscode.TextEditorSelectionChangeEvent): void => {
    if (!topicsView.visible || e.textEditor.document.languageId !== LANGUAGE_ID || topics.grouped) return;
    clearTimeout(syncTimer);
    syncTimer = setTimeout(() => {
      // Not when the view was collapsed or hidden meanwhile: a reveal would open it again.
      if (!topicsView.visible) return;
      const node = topics.passageAt(e.textEditor.document.uri.toString(), e.textEditor.document.offsetAt(e.selections[0].active));
      if (node) void topicsView.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
    }, 250);
  };

  registerPassageCommands(context, () => topicsView.selection[0] ?? quotesView.selection[0] ?? entitiesView.selection[0]);
  context.subscriptions.push(
    topics, quotes, entities, topicsView, quotesView, entitiesView,
    ...Object.values(filters),
    deps.corpus.onDidChange(refreshAll),
    ...Object.values(filters).map((f) => f.onDidChange(refreshAll)),
    vscode.window.onDidChangeActiveTextEditor(() => {
      if (topics.mode === 'current') topics.refresh();
      describeTopics();
    }),
    vscode.window.onDidChangeTextEditorSelection(syncSelection),
    { dispose: () => clearTimeout(syncTimer) },
    vscode.commands.registerCommand('diplomaticAnnotator.showCurrentArticle', () => setMode('current', false)),
    vscode.commands.registerCommand('diplomaticAnnotator.showAllArticles', () => setMode('all', false)),
    vscode.commands.registerCommand('diplomaticAnnotator.groupByTopic', () => setMode('all', true)),
    vscode.commands.registerCommand('diplomaticAnnotator.groupByArticle', () => setMode('all', false)),
    vscode.commands.registerCommand('diplomaticAnnotator.filterTopics', () => filters.topics.prompt()),
    vscode.commands.registerCommand('diplomaticAnnotator.filterQuotes', () => filters.quotes.prompt()),
    vscode.commands.registerCommand('diplomaticAnnotator.filterEntities', () => filters.entities.prompt()),
    vscode.commands.registerCommand('diplomaticAnnotator.clearTopicsFilter', () => filters.topics.set('')),
    vscode.commands.registerCommand('diplomaticAnnotator.clearQuotesFilter', () => filters.quotes.set('')),
    vscode.commands.registerCommand('diplomaticAnnotator.clearEntitiesFilter', () => filters.entities.set('')),
    vscode.commands.registerCommand('diplomaticAnnotator.refreshViews', () =>
      vscode.window.withProgress({ location: { viewId: VIEW_TOPICS }, title: 'Analysing the corpus' }, () => deps.corpus.build(true)),
    ),
  );
  void setMode('all', false);
  return { topics, topicsView, quotes, entities };
}
