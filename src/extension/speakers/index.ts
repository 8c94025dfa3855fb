// Speaker hints after direct quotations.
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis/service';
import { affectsSettings } from '../config';
import { diplomaticSelector } from '../language/files';
import { SpeakerHintsProvider } from './hints';

export function register(context: vscode.ExtensionContext, deps: { analysis: AnalysisService }): void {
  const provider = new SpeakerHintsProvider(deps.analysis);
  context.subscriptions.push(
    provider,
    vscode.languages.registerInlayHintsProvider(diplomaticSelector(), provider),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsSettings(e, 'speakerHints')) provider.refresh();
    }),
    deps.analysis.onDidChange(() => provider.refresh()),
  );
}
