// The annotation commands: tag (selection, quote or sentence at the cursor), edit, remove, step through,
// re-attach an unanchored annotation. Each works from the keyboard and says why when it cannot act.
import * as vscode from 'vscode';
import { createAnnotation, isoUtc, type Annotation } from '../../core/annotations';
import type { AnalysisService } from '../analysis/service';
import { innermostAt } from '../analysis/find';
import type { Placed } from './entry';
import { askNote, normaliseTag, pickTags } from './pick';
import type { SidecarStore } from './store';
import { activeTarget, annotationAtCursor, type Target } from './target';

/** Tags and note given with the command (from a keybinding's `args`, or a script): no questions asked. */
export interface TagArgs {
  tags?: string[];
  note?: string;
}

export interface AnnotationNodeArg {
  file: string;
  id: string;
}

export class AnnotationCommands {
  constructor(
    private readonly store: SidecarStore,
    private readonly analysis: AnalysisService,
    private readonly knownTags: () => Promise<string[]>,
  ) {}

  private async tag(t: Target, start: number, end: number, what: string, preset?: TagArgs): Promise<void> {
    const given = preset?.tags?.map(normaliseTag).filter(Boolean);
    const tags = given?.length ? given : await pickTags(await this.knownTags(), [], `Tag ${what}`);
    if (!tags) return;
    const note = given?.length ? (preset?.note ?? '') : await askNote(undefined);
    if (note === undefined) return;
    await this.store.mutate(t.editor.document, (entry, text) => {
      const taken = new Set(entry.placed.map((p) => p.annotation.id));
      const a = createAnnotation(text, { start, end }, { tags, note: note.trim() || undefined }, { now: () => new Date(), newId: this.store.newId, taken });
      entry.placed.push({ annotation: a, start, end, status: 'anchored' });
      entry.data = { ...entry.data, annotations: [...entry.data.annotations, a] };
    });
  }

