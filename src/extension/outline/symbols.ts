// The article's structure for the Outline view and breadcrumbs: dateline, headline, paragraphs and their quotations.
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis/service';
import { snippet } from '../hovers/markdown';

export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly analysis: AnalysisService) {}

  async provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const a = await this.analysis.get(doc, token);
    if (!a) return [];
    const text = doc.getText();
    const range = (s: number, e: number): vscode.Range => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
    const out: vscode.DocumentSymbol[] = [];
    const { dateline, headline, paragraphs } = a.structure;
    if (dateline) out.push(new vscode.DocumentSymbol(dateline.text, 'Dateline', vscode.SymbolKind.Event, range(dateline.start, dateline.end), range(dateline.start, dateline.end)));
    let q = 0;
    const quotes = a.quotes.filter((x) => !x.nested);
    for (const p of paragraphs) {
      if (p.boilerplate) continue;
      const isHeadline = headline !== null && p.start === headline.start;
      const name = snippet(text.slice(p.start, p.end), 60) || ' ';
      const detail = isHeadline ? 'Headline' : p.duplicateOf !== null ? `Paragraph ${p.index} · repeats paragraph ${p.duplicateOf}` : `Paragraph ${p.index}`;
      const sym = new vscode.DocumentSymbol(name, detail, isHeadline ? vscode.SymbolKind.String : vscode.SymbolKind.Namespace, range(p.start, p.end), range(p.start, Math.min(p.end, p.start + 1)));
      while (q < quotes.length && quotes[q].open.start < p.end) {
        const x = quotes[q++];
        if (x.open.start < p.start) continue;
        const end = x.close?.end ?? x.end;
        const who = x.kind === 'direct' ? (x.speaker?.name ?? 'speaker unknown') : 'scare quote';
        // A quotation running into the next paragraph is cut at this one's end, so it nests inside it.
        const childEnd = Math.min(end, p.end);
        sym.children.push(new vscode.DocumentSymbol(`“${snippet(x.text, 50)}”`, who, vscode.SymbolKind.String, range(x.open.start, childEnd), range(x.start, Math.min(x.end, childEnd))));
      }
      out.push(sym);
    }
    return out;
  }
}
