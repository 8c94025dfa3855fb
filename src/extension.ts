// Entry point: creates the shared services and registers each feature.
import * as vscode from 'vscode';
import { AnalysisService } from './extension/analysis/service';
import * as annotations from './extension/annotations';
import * as corpus from './extension/corpus';
import * as exporting from './extension/export';
import * as highlight from './extension/highlight';
import * as hovers from './extension/hovers';
import * as language from './extension/language';
import * as outline from './extension/outline';
import { revealRange } from './extension/reveal';
import * as speakers from './extension/speakers';
import { StartupTiming } from './extension/timing';
import * as views from './extension/views';

/** What the extension hands to other extensions and to its integration tests. */
export interface DiplomaticAnnotatorApi {
  corpus: ReturnType<typeof corpus.register>;
  views: ReturnType<typeof views.register>;
  analysis: AnalysisService;
  annotations: ReturnType<typeof annotations.register>;
  timing: StartupTiming;
}

export function activate(context: vscode.ExtensionContext): DiplomaticAnnotatorApi {
  const timing = new StartupTiming();
  const log = vscode.window.createOutputChannel('Diplomatic Annotator', { log: true });
  const analysis = new AnalysisService();
  context.subscriptions.push(timing, log, analysis, vscode.commands.registerCommand('_diplomaticAnnotator.revealRange', revealRange));
  const deps = { analysis, log };
  language.register(context);
  highlight.register(context, { ...deps, timing });
  hovers.register(context, deps);
  speakers.register(context, deps);
  outline.register(context, deps);
  const corpusService = corpus.register(context, deps);
  const sidebar = views.register(context, { corpus: corpusService });
  const notes = annotations.register(context, { ...deps, corpus: corpusService });
  exporting.register(context);
  timing.activated();
  return { corpus: corpusService, views: sidebar, analysis, annotations: notes, timing };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
