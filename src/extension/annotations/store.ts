// The sidecar store: loads each open text's sidecar, re-anchors it, follows the text's edits, writes on save,
// reloads and merges when the sidecar changes on disk, and reports a broken sidecar in the Problems panel
// without ever overwriting it.
import * as vscode from 'vscode';
import {
  anchorAll,
  createIdGenerator,
  mergeSidecars,
  parseSidecar,
  retarget,
  serializeSidecar,
  shiftSpan,
  sidecarPathFor,
  type Annotation,
  type SidecarData,
} from '../../core/annotations';
import { LANGUAGE_ID } from '../constants';
import { emptyData, SidecarEntry, type Placed } from './entry';
import { readIfExists, writeAtomic } from '../../node/files';

export class SidecarStore implements vscode.Disposable {
  private readonly entries = new Map<string, SidecarEntry>();
  private readonly loading = new Map<string, Promise<SidecarEntry>>();
  private readonly changed = new vscode.EventEmitter<SidecarEntry>();
  /** Fires when an entry's annotations, corrections or state changed. */
  readonly onDidChange = this.changed.event;
  readonly diagnostics = vscode.languages.createDiagnosticCollection('diplomatic-annotator');
  readonly newId = createIdGenerator(Math.random);
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => void this.sidecarChanged(uri)),
      watcher.onDidCreate((uri) => void this.sidecarChanged(uri)),
      watcher.onDidDelete((uri) => void this.sidecarChanged(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.followEdits(e)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.saveIfPending(d)),
      vscode.workspace.onDidOpenTextDocument((d) => void this.load(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString())),
    );
    for (const d of vscode.workspace.textDocuments) void this.load(d);
  }

  get(doc: vscode.TextDocument): SidecarEntry | undefined {
    return this.entries.get(doc.uri.toString());
  }

  all(): SidecarEntry[] {
    return [...this.entries.values()];
  }

  /** The entry of an open diplomatic text, loading its sidecar first if needed. */
  async load(doc: vscode.TextDocument): Promise<SidecarEntry | undefined> {
    if (doc.languageId !== LANGUAGE_ID || doc.uri.scheme !== 'file') return undefined;
    const key = doc.uri.toString();
    const have = this.entries.get(key);
    if (have) return have;
    const running = this.loading.get(key);
    if (running) return running;
    const promise = this.read(doc).finally(() => this.loading.delete(key));
    this.loading.set(key, promise);
    return promise;
  }

  private async read(doc: vscode.TextDocument): Promise<SidecarEntry> {
    const entry = new SidecarEntry(doc.uri, vscode.Uri.file(sidecarPathFor(doc.uri.fsPath)));
    this.entries.set(doc.uri.toString(), entry);
    await this.reloadFromDisk(entry, doc.getText());
    return entry;
  }

  /** Reads the sidecar again; merges with the window's changes when both changed; never writes. */
  private async reloadFromDisk(entry: SidecarEntry, text: string): Promise<void> {
    let source: string | undefined;
    try {
      source = await readIfExists(entry.sidecarUri.fsPath);
    } catch (err) {
      entry.state = 'invalid';
      entry.problems = [{ message: `The sidecar cannot be read: ${String(err)}`, severity: 'error', line: 1, col: 1, endLine: 1, endCol: 1 }];
      this.report(entry);
      return;
    }
    if (source !== undefined && source === entry.diskText) return;
    entry.diskText = source;
    if (source === undefined) {
      // No sidecar (or it was deleted): what the window holds stays, and is written on the next save.
      entry.problems = [];
      if (entry.state !== 'ok' || !entry.pending) {
        entry.state = 'none';
        entry.doc = undefined;
        entry.base = undefined;
        if (!entry.pending) entry.data = emptyData(entry.textName);
      }
      this.place(entry, text);
      this.report(entry);
      return;
    }
    const parsed = parseSidecar(source, entry.textName);
    if (!parsed.ok) {
      entry.state = 'invalid';
      entry.problems = [...parsed.errors, ...parsed.warnings];
      this.log.warn(`${entry.sidecarName}: ${parsed.errors.length} error(s); its text's annotations are read-only until it is fixed.`);
      this.report(entry);
      return;
    }
    entry.problems = parsed.warnings;
    if (entry.pending && entry.state === 'ok') {
      const { data, conflicts } = mergeSidecars(entry.base ?? null, this.currentData(entry, text), parsed.data, this.newId);
      entry.data = data;
      if (conflicts.length > 0) {
        void vscode.window.showWarningMessage(
          `${entry.sidecarName} changed on disk while you were annotating. Both versions are kept: ${conflicts.length} annotation(s) changed on both sides are tagged "merge-conflict" for you to review.`,
        );
      }
    } else {
      entry.data = parsed.data;
    }
    entry.doc = parsed.doc;
    entry.base = parsed.data;
    entry.state = 'ok';
    this.place(entry, text);
    this.report(entry);
  }

  /** Anchors the entry's annotations in the text. */
  private place(entry: SidecarEntry, text: string): void {
    entry.placed = anchorAll(text, entry.data.annotations).map((r) => ({ annotation: r.annotation, start: r.start, end: r.end, status: r.status }));
  }

  private async sidecarChanged(uri: vscode.Uri): Promise<void> {
    const entry = [...this.entries.values()].find((e) => e.sidecarUri.toString() === uri.toString());
    if (!entry) return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.textUri.toString());
    if (doc) await this.reloadFromDisk(entry, doc.getText());
  }

  /** Annotations follow the text as it is edited; a passage edited inside is re-read when saved. */
  private followEdits(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(e.document.uri.toString());
    if (!entry || e.contentChanges.length === 0 || entry.placed.length === 0) return;
    // Changes are reported against the text before the edit; apply them from the end backwards.
    const changes = [...e.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset);
    let moved = false;
    for (const p of entry.placed) {
      if (p.status === 'unanchored') continue;
      let span = { start: p.start, end: p.end };
      let status: Placed['status'] = p.status;
      for (const c of changes) {
        const s = shiftSpan(span, { start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, newLength: c.text.length });
        if (s.status === 'unchanged') continue;
        span = { start: s.start, end: s.end };
        if (s.status === 'deleted') status = 'unanchored';
        else if (s.status === 'changed' && status !== 'unanchored') status = 'edited';
        moved = true;
      }
      p.start = span.start;
      p.end = span.end;
      p.status = status;
    }
    if (moved) {
      entry.pending = true;
      this.changed.fire(entry);
    }
  }

  /** The data to write: annotations at their current place (unanchored ones exactly as they were). */
  currentData(entry: SidecarEntry, text: string): SidecarData {
    const now = (): Date => new Date();
    const annotations: Annotation[] = entry.placed.map((p) => {
      if (p.status === 'unanchored') return p.annotation;
      const t = p.annotation.target;
      if (t.start === p.start && t.end === p.end && text.slice(p.start, p.end) === t.exact) return p.annotation;
      return retarget(p.annotation, text, { start: p.start, end: p.end }, now);
    });
    return { ...entry.data, annotations };
  }

  /** Changes an entry; written at once when the text has no unsaved edits, else when it is saved. */
  async mutate(doc: vscode.TextDocument, fn: (entry: SidecarEntry, text: string) => void): Promise<void> {
    const entry = await this.load(doc);
    if (!entry) throw new Error('not a diplomatic text');
    fn(entry, doc.getText());
    entry.pending = true;
    this.changed.fire(entry);
    if (!doc.isDirty) await this.write(entry, doc);
  }

  private async saveIfPending(doc: vscode.TextDocument): Promise<void> {
    const entry = this.entries.get(doc.uri.toString());
    if (entry?.pending) await this.write(entry, doc);
  }

  /** Writes the sidecar, first merging whatever changed on disk since it was read. Never writes over a broken one. */
  async write(entry: SidecarEntry, doc: vscode.TextDocument): Promise<void> {
    if (entry.state === 'invalid') return;
    const text = doc.getText();
    await this.reloadFromDisk(entry, text);
    // Reading the disk again may have found the sidecar broken meanwhile.
    if ((entry.state as string) === 'invalid') return;
    let data = this.currentData(entry, text);
    let output = serializeSidecar(data, entry.doc);
    // Someone may write the sidecar between our read and our write: read once more right before renaming
    // over it, and merge again if it changed, so that a colleague's edit is never lost.
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = await readIfExists(entry.sidecarUri.fsPath).catch(() => entry.diskText);
      if (now === entry.diskText) break;
      await this.reloadFromDisk(entry, text);
      if ((entry.state as string) === 'invalid') return;
      data = this.currentData(entry, text);
      output = serializeSidecar(data, entry.doc);
    }
    try {
      await writeAtomic(entry.sidecarUri.fsPath, output);
    } catch (err) {
      void vscode.window.showErrorMessage(`Diplomatic Annotator could not write ${entry.sidecarName} (${String(err)}). Your annotations are kept in this window; check the folder's permissions and save again.`);
      return;
    }
    const parsed = parseSidecar(output, entry.textName);
    entry.diskText = output;
    entry.data = data;
    if (parsed.ok) {
      entry.doc = parsed.doc;
      entry.base = parsed.data;
    }
    entry.state = 'ok';
    entry.pending = false;
    this.place(entry, text);
    this.changed.fire(entry);
  }

  private report(entry: SidecarEntry): void {
    const diags = entry.problems.map((p) => {
      const range = new vscode.Range(p.line - 1, p.col - 1, Math.max(p.endLine, p.line) - 1, Math.max(p.endLine > p.line ? p.endCol : Math.max(p.endCol, p.col + 1), 1) - 1);
      const d = new vscode.Diagnostic(range, p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'Diplomatic Annotator';
      return d;
    });
    this.diagnostics.set(entry.sidecarUri, diags);
    this.changed.fire(entry);
  }

  /** Why annotation commands cannot change this text's sidecar, or null when they can. */
  readOnlyReason(entry: SidecarEntry): string | null {
    if (entry.state !== 'invalid') return null;
    return `${entry.sidecarName} has errors (see the Problems panel), so the annotations of ${entry.textName} are read-only. Fix the file — nothing in it has been changed — and try again.`;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
