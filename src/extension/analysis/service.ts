// The analysis of each open diplomatic text, cached by document version. Small texts are analysed at once;
// large ones in slices that yield to the extension host between them, so typing never waits for them.

import * as vscode from 'vscode';
import { analyze, type Analysis, type AnalyzeOptions } from '../../core/analyze';
import { analyzeInSlices, analyzeWindow } from '../../core/analyze/slices';

/** Texts above this size are analysed in slices, off the typing path. */
export const LARGE_TEXT_CHARS = 1024 * 1024;

interface Entry {
  version: number;
  analysis: Analysis;
}

export type CorrectionsProvider = (uri: vscode.Uri) => AnalyzeOptions;

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly pending = new Map<string, { version: number; promise: Promise<Analysis | null> }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when the analysis of a document may have changed (its corrections changed). */
  readonly onDidChange = this.changed.event;
  private corrections: CorrectionsProvider = () => ({});
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
      this.changed,
    );
  }

  setCorrectionsProvider(p: CorrectionsProvider): void {
    this.corrections = p;
  }

  /** Forget what is cached for a document (its corrections changed) and tell the listeners. */
  invalidate(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.changed.fire(uri);
  }

  isLarge(doc: vscode.TextDocument): boolean {
    return doc.getText().length > LARGE_TEXT_CHARS;
  }

  /** The cached analysis of this version, if there is one. */
  peek(doc: vscode.TextDocument): Analysis | undefined {
    const e = this.cache.get(doc.uri.toString());
    return e && e.version === doc.version ? e.analysis : undefined;
  }

  /** The analysis of a small text, computed now. Large texts go through `get`. */
  getSync(doc: vscode.TextDocument): Analysis {
    const cached = this.peek(doc);
    if (cached) return cached;
    const analysis = analyze(doc.getText(), this.corrections(doc.uri));
    this.cache.set(doc.uri.toString(), { version: doc.version, analysis });
    return analysis;
  }

  /** The analysis of just the lines around a range: what a large text shows before its whole analysis is ready. */
  window(doc: vscode.TextDocument, range: vscode.Range): Analysis {
    return analyzeWindow(doc.getText(), doc.offsetAt(range.start), doc.offsetAt(range.end), this.corrections(doc.uri));
  }

  /** The analysis of the document's current version; null when a newer version arrived meanwhile. */
  async get(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | null> {
    if (!this.isLarge(doc)) return this.getSync(doc);
    const cached = this.peek(doc);
    if (cached) return cached;
    const key = doc.uri.toString();
    const running = this.pending.get(key);
    if (running && running.version === doc.version) return running.promise;
    const version = doc.version;
    const promise = analyzeInSlices(doc.getText(), this.corrections(doc.uri), () => doc.version !== version || token?.isCancellationRequested === true).then((a) => {
      if (a && doc.version === version) this.cache.set(key, { version, analysis: a });
      if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
      return a;
    });
    this.pending.set(key, { version, promise });
    return promise;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.cache.clear();
  }
}
