// Semantic tokens for the entities of a diplomatic text, by type; for the whole text or a visible range.
import * as vscode from 'vscode';
import type { Entity, EntityType } from '../../core/entities';
import type { AnalysisService } from '../analysis/service';
import { readSettings } from '../config';
import type { StartupTiming } from '../timing';
import { LEGEND, tokenIndex } from './legend';

function build(doc: vscode.TextDocument, entities: readonly Entity[], enabled: Record<EntityType, boolean>, range?: vscode.Range): vscode.SemanticTokens {
  const builder = new vscode.SemanticTokensBuilder(LEGEND);
  const from = range ? doc.offsetAt(range.start) : 0;
  const to = range ? doc.offsetAt(range.end) : Infinity;
  for (const e of entities) {
    if (e.end <= from || e.start >= to || !enabled[e.type]) continue;
    const start = doc.positionAt(e.start);
    const end = doc.positionAt(e.end);
    // A token lies on one line; a name broken across lines is coloured line by line.
    for (let line = start.line; line <= end.line; line++) {
      const s = line === start.line ? start.character : 0;
      const e2 = line === end.line ? end.character : doc.lineAt(line).text.length;
      if (e2 > s) builder.push(line, s, e2 - s, tokenIndex(e.type), 0);
    }
  }
  return builder.build();
}

export class EntityTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.DocumentRangeSemanticTokensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;

  constructor(
    private readonly analysis: AnalysisService,
    private readonly timing?: StartupTiming,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  async provideDocumentSemanticTokens(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | null> {
    this.timing?.tokensRequested(doc);
    const a = await this.analysis.get(doc, token);
    if (!a || token.isCancellationRequested) return null;
    const tokens = build(doc, a.entities, readSettings().highlight);
    this.timing?.tokensDelivered(doc, tokens);
    return tokens;
  }

  provideDocumentRangeSemanticTokens(doc: vscode.TextDocument, range: vscode.Range): vscode.SemanticTokens {
    this.timing?.tokensRequested(doc);
    // A large text is coloured where the user looks while the whole is analysed in slices.
    const cached = this.analysis.peek(doc);
    const entities = cached?.entities ?? (this.analysis.isLarge(doc) ? this.analysis.window(doc, range).entities : this.analysis.getSync(doc).entities);
    const tokens = build(doc, entities, readSettings().highlight, range);
    this.timing?.tokensDelivered(doc, tokens);
    return tokens;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
