// Which files are diplomatic texts: any `.txt` under a `seeds/` folder, plus the globs of the `files` setting.
import * as vscode from 'vscode';
import { readSettings } from '../config';
import { DEFAULT_FILE_GLOBS, LANGUAGE_ID } from '../constants';

/** The document selector of every diplomatic text: the language itself plus the configured globs. */
export function diplomaticSelector(): vscode.DocumentFilter[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const extra = readSettings().files.flatMap((glob): vscode.DocumentFilter[] =>
    folders.length > 0
      ? folders.map((f) => ({ pattern: new vscode.RelativePattern(f, glob) }))
      : [{ pattern: glob }],
  );
  return [{ language: LANGUAGE_ID }, ...DEFAULT_FILE_GLOBS.map((pattern) => ({ pattern })), ...extra];
}

/** True for a document configured to be a diplomatic text that VS Code has opened in another language. */
export function shouldSwitchLanguage(doc: vscode.TextDocument): boolean {
  if (doc.languageId === LANGUAGE_ID || doc.uri.scheme === 'output' || doc.uri.scheme === 'git') return false;
  const globs = readSettings(doc.uri).files;
  if (globs.length === 0) return false;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  return globs.some((glob) =>
    vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, doc) > 0,
  );
}

/** Glob patterns, relative to the workspace folders, that find every diplomatic text on disk. */
export function diplomaticFileGlobs(): string[] {
  return [...DEFAULT_FILE_GLOBS, ...readSettings().files];
}
