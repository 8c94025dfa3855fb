// Entry point: creates the shared services and registers each feature.
import * as vscode from 'vscode';
import { AnalysisService } from './extension/analysis/service';
import * as highlight from './extension/highlight';
import * as hovers from './extension/hovers';
import * as language from './extension/language';
import * as outline from './extension/outline';
import * as speakers from './extension/speakers';
import * as topics from './extension/topics';

export function activate(context: vscode.ExtensionContext): void {
  const analysis = new AnalysisService();
  context.subscriptions.push(analysis);
  const deps = { analysis };
  language.register(context);
  highlight.register(context, deps);
  hovers.register(context, deps);
  speakers.register(context, deps);
  outline.register(context, deps);
  topics.register(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
