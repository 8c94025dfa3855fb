// Runs inside a real VS Code: tagging a passage in a seed writes the sidecar, the annotation follows edits of
// the text, a sidecar changed on disk is reloaded, and a broken one is reported and never overwritten.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { DiplomaticAnnotatorApi } from '../../src/extension';
import { extension, openSeed, waitFor } from './util';

const SEED = '004_0b22a2b964df6e34.txt';
const PASSAGE = 'we would like to have reliable guarantees';

async function api(): Promise<DiplomaticAnnotatorApi> {
  const ext = extension();
  if (!ext.isActive) await ext.activate();
  return ext.exports as DiplomaticAnnotatorApi;
}

function sidecarOf(doc: vscode.TextDocument): string {
  return doc.uri.fsPath.replace(/\.txt$/, '.annotations.yaml');
}

function select(editor: vscode.TextEditor, words: string): void {
  const at = editor.document.getText().indexOf(words);
  assert.ok(at >= 0, `"${words}" is not in the text`);
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
}

suite('Annotations in the editor', () => {
  let editor: vscode.TextEditor;
  let sidecar: string;

  suiteSetup(async () => {
    editor = await openSeed(SEED);
    sidecar = sidecarOf(editor.document);
    // The seed's own sidecar has annotations already: start from an empty one, and wait until the store has it.
    fs.rmSync(sidecar, { force: true });
    const { annotations } = await api();
    await waitFor('the store to drop the deleted sidecar', () => annotations.store.get(editor.document)?.placed.length ?? 0, (n) => n === 0);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(sidecar, { force: true });
  });

  test('Tag Selection writes a readable sidecar next to the text', async () => {
    select(editor, PASSAGE);
    await vscode.commands.executeCommand('diplomaticAnnotator.tagSelection', { tags: ['condition', 'missile defence'], note: 'The one condition Moscow states in public.' });
    const yaml = await waitFor('the sidecar on disk', () => (fs.existsSync(sidecar) ? fs.readFileSync(sidecar, 'utf8') : ''), (s) => s.includes(PASSAGE));
    assert.match(yaml, /^# Annotations for 004_0b22a2b964df6e34\.txt/);
    assert.match(yaml, /^version: 1$/m);
    assert.match(yaml, /^text: 004_0b22a2b964df6e34\.txt$/m);
    assert.match(yaml, /tags: \[condition, missile-defence\]/);
    assert.match(yaml, /note: The one condition Moscow states in public\./);
    assert.match(yaml, new RegExp(`exact: ${PASSAGE}`));
    const text = editor.document.getText();
    const start = Number(/start: (\d+)/.exec(yaml)?.[1]);
    assert.equal(text.slice(start, start + PASSAGE.length), PASSAGE);
  });

  test('the annotation shows in the store and the Annotations view', async () => {
    const { annotations } = await api();
    const entry = annotations.store.get(editor.document);
    assert.equal(entry?.anchored().length, 1);
    const tags = await waitFor('the tag in the Annotations view', () => annotations.tree.getChildren().map((n) => (n.kind === 'tag' ? n.tag : '')), (t) => t.includes('condition'));
    assert.ok(tags.includes('missile-defence'));
    const node = annotations.tree.getChildren().find((n) => n.kind === 'tag' && n.tag === 'condition')!;
    // The view spans the corpus: the other seed's sidecar has a "condition" too.
    const passages = annotations.tree.getChildren(node).filter((n) => n.kind === 'annotation' && n.file === editor.document.uri.toString());
    assert.equal(passages.length, 1);
    assert.ok(passages[0].kind === 'annotation' && passages[0].snippet.startsWith(PASSAGE));
  });

  test('the annotation follows an edit above it and is saved with the text', async () => {
    const inserted = 'A line added above.\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, new vscode.Position(1, 0), inserted);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const { annotations } = await api();
    const placed = { ...annotations.store.get(editor.document)!.anchored()[0] };
    assert.equal(editor.document.getText().slice(placed.start, placed.end), PASSAGE);
    assert.ok(await editor.document.save());
    const yaml = await waitFor('the sidecar to record the new place', () => fs.readFileSync(sidecar, 'utf8'), (s) => Number(/start: (\d+)/.exec(s)?.[1]) === placed.start);
    assert.match(yaml, new RegExp(`exact: ${PASSAGE}`));
    // Put the seed back as it was.
    const undo = new vscode.WorkspaceEdit();
    undo.delete(editor.document.uri, new vscode.Range(1, 0, 2, 0));
    assert.ok(await vscode.workspace.applyEdit(undo));
    assert.ok(await editor.document.save());
    const back = placed.start - inserted.length;
    await waitFor('the sidecar to record the old place again', () => fs.readFileSync(sidecar, 'utf8'), (s) => Number(/start: (\d+)/.exec(s)?.[1]) === back);
  });

  test('a sidecar changed on disk is reloaded', async () => {
    const { annotations } = await api();
    const yaml = fs.readFileSync(sidecar, 'utf8');
    fs.writeFileSync(sidecar, yaml.replace('note: The one condition Moscow states in public.', 'note: Edited by a colleague.'));
    await waitFor('the new note', () => annotations.store.get(editor.document)?.anchored()[0]?.annotation.note, (n) => n === 'Edited by a colleague.');
  });

  test('a broken sidecar is reported at its line and never overwritten', async () => {
    const broken = 'version: 1\ntext: 004_0b22a2b964df6e34.txt\nannotations:\n  - id: [unclosed\n';
    fs.writeFileSync(sidecar, broken);
    const uri = vscode.Uri.file(sidecar);
    const diags = await waitFor('a diagnostic on the sidecar', () => vscode.languages.getDiagnostics(uri), (d) => d.length > 0);
    assert.ok(diags.some((d) => d.severity === vscode.DiagnosticSeverity.Error && d.range.start.line >= 2));
    select(editor, 'trust could be weakened');
    await vscode.commands.executeCommand('diplomaticAnnotator.tagSelection', { tags: ['trust'] });
    assert.equal(fs.readFileSync(sidecar, 'utf8'), broken, 'the broken sidecar was changed');
  });
});
