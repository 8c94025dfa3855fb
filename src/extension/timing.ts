// How long the extension takes from the start of activation to the first coloured text: what a user waits for
// after opening an article. Read by the integration tests, which write it out for the benchmark report.
import * as vscode from 'vscode';

export interface FirstHighlight {
  /** The document whose semantic tokens were delivered first. */
  file: string;
  /** Milliseconds from the start of activate() to the delivery of those tokens. */
  ms: number;
  /** Milliseconds from the document's opening (or from activation, when it was open before) to those tokens. */
  sinceOpenMs: number;
  /** Milliseconds from the document's opening to VS Code's first request for its tokens: the editor's own delay. */
  requestedAfterMs: number;
}

export class StartupTiming implements vscode.Disposable {
  private readonly start = performance.now();
  /** When each document was opened, from activation on (documents open before count from activation). */
  private readonly opened = new Map<string, number>();
  /** When VS Code first asked for each document's tokens. */
  private readonly requested = new Map<string, number>();
  private readonly listener: vscode.Disposable;
  /** How long activate() itself took, once it has returned. */
  activationMs: number | null = null;
  /** The first non-empty semantic tokens delivered to VS Code, or null before. */
  firstHighlight: FirstHighlight | null = null;

  constructor() {
    this.listener = vscode.workspace.onDidOpenTextDocument((doc) => {
      if (!this.firstHighlight && !this.opened.has(doc.uri.toString())) this.opened.set(doc.uri.toString(), performance.now());
    });
  }

  activated(): void {
    this.activationMs ??= performance.now() - this.start;
  }

  /** Called with every request for semantic tokens. */
  tokensRequested(doc: vscode.TextDocument): void {
    if (!this.firstHighlight && !this.requested.has(doc.uri.toString())) this.requested.set(doc.uri.toString(), performance.now());
  }

  /** Called with every semantic tokens result; only the first that colours something counts. */
  tokensDelivered(doc: vscode.TextDocument, tokens: vscode.SemanticTokens): void {
    if (this.firstHighlight || tokens.data.length === 0) return;
    const now = performance.now();
    const file = doc.uri.toString();
    const opened = this.opened.get(file) ?? this.start;
    this.firstHighlight = { file, ms: now - this.start, sinceOpenMs: now - opened, requestedAfterMs: (this.requested.get(file) ?? now) - opened };
    this.opened.clear();
    this.requested.clear();
    this.listener.dispose();
  }

  dispose(): void {
    this.listener.dispose();
  }
}
