// Entity colours through semantic tokens.
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis/service';
import { affectsSettings } from '../config';
import { diplomaticSelector } from '../language/files';
import type { StartupTiming } from '../timing';
import { LEGEND } from './legend';
import { EntityTokensProvider } from './tokens';

export function register(context: vscode.ExtensionContext, deps: { analysis: AnalysisService; timing?: StartupTiming }): void {
  const provider = new EntityTokensProvider(deps.analysis, deps.timing);
  const selector = diplomaticSelector();
  context.subscriptions.push(
    provider,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, LEGEND),
    vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, provider, LEGEND),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsSettings(e, 'highlight')) provider.refresh();
    }),
    deps.analysis.onDidChange(() => provider.refresh()),
  );
}
