// Which files are diplomatic texts: any `.txt` under a `seeds/` folder, plus the globs of the `files` setting.
import * as vscode from 'vscode';
import { readSettings } from '../config';
import { LANGUAGE_ID } from '../constants';

/** The document selector of every diplomatic text: configured files are switched to the language when opened. */
export function diplomaticSelector(): vscode.DocumentSelector {
  return [
    { language: LANGUAGE_ID, scheme: 'file' },
    { language: LANGUAGE_ID, scheme: 'untitled' },
    { language: LANGUAGE_ID, scheme: 'vscode-remote' },
  ];
}

/** True for a document configured to be a diplomatic text that VS Code has opened in another language. */
export function shouldSwitchLanguage(doc: vscode.TextDocument): boolean {
  if (doc.languageId === LANGUAGE_ID || doc.uri.scheme === 'output' || doc.uri.scheme === 'git') return false;
  const globs = readSettings().files;
  if (globs.length === 0) return false;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  return globs.some((glob) =>
    vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, doc) > 0,
  );
}

/** True for a `.txt` file inside a folder named `seeds` (the default association, wherever the workspace root is). */
export function isDefaultDiplomaticPath(uri: vscode.Uri): boolean {
  return /\/seeds\/(?:.+\/)?[^/]+\.txt$/i.test(uri.path);
}

/** Every diplomatic text on disk in the workspace: the default association, the configured globs, and open ones. */
export async function findDiplomaticFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const exclude = '**/{node_modules,.git,.vscode-test}/**';
  const found = new Map<string, vscode.Uri>();
  for (const uri of await vscode.workspace.findFiles('**/*.txt', exclude, undefined, token)) {
    if (isDefaultDiplomaticPath(uri)) found.set(uri.toString(), uri);
  }
  for (const glob of readSettings().files) {
    for (const uri of await vscode.workspace.findFiles(glob, exclude, undefined, token)) found.set(uri.toString(), uri);
  }
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.languageId === LANGUAGE_ID && doc.uri.scheme === 'file') found.set(doc.uri.toString(), doc.uri);
  }
  return [...found.values()];
}
