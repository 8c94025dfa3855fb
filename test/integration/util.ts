// Helpers of the integration tests: polling instead of sleeping, and opening the seeds.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'diplomatic-annotator.diplomatic-annotator';
export const LANGUAGE_ID = 'diplomatic-text';

/** Polls until `read()` gives something `done` accepts; VS Code applies many changes asynchronously. */
export async function waitFor<T>(description: string, read: () => T | Thenable<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description} (last: ${String(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

/** A seed in the test workspace: a fresh copy of the repository's seeds/, so that tests may write sidecars. */
export function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the seeds folder open as the workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a seed in an editor and waits until it is Diplomatic Text. */
export async function openSeed(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(seedUri(name));
  const editor = await vscode.window.showTextDocument(doc);
  await waitFor(`${name} to be ${LANGUAGE_ID}`, () => editor.document.languageId, (id) => id === LANGUAGE_ID);
  return editor;
}
