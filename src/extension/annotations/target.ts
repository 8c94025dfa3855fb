// What a command acts on: the active diplomatic text, its sidecar entry, and what lies under the cursor.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../constants';
import type { Placed, SidecarEntry } from './entry';
import type { SidecarStore } from './store';

export interface Target {
  editor: vscode.TextEditor;
  entry: SidecarEntry;
}

/** The active editor's diplomatic text and its entry, or a message saying why there is none. */
export async function activeTarget(store: SidecarStore, forWriting: boolean): Promise<Target | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Open a diplomatic text first (or run "Treat File as Diplomatic Text" on this one); annotations belong to diplomatic texts.');
    return undefined;
  }
  if (editor.document.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage('Save this text to a file first: annotations are kept in a sidecar file next to it.');
    return undefined;
  }
  const entry = await store.load(editor.document);
  if (!entry) return undefined;
  const reason = forWriting ? store.readOnlyReason(entry) : null;
  if (reason) {
    void vscode.window.showErrorMessage(reason, 'Open Sidecar').then((pick) => {
      if (pick) void vscode.window.showTextDocument(entry.sidecarUri);
    });
    return undefined;
  }
  return { editor, entry };
}

/** The annotation under the cursor (the innermost), if any. */
export function annotationAtCursor(t: Target): Placed | undefined {
  const offset = t.editor.document.offsetAt(t.editor.selection.active);
  return t.entry
    .anchored()
    .filter((p) => p.start <= offset && offset <= p.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}
