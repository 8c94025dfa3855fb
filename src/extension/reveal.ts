// Opens a document and selects a range given as offsets: the target of every "go to passage" click.
import * as vscode from 'vscode';

export async function revealRange(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  await vscode.window.showTextDocument(doc, { selection: range, preview: true });
}
