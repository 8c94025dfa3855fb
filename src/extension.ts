// Entry point: creates the shared services and registers each feature.
import * as vscode from 'vscode';
import * as language from './extension/language';
import * as topics from './extension/topics';

export function activate(context: vscode.ExtensionContext): void {
  language.register(context);
  topics.register(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
