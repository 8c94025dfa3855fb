// Hovers on entities (type, canonical name, mentions) and on quotations (speaker and the words that say so).
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis/service';
import { innermostAt, spanAt } from '../analysis/find';
import { entityHover, quoteHover } from './markdown';

export class AnalysisHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analysis: AnalysisService) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | null> {
    const a = await this.analysis.get(doc, token);
    if (!a) return null;
    const offset = doc.offsetAt(pos);
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    const entity = spanAt(a.entities, offset);
    if (entity) {
      parts.push(entityHover(entity, a));
      range = new vscode.Range(doc.positionAt(entity.start), doc.positionAt(entity.end));
    }
    const quote = innermostAt(a.quotes, offset);
    if (quote) {
      parts.push(quoteHover(quote));
      range ??= new vscode.Range(doc.positionAt(quote.open.start), doc.positionAt(quote.close?.end ?? quote.end));
    }
    return parts.length ? new vscode.Hover(parts, range) : null;
  }
}
