// The corpus service and its lexicon: loaded at start, reloaded when the lexicon setting or file changes.
import * as vscode from 'vscode';
import { affectsSettings } from '../config';
import { loadLexicon, workspaceLexiconUri } from './lexicon';
import { CorpusService } from './service';

export function register(context: vscode.ExtensionContext, deps: { log: vscode.LogOutputChannel }): CorpusService {
  const corpus = new CorpusService(context.storageUri ?? context.globalStorageUri, deps.log);
  let lexiconWatcher: vscode.FileSystemWatcher | undefined;

  const reload = async (rebuild: boolean): Promise<void> => {
    const { lexicon, key } = await loadLexicon(context.extensionUri, deps.log);
    corpus.setLexicon(lexicon, key);
    lexiconWatcher?.dispose();
    const file = workspaceLexiconUri();
    if (file) {
      lexiconWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(file, '..'), file.path.split('/').pop()!));
      lexiconWatcher.onDidChange(() => void reload(true));
      lexiconWatcher.onDidCreate(() => void reload(true));
      lexiconWatcher.onDidDelete(() => void reload(true));
    }
    await corpus.build(rebuild);
  };

  context.subscriptions.push(
    corpus,
    {
      dispose: () => {
        lexiconWatcher?.dispose();
      },
    },
    { dispose: () => void corpus.saveCache() },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsSettings(e, 'lexicon')) void reload(true);
      else if (affectsSettings(e, 'files')) void corpus.build();
    }),
  );
  void reload(false);
  return corpus;
}
