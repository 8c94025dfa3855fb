// The user's corrections of the machine: mark a missed name, reject a wrong one, set a quotation's speaker.
// They are kept in the sidecar and win over the automatic analysis at once.
import * as vscode from 'vscode';
import { ENTITY_TYPES, spacedName, type EntityType } from '../../core/entities';
import type { AnalysisService } from '../analysis/service';
import { innermostAt, spanAt } from '../analysis/find';
import { TYPE_LABEL } from '../hovers/markdown';
import type { SidecarStore } from './store';
import { activeTarget } from './target';

export async function correctEntity(store: SidecarStore, analysis: AnalysisService): Promise<void> {
  const t = await activeTarget(store, true);
  if (!t) return;
  const doc = t.editor.document;
  const a = await analysis.get(doc);
  const offset = doc.offsetAt(t.editor.selection.active);
  // A name wrapped over two lines is read as one line: its words matched over any white space (see applyCorrections).
  const raw = doc.getText(t.editor.selection);
  const selected = spacedName(raw);
  const found = a ? spanAt(a.entities, offset) : undefined;
  const entity = found && { ...found, text: spacedName(found.text) };
  type Choice = vscode.QuickPickItem & { run: () => Promise<void> };
  const choices: Choice[] = [];
  if (selected && (raw.trim().match(/\n/g) ?? []).length <= 1) {
    choices.push({
      label: `$(add) Mark “${selected}” as a name…`,
      description: 'the analysis missed it',
      run: async () => {
        const type = await pickType(`What is “${selected}”?`);
        if (!type) return;
        await store.mutate(doc, (entry) => {
          const add = entry.data.entities.add.filter((x) => x.text !== selected);
          entry.data = { ...entry.data, entities: { add: [...add, { text: selected, type }], reject: entry.data.entities.reject.filter((r) => r.text !== selected) } };
        });
      },
    });
  }
  if (entity) {
    choices.push({
      label: `$(close) “${entity.text}” is not a ${TYPE_LABEL[entity.type].toLowerCase()}`,
      description: 'reject it everywhere in this text',
      run: () =>
        store.mutate(doc, (entry) => {
          entry.data = { ...entry.data, entities: { add: entry.data.entities.add.filter((x) => x.text !== entity.text), reject: [...entry.data.entities.reject.filter((r) => r.text !== entity.text), { text: entity.text }] } };
        }),
    });
    choices.push({
      label: `$(symbol-enum) Change the type of “${entity.text}”…`,
      description: `now ${TYPE_LABEL[entity.type]}`,
      run: async () => {
        const type = await pickType(`What is “${entity.text}”?`);
        if (!type) return;
        await store.mutate(doc, (entry) => {
          entry.data = { ...entry.data, entities: { add: [...entry.data.entities.add.filter((x) => x.text !== entity.text), { text: entity.text, type, canonical: entity.canonical }], reject: entry.data.entities.reject } };
        });
      },
    });
  }
  if (choices.length === 0) {
    void vscode.window.showInformationMessage('Select a name the analysis missed, or put the cursor on a highlighted name to reject or retype it.');
    return;
  }
  const pick = await vscode.window.showQuickPick(choices, { title: 'Correct Entity' });
  if (pick) await pick.run();
}

async function pickType(title: string): Promise<EntityType | undefined> {
  const pick = await vscode.window.showQuickPick(
    ENTITY_TYPES.map((type) => ({ label: TYPE_LABEL[type], description: type, type })),
    { title },
  );
  return pick?.type;
}

export async function setSpeaker(store: SidecarStore, analysis: AnalysisService): Promise<void> {
  const t = await activeTarget(store, true);
  if (!t) return;
  const doc = t.editor.document;
  const a = await analysis.get(doc);
  const q = a && innermostAt(a.quotes, doc.offsetAt(t.editor.selection.active));
  if (!a || !q) {
    void vscode.window.showInformationMessage('Put the cursor inside a quotation to set who said it.');
    return;
  }
  const people = [...new Set(a.entities.filter((e) => e.type === 'PERSON' || e.type === 'ORG').map((e) => e.canonical))];
  type Choice = vscode.QuickPickItem & { speaker: string | null | undefined };
  const choices: Choice[] = [
    ...people.map((p) => ({ label: p, description: p === q.speaker?.name ? 'current' : undefined, speaker: p })),
    { label: '$(edit) Someone else…', speaker: undefined },
    { label: '$(circle-slash) Nobody: a scare quote', speaker: null },
  ];
  const pick = await vscode.window.showQuickPick(choices, { title: `Who said “${q.text.slice(0, 50)}${q.text.length > 50 ? '…' : ''}”?` });
  if (!pick) return;
  let speaker = pick.speaker;
  if (speaker === undefined) {
    speaker = await vscode.window.showInputBox({ title: 'Speaker', prompt: 'The full name of the person or body quoted', value: q.speaker?.name ?? '' });
    if (!speaker?.trim()) return;
    speaker = speaker.trim();
  }
  await store.mutate(doc, (entry) => {
    const others = entry.data.speakers.filter((s) => s.quote.exact !== q.text);
    entry.data = { ...entry.data, speakers: [...others, { quote: { exact: q.text }, speaker }] };
  });
}
