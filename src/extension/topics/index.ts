// The Topics view and the commands it uses.
import * as vscode from 'vscode';
import { affectsSettings } from '../config';
import { VIEW_TOPICS } from '../constants';
import { TopicsTreeProvider } from './tree';
import { revealRange } from '../reveal';

export function register(context: vscode.ExtensionContext): void {
  const provider = new TopicsTreeProvider();
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.txt');
  const refresh = (): void => provider.refresh();
  context.subscriptions.push(
    provider,
    watcher,
    vscode.window.createTreeView(VIEW_TOPICS, { treeDataProvider: provider, showCollapseAll: true }),
    vscode.commands.registerCommand('diplomaticAnnotator.refreshTopics', refresh),
    vscode.commands.registerCommand('_diplomaticAnnotator.revealRange', revealRange),
    watcher.onDidCreate(refresh),
    watcher.onDidDelete(refresh),
    watcher.onDidChange(refresh),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsSettings(e, 'files')) refresh();
    }),
  );
}
