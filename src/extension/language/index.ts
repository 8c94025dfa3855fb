// The `diplomatic-text` language: opens configured files in it and lets the user switch any file to it.
import * as vscode from 'vscode';
import { affectsSettings } from '../config';
import { LANGUAGE_ID } from '../constants';
import { shouldSwitchLanguage } from './files';

async function switchLanguage(doc: vscode.TextDocument): Promise<void> {
  if (!shouldSwitchLanguage(doc)) return;
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

async function treatAsDiplomaticText(uri?: vscode.Uri): Promise<void> {
  const doc = uri
    ? await vscode.workspace.openTextDocument(uri)
    : vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage(
      'Open a text file first, then run "Treat File as Diplomatic Text" to read it with Diplomatic Annotator.',
    );
    return;
  }
  if (doc.languageId === LANGUAGE_ID) {
    void vscode.window.showInformationMessage(`${basename(doc)} is already read as Diplomatic Text.`);
    return;
  }
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

function basename(doc: vscode.TextDocument): string {
  return doc.uri.path.split('/').pop() ?? doc.uri.toString();
}

export function register(context: vscode.ExtensionContext): void {
  const reportFailure = (doc: vscode.TextDocument) => (err: unknown) =>
    void vscode.window.showWarningMessage(
      `Diplomatic Annotator could not open ${basename(doc)} as Diplomatic Text (${String(err)}). ` +
        'Run "Treat File as Diplomatic Text" to try again.',
    );
  const check = (doc: vscode.TextDocument): void => {
    switchLanguage(doc).catch(reportFailure(doc));
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('diplomaticAnnotator.treatAsDiplomaticText', treatAsDiplomaticText),
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsSettings(e, 'files')) vscode.workspace.textDocuments.forEach(check);
    }),
  );
  vscode.workspace.textDocuments.forEach(check);
}
