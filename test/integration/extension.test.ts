// Runs inside a real VS Code: the seeds open as Diplomatic Text, and the extension's contributions are live.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DiplomaticAnnotatorApi } from '../../src/extension';
import { resultsFile } from './index';
import { extension, LANGUAGE_ID, waitFor } from './util';

const TOPICS_VIEW = 'diplomaticAnnotator.topics';
const TREAT_AS_COMMAND = 'diplomaticAnnotator.treatAsDiplomaticText';

interface Contributes {
  views?: Record<string, { id: string }[]>;
}

function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

async function seedFiles(): Promise<vscode.Uri[]> {
  const seeds = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(seeds, 'the tests need the seeds folder open as the workspace');
  const entries = await vscode.workspace.fs.readDirectory(seeds);
  return entries
    .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.txt'))
    .map(([name]) => vscode.Uri.joinPath(seeds, name))
    .sort((a, b) => a.path.localeCompare(b.path));
}

suite('Diplomatic Annotator in VS Code', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the extension activates', async () => {
    const ext = extension();
    if (!ext.isActive) await ext.activate();
    assert.equal(ext.isActive, true);
  });

  test('every seed opens as Diplomatic Text', async () => {
    const seeds = await seedFiles();
    assert.ok(seeds.length > 0, 'no seeds/*.txt found');
    for (const uri of seeds) {
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      assert.equal(editor.document.uri.toString(), uri.toString());
      const language = await waitFor(`${uri.path} to be ${LANGUAGE_ID}`, () => languageOf(uri), (id) => id === LANGUAGE_ID);
      assert.equal(language, LANGUAGE_ID, uri.path);
    }
  });

  test('the first seed is coloured soon after activation, and the time is recorded for the benchmark', async () => {
    const api = extension().exports as DiplomaticAnnotatorApi;
    const first = await waitFor('the first semantic tokens', () => api.timing.firstHighlight, (f) => f !== null);
    assert.ok(first, 'no semantic tokens were delivered after opening the seeds');
    const seeds = (await seedFiles()).map((u) => u.toString());
    assert.ok(seeds.includes(first.file), `the first coloured document ${first.file} is not a seed`);
    assert.ok(api.timing.activationMs !== null && first.ms >= api.timing.activationMs, 'tokens came before activation ended');
    assert.ok(first.sinceOpenMs >= 0 && first.sinceOpenMs <= first.ms, `open → coloured ${first.sinceOpenMs} ms is not within activation → coloured ${first.ms} ms`);
    const record = { activationMs: api.timing.activationMs, firstHighlightMs: first.ms, openToHighlightMs: first.sinceOpenMs, openToRequestMs: first.requestedAfterMs, file: path.basename(first.file), vscode: vscode.version, at: new Date().toISOString() };
    fs.writeFileSync(path.join(path.dirname(resultsFile), 'startup-timing.json'), `${JSON.stringify(record, null, 2)}\n`);
  });

  test('the Topics view is contributed and can be shown', async () => {
    const contributes = (extension().packageJSON as { contributes?: Contributes }).contributes;
    const views = Object.values(contributes?.views ?? {}).flat();
    assert.ok(
      views.some((view) => view.id === TOPICS_VIEW),
      `package.json contributes no view ${TOPICS_VIEW}; it has ${views.map((v) => v.id).join(', ') || 'none'}`,
    );
    // VS Code registers `<view id>.focus` for each view it knows about: this proves the view exists.
    await vscode.commands.executeCommand(`${TOPICS_VIEW}.focus`);
  });

  test('the Treat as Diplomatic Text command is registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(TREAT_AS_COMMAND), `${TREAT_AS_COMMAND} is not registered`);
  });

  test('Treat as Diplomatic Text turns a plain-text document into Diplomatic Text', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: '"We will talk again," the minister said.\n',
    });
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'plaintext');
    try {
      await vscode.commands.executeCommand(TREAT_AS_COMMAND);
      const language = await waitFor(
        `the untitled document to become ${LANGUAGE_ID}`,
        () => languageOf(document.uri),
        (id) => id === LANGUAGE_ID,
      );
      assert.equal(language, LANGUAGE_ID);
    } finally {
      // An untitled document with text would ask to be saved on close: revert it instead.
      const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
      if (open) {
        await vscode.window.showTextDocument(open.document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
  });
});
