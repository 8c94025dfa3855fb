// The quick pick for tags: the workspace's tags to choose from (several at once), or a new one typed in.
import * as vscode from 'vscode';

/** A tag as stored: trimmed, inner white space as hyphens (`missile defence` → `missile-defence`). */
export function normaliseTag(s: string): string {
  return s.trim().replace(/\s+/g, '-').replace(/^#/, '');
}

export async function pickTags(known: readonly string[], selected: readonly string[], title: string): Promise<string[] | undefined> {
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { tag: string }>();
  qp.title = title;
  qp.placeholder = 'Choose tags, or type a new one and press Enter';
  qp.canSelectMany = true;
  qp.matchOnDescription = true;
  const base = [...new Set([...selected, ...known])].sort((a, b) => a.localeCompare(b)).map((tag) => ({ label: tag, tag }));
  qp.items = base;
  qp.selectedItems = base.filter((i) => selected.includes(i.tag));
  qp.onDidChangeValue((value) => {
    const tag = normaliseTag(value);
    const exists = base.some((i) => i.tag === tag);
    const chosen = qp.selectedItems;
    qp.items = tag && !exists ? [{ label: `$(add) ${tag}`, description: 'new tag', tag, alwaysShow: true }, ...base] : base;
    qp.selectedItems = qp.items.filter((i) => chosen.some((c) => c.tag === i.tag));
  });
  return new Promise((resolve) => {
    let done = false;
    qp.onDidAccept(() => {
      const tags = qp.selectedItems.map((i) => i.tag);
      // Keyboard only: a typed tag with nothing ticked is the tag.
      const typed = normaliseTag(qp.value);
      if (tags.length === 0 && typed) tags.push(typed);
      done = true;
      qp.hide();
      resolve(tags.length ? [...new Set(tags)] : undefined);
    });
    qp.onDidHide(() => {
      qp.dispose();
      if (!done) resolve(undefined);
    });
    qp.show();
  });
}

export async function askNote(initial: string | undefined): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Note (optional)',
    prompt: 'A note on this passage; press Enter to skip.',
    value: initial ?? '',
  });
}
