// Hovers on entities and quotations.
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis/service';
import { diplomaticSelector } from '../language/files';
import { AnalysisHoverProvider } from './provider';

export function register(context: vscode.ExtensionContext, deps: { analysis: AnalysisService }): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(diplomaticSelector(), new AnalysisHoverProvider(deps.analysis)));
}