  async tagSelection(preset?: TagArgs): Promise<void> {
    const t = await activeTarget(this.store, true);
    if (!t) return;
    const sel = t.editor.selection;
    if (sel.isEmpty) {
      void vscode.window.showInformationMessage('Select the words to tag first, or use "Tag Quote at Cursor" or "Tag Sentence at Cursor".');
      return;
    }
    const doc = t.editor.document;
    let start = doc.offsetAt(sel.start);
    let end = doc.offsetAt(sel.end);
    const text = doc.getText();
    // Leading and trailing white space is not part of a passage.
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start === end) {
      void vscode.window.showInformationMessage('The selection holds only white space: select the words to tag.');
      return;
    }
    await this.tag(t, start, end, 'the selection', preset);
  }

  async tagQuoteAtCursor(preset?: TagArgs): Promise<void> {
    const t = await activeTarget(this.store, true);
    if (!t) return;
    const a = await this.analysis.get(t.editor.document);
    const q = a && innermostAt(a.quotes, t.editor.document.offsetAt(t.editor.selection.active));
    if (!q) {
      void vscode.window.showInformationMessage('The cursor is not in a quotation. Put it inside the quotation marks, or select words and use "Tag Selection".');
      return;
    }
    await this.tag(t, q.start, q.end, `the quotation “${q.text.slice(0, 40)}${q.text.length > 40 ? '…' : ''}”`, preset);
  }

  async tagSentenceAtCursor(preset?: TagArgs): Promise<void> {
    const t = await activeTarget(this.store, true);
    if (!t) return;
    const a = await this.analysis.get(t.editor.document);
    const offset = t.editor.document.offsetAt(t.editor.selection.active);
    const s = a?.structure.sentences.find((x) => x.start <= offset && offset <= x.end);
    if (!s) {
      void vscode.window.showInformationMessage('The cursor is not in a sentence of the article (it may be on the dateline, a blank line or page boilerplate).');
      return;
    }
    await this.tag(t, s.start, s.end, 'the sentence', preset);
  }

  private chosen(t: Target, arg: AnnotationNodeArg | undefined, verb: string): Placed | undefined {
    const p = arg ? t.entry.find(arg.id) : annotationAtCursor(t);
    if (!p) void vscode.window.showInformationMessage(`Put the cursor in an annotated passage to ${verb} it, or use the Annotations view.`);
    return p;
  }

  /** The target of a command run from a tree item of another file: open that file first. */
  private async targetFor(arg: AnnotationNodeArg | undefined, forWriting: boolean): Promise<Target | undefined> {
    if (arg && vscode.window.activeTextEditor?.document.uri.toString() !== arg.file) {
      await vscode.window.showTextDocument(vscode.Uri.parse(arg.file));
    }
    return activeTarget(this.store, forWriting);
  }

  async editAnnotation(arg?: AnnotationNodeArg, preset?: TagArgs): Promise<void> {
    const t = await this.targetFor(arg, true);
    const p = t && this.chosen(t, arg, 'edit');
    if (!t || !p) return;
    const given = preset?.tags?.map(normaliseTag).filter(Boolean);
    const tags = given?.length ? given : await pickTags(await this.knownTags(), p.annotation.tags, 'Edit the tags');
    if (!tags) return;
    const note = preset?.note ?? (given?.length ? (p.annotation.note ?? '') : await askNote(p.annotation.note));
    if (note === undefined) return;
    await this.store.mutate(t.editor.document, (entry) => {
      const updated: Annotation = { ...p.annotation, tags, modified: isoUtc(new Date()) };
      if (note.trim()) updated.note = note.trim();
      else delete updated.note;
      replace(entry, p.annotation.id, updated);
    });
  }

  async removeAnnotation(arg?: AnnotationNodeArg): Promise<void> {
    const t = await this.targetFor(arg, true);
    const p = t && this.chosen(t, arg, 'remove');
    if (!t || !p) return;
    const removed = p.annotation;
    await this.store.mutate(t.editor.document, (entry) => {
      entry.placed = entry.placed.filter((x) => x.annotation.id !== removed.id);
      entry.data = { ...entry.data, annotations: entry.data.annotations.filter((a) => a.id !== removed.id) };
    });
    const undo = await vscode.window.showInformationMessage(`Removed the annotation ${removed.tags.map((x) => `#${x}`).join(' ')}.`, 'Undo');
    if (undo) {
      await this.store.mutate(t.editor.document, (entry) => {
        entry.placed.push({ annotation: removed, start: p.start, end: p.end, status: p.status });
        entry.data = { ...entry.data, annotations: [...entry.data.annotations, removed] };
      });
    }
  }

  async step(direction: 1 | -1): Promise<void> {
    const t = await activeTarget(this.store, false);
    if (!t) return;
    const list = t.entry.anchored().sort((a, b) => a.start - b.start);
    if (list.length === 0) {
      void vscode.window.showInformationMessage('This text has no annotations yet. Select words and run "Tag Selection".');
      return;
    }
    const offset = t.editor.document.offsetAt(t.editor.selection.active);
    const next = direction === 1 ? (list.find((p) => p.start > offset) ?? list[0]) : ([...list].reverse().find((p) => p.start < offset) ?? list[list.length - 1]);
    const range = new vscode.Range(t.editor.document.positionAt(next.start), t.editor.document.positionAt(next.end));
    t.editor.selection = new vscode.Selection(range.start, range.end);
    t.editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async reattach(arg?: AnnotationNodeArg): Promise<void> {
    const t = await this.targetFor(arg, true);
    if (!t) return;
    const lost = t.entry.unanchored();
    if (lost.length === 0) {
      void vscode.window.showInformationMessage('This text has no unanchored annotations: every annotation is placed.');
      return;
    }
    const p = arg ? t.entry.find(arg.id) : await pickUnanchored(lost);
    if (!p) return;
    const sel = t.editor.selection;
    if (sel.isEmpty) {
      void vscode.window.showInformationMessage(`Select the words that “${p.annotation.target.exact.slice(0, 50)}” should now annotate, then run "Re-attach Annotation" again.`);
      return;
    }
    const doc = t.editor.document;
    await this.store.mutate(doc, (entry) => {
      const placed = entry.find(p.annotation.id);
      if (!placed) return;
      placed.start = doc.offsetAt(sel.start);
      placed.end = doc.offsetAt(sel.end);
      placed.status = 'edited';
    });
  }
}

function replace(entry: { placed: Placed[]; data: { annotations: Annotation[] } }, id: string, updated: Annotation): void {
  const p = entry.placed.find((x) => x.annotation.id === id);
  if (p) p.annotation = updated;
  entry.data = { ...entry.data, annotations: entry.data.annotations.map((a) => (a.id === id ? updated : a)) };
}

async function pickUnanchored(lost: Placed[]): Promise<Placed | undefined> {
  const pick = await vscode.window.showQuickPick(
    lost.map((p) => ({ label: `“${p.annotation.target.exact.slice(0, 70)}”`, description: p.annotation.tags.map((t) => `#${t}`).join(' '), p })),
    { title: 'Re-attach which annotation to the selection?' },
  );
  return pick?.p;
}
