// The topic lexicon: the one shipped with the extension, with the workspace's own (setting
// `diplomaticAnnotator.topics.lexicon`) over it. Problems with the workspace file are shown, never fatal.
import * as vscode from 'vscode';
import { contentHash } from '../../core/corpus';
import { buildLexicon, type CompiledLexicon } from '../../core/topics';
import { readSettings } from '../config';

export interface LoadedLexicon {
  lexicon: CompiledLexicon | undefined;
  /** A short fingerprint of the lexicon texts, to tell caches built with another lexicon apart. */
  key: string;
}

export async function loadLexicon(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): Promise<LoadedLexicon> {
  const decoder = new TextDecoder();
  let shipped: string;
  try {
    shipped = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'lexicon.yaml')));
  } catch (err) {
    log.error(`The shipped topic lexicon could not be read: ${String(err)}`);
    void vscode.window.showErrorMessage('Diplomatic Annotator: the topic lexicon is missing from the installation, so no topics are shown. Reinstall the extension.');
    return { lexicon: undefined, key: 'none' };
  }
  let extra: string | undefined;
  const file = workspaceLexiconUri();
  if (file) {
    try {
      extra = decoder.decode(await vscode.workspace.fs.readFile(file));
    } catch {
      void vscode.window.showWarningMessage(
        `Diplomatic Annotator: the topic lexicon ${vscode.workspace.asRelativePath(file)} (setting diplomaticAnnotator.topics.lexicon) cannot be read. Only the shipped topics are used; fix the path in the setting.`,
      );
    }
  }
  const { lexicon, problems } = buildLexicon(shipped, extra);
  if (problems.length > 0) {
    for (const p of problems) log.warn(p);
    void vscode.window.showWarningMessage(`Diplomatic Annotator: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more, see the output log)` : ''} Fix the lexicon file; the other topics still work.`);
  }
  return { lexicon, key: contentHash(shipped + (extra ?? '')).replace(/[^a-z0-9]/g, '') };
}

/** The workspace lexicon file, resolved against the first workspace folder when relative. */
export function workspaceLexiconUri(): vscode.Uri | undefined {
  const setting = readSettings().lexicon;
  if (!setting) return undefined;
  if (setting.startsWith('/') || /^[A-Za-z]:[\\/]/.test(setting)) return vscode.Uri.file(setting);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, setting) : undefined;
}
