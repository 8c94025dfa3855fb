// The Outline view and breadcrumbs of an article.
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis/service';
import { diplomaticSelector } from '../language/files';
import { ArticleSymbolProvider } from './symbols';

export function register(context: vscode.ExtensionContext, deps: { analysis: AnalysisService }): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(diplomaticSelector(), new ArticleSymbolProvider(deps.analysis), { label: 'Article' }),
  );
}
