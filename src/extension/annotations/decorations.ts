// Draws the annotated passages: background in the tag's colour, a mark in the overview ruler, a hover with the
// tags, the note and the dates.
import * as vscode from 'vscode';
import { escapeMarkdown } from '../hovers/markdown';
import type { Placed } from './entry';
import type { SidecarStore } from './store';
import { tagColorOverrides, tagStyle } from './colors';

export function annotationHover(p: Placed): vscode.MarkdownString {
  const a = p.annotation;
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${a.tags.map((t) => `#${escapeMarkdown(t)}`).join(' ') || '(no tag)'}** · annotation \`${a.id}\`\n\n`);
  if (a.note) md.appendMarkdown(`${escapeMarkdown(a.note)}\n\n`);
  md.appendMarkdown(`_Created ${a.created.replace('T', ' ').replace(/:\d\dZ$|Z$/, '')} UTC${a.modified ? `, changed ${a.modified.replace('T', ' ').replace(/:\d\dZ$|Z$/, '')} UTC` : ''}_`);
  if (p.status === 'fuzzy') md.appendMarkdown('\n\n_The text changed here: placed on the closest match. Check it, then save to confirm._');
  if (p.status === 'moved') md.appendMarkdown('\n\n_The passage moved since the sidecar was saved; saving records its new place._');
  return md;
}

export class AnnotationDecorator implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: SidecarStore) {
    this.disposables.push(
      store.onDidChange(() => this.refreshAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('diplomaticAnnotator.annotations.tagColors')) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  private typeFor(key: string, background: string | vscode.ThemeColor, ruler: string | vscode.ThemeColor): vscode.TextEditorDecorationType {
    let t = this.types.get(key);
    if (!t) {
      t = vscode.window.createTextEditorDecorationType({
        backgroundColor: background,
        overviewRulerColor: ruler,
        overviewRulerLane: vscode.OverviewRulerLane.Center,
        borderRadius: '2px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.types.set(key, t);
    }
    return t;
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  refresh(editor: vscode.TextEditor): void {
    const entry = this.store.get(editor.document);
    const overrides = tagColorOverrides();
    const byKey = new Map<string, vscode.DecorationOptions[]>();
    for (const p of entry?.anchored() ?? []) {
      const style = tagStyle(p.annotation.tags[0] ?? '', overrides);
      this.typeFor(style.key, style.background, style.ruler);
      const range = new vscode.Range(editor.document.positionAt(p.start), editor.document.positionAt(p.end));
      byKey.set(style.key, [...(byKey.get(style.key) ?? []), { range, hoverMessage: annotationHover(p) }]);
    }
    for (const [key, type] of this.types) editor.setDecorations(type, byKey.get(key) ?? []);
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
