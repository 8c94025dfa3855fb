// Inlay hints `— Lavrov` after each direct quotation, naming its speaker.
import * as vscode from 'vscode';
import type { Quote } from '../../core/quotes';
import type { AnalysisService } from '../analysis/service';
import { readSettings } from '../config';
import { quoteHover } from '../hovers/markdown';

/** The short form of a speaker's name: a person's surname, a body's full name. */
export function shortName(name: string, isPerson: boolean): string {
  if (!isPerson) return name;
  const words = name.split(/\s+/);
  return words[words.length - 1];
}

export class SpeakerHintsProvider implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(private readonly analysis: AnalysisService) {}

  refresh(): void {
    this.changed.fire();
  }

  async provideInlayHints(doc: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    if (!readSettings().speakerHints) return [];
    const a = await this.analysis.get(doc, token);
    if (!a) return [];
    const from = doc.offsetAt(range.start);
    const to = doc.offsetAt(range.end);
    const people = new Set(a.entities.filter((e) => e.type === 'PERSON').map((e) => e.canonical));
    return a.quotes
      .filter((q): q is Quote & { speaker: NonNullable<Quote['speaker']> } => q.kind === 'direct' && q.speaker !== null && !q.nested)
      .filter((q) => (q.close?.end ?? q.end) >= from && (q.close?.end ?? q.end) <= to)
      // `"…," Lavrov said` names the speaker already: no hint to repeat it.
      .filter((q) => !(q.speaker.via === 'cue-after' && q.speaker.cue.text.includes(shortName(q.speaker.name, people.has(q.speaker.name)))))
      .map((q) => {
        const hint = new vscode.InlayHint(doc.positionAt(q.close?.end ?? q.end), `— ${shortName(q.speaker.name, people.has(q.speaker.name))}`);
        hint.paddingLeft = true;
        hint.tooltip = quoteHover(q);
        return hint;
      });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
